import { signal } from '@preact/signals';
import type { Locale } from '../domain/types';
import type { Params, Problem } from '../domain/errors';
import {
  errorMessage,
  formatCount,
  isMessageKey,
  loadStrings,
  problemLine,
  type StringGroup,
  problemMessage,
  translate,
  type MessageKey,
  type PluralKey,
} from '../i18n';
import { whenIdle } from './idle';

/** The page's language: every island on a page is rendered in the page's locale. */
export const locale = signal<Locale>('en');

/** The groups of strings loaded (`en:core`…): islands render once theirs are. */
const loaded = signal<readonly string[]>([]);
const requested = new Set<string>();

/** Loads `lang`'s strings of `group` once, retrying a failed fetch, and marks them loaded. */
function request(lang: Locale, group: StringGroup = 'core', attempt = 0): void {
  const id = `${lang}:${group}`;
  if (attempt === 0 && requested.has(id)) return;
  requested.add(id);
  loadStrings(lang, group).then(
    () => {
      if (!loaded.value.includes(id)) loaded.value = [...loaded.value, id];
    },
    // A failed fetch (a flaky network before the service worker has the site): try again,
    // waiting longer each time; there are no strings yet to say anything with.
    (error: unknown) => {
      console.error('strings', id, error);
      setTimeout(() => request(lang, group, attempt + 1), Math.min(30_000, 1_000 * 2 ** attempt));
    },
  );
}

// The page's language is known before any island renders: its strings start loading with
// this module, beside the island's code and the session it reads.
if (typeof document !== 'undefined') request(document.documentElement.lang === 'pl' ? 'pl' : 'en');

/**
 * Sets the page's language for the island that calls it (every island's root, while it
 * renders) and returns whether its strings are loaded — the core ones, and `pages` for the
 * islands that show them; until they are, the island shows its loading state.
 */
export function usePageLocale(lang: Locale, groups: readonly StringGroup[] = ['core']): boolean {
  locale.value = lang;
  for (const group of groups) request(lang, group);
  return groups.every((group) => loaded.value.includes(`${lang}:${group}`));
}

/**
 * A string in the page's language. Give `count` as a number: it picks the plural form
 * (Polish has one/few/many) and is formatted for the language.
 */
export function t(key: MessageKey | PluralKey, params?: Params): string {
  return translate(locale.value, key, params);
}

export function tProblem(problem: Problem): string {
  return problemMessage(locale.value, problem);
}

/** A problem as a line of a list: warnings are marked. */
export function tProblemLine(problem: Problem): string {
  return problemLine(locale.value, problem);
}

export function tError(code: string, params?: Params): string {
  return errorMessage(locale.value, code, params);
}

const dateTime = new Map<string, Intl.DateTimeFormat>();
/**
 * Date (and time) in the page's language: the one date style of the lab (`Mar 1, 2026,
 * 10:00 AM`, `1 mar 2026, 10:00`). `zone` fixes the time zone for a value that has none of
 * its own (a date attribute's calendar day).
 */
export function formatDate(ms: number, withTime = true, zone?: 'UTC'): string {
  const key = `${locale.value}|${withTime}|${zone ?? ''}`;
  let fmt = dateTime.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale.value, {
      ...(withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }),
      ...(zone ? { timeZone: zone } : {}),
    });
    dateTime.set(key, fmt);
  }
  return fmt.format(ms);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
/**
 * A date attribute's stored value (`2021-03-04`, `2021-03-04T09:30:00`, or an instant with
 * `Z`) in the same style as every other date. A calendar day or a time without a zone is
 * shown as written, not moved by the reader's time zone.
 */
export function formatDateValue(value: string): string {
  if (DATE_ONLY.test(value)) return formatDate(Date.parse(`${value}T00:00:00Z`), false, 'UTC');
  if (WALL_CLOCK.test(value)) return formatDate(Date.parse(`${value}Z`), true, 'UTC');
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : formatDate(ms);
}

/** A number in the page's language (the same formatter the messages use). */
export function formatNumber(n: number): string {
  return formatCount(locale.value, n);
}

/** Where the same page lives in the other language. */
export function localizedPath(path: string, to: Locale): string {
  const bare = path.replace(/^\/pl(?=\/|$)/, '') || '/';
  return to === 'pl' ? `/pl${bare === '/' ? '/' : bare}` : bare;
}

/** Translates a key built from data (an audit action, say), or shows the raw text. */
export function tKnown(key: string, fallback: string, params?: Params): string {
  return isMessageKey(key) ? translate(locale.value, key, params) : fallback;
}

const sizes = new Map<string, Intl.NumberFormat>();
/** A file size for people: kilobytes below a megabyte, megabytes with one decimal above. */
export function formatSize(bytes: number): string {
  const mega = bytes >= 1_000_000;
  const key = `${locale.value}|${mega}`;
  let fmt = sizes.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale.value, {
      style: 'unit',
      unit: mega ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: mega ? 1 : 0,
    });
    sizes.set(key, fmt);
  }
  return fmt.format(mega ? bytes / 1_000_000 : Math.max(1, bytes / 1000));
}

/**
 * Builds the page's number formatters once it is idle. The first `Intl.NumberFormat` of a
 * page costs ~20 ms on a 2-core machine (Chromium loads its number data): otherwise it lands
 * in the task that shows a dialog's first figures, a Check's progress or report, and on a busy
 * machine that task went over 50 ms (a group upload's Check in the bench: 51–57 ms in some runs).
 */
export function warmNumberFormats(): () => void {
  return whenIdle(() => {
    formatNumber(0);
    formatSize(1);
    formatSize(1_000_000);
  }, 2_000);
}

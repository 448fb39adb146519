import { signal } from '@preact/signals';
import type { Locale } from '../domain/types';
import type { Params, Problem } from '../domain/errors';
import {
  errorMessage,
  isMessageKey,
  problemLine,
  problemMessage,
  translate,
  type MessageKey,
  type PluralKey,
} from '../i18n';

/** The page's language: every island on a page is rendered in the page's locale. */
export const locale = signal<Locale>('en');

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
/** Date and time in the page's language. */
export function formatDate(ms: number, withTime = true): string {
  const key = `${locale.value}|${withTime}`;
  let fmt = dateTime.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(
      locale.value,
      withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
    );
    dateTime.set(key, fmt);
  }
  return fmt.format(ms);
}

export function formatNumber(n: number): string {
  return n.toLocaleString(locale.value);
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

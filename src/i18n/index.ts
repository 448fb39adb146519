import type { MessageKey, PluralKey } from './en';
import type { Locale } from '../domain/types';
import type { Params, Problem } from '../domain/errors';

export type { MessageKey, PluralKey };

/**
 * The strings loaded so far. A page loads its own language's core strings (`loadStrings`),
 * not the other's: each is ~13 KB gzipped of the portal's first load (SPEC §14). An area's
 * strings (Groups, Actions and connectors, group uploads) are added when its code loads.
 */
const CATALOGS: Record<Locale, Partial<Record<MessageKey, string>>> = { en: {}, pl: {} };

/**
 * Groups of strings a page loads: `core` on every page with an island; `pages` only where
 * the landing's Start or the templates page shows them (and the build's page titles).
 */
export type StringGroup = 'core' | 'pages';
type Strings = Partial<Record<MessageKey, string>>;
const LOADERS: Record<StringGroup, Record<Locale, () => Promise<Strings>>> = {
  core: {
    en: async () => (await import('./en')).en,
    pl: async () => (await import('./pl')).pl,
  },
  pages: {
    en: async () => (await import('./en-pages')).enPages,
    pl: async () => (await import('./pl-pages')).plPages,
  },
};
const loading = new Map<string, Promise<void>>();

/**
 * Loads `locale`'s strings of `group` (once; a failed load is forgotten, so a retry fetches them
 * again). `translate` reads only what is loaded: an island waits for its page's language,
 * and app code that writes text in a language (logs, templates) declares the `strings`
 * module it needs (src/app/kernel/modules.ts).
 */
export function loadStrings(locale: Locale, group: StringGroup = 'core'): Promise<void> {
  const id = `${locale}:${group}`;
  let pending = loading.get(id);
  if (!pending) {
    pending = LOADERS[group][locale]().then(
      (strings) => {
        // Added under what areas may have added already, which stays.
        CATALOGS[locale] = { ...strings, ...CATALOGS[locale] };
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** Adds an area's strings; `english` is the area's reference set. */
export function addStrings(
  english: Partial<Record<MessageKey, string>>,
  polish: Partial<Record<MessageKey, string>>,
): void {
  Object.assign(CATALOGS.en, english);
  Object.assign(CATALOGS.pl, polish);
}

/** True when `key` names a loaded message (used for codes that come from the domain). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.values(CATALOGS).some((c) => key in c || `${key}.other` in c);
}

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The plural form (`one`, `few`, `many`, `other`…) the language uses for `count`. */
export function pluralForm(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/**
 * A number written the language's way (`12,345` in English, `12 345` in Polish). The one
 * number formatter of the lab: messages, tables and charts all go through it.
 */
export function formatCount(locale: Locale, count: number): string {
  let fmt = numbers.get(locale);
  if (!fmt) numbers.set(locale, (fmt = new Intl.NumberFormat(locale)));
  return fmt.format(count);
}

/** Numbers that name something rather than count it: written as they are ("2024"). */
const VERBATIM = new Set(['year']);

/** Every numeric parameter written for the language (a count, a size, a total…). */
function localizeNumbers(locale: Locale, params: Params): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params))
    out[name] =
      typeof value === 'number' && Number.isFinite(value) && !VERBATIM.has(name)
        ? formatCount(locale, value)
        : value;
  return out;
}

/**
 * The template of `key` in `locale`, else in English. A counted message is looked up by
 * its plural form, then `other`, then the plain key (a language may say it without forms:
 * Polish "Użytkownicy: {count}").
 */
function templateOf(locale: Locale, key: string, form?: string): string | undefined {
  for (const catalog of [CATALOGS[locale], CATALOGS.en]) {
    const keys = form ? [`${key}.${form}`, `${key}.other`, key] : [key];
    for (const k of keys) {
      const found = catalog[k as MessageKey];
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Translates `key`, filling `{name}` placeholders. Missing Polish falls back to English.
 * A numeric `count` chooses the plural form the language needs (`key.one`, `key.few`…,
 * falling back to `key.other`); every number is written with the language's digit grouping
 * and decimal sign, so no caller has to remember to.
 */
export function translate(
  locale: Locale,
  key: MessageKey | PluralKey,
  params: Params = {},
): string {
  const count = params['count'];
  const form = typeof count === 'number' ? pluralForm(locale, count) : undefined;
  const values = localizeNumbers(locale, params);
  // An area not loaded yet shows the key: a defect the e2e tests would see as raw text.
  const template = templateOf(locale, key, form) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The message for a problem code from the domain, with the field and value filled in. */
export function problemMessage(locale: Locale, problem: Problem): string {
  const key = `problem.${problem.code}`;
  const params: Params = {
    ...(problem.value !== undefined ? { value: problem.value } : {}),
    ...(problem.column !== undefined ? { column: columnLabel(locale, problem.column) } : {}),
    ...(problem.row !== undefined ? { row: problem.row } : {}),
    ...problem.params,
  };
  return isMessageKey(key)
    ? translate(locale, key, params)
    : translate(locale, 'problem.unknown', { code: problem.code });
}

/** A problem's message as a list or log line: a warning says it is one. */
export function problemLine(locale: Locale, problem: Problem): string {
  const message = problemMessage(locale, problem);
  return problem.warning ? translate(locale, 'import.log.warning', { message }) : message;
}

function columnLabel(locale: Locale, column: string): string {
  const key = `field.${column}`;
  return isMessageKey(key) ? translate(locale, key) : column;
}

/** The message for a refused command (`DomainError`). */
export function errorMessage(locale: Locale, code: string, params: Params = {}): string {
  const key = `error.${code}`;
  return isMessageKey(key)
    ? translate(locale, key, params)
    : translate(locale, 'error.unexpected', { code });
}

export const LOCALES: readonly Locale[] = ['en', 'pl'];

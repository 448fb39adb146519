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
} from '../i18n';

/** The page's language: every island on a page is rendered in the page's locale. */
export const locale = signal<Locale>('en');

export function t(key: MessageKey, params?: Params): string {
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

const plurals = new Map<string, Intl.PluralRules>();
/**
 * A count in words: `key.one`, `key.few`, `key.many` or `key.other` as the page's language
 * wants for `count` (Polish has three forms), with `{count}` filled in.
 */
export function tCount(key: string, count: number, params?: Params): string {
  let rules = plurals.get(locale.value);
  if (!rules) {
    rules = new Intl.PluralRules(locale.value);
    plurals.set(locale.value, rules);
  }
  const all = { ...params, count: formatNumber(count) };
  const form = `${key}.${rules.select(count)}`;
  return isMessageKey(form)
    ? translate(locale.value, form, all)
    : tKnown(`${key}.other`, form, all);
}

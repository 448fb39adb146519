import { en, type MessageKey } from './en';
import { pl } from './pl';
import type { Locale } from '../domain/types';
import type { Params, Problem } from '../domain/errors';

export type { MessageKey };

/**
 * The strings loaded so far. The core ones are always here; an area's (Groups, Actions and
 * connectors, group uploads) are added when its code loads, so the portal's first load does
 * not carry them (SPEC §14).
 */
const CATALOGS: Record<Locale, Partial<Record<MessageKey, string>>> = {
  en: { ...en },
  pl: { ...pl },
};

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
  return key in CATALOGS.en;
}

/** Translates `key`, filling `{name}` placeholders. Missing Polish falls back to English. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  // An area not loaded yet shows the key: a defect the e2e tests would see as raw text.
  const template = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
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

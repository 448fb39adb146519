import '../../../src/i18n/build';
import '../../../src/i18n/areas';
import '../../../src/i18n/exports';
import '../../../src/i18n/reports';
import '../../../src/i18n/practice';
import type { MessageKey } from '../../../src/i18n/en';
import { errorMessage, problemMessage, translate } from '../../../src/i18n';
import type { Locale } from '../../../src/domain/types';
import type { Params, Problem } from '../../../src/domain/errors';

/*
 * The visible strings, read from the catalogs the UI uses: a copy edit in en.ts does not break
 * a test, while a wrong key or a missing parameter in the UI still does.
 */

/** English text of a key, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Params): string {
  return translate('en', key, params);
}

/** Text of a key in a language; Polish falls back to English while a key is missing. */
export function tIn(lang: Locale, key: MessageKey, params?: Params): string {
  return translate(lang, key, params);
}

/** English message of a validation problem (`problem.<code>`), as the UI renders it. */
export function tProblem(problem: Problem): string {
  return problemMessage('en', problem);
}

/** English message of a refused command (`error.<code>`). */
export function tError(code: string, params?: Params): string {
  return errorMessage('en', code, params);
}

/** A number as the English UI writes it (`150,000`). */
export function formatCount(value: number): string {
  return value.toLocaleString('en');
}

/** `text` as a regular expression matching it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches text that begins with `text` (taken literally), e.g. a header followed by "▲". */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${literal(text)}`);
}

/** Matches exactly one of `texts` (taken literally): a name in whichever language is shown. */
export function oneOf(texts: readonly string[]): RegExp {
  return new RegExp(`^(${texts.map(literal).join('|')})$`);
}

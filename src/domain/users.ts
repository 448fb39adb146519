import type { AttributeValue, Network, User, UserSource } from './types';
import type { Problem } from './errors';
import { preview } from './errors';

export const MAX_NAME = 256;

/** Sources whose users come from a directory the lab does not own, so they must stay employees. */
const EMPLOYEE_ONLY_SOURCES: ReadonlySet<UserSource> = new Set([
  'directory-sync',
  'office365-sign-in',
]);

/** Checks a display name. Empty is allowed (the name is optional); the result is trimmed. */
export function validateName(raw: string): { name: string; problem?: Problem } {
  const name = raw.trim();
  if (name.length > MAX_NAME) {
    return {
      name,
      problem: {
        column: 'name',
        value: preview(name),
        code: 'name.tooLong',
        params: { max: MAX_NAME, length: name.length },
      },
    };
  }
  if (/[<>]/.test(name)) {
    return { name, problem: { column: 'name', value: preview(name), code: 'name.markup' } };
  }
  // A spreadsheet runs a cell that starts like this as a formula (SPEC §6).
  if (/^[=+\-@]/.test(name)) {
    return { name, problem: { column: 'name', value: preview(name), code: 'name.formula' } };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    return { name, problem: { column: 'name', value: preview(name), code: 'name.control' } };
  }
  return { name };
}

/** Null when the move is allowed, otherwise the refusal code. */
export function networkMoveProblem(
  user: Pick<User, 'source' | 'network'>,
  to: Network,
): string | null {
  if (user.network === to) return 'network.same';
  if (to === 'others' && EMPLOYEE_ONLY_SOURCES.has(user.source))
    return 'network.syncedStaysEmployee';
  return null;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Lower-cases and strips diacritics so `łukasz` is found by `lukasz`. */
export function fold(text: string): string {
  // Most names are plain ASCII; skip the Unicode work for them (it dominates loading).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l');
}

/** The words of an already folded name. */
export function wordsOf(folded: string): string[] {
  const parts = ASCII.test(folded) ? folded.split(/[^a-z0-9]+/) : folded.split(/[^\p{L}\p{N}]+/u);
  return parts.filter((w) => w !== '');
}

/** The words of a name as search keys. */
export function nameWords(name: string): string[] {
  return [...new Set(wordsOf(fold(name)))];
}

/** Short code of a list a user appears in; `x` is the deleted users' list. */
export type ListCode = 'e' | 'o' | 'x';
export function listCode(user: Pick<User, 'network' | 'deletedAt'>): ListCode {
  if (user.deletedAt !== undefined) return 'x';
  return user.network === 'employee' ? 'e' : 'o';
}
export function listCodeOf(network: Network): ListCode {
  return network === 'employee' ? 'e' : 'o';
}

/** Sort key for "no value": after every real value in ascending order. */
export const NO_VALUE = '\uffff';

/**
 * The key an attribute value sorts by. Numbers sort numerically, text case-insensitively.
 * A line break in text sorts as a space: the directory snapshot joins keys with line breaks.
 */
export function valueSortKey(value: AttributeValue | undefined): string | number {
  if (value === undefined) return NO_VALUE;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const folded = fold(value);
  return folded.includes('\n') ? folded.replace(/\n/g, ' ') : folded;
}

/** A tab and the name key a user sorts by in it (the read model and the first rows use them). */
export interface UserIndexFields {
  /** List code: `e`, `o` or `x` (deleted). */
  list: ListCode;
  /** Name for sorting; users without a name sort last. */
  nameKey: string;
}

/**
 * A user as stored. Records written before schema version 6 dropped the `[list+nameKey]`
 * index still carry its two fields; records written since do not (they cost every write
 * a fold of the name and ~10 % of its bytes: bench/results.md, issue 15). `stripIndex`
 * drops them on reading.
 */
export type StoredUser = User & Partial<UserIndexFields>;

/** The list code and the name key of a user, computed (they are not stored). */
export function indexFields(user: User): UserIndexFields {
  return { list: listCode(user), nameKey: user.name === '' ? NO_VALUE : fold(user.name) };
}

/** The record a user is stored as; the inverse is `stripIndex`. */
export function toStored(user: User): StoredUser {
  return { ...user };
}

export function stripIndex(stored: StoredUser): User {
  const { list: _l, nameKey: _n, ...user } = stored;
  // Fields of an older layout of the record are not part of the user.
  const {
    search: _s,
    attrSort: _a,
    ...rest
  } = user as User & { search?: unknown; attrSort?: unknown };
  return rest;
}

/** What a search box holds: digits search phone numbers, anything else name words. */
export type SearchQuery =
  { kind: 'phone'; digits: string } | { kind: 'name'; words: string[] } | { kind: 'none' };

export function parseSearch(raw: string): SearchQuery {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'none' };
  if (/^[+\d\s().-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return digits === '' ? { kind: 'none' } : { kind: 'phone', digits };
  }
  const words = nameWords(trimmed);
  return words.length === 0 ? { kind: 'none' } : { kind: 'name', words };
}

/** True when every query word is a prefix of some word of the name. */
export function nameMatches(name: string, words: readonly string[]): boolean {
  const own = nameWords(name);
  return words.every((q) => own.some((w) => w.startsWith(q)));
}

/**
 * Whether a user is found by a search box's query, as the directory finds them (SPEC §3):
 * every query word starts a word of the name (accents and case folded), or the query's
 * digits appear anywhere in the number. The directory's read model answers the same question
 * with its word index (tested against this); the "Acting as" picker asks this directly.
 */
export function matchesSearch(user: Pick<User, 'name' | 'phone'>, query: SearchQuery): boolean {
  switch (query.kind) {
    case 'none':
      return true;
    case 'phone':
      return user.phone.includes(query.digits);
    case 'name':
      return nameMatches(user.name, query.words);
  }
}

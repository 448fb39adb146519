import type { Network } from './types';

/**
 * The columns of the users files the lab reads and writes (SPEC §5, §6): the built-in ones
 * (Phone Number, Name) and the export's (Network, Source, Created). Attributes cannot take
 * their names, or a file's column would be ambiguous.
 */

export const PHONE_HEADER = 'Phone Number';
export const NAME_HEADER = 'Name';
/** The users export's columns after the name (SPEC §6), in its order. */
export const NETWORK_HEADER = 'Network';
export const SOURCE_HEADER = 'Source';
export const CREATED_HEADER = 'Created';

/** Normalized header names the importer accepts for the two built-in columns. */
export const PHONE_ALIASES = new Set(['phone number', 'phone', 'mobile number', 'numer telefonu']);
export const NAME_ALIASES = new Set(['name', 'display name', 'imię i nazwisko', 'nazwa']);
export const NETWORK_ALIASES = new Set(['network', 'sieć']);
/**
 * Columns the users export writes that describe the record rather than set it: an
 * exported file re-imports as is, so they are known (no warning) and read-only.
 */
export const RECORD_COLUMNS = new Set(['source', 'created', 'źródło', 'utworzono']);

/** Network words a file may use (English and Polish, any case), e.g. from an export. */
export const NETWORK_WORDS: ReadonlyMap<string, Network> = new Map([
  ['employee', 'employee'],
  ['employees', 'employee'],
  ['pracownicy', 'employee'],
  ['pracownik', 'employee'],
  ['others', 'others'],
  ['other', 'others'],
  ['inni', 'others'],
]);

/** The word the users export writes for a network (read back by `NETWORK_WORDS`). */
export function networkWord(network: Network): string {
  return network === 'employee' ? 'Employee' : 'Others';
}

/** `  Phone Number* ` → `phone number`: case, `*`, spaces and a BOM do not matter. */
export function headerKey(name: string): string {
  return name
    .replace(/[\uFEFF*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('en');
}

/** True when `name` is a built-in or export column's name (any case, `*` and spaces aside). */
export function isBuiltinColumn(name: string): boolean {
  const key = headerKey(name);
  return (
    PHONE_ALIASES.has(key) ||
    NAME_ALIASES.has(key) ||
    NETWORK_ALIASES.has(key) ||
    RECORD_COLUMNS.has(key)
  );
}

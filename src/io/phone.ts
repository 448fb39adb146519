import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';
import type { Problem } from '../domain/errors';
import { preview } from '../domain/errors';

export type PhoneResult =
  { ok: true; e164: string } | { ok: false; code: string; params: Record<string, string> };

/** `601 555 021 ext. 12` → `601 555 021`; an `x` counts as an extension only after six digits. */
function withoutExtension(value: string): string {
  const m = /^(.*?)\s*(?:ext\.?|x)\s*\d+$/i.exec(value);
  return m && (m[1]!.match(/\d/g)?.length ?? 0) >= 6 ? m[1]! : value;
}

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;

let regions: ReadonlySet<string> | undefined;
function isRegion(region: string): region is CountryCode {
  // Built once: `getCountries()` makes a new array on every call, and imports call this per row.
  regions ??= new Set(getCountries());
  return regions.has(region);
}

/**
 * Reads a phone number into E.164. Numbers without `+` are read in `region`.
 * Failures carry a code that says what went wrong, so the message can say how to fix it.
 */
export function parsePhone(raw: string, region: string): PhoneResult {
  const value = raw.trim();
  const params = { value: preview(value), region };
  if (value === '') return { ok: false, code: 'phone.empty', params };
  if (SCIENTIFIC.test(value)) return { ok: false, code: 'phone.scientific', params };
  const bare = withoutExtension(value);
  if (/\p{L}/u.test(bare)) return { ok: false, code: 'phone.letters', params };
  // Only what people write in numbers: digits, spaces, a leading +, ( ) - . /
  const symbol = /[^\d\s+().\-/]|(?!^)\+/u.exec(bare)?.[0];
  if (symbol !== undefined)
    return { ok: false, code: 'phone.symbols', params: { ...params, symbol } };
  if (!isRegion(region)) return { ok: false, code: 'phone.region', params };
  const parsed = parsePhoneNumberFromString(value, region);
  if (parsed?.isValid()) return { ok: true, e164: parsed.number };
  const digits = value.replace(/\D/g, '');
  if (!value.startsWith('+') && digits.length >= 8) {
    // A spreadsheet may have dropped the leading `+` of an international number.
    const intl = parsePhoneNumberFromString(`+${digits}`);
    if (intl?.isValid()) {
      return { ok: false, code: 'phone.lostPlus', params: { ...params, suggestion: intl.number } };
    }
  }
  const length = validatePhoneNumberLength(value, region);
  if (length === 'TOO_SHORT') return { ok: false, code: 'phone.tooShort', params };
  if (length === 'TOO_LONG') return { ok: false, code: 'phone.tooLong', params };
  if (value.startsWith('+')) return { ok: false, code: 'phone.invalidIntl', params };
  return { ok: false, code: 'phone.invalid', params };
}

/**
 * True when a cell holds a number of the region's own country with its country code but no
 * `+` (`48606789012` in PL): the reader takes it (the digits can only mean that number), but
 * it is the same spreadsheet damage as a foreign number that lost its `+`, and says so.
 * Written `0048…` it is a dialled international form, not damage. In the NANP (`+1`) the
 * leading 1 is also the trunk prefix people dial at home, so `1 201 555 0123` is no damage.
 */
function lostOwnPlus(raw: string, e164: string): boolean {
  const value = raw.trim();
  if (value.startsWith('+') || e164.startsWith('+1')) return false;
  return `+${value.replace(/\D/g, '')}` === e164;
}

/**
 * Reads a phone cell of an imported file. Numbers a spreadsheet mangled in a recoverable
 * way — a lost leading `+`, or a lost trunk `0` (a cell formatted as a number drops both)
 * — are recovered and marked, so the importer applies them and warns.
 */
export function readImportPhone(
  raw: string,
  region: string,
):
  | { ok: true; e164: string; recovered?: 'plus' | 'zero' }
  | { ok: false; code: string; params: Record<string, string> } {
  const result = parsePhone(raw, region);
  if (result.ok) return lostOwnPlus(raw, result.e164) ? { ...result, recovered: 'plus' } : result;
  if (result.code === 'phone.lostPlus') {
    return { ok: true, e164: result.params['suggestion']!, recovered: 'plus' };
  }
  if (result.code === 'phone.invalid' || result.code === 'phone.tooShort') {
    const digits = raw.replace(/\D/g, '');
    const zero = isRegion(region) ? parsePhoneNumberFromString(`0${digits}`, region) : undefined;
    if (!raw.trim().startsWith('0') && zero?.isValid()) {
      return { ok: true, e164: zero.number, recovered: 'zero' };
    }
  }
  return result;
}

/** One entry of a comma-separated list, with its 1-based position. */
export interface ListEntry {
  entry: number;
  raw: string;
  result: PhoneResult;
}

/** Splits `99885544, 99885543` (commas, semicolons or new lines) and reads each number. */
export function parsePhoneList(text: string, region: string): ListEntry[] {
  return text
    .split(/[,;\n]/)
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '')
    .map((raw, i) => ({ entry: i + 1, raw, result: parsePhone(raw, region) }));
}

/** Problem for a failed phone result, for validation lists. */
export function phoneProblem(result: Extract<PhoneResult, { ok: false }>, row?: number): Problem {
  return {
    ...(row === undefined ? {} : { row }),
    column: 'phone',
    value: result.params['value'] ?? '',
    code: result.code,
    params: result.params,
  };
}

/** Every region with its calling code, for region pickers. */
export function regionList(): Array<{ region: string; callingCode: string }> {
  return getCountries().map((region) => ({ region, callingCode: getCountryCallingCode(region) }));
}

/** Human-friendly international form, `+48 601 234 567`. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

import type { Attribute, AttributeType, AttributeValue } from './types';
import type { Problem } from './errors';
import { preview } from './errors';
import { isBuiltinColumn } from './columns';

export const MAX_ATTRIBUTE_NAME = 64;
export const MAX_TEXT_VALUE = 1000;

/** The suggested attributes offered by Add New. Names are translated by the UI via `key`. */
export const SUGGESTED_ATTRIBUTES: ReadonlyArray<{ key: string; type: AttributeType }> = [
  { key: 'employeeId', type: 'text' },
  { key: 'manager', type: 'text' },
  { key: 'jobTitle', type: 'text' },
  { key: 'department', type: 'text' },
  { key: 'email', type: 'text' },
  { key: 'officeLocation', type: 'text' },
  { key: 'dateOfJoining', type: 'datetime' },
];

/** An attribute as entered in Manage Attributes, before it is saved. */
export interface AttributeDraft {
  name: string;
  type: AttributeType;
  mandatory: boolean;
  userEditable: boolean;
  visibleToAll: boolean;
  suggested?: string;
}

/** Case- and space-insensitive form of a name, used for uniqueness. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

/**
 * Checks drafts against the saved attributes and each other. `row` is the 1-based
 * position of the draft, `column` is always `name`.
 */
export function validateAttributeDrafts(
  existing: readonly Attribute[],
  drafts: readonly AttributeDraft[],
): Problem[] {
  const problems: Problem[] = [];
  const taken = new Map(existing.map((a) => [nameKey(a.name), a.name]));
  drafts.forEach((draft, i) => {
    const row = i + 1;
    const name = draft.name.trim();
    if (name === '') {
      problems.push({ row, column: 'name', code: 'attribute.name.empty' });
      return;
    }
    if (name.length > MAX_ATTRIBUTE_NAME) {
      problems.push({
        row,
        column: 'name',
        value: preview(name),
        code: 'attribute.name.tooLong',
        params: { max: MAX_ATTRIBUTE_NAME, length: name.length },
      });
      return;
    }
    // "Name" or "Network" as an attribute would make a users file's column ambiguous.
    if (isBuiltinColumn(name)) {
      problems.push({ row, column: 'name', value: name, code: 'attribute.name.reserved' });
      return;
    }
    const key = nameKey(name);
    const clash = taken.get(key);
    if (clash !== undefined) {
      problems.push({
        row,
        column: 'name',
        value: name,
        code: 'attribute.name.duplicate',
        params: { other: clash },
      });
      return;
    }
    taken.set(key, name);
  });
  return problems;
}

/** How values are read: decided by the tenant's region and, for files, the delimiter. */
export interface ValueContext {
  /** Day before month when `a/b/yyyy` is ambiguous. */
  dayFirst: boolean;
  /** Accept `7,5` as a decimal (semicolon- or tab-separated files). */
  decimalComma: boolean;
}

/** Regions that write dates month-first. */
const MONTH_FIRST_REGIONS = new Set([
  'US',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
  'UM',
  'FM',
  'MH',
  'PW',
  'PH',
]);

export function valueContextFor(region: string, decimalComma = false): ValueContext {
  return { dayFirst: !MONTH_FIRST_REGIONS.has(region.toUpperCase()), decimalComma };
}

export type ParsedValue =
  | { ok: true; value: AttributeValue }
  | { ok: false; code: string; params?: Record<string, string | number> };

const YES = new Set(['yes', 'true', '1', 'tak', 'y']);
const NO = new Set(['no', 'false', '0', 'nie', 'n']);
const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const NUMBER_COMMA = /^[+-]?(?:\d+(?:,\d+)?|,\d+)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function checkDate(year: number, month: number, day: number): ParsedValue | null {
  if (month < 1 || month > 12) return { ok: false, code: 'value.date.month', params: { month } };
  const max = daysInMonth(year, month);
  if (day < 1 || day > max)
    return { ok: false, code: 'value.date.day', params: { day, month, year, max } };
  return null;
}

function parseDate(raw: string, ctx: ValueContext): ParsedValue {
  let m = ISO_DATE.exec(raw);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return checkDate(y, mo, d) ?? { ok: true, value: `${m[1]}-${m[2]}-${m[3]}` };
  }
  m = ISO_DATETIME.exec(raw);
  if (m) {
    const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '00'].map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const bad = checkDate(y, mo, d);
    if (bad) return bad;
    if (h > 23 || mi > 59 || s > 59) return { ok: false, code: 'value.date.time' };
    const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(s)}`;
    const zone = m[8];
    if (zone === undefined) return { ok: true, value: local };
    const ms = m[7] ? `.${m[7].padEnd(3, '0')}` : '';
    const iso = `${local}${ms}${zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
    return { ok: true, value: new Date(iso).toISOString().replace('.000Z', 'Z') };
  }
  m = DOTTED.exec(raw);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return checkDate(y, mo, d) ?? { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` };
  }
  m = SLASHED.exec(raw);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = a > 12 ? true : b > 12 ? false : ctx.dayFirst;
    const [d, mo] = dayFirst ? [a, b] : [b, a];
    return checkDate(y, mo, d) ?? { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` };
  }
  return { ok: false, code: 'value.date.format' };
}

/** Reads one raw value for an attribute type. The raw value is already trimmed and non-empty. */
export function parseAttributeValue(
  type: AttributeType,
  raw: string,
  ctx: ValueContext,
): ParsedValue {
  switch (type) {
    case 'text':
      return raw.length > MAX_TEXT_VALUE
        ? {
            ok: false,
            code: 'value.text.tooLong',
            params: { max: MAX_TEXT_VALUE, length: raw.length },
          }
        : { ok: true, value: raw };
    case 'number': {
      if (NUMBER.test(raw)) return { ok: true, value: Number(raw) };
      if (ctx.decimalComma && NUMBER_COMMA.test(raw))
        return { ok: true, value: Number(raw.replace(',', '.')) };
      return {
        ok: false,
        code: ctx.decimalComma ? 'value.number.formatComma' : 'value.number.format',
      };
    }
    case 'yesno': {
      const v = raw.toLocaleLowerCase('en');
      if (YES.has(v)) return { ok: true, value: true };
      if (NO.has(v)) return { ok: true, value: false };
      return { ok: false, code: 'value.yesno.format' };
    }
    case 'datetime':
      return parseDate(raw, ctx);
  }
}

/**
 * A stored value as files write it, which `parseAttributeValue` reads back to the same value:
 * `Yes`/`No`, dates as stored, numbers in plain decimals (`String(1e21)` would be `1e+21`,
 * which is not a number the importer takes).
 */
export function formatAttributeValue(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return plainNumber(value);
  return value;
}

/**
 * The text an edit form starts from for each attribute: what the files write (a yes/no as
 * `Yes`/`No`, which the form's select offers as its option values), `''` for no value. The
 * form sends back only the fields whose text differs from this, and the command parses them.
 */
export function attributeEditTexts(
  attributes: readonly Attribute[],
  attrs: Readonly<Record<string, AttributeValue>>,
): Record<string, string> {
  return Object.fromEntries(attributes.map((a) => [a.id, formatAttributeValue(attrs[a.id])]));
}

/** `n` in plain decimals with the digits `String(n)` gives (the shortest that read back as `n`). */
export function plainNumber(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, whole, fraction = '', exponent] = m;
  const digits = whole! + fraction;
  const point = whole!.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Mandatory attributes the user has no value for; non-empty means the user is incomplete. */
export function missingMandatory(
  attrs: Record<string, AttributeValue>,
  attributes: readonly Attribute[],
): Attribute[] {
  return attributes.filter((a) => a.mandatory && attrs[a.id] === undefined);
}

/**
 * The attributes an actor may see (SPEC §4): all of them for org admins; for anyone else
 * only those "visible to all users".
 */
export function visibleAttributes(
  orgAdmin: boolean,
  attributes: readonly Attribute[],
): Attribute[] {
  return orgAdmin ? [...attributes] : attributes.filter((a) => a.visibleToAll);
}

/** `attrs` without the values of attributes that are not in `visible`. */
export function visibleValues(
  attrs: Record<string, AttributeValue>,
  visible: readonly Attribute[],
): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const a of visible) if (attrs[a.id] !== undefined) out[a.id] = attrs[a.id]!;
  return out;
}

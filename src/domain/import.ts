import type { Problem, Params } from './errors';
import { preview } from './errors';
import { missingMandatory, parseAttributeValue, type ValueContext } from './attributes';
import { networkMoveProblem, validateName } from './users';
import {
  NAME_ALIASES,
  NAME_HEADER,
  NETWORK_ALIASES,
  NETWORK_HEADER,
  NETWORK_WORDS,
  PHONE_ALIASES,
  PHONE_HEADER,
  RECORD_COLUMNS,
  headerKey,
} from './columns';
import type { Attribute, AttributeValue, Network, User } from './types';

/**
 * Rules of the bulk user import (SPEC §5): the file's header, each row, and how a row
 * changes a stored user. Pure: the job runner feeds it parsed rows and stored users.
 */

/** The file's name of a problem's column: the header text, for the built-in columns too. */
export function fileColumn(column: string | undefined): string {
  if (column === 'phone') return PHONE_HEADER;
  if (column === 'name') return NAME_HEADER;
  return column ?? '';
}

/** Every CSV template the lab generates (SPEC §5.3). */
export type TemplateKind =
  'users-employee' | 'users-others' | 'group-members' | 'group-parents' | 'group-members-one';
export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'users-employee',
  'users-others',
  'group-members',
  'group-parents',
  'group-members-one',
];

/** The template's header row for the current attributes; `*` marks mandatory columns. */
export function userTemplateHeader(attributes: readonly Attribute[]): string[] {
  return [
    `${PHONE_HEADER}*`,
    NAME_HEADER,
    ...attributes.map((a) => `${a.name}${a.mandatory ? '*' : ''}`),
  ];
}

/** Where each known column sits in a row. */
export interface UserColumns {
  phone: number;
  name: number | undefined;
  /** A `Network` column (an export's): each row says its user's network. */
  network?: number;
  attributes: Array<{ index: number; attribute: Attribute }>;
  /** Number of fields every row must have. */
  width: number;
}

/**
 * Reads the header row. Returns the column map, or only problems when the file cannot be
 * imported (no phone column, a column twice). Unknown columns are warnings and are ignored.
 */
export function mapUserHeader(
  fields: readonly string[],
  line: number,
  attributes: readonly Attribute[],
): { columns?: UserColumns; problems: Problem[] } {
  const problems: Problem[] = [];
  const byKey = new Map(attributes.map((a) => [headerKey(a.name), a]));
  const seen = new Map<string, number>();
  let phone: number | undefined;
  let name: number | undefined;
  let network: number | undefined;
  const attrColumns: UserColumns['attributes'] = [];
  fields.forEach((raw, index) => {
    const key = headerKey(raw);
    const column = raw.replace(/^\uFEFF/, '').trim();
    if (key === '') {
      problems.push({
        row: line,
        column: `#${index + 1}`,
        code: 'import.header.blank',
        warning: true,
      });
      return;
    }
    // `Phone Number` and `Mobile Number` are one column twice: the later must not silently win.
    const canonical = PHONE_ALIASES.has(key)
      ? PHONE_HEADER
      : NAME_ALIASES.has(key)
        ? NAME_HEADER
        : NETWORK_ALIASES.has(key)
          ? NETWORK_HEADER
          : undefined;
    const first = seen.get(canonical ?? key);
    if (first !== undefined) {
      problems.push({
        row: line,
        column: canonical !== undefined && headerKey(canonical) !== key ? canonical : column,
        code: 'import.header.duplicate',
        params: { first: first + 1, second: index + 1 },
      });
      return;
    }
    seen.set(canonical ?? key, index);
    if (PHONE_ALIASES.has(key)) phone = index;
    else if (NAME_ALIASES.has(key)) name = index;
    else {
      const attribute = byKey.get(key);
      if (attribute) attrColumns.push({ index, attribute });
      else if (NETWORK_ALIASES.has(key)) network = index;
      else if (!RECORD_COLUMNS.has(key))
        problems.push({ row: line, column, code: 'import.header.unknown', warning: true });
    }
  });
  if (phone === undefined)
    problems.push({ row: line, code: 'import.header.noPhone', params: { header: PHONE_HEADER } });
  if (phone === undefined || problems.some((p) => !p.warning)) return { problems };
  const columns: UserColumns = { phone, name, attributes: attrColumns, width: fields.length };
  if (network !== undefined) columns.network = network;
  return { columns, problems };
}

/** What reading a phone cell gave: a number (maybe recovered) or why not. */
export type PhoneRead =
  | { ok: true; e164: string; recovered?: 'plus' | 'zero' }
  | { ok: false; code: string; params: Params };

export interface RowContext {
  columns: UserColumns;
  region: string;
  values: ValueContext;
  readPhone: (raw: string, region: string) => PhoneRead;
}

/** One valid row: `name` undefined and missing `values` keys mean "keep what is stored". */
export interface UserRow {
  line: number;
  phone: string;
  name: string | undefined;
  /**
   * The row's own network (a `Network` column); `keep` when that cell is empty: a user
   * already stored stays where they are, a new one goes to the upload's network.
   */
  network?: Network | 'keep';
  values: Record<string, AttributeValue>;
}

/** Reads one data row (cells already unescaped). A row with any error is not applied. */
export function readUserRow(
  fields: readonly string[],
  line: number,
  ctx: RowContext,
): { row?: UserRow; problems: Problem[] } {
  const { columns } = ctx;
  if (fields.length !== columns.width) {
    return {
      problems: [
        {
          row: line,
          code: fields.length < columns.width ? 'import.row.tooFew' : 'import.row.tooMany',
          params: { found: fields.length, expected: columns.width },
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const rawPhone = fields[columns.phone]!.trim();
  const phone = ctx.readPhone(rawPhone, ctx.region);
  if (!phone.ok) {
    problems.push({
      row: line,
      column: 'phone',
      value: preview(rawPhone),
      code: phone.code,
      params: phone.params,
    });
  } else if (phone.recovered) {
    problems.push({
      row: line,
      column: 'phone',
      value: preview(rawPhone),
      code:
        phone.recovered === 'plus' ? 'import.phone.recoveredPlus' : 'import.phone.recoveredZero',
      params: { suggestion: phone.e164 },
      warning: true,
    });
  }
  let name: string | undefined;
  if (columns.name !== undefined && fields[columns.name]!.trim() !== '') {
    const checked = validateName(fields[columns.name]!);
    if (checked.problem) problems.push({ ...checked.problem, row: line });
    else name = checked.name;
  }
  let network: Network | 'keep' | undefined;
  if (columns.network !== undefined) {
    const raw = fields[columns.network]!.trim();
    network = raw === '' ? 'keep' : NETWORK_WORDS.get(raw.toLocaleLowerCase('pl'));
    if (network === undefined)
      problems.push({
        row: line,
        column: NETWORK_HEADER,
        value: preview(raw),
        code: 'import.network.unknown',
      });
  }
  const values: Record<string, AttributeValue> = {};
  for (const { index, attribute } of columns.attributes) {
    const raw = fields[index]!.trim();
    if (raw === '') continue;
    const parsed = parseAttributeValue(attribute.type, raw, ctx.values);
    if (parsed.ok) values[attribute.id] = parsed.value;
    else
      problems.push({
        row: line,
        column: attribute.name,
        value: preview(raw),
        code: parsed.code,
        params: { ...parsed.params, attribute: attribute.name },
      });
  }
  if (!phone.ok || problems.some((p) => !p.warning)) return { problems };
  const row: UserRow = { line, phone: phone.e164, name, values };
  if (network !== undefined) row.network = network;
  return { row, problems };
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

function sameValues(a: Record<string, AttributeValue>, b: Record<string, AttributeValue>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * What one valid row does to the stored user with its number: creates it, updates it
 * (empty cells keep stored values; the user lands in the imported network) or leaves it
 * unchanged. A row that cannot apply returns problems instead.
 */
export function applyUserRow(
  existing: User | undefined,
  row: UserRow,
  uploadNetwork: Network,
  attributes: readonly Attribute[],
  now: number,
): { user?: User; outcome?: ImportOutcome; problems: Problem[] } {
  const network =
    row.network === 'keep' ? (existing?.network ?? uploadNetwork) : (row.network ?? uploadNetwork);
  if (existing?.deletedAt !== undefined) {
    return {
      problems: [{ row: row.line, column: 'phone', value: row.phone, code: 'import.user.deleted' }],
    };
  }
  if (!existing) {
    const missing = missingMandatory(row.values, attributes);
    if (missing.length > 0) {
      return {
        problems: missing.map((a) => ({
          row: row.line,
          column: a.name,
          code: 'import.attribute.mandatory',
          params: { attribute: a.name },
        })),
      };
    }
    const user: User = {
      phone: row.phone,
      name: row.name ?? '',
      network,
      orgRole: 'member',
      source: 'import',
      attrs: row.values,
      createdAt: now,
      updatedAt: now,
    };
    return { user, outcome: 'created', problems: [] };
  }
  if (existing.network !== network) {
    const refused = networkMoveProblem(existing, network);
    if (refused) {
      return {
        problems: [{ row: row.line, column: 'phone', value: row.phone, code: `import.${refused}` }],
      };
    }
  }
  const attrs = { ...existing.attrs, ...row.values };
  const name = row.name ?? existing.name;
  if (name === existing.name && network === existing.network && sameValues(attrs, existing.attrs))
    return { outcome: 'unchanged', problems: [] };
  return {
    user: { ...existing, name, network, attrs, updatedAt: now },
    outcome: 'updated',
    problems: [],
  };
}

export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  NO_COUNTS,
  jobRate,
  tooBigProblem,
  statusLabelKey,
  type ImportCounts,
  type ImportJob,
  type JobStatus,
} from './jobs';

export {
  CREATED_HEADER,
  NAME_HEADER,
  NETWORK_HEADER,
  PHONE_HEADER,
  SOURCE_HEADER,
  headerKey,
  networkWord,
} from './columns';

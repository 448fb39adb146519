import type { Problem } from './errors';
import { preview } from './errors';
import { groupNameKey, validateGroupName } from './groups';
import { headerKey, type PhoneRead } from './import';
import type { Group, GroupRole, Membership } from './types';

/**
 * Rules of the bulk group upload (SPEC §7): the User Group Mapping file
 * (`Group Name*,Phone Number*,User Type*`), the optional Parent Group Mapping file
 * (`Parent Group Name*,Child Group Name*`), and the plan that applying both makes.
 * Pure: the job runner feeds it parsed rows and stored groups.
 */

export const GROUP_NAME_HEADER = 'Group Name';
export const GROUP_PHONE_HEADER = 'Phone Number';
export const USER_TYPE_HEADER = 'User Type';
export const PARENT_NAME_HEADER = 'Parent Group Name';
export const CHILD_NAME_HEADER = 'Child Group Name';

/** Template header rows; `*` marks the mandatory columns. */
export const USER_GROUP_TEMPLATE = [GROUP_NAME_HEADER, GROUP_PHONE_HEADER, USER_TYPE_HEADER].map(
  (h) => `${h}*`,
);
export const PARENT_GROUP_TEMPLATE = [PARENT_NAME_HEADER, CHILD_NAME_HEADER].map((h) => `${h}*`);

/** Each column a file must have: its template header, then other names (Polish too) people use. */
type ColumnNames<K extends string> = Readonly<Record<K, readonly string[]>>;

const MAPPING_COLUMNS: ColumnNames<'group' | 'phone' | 'type'> = {
  group: [GROUP_NAME_HEADER, 'group', 'nazwa grupy', 'grupa'],
  phone: [GROUP_PHONE_HEADER, 'phone', 'mobile number', 'numer telefonu'],
  type: [USER_TYPE_HEADER, 'role', 'typ użytkownika', 'rola'],
};

const PARENT_COLUMNS: ColumnNames<'parent' | 'child'> = {
  parent: [PARENT_NAME_HEADER, 'parent group', 'nazwa grupy nadrzędnej', 'grupa nadrzędna'],
  child: [CHILD_NAME_HEADER, 'child group', 'sub-group name', 'nazwa podgrupy', 'podgrupa'],
};

/** Where each column sits; `width` is the number of fields every row must have. */
export type GroupColumns<K extends string> = Record<K, number> & { width: number };
export type UserGroupColumns = GroupColumns<'group' | 'phone' | 'type'>;
export type ParentGroupColumns = GroupColumns<'parent' | 'child'>;

/**
 * Reads a header row against the columns a file needs. A missing column or a column twice
 * stops the file; blank and unknown columns are warnings and are ignored.
 */
function mapHeader<K extends string>(
  fields: readonly string[],
  line: number,
  names: ColumnNames<K>,
): { columns?: GroupColumns<K>; problems: Problem[] } {
  const problems: Problem[] = [];
  const specs = Object.entries(names) as Array<[K, readonly string[]]>;
  const byKey = new Map(specs.flatMap(([k, list]) => list.map((n) => [headerKey(n), k] as const)));
  const found = new Map<K, number>();
  fields.forEach((raw, index) => {
    const key = headerKey(raw);
    const column = raw.replace(/^\uFEFF/, '').trim();
    const spec = byKey.get(key);
    const first = spec === undefined ? undefined : found.get(spec);
    if (key === '') {
      const blank = { row: line, column: `#${index + 1}`, code: 'import.header.blank' };
      problems.push({ ...blank, warning: true });
    } else if (spec === undefined) {
      problems.push({ row: line, column, code: 'import.header.unknown', warning: true });
    } else if (first !== undefined) {
      // An alias next to the header is one column twice: the later must not silently win.
      const params = { first: first + 1, second: index + 1 };
      problems.push({
        row: line,
        column: names[spec][0]!,
        code: 'import.header.duplicate',
        params,
      });
    } else found.set(spec, index);
  });
  for (const [k, [header]] of specs) {
    const params = { header: header! };
    if (!found.has(k)) problems.push({ row: line, code: 'group.upload.missingColumn', params });
  }
  if (problems.some((p) => !p.warning)) return { problems };
  const columns = Object.fromEntries(found) as Record<K, number>;
  return { columns: { ...columns, width: fields.length }, problems };
}

/** Reads the User Group Mapping header row. */
export function mapUserGroupHeader(
  fields: readonly string[],
  line: number,
): { columns?: UserGroupColumns; problems: Problem[] } {
  return mapHeader(fields, line, MAPPING_COLUMNS);
}

/** Reads the Parent Group Mapping header row. */
export function mapParentGroupHeader(
  fields: readonly string[],
  line: number,
): { columns?: ParentGroupColumns; problems: Problem[] } {
  return mapHeader(fields, line, PARENT_COLUMNS);
}

/** The three CSV files the lab reads: a users file, a User Group Mapping, a Parent Group Mapping. */
export type CsvFileKind = 'users' | 'group-members' | 'group-parents';

/**
 * Which kind of file a header row is, when its columns say so (any of each column's names):
 * Parent and Child Group Name make a Parent Group Mapping; Group Name and User Type a User
 * Group Mapping; a phone column with none of those a users file. Each reader uses it only to
 * name the right file when it is given the wrong one (checking a mapping file as a users file
 * would otherwise "update" its members).
 */
export function fileKindOfHeader(fields: readonly string[]): CsvFileKind | undefined {
  const keys = new Set(fields.map(headerKey));
  const has = (names: readonly string[]) => names.some((n) => keys.has(headerKey(n)));
  if (has(PARENT_COLUMNS.parent) && has(PARENT_COLUMNS.child)) return 'group-parents';
  if (has(MAPPING_COLUMNS.group) && has(MAPPING_COLUMNS.type)) return 'group-members';
  const groupish = [MAPPING_COLUMNS.group, MAPPING_COLUMNS.type, ...Object.values(PARENT_COLUMNS)];
  if (has(MAPPING_COLUMNS.phone) && !groupish.some(has)) return 'users';
  return undefined;
}

const WRONG_KIND: Readonly<Record<CsvFileKind, Partial<Record<CsvFileKind, string>>>> = {
  users: {
    'group-members': 'import.file.isGroupMembers',
    'group-parents': 'import.file.isGroupParents',
  },
  'group-members': {
    users: 'group.upload.file.isUsers',
    'group-parents': 'group.upload.file.isParents',
  },
  'group-parents': {
    users: 'group.upload.file.isUsersAsParents',
    'group-members': 'group.upload.file.isMappingAsParents',
  },
};

/**
 * The problem of a file whose header is another kind of file than the reader wants: its
 * code names the file it is and where that file goes. `undefined` when the header is not
 * clearly another kind (the reader's own problems then say what is missing).
 */
export function wrongKindProblem(
  wanted: CsvFileKind,
  fields: readonly string[],
  line: number,
): Problem | undefined {
  const kind = fileKindOfHeader(fields);
  const code = kind === undefined ? undefined : WRONG_KIND[wanted][kind];
  return code === undefined ? undefined : { row: line, code };
}

/** `admin`, `Administrator`, `CZŁONEK` … → the role; the template's words in English and Polish. */
const USER_TYPES: ReadonlyMap<string, GroupRole> = new Map([
  ['admin', 'admin'],
  ['administrator', 'admin'],
  ['member', 'member'],
  ['członek', 'member'],
]);

/** The role a User Type cell names, or undefined. */
export function parseUserType(raw: string): GroupRole | undefined {
  return USER_TYPES.get(raw.trim().toLowerCase());
}

function widthProblem(found: number, expected: number, line: number): Problem {
  return {
    row: line,
    code: found < expected ? 'import.row.tooFew' : 'import.row.tooMany',
    params: { found, expected },
  };
}

type Place = Pick<Problem, 'row' | 'column' | 'value'>;

/** Where a problem is: row, column and the offending value, shortened for display. */
function at(row: number, column: string, value: string): Place {
  return { row, column, value: preview(value) };
}

/** Checks a group name cell; a blank one gets `blankCode`. Duplicates are the plan's business. */
function readGroupName(
  raw: string,
  where: Place,
  blankCode: string,
  problems: Problem[],
): string | undefined {
  const checked = validateGroupName(raw, []);
  if (!checked.problem) return checked.name;
  const { code, params } = checked.problem;
  if (code === 'group.name.empty') problems.push({ ...where, code: blankCode });
  else problems.push({ ...where, code, ...(params ? { params } : {}) });
  return undefined;
}

export interface UserGroupRowContext {
  columns: UserGroupColumns;
  region: string;
  readPhone: (raw: string, region: string) => PhoneRead;
}

/** One valid mapping row. */
export interface UserGroupRow {
  line: number;
  groupName: string;
  phone: string;
  role: GroupRole;
}

/** Reads one User Group Mapping data row (cells already unescaped). A row with any error is not applied. */
export function readUserGroupRow(
  fields: readonly string[],
  line: number,
  ctx: UserGroupRowContext,
): { row?: UserGroupRow; problems: Problem[] } {
  const { columns } = ctx;
  if (fields.length !== columns.width)
    return { problems: [widthProblem(fields.length, columns.width, line)] };
  const problems: Problem[] = [];
  const rawGroup = fields[columns.group]!;
  const where = at(line, GROUP_NAME_HEADER, rawGroup.trim());
  const groupName = readGroupName(rawGroup, where, 'group.upload.groupBlank', problems);
  const rawPhone = fields[columns.phone]!.trim();
  const phone = ctx.readPhone(rawPhone, ctx.region);
  if (!phone.ok) {
    problems.push({ ...at(line, 'phone', rawPhone), code: phone.code, params: phone.params });
  } else if (phone.recovered) {
    const code = `import.phone.recovered${phone.recovered === 'plus' ? 'Plus' : 'Zero'}`;
    const params = { suggestion: phone.e164 };
    problems.push({ ...at(line, 'phone', rawPhone), code, params, warning: true });
  }
  const rawType = fields[columns.type]!.trim();
  const role = parseUserType(rawType);
  if (!role) {
    const params = { value: preview(rawType) };
    problems.push({
      ...at(line, USER_TYPE_HEADER, rawType),
      code: 'group.upload.userType',
      params,
    });
  }
  if (groupName === undefined || !phone.ok || !role) return { problems };
  return { row: { line, groupName, phone: phone.e164, role }, problems };
}

/** One valid parent row: `parentName` is the parent of `childName`. */
export interface ParentGroupRow {
  line: number;
  parentName: string;
  childName: string;
}

/** Reads one Parent Group Mapping data row. */
export function readParentGroupRow(
  fields: readonly string[],
  line: number,
  columns: ParentGroupColumns,
): { row?: ParentGroupRow; problems: Problem[] } {
  if (fields.length !== columns.width)
    return { problems: [widthProblem(fields.length, columns.width, line)] };
  const problems: Problem[] = [];
  const [rawParent, rawChild] = [fields[columns.parent]!, fields[columns.child]!];
  const parentAt = at(line, PARENT_NAME_HEADER, rawParent.trim());
  const childAt = at(line, CHILD_NAME_HEADER, rawChild.trim());
  const parentName = readGroupName(rawParent, parentAt, 'group.upload.parentBlank', problems);
  const childName = readGroupName(rawChild, childAt, 'group.upload.childBlank', problems);
  if (parentName === undefined || childName === undefined) return { problems };
  return { row: { line, parentName, childName }, problems };
}

/** A membership the upload adds (`previous` undefined) or whose role it changes. */
export interface MembershipChange {
  groupId: string;
  groupName: string;
  phone: string;
  role: GroupRole;
  previous?: GroupRole;
  /** Mapping file row it comes from. */
  line: number;
}

/** A parent link the upload sets; `previousParentId` is the stored parent it replaces. */
export interface ParentLink {
  parentId: string;
  childId: string;
  parentName: string;
  childName: string;
  previousParentId?: string;
  /** Parent file row it comes from. */
  line: number;
}

/**
 * What applying the two files does. Problems are per file because row numbers are; they
 * add to the problems the row readers found. Rows with errors are left out of the plan.
 */
export interface GroupUploadPlan {
  /** Organization groups to create, in the order the mapping file first names them. */
  create: Array<{ id: string; name: string }>;
  /** In mapping file order. */
  memberships: MembershipChange[];
  /** Mapping rows that name a membership exactly as stored. */
  unchangedMemberships: number;
  /** In parent file order. */
  links: ParentLink[];
  /** Parent rows skipped because their child is not in the mapping file (SPEC §7: listed as ignored). */
  ignored: Problem[];
  mappingProblems: Problem[];
  parentProblems: Problem[];
  /** Problems that are errors (each leaves something out of the plan). */
  errors: number;
}

/** Stored organization groups by name key; private groups are not the organization's. */
function storedByKey(groups: readonly Group[]): Map<string, Group> {
  const stored = new Map<string, Group>();
  for (const g of groups) {
    const key = groupNameKey(g.name);
    if (g.kind === 'organization' && !stored.has(key)) stored.set(key, g);
  }
  return stored;
}

/** Mapping rows by group key and phone (the later row wins), with each group's first row. */
function collectMapping(rows: readonly UserGroupRow[], stored: ReadonlyMap<string, Group>) {
  const rowsOf = new Map<string, Map<string, UserGroupRow>>();
  const nameOf = new Map<string, string>();
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const key = groupNameKey(row.groupName);
    if (!nameOf.has(key)) {
      nameOf.set(key, stored.get(key)?.name ?? row.groupName);
      firstLine.set(key, row.line);
    }
    const byPhone = rowsOf.get(key) ?? new Map<string, UserGroupRow>();
    const earlier = byPhone.get(row.phone);
    if (earlier) {
      const params = { later: row.line, group: nameOf.get(key)! };
      const where = at(earlier.line, 'phone', row.phone);
      problems.push({ ...where, code: 'group.upload.duplicate', params, warning: true });
    }
    byPhone.set(row.phone, row);
    rowsOf.set(key, byPhone);
  }
  return { rowsOf, nameOf, firstLine, problems };
}

/**
 * Parent rows left once children not in the mapping file are ignored and children given
 * two different parents are refused; of rows repeating one link the last is kept.
 */
function collectParents(rows: readonly ParentGroupRow[], inMapping: (key: string) => boolean) {
  const ignored: Problem[] = [];
  const problems: Problem[] = [];
  const byChild = new Map<string, ParentGroupRow[]>();
  for (const row of rows) {
    const key = groupNameKey(row.childName);
    const where = at(row.line, CHILD_NAME_HEADER, row.childName);
    const params = { child: row.childName };
    if (!inMapping(key))
      ignored.push({ ...where, code: 'group.upload.childNotInMapping', params, warning: true });
    else {
      // Appended in place: copying the list per row would be quadratic in a child's rows.
      const list = byChild.get(key);
      if (list) list.push(row);
      else byChild.set(key, [row]);
    }
  }
  const kept: ParentGroupRow[] = [];
  for (const list of byChild.values()) {
    const parents = new Map(list.map((r) => [groupNameKey(r.parentName), r.parentName]));
    const last = list[list.length - 1]!;
    for (const r of parents.size > 1 ? list : list.slice(0, -1)) {
      const where = at(r.line, CHILD_NAME_HEADER, r.childName);
      // Picking one of two parents would be a guess: the person decides which row stays.
      if (parents.size > 1) {
        const params = { child: r.childName, parents: [...parents.values()].join(', ') };
        problems.push({ ...where, code: 'group.upload.twoParents', params });
      } else {
        const params = { later: last.line, group: r.parentName };
        problems.push({ ...where, code: 'group.upload.duplicate', params, warning: true });
      }
    }
    if (parents.size === 1) kept.push(last);
  }
  return { kept: kept.sort((a, b) => a.line - b.line), ignored, problems };
}

/**
 * The cycle that making `child` a sub-group of `parent` would close, as the chain
 * `child → … → parent → child`, or undefined when it closes none. `parentOf` maps each group
 * (by whatever key: name key in the plan, id when applied) to its parent's.
 */
export function cycleThrough(
  parentOf: ReadonlyMap<string, string>,
  parent: string,
  child: string,
): string[] | undefined {
  if (parent === child) return [child, child];
  // Walk up from the parent: reaching the child means the link closes a cycle. The length
  // bound only guards against a stored cycle, a broken invariant.
  const path = [parent];
  let k = parentOf.get(parent);
  while (k !== undefined && k !== child && path.length <= parentOf.size) {
    path.push(k);
    k = parentOf.get(k);
  }
  return k === child ? [child, ...path.reverse(), child] : undefined;
}

/**
 * Plans a bulk group upload. Everything is keyed by `groupNameKey`, so `North` and `north `
 * are one group; a name matching no organization group creates one with the id `idFor` gives.
 * Later mapping rows win over earlier ones for the same group and phone; every group the
 * mapping file touches must keep an admin; parent rows are taken in file order against the
 * hierarchy as it stands, and one that would close a cycle is an error naming the cycle.
 */
export function planGroupUpload(
  mappingRows: readonly UserGroupRow[],
  parentRows: readonly ParentGroupRow[],
  existingGroups: readonly Group[],
  existingMemberships: readonly Membership[],
  idFor: (name: string) => string,
): GroupUploadPlan {
  const stored = storedByKey(existingGroups);
  const storedRoles = new Map<string, Map<string, GroupRole>>();
  for (const m of existingMemberships) {
    const roles = storedRoles.get(m.groupId) ?? new Map<string, GroupRole>();
    storedRoles.set(m.groupId, roles.set(m.phone, m.role));
  }
  const mapping = collectMapping(mappingRows, stored);
  const mappingProblems = mapping.problems;

  // A group the file leaves without an admin gets none of its rows applied (and is not created).
  const idOf = new Map([...stored].map(([key, g]) => [key, g.id]));
  const create: GroupUploadPlan['create'] = [];
  const memberships: MembershipChange[] = [];
  let unchangedMemberships = 0;
  for (const [key, byPhone] of mapping.rowsOf) {
    const group = stored.get(key);
    const before = group ? storedRoles.get(group.id) : undefined;
    const after = new Map(before);
    for (const row of byPhone.values()) after.set(row.phone, row.role);
    const name = mapping.nameOf.get(key)!;
    if (![...after.values()].includes('admin')) {
      const where = at(mapping.firstLine.get(key)!, GROUP_NAME_HEADER, name);
      mappingProblems.push({ ...where, code: 'group.upload.noAdmin', params: { group: name } });
      continue;
    }
    const groupId = group?.id ?? idFor(name);
    if (!group) create.push({ id: groupId, name });
    idOf.set(key, groupId);
    for (const { phone, role, line } of byPhone.values()) {
      const previous = before?.get(phone);
      if (previous === role) unchangedMemberships += 1;
      else {
        const change = { groupId, groupName: name, phone, role, line };
        memberships.push(previous === undefined ? change : { ...change, previous });
      }
    }
  }
  memberships.sort((a, b) => a.line - b.line);

  const {
    kept,
    ignored,
    problems: parentProblems,
  } = collectParents(parentRows, (key) => mapping.rowsOf.has(key));
  // Links in file order against the hierarchy so far: accepting only links that close no
  // cycle keeps it a forest after every row.
  const keyOfId = new Map([...stored.values()].map((g) => [g.id, groupNameKey(g.name)]));
  const parentOf = new Map<string, string>();
  for (const [key, g] of stored) {
    const parentKey = g.parentId === undefined ? undefined : keyOfId.get(g.parentId);
    if (parentKey !== undefined) parentOf.set(key, parentKey);
  }
  const display = (key: string): string => mapping.nameOf.get(key) ?? stored.get(key)!.name;
  const links: ParentLink[] = [];
  for (const row of kept) {
    const childKey = groupNameKey(row.childName);
    const parentKey = groupNameKey(row.parentName);
    // A group that will not exist after the upload (not stored, no admin row) cannot be linked.
    const absent = [row.parentName, row.childName].find((n) => !idOf.has(groupNameKey(n)));
    if (absent !== undefined) {
      const column = absent === row.parentName ? PARENT_NAME_HEADER : CHILD_NAME_HEADER;
      const where = at(row.line, column, absent);
      parentProblems.push({ ...where, code: 'group.upload.noAdmin', params: { group: absent } });
      continue;
    }
    const cycle = cycleThrough(parentOf, parentKey, childKey);
    if (cycle) {
      const chain = cycle.map(display).join(' → ');
      const where = at(row.line, PARENT_NAME_HEADER, row.parentName);
      parentProblems.push({ ...where, code: 'group.upload.cycle', params: { chain } });
      continue;
    }
    if (parentOf.get(childKey) === parentKey) continue;
    parentOf.set(childKey, parentKey);
    const previousParentId = stored.get(childKey)?.parentId;
    const link = {
      parentId: idOf.get(parentKey)!,
      childId: idOf.get(childKey)!,
      parentName: display(parentKey),
      childName: display(childKey),
      line: row.line,
    };
    links.push(previousParentId === undefined ? link : { ...link, previousParentId });
  }
  const errors = [...mappingProblems, ...parentProblems].filter((p) => !p.warning).length;
  const result = { create, memberships, unchangedMemberships, links, ignored };
  return { ...result, mappingProblems, parentProblems, errors };
}

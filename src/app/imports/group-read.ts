import type { Problem } from '../../domain/errors';
import { preview } from '../../domain/errors';
import { groupNameKey } from '../../domain/groups';
import {
  CHILD_NAME_HEADER,
  GROUP_NAME_HEADER,
  GROUP_PHONE_HEADER,
  PARENT_NAME_HEADER,
  USER_TYPE_HEADER,
  mapParentGroupHeader,
  mapUserGroupHeader,
  readParentGroupRow,
  readUserGroupRow,
  wrongKindProblem,
  type CsvFileKind,
  type ParentGroupColumns,
  type ParentGroupRow,
  type UserGroupColumns,
  type UserGroupRow,
} from '../../domain/group-upload';
import type { PhoneRead } from '../../domain/import';
import type { Group, Locale } from '../../domain/types';
import { unescapeFormula } from '../../io/csv-write';
import { readImportPhone } from '../../io/phone';
import { dataRows, scanCsv, type HeaderSpec, type Scan } from './scan';

/**
 * Reading the files of a group upload (SPEC §7) with the users import's reader and scan:
 * the User Group Mapping file and the optional Parent Group Mapping file — or, for one
 * group's Import via CSV, a file of `Phone Number*,User Type*` whose `Group Name` column is
 * optional and, when present, must name that group.
 */

/** The files of one upload, as stored with the job. */
export interface GroupUploadFiles {
  mapping: Blob;
  mappingName: string;
  parent?: Blob;
  parentName?: string;
}

export interface GroupUploadEnv {
  /** Reads numbers written without `+`. */
  region: string;
  /** Language of the error log. */
  locale: Locale;
  /** One group's import: every row is for this group, and no group is created. */
  target?: Group;
}

/** A problem with the name of the file it is in (group uploads read two files). */
export type FileProblem = Problem & { file: string };

/**
 * The mapping file's columns. `ownWidth` is set when the file has no Group Name column (one
 * group's import): each row is then read with the group's name added after its own fields.
 */
export type MappingColumns = UserGroupColumns & { ownWidth?: number };

export const MAPPING_HEADERS = [GROUP_NAME_HEADER, GROUP_PHONE_HEADER, USER_TYPE_HEADER];
const PARENT_HEADERS = [PARENT_NAME_HEADER, CHILD_NAME_HEADER];

function isMissingGroup(p: Problem): boolean {
  return p.code === 'group.upload.missingColumn' && p.params?.['header'] === GROUP_NAME_HEADER;
}

/** One group's file: like the mapping file, but a missing Group Name column is fine. */
function oneGroupHeader(fields: readonly string[], line: number) {
  const direct = mapUserGroupHeader(fields, line);
  if (direct.columns || !direct.problems.some(isMissingGroup)) return direct;
  const others = direct.problems.filter((p) => !isMissingGroup(p));
  if (others.some((p) => !p.warning)) return { problems: others };
  const padded = mapUserGroupHeader([...fields, GROUP_NAME_HEADER], line);
  if (!padded.columns) return padded;
  const columns: MappingColumns = { ...padded.columns, ownWidth: fields.length };
  return { columns, problems: padded.problems };
}

/**
 * A header mapper that, when it refuses a header that is clearly another kind of file (a
 * users file, or the other mapping file), says which file it is and where it goes instead.
 */
function orWrongKind<C>(wanted: CsvFileKind, map: HeaderSpec<C>['map']): HeaderSpec<C>['map'] {
  return (fields, line) => {
    const mapped = map(fields, line);
    if (mapped.columns) return mapped;
    const wrong = wrongKindProblem(wanted, fields, line);
    return wrong ? { problems: [wrong] } : mapped;
  };
}

function mappingSpec(target: Group | undefined): HeaderSpec<MappingColumns> {
  const map = orWrongKind('group-members', target ? oneGroupHeader : mapUserGroupHeader);
  return { expected: MAPPING_HEADERS, map };
}

const PARENT_SPEC: HeaderSpec<ParentGroupColumns> = {
  expected: PARENT_HEADERS,
  map: orWrongKind('group-parents', mapParentGroupHeader),
};

export interface GroupScans {
  mapping: Scan<MappingColumns>;
  /** Absent without a parent file, or when it has a header and no rows. */
  parent?: Scan<ParentGroupColumns>;
  /** Warnings about the parent file as a whole (it has no rows). */
  parentNotices: Problem[];
}

/** Size of every file of the upload (the scan's progress runs over all of them). */
export function filesSize(files: GroupUploadFiles): number {
  return files.mapping.size + (files.parent?.size ?? 0);
}

/**
 * Pass 1 over both files: anything that makes one unusable fails the upload with the
 * file's name. A parent file with a header and no rows sets no links (it is what Export
 * Existing Groups writes for groups without sub-groups), so it is only a warning.
 */
export async function scanGroupFiles(
  files: GroupUploadFiles,
  env: GroupUploadEnv,
  onBytes?: (bytes: number) => void,
): Promise<{ ok: true; scan: GroupScans } | { ok: false; problem: FileProblem }> {
  const mapping = await scanCsv(files.mapping, env.region, mappingSpec(env.target), onBytes);
  if (!mapping.ok) return { ok: false, problem: { ...mapping.problem, file: files.mappingName } };
  const scans: GroupScans = { mapping: mapping.scan, parentNotices: [] };
  if (!files.parent) return { ok: true, scan: scans };
  const file = files.parentName ?? '';
  const base = files.mapping.size;
  const parent = await scanCsv(files.parent, env.region, PARENT_SPEC, (b) => onBytes?.(base + b));
  if (parent.ok) scans.parent = parent.scan;
  else if (parent.problem.code === 'import.file.noRows')
    scans.parentNotices.push({ code: 'group.upload.parentNoRows', warning: true });
  else return { ok: false, problem: { ...parent.problem, file } };
  return { ok: true, scan: scans };
}

/** Every row of both files read and checked; rows with errors are left out of `*Rows`. */
export interface GroupRead {
  mappingRows: UserGroupRow[];
  parentRows: ParentGroupRow[];
  /** Header warnings and row problems of each file. */
  mappingProblems: Problem[];
  parentProblems: Problem[];
  mappingRead: number;
  parentRead: number;
}

function widthProblem(found: number, expected: number, row: number): Problem {
  const code = found < expected ? 'import.row.tooFew' : 'import.row.tooMany';
  return { row, code, params: { found, expected } };
}

/**
 * A row reader for the mapping file. Group names are interned and phone cells read once per
 * distinct text: 200,000 rows name far fewer groups, and people are often in several groups.
 */
function mappingReader(columns: MappingColumns, env: GroupUploadEnv) {
  const names = new Map<string, string>();
  const phones = new Map<string, PhoneRead>();
  const readPhone = (raw: string, region: string): PhoneRead => {
    let read = phones.get(raw);
    if (!read) phones.set(raw, (read = readImportPhone(raw, region)));
    return read;
  };
  const ctx = { columns, region: env.region, readPhone };
  const target = env.target;
  const targetKey = target ? groupNameKey(target.name) : '';
  return (cells: string[], line: number): { row?: UserGroupRow; problems: Problem[] } => {
    let fields = cells;
    if (target && columns.ownWidth !== undefined) {
      if (fields.length !== columns.ownWidth)
        return { problems: [widthProblem(fields.length, columns.ownWidth, line)] };
      fields = [...fields, target.name];
    } else if (target && fields[columns.group]?.trim() === '') {
      // In one group's file an empty Group Name means that group.
      fields = fields.map((f, i) => (i === columns.group ? target.name : f));
    }
    const read = readUserGroupRow(fields, line, ctx);
    const row = read.row;
    if (!row) return read;
    if (target && groupNameKey(row.groupName) !== targetKey) {
      const where = { row: line, column: GROUP_NAME_HEADER, value: preview(row.groupName) };
      const params = { group: target.name };
      return {
        problems: [...read.problems, { ...where, code: 'group.upload.otherGroup', params }],
      };
    }
    let name = names.get(row.groupName);
    if (name === undefined) names.set(row.groupName, (name = row.groupName));
    return { row: { ...row, groupName: name }, problems: read.problems };
  };
}

/** Reads one file's data rows with `read`, keeping valid rows and every problem. */
async function readAll<R>(
  blob: Blob,
  env: GroupUploadEnv,
  scan: Scan<unknown>,
  expected: readonly string[],
  read: (fields: string[], line: number) => { row?: R; problems: Problem[] },
  onRows: (rows: number) => void,
): Promise<{ rows: R[]; problems: Problem[]; count: number }> {
  const rows: R[] = [];
  const problems: Problem[] = [...scan.headerProblems];
  let count = 0;
  for await (const chunk of dataRows(blob, env.region, expected, scan.format)) {
    for (const { fields, line } of chunk) {
      const out = read(fields.map(unescapeFormula), line);
      if (out.row) rows.push(out.row);
      if (out.problems.length > 0) problems.push(...out.problems);
    }
    count += chunk.length;
    onRows(count);
  }
  return { rows, problems, count };
}

/** Pass 2: every data row of both files, read and checked against the row rules. */
export async function readGroupFiles(
  files: GroupUploadFiles,
  scans: GroupScans,
  env: GroupUploadEnv,
  onRows: (rows: number) => void = () => {},
): Promise<GroupRead> {
  const mapping = await readAll(
    files.mapping,
    env,
    scans.mapping,
    MAPPING_HEADERS,
    mappingReader(scans.mapping.columns, env),
    onRows,
  );
  const parentScan = scans.parent;
  const parent =
    files.parent && parentScan
      ? await readAll(
          files.parent,
          env,
          parentScan,
          PARENT_HEADERS,
          (fields, line) => readParentGroupRow(fields, line, parentScan.columns),
          (n) => onRows(mapping.count + n),
        )
      : { rows: [], problems: [], count: 0 };
  return {
    mappingRows: mapping.rows,
    parentRows: parent.rows,
    mappingProblems: mapping.problems,
    parentProblems: parent.problems,
    mappingRead: mapping.count,
    parentRead: parent.count,
  };
}

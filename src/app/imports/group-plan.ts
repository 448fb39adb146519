import type { Problem } from '../../domain/errors';
import { groupNameKey } from '../../domain/groups';
import { planGroupUpload, type GroupUploadPlan } from '../../domain/group-upload';
import type { GroupUploadCounts } from '../../domain/jobs';
import type { Group, Membership } from '../../domain/types';
import type { LabDb } from '../../storage/db';
import { listGroups, membershipsOfGroup } from '../../storage/repos';
import { allPhones } from '../../storage/users-repo';
import { allMemberships, deletedPhones } from '../../storage/group-upload-repo';
import {
  readGroupFiles,
  type GroupRead,
  type GroupScans,
  type GroupUploadEnv,
  type GroupUploadFiles,
} from './group-read';
import { logLines } from './error-log';

/**
 * What a group upload does, decided once for Check and Upload alike: the domain's plan
 * (`planGroupUpload`) against the stored groups, memberships and directory, plus what the
 * lab adds around it — deleted users refused, new numbers noted, rows counted.
 */

/** What the upload is planned against. */
export interface StoredState {
  groups: readonly Group[];
  memberships: readonly Membership[];
  /** Every stored number, deleted users included. */
  phones: ReadonlySet<string>;
  deleted: ReadonlySet<string>;
}

/**
 * Reads the state to plan against. One group's import plans against that group alone — as
 * an organization group, so a private group's own rows still find it by name.
 */
export async function loadStoredState(db: LabDb, target?: Group): Promise<StoredState> {
  const [groups, memberships, phones, deleted] = await Promise.all([
    target ? [{ ...target, kind: 'organization' as const }] : listGroups(db),
    target ? membershipsOfGroup(db, target.id) : allMemberships(db),
    allPhones(db),
    deletedPhones(db),
  ]);
  return { groups, memberships, phones: new Set(phones), deleted: new Set(deleted) };
}

export interface GroupDecision {
  plan: GroupUploadPlan;
  /** Every problem of each file (warnings and ignored rows too), by row. */
  mappingProblems: Problem[];
  parentProblems: Problem[];
  /** Ignored parent rows (also in `parentProblems`). */
  ignored: Problem[];
  counts: GroupUploadCounts;
  /** Applied rows that have warnings. */
  warnings: number;
  /** Numbers the upload adds to the directory (in Others). */
  newUsers: ReadonlySet<string>;
}

const byRow = (a: Problem, b: Problem) => (a.row ?? 0) - (b.row ?? 0);

/** Rows with an error, and rows with only warnings, of one file's problems. */
function rowsOf(problems: readonly Problem[]): { failed: Set<number>; warned: Set<number> } {
  const failed = new Set<number>();
  const warned = new Set<number>();
  for (const p of problems) {
    if (p.row === undefined) continue;
    (p.warning ? warned : failed).add(p.row);
  }
  return { failed, warned };
}

/**
 * Plans the upload. Rows naming deleted users are refused (restore the user first); in one
 * private group's import, numbers not in the directory are refused too (a private group adds
 * nobody to the organization's directory). `idFor` names the groups the upload creates.
 */
export function decideGroupUpload(
  read: GroupRead,
  scans: GroupScans,
  stored: StoredState,
  env: GroupUploadEnv,
  idFor: (name: string) => string,
): GroupDecision {
  const refused: Problem[] = [];
  const privateTarget = env.target?.kind === 'private';
  const rows = read.mappingRows.filter((row) => {
    const where = { row: row.line, column: 'phone', value: row.phone };
    if (stored.deleted.has(row.phone)) refused.push({ ...where, code: 'import.user.deleted' });
    else if (privateTarget && !stored.phones.has(row.phone))
      refused.push({ ...where, code: 'group.upload.notInDirectory' });
    else return true;
    return false;
  });
  const plan = planGroupUpload(rows, read.parentRows, stored.groups, stored.memberships, idFor);
  const mappingProblems = [...read.mappingProblems, ...refused, ...plan.mappingProblems];
  const parentProblems = [...read.parentProblems, ...plan.parentProblems, ...plan.ignored];
  mappingProblems.sort(byRow);
  parentProblems.sort(byRow);

  const mapping = rowsOf(mappingProblems);
  // A group left without an admin has none of its rows applied: all of them failed.
  const noAdmin = new Set(
    plan.mappingProblems
      .filter((p) => p.code === 'group.upload.noAdmin')
      .map((p) => groupNameKey(String(p.params?.['group']))),
  );
  if (noAdmin.size > 0)
    for (const row of rows)
      if (noAdmin.has(groupNameKey(row.groupName))) mapping.failed.add(row.line);
  const ignoredLines = new Set(plan.ignored.map((p) => p.row));
  const parent = rowsOf(parentProblems.filter((p) => !ignoredLines.has(p.row)));

  const newUsers = new Set<string>();
  let added = 0;
  for (const m of plan.memberships) {
    if (m.previous === undefined) added++;
    if (!stored.phones.has(m.phone)) newUsers.add(m.phone);
  }
  const warned = (w: Set<number>, f: Set<number>) => [...w].filter((l) => !f.has(l)).length;
  const counts: GroupUploadCounts = {
    read: read.mappingRead,
    parentRead: read.parentRead,
    groupsCreated: plan.create.length,
    membershipsAdded: added,
    membershipsChanged: plan.memberships.length - added,
    membershipsUnchanged: plan.unchangedMemberships,
    linksSet: plan.links.length,
    usersCreated: newUsers.size,
    failed: mapping.failed.size + parent.failed.size,
    ignored: plan.ignored.length,
  };
  return {
    plan,
    mappingProblems,
    parentProblems: [...scans.parentNotices, ...parentProblems],
    ignored: plan.ignored,
    counts,
    warnings: warned(mapping.warned, mapping.failed) + warned(parent.warned, parent.failed),
    newUsers,
  };
}

/**
 * Pass 2 and the plan, after a successful scan: reads every row of both files and decides
 * them against the stored state. Check and the job both go through here, so they agree.
 */
export async function planGroupFiles(
  db: LabDb | undefined,
  files: GroupUploadFiles,
  scans: GroupScans,
  env: GroupUploadEnv,
  idFor: (name: string) => string,
  onRows?: (rows: number) => void,
): Promise<GroupDecision> {
  const read = await readGroupFiles(files, scans, env, onRows);
  const stored: StoredState = db
    ? await loadStoredState(db, env.target)
    : { groups: [], memberships: [], phones: new Set(), deleted: new Set() };
  return decideGroupUpload(read, scans, stored, env, idFor);
}

/** The error log's lines (File, Row, Column, Value, Error): the mapping file's, then the parent file's. */
export function groupLogText(
  decision: Pick<GroupDecision, 'mappingProblems' | 'parentProblems'>,
  files: Pick<GroupUploadFiles, 'mappingName' | 'parentName'>,
  env: Pick<GroupUploadEnv, 'locale'>,
): string {
  return (
    logLines(decision.mappingProblems, env.locale, files.mappingName) +
    logLines(decision.parentProblems, env.locale, files.parentName ?? '')
  );
}

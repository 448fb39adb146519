import type { Problem } from '../../domain/errors';
import type { GroupUploadPlan, MembershipChange } from '../../domain/group-upload';
import { recheckLinks } from '../../domain/group-upload-links';
import type { GroupUploadJob } from '../../domain/jobs';
import { toStored } from '../../domain/users';
import type { AuditEvent, Group, Locale, Membership } from '../../domain/types';
import {
  addAuditMany,
  getGroups,
  inTransaction,
  listGroups,
  noteMoreComing,
  putGroups,
  putMemberships,
} from '../../storage/repos';
import { putUsers } from '../../storage/users-repo';
import { getJobFile, putJob, putLogPart } from '../../storage/jobs-repo';
import { getMemberships, parentFileKey } from '../../storage/group-upload-repo';
import {
  scanGroupFiles,
  type GroupScans,
  type GroupUploadEnv,
  type GroupUploadFiles,
} from './group-read';
import { groupLogText, planGroupFiles, type GroupDecision } from './group-plan';
import { logLines } from './error-log';
import { currentJob, jobClock, type JobRuntime } from '../kernel/jobs';
import { uploadRun } from './upload-run';

/**
 * Runs one group upload job (SPEC §7) to its end, from wherever its last run stopped.
 * Pass 1 scans both files; then every row is read and the whole upload is planned (200,000
 * rows fit in memory); then it is applied in batches of whole groups — each group is
 * created together with its members in one transaction, so a group never exists without
 * its admin — and the parent links last, in one transaction.
 *
 * A resumed run plans again against what earlier runs committed: their groups and
 * memberships now read as stored, so the new plan holds exactly the work left, and the
 * counts of earlier runs are kept. Another tab may change the hierarchy while the batches
 * run, so the links are checked again in the transaction that sets them (`applyLinks`).
 */

/**
 * Memberships per transaction. Each batch also writes its groups, its new users, an audit
 * event per group and the job, and every transaction lets the pages' and workers' readers
 * in before the next one; fewer, larger batches pay that less often. Measured on the bench's
 * 10,000 × 20 upload (2-core machine, headless Chromium, three runs each, interleaved):
 * 2,000 memberships per transaction 42.6 / 38.6 / 37.5 s, 10,000 38.1 / 35.5 / 33.8 s. A
 * transaction of 10,000 takes ~1.5 s: Cancel, other tabs' writes and reads of what it writes
 * (the Groups page, the directory) wait at most that long. The batch's records are built
 * and held until it commits: peak tab memory in the bench 476 / 505 MB (430–478 MB with
 * 2,000, measured on another host).
 */
export const GROUP_BATCH = 10_000;
const BATCH_TABLES = ['groups', 'memberships', 'users', 'jobs', 'jobFiles', 'audit'] as const;

interface Batch {
  create: GroupUploadPlan['create'];
  memberships: MembershipChange[];
}

/** Batches of whole groups, each about `size` memberships (one big group is one batch). */
function batchesOf(plan: GroupUploadPlan, size: number): Batch[] {
  const created = new Map(plan.create.map((c) => [c.id, c]));
  const byGroup = new Map<string, MembershipChange[]>();
  for (const m of plan.memberships) {
    const list = byGroup.get(m.groupId);
    if (list) list.push(m);
    else byGroup.set(m.groupId, [m]);
  }
  const out: Batch[] = [];
  let batch: Batch = { create: [], memberships: [] };
  for (const [groupId, list] of byGroup) {
    if (batch.memberships.length > 0 && batch.memberships.length + list.length > size) {
      out.push(batch);
      batch = { create: [], memberships: [] };
    }
    const group = created.get(groupId);
    if (group) batch.create.push(group);
    for (const m of list) batch.memberships.push(m);
  }
  if (batch.memberships.length > 0) out.push(batch);
  return out;
}

const key = (groupId: string, phone: string) => `${groupId}\n${phone}`;

interface Input {
  files: GroupUploadFiles;
  env: GroupUploadEnv;
}

/** The files and the environment a stored job runs with, or the reason it cannot run. */
async function jobInput(
  rt: JobRuntime,
  job: GroupUploadJob,
): Promise<{ ok: true; value: Input } | { ok: false; problem: Problem }> {
  const { db } = rt;
  const mapping = await getJobFile(db, job.id);
  const parent =
    job.parentFileName === undefined ? undefined : await getJobFile(db, parentFileKey(job.id));
  if (!mapping || (job.parentFileName !== undefined && !parent))
    return { ok: false, problem: { code: 'import.job.noFile' } };
  const files: GroupUploadFiles = { mapping, mappingName: job.fileName };
  if (parent) Object.assign(files, { parent, parentName: job.parentFileName });
  const env: GroupUploadEnv = { region: job.region, locale: job.locale as Locale };
  if (job.groupId !== undefined) {
    const [target] = await getGroups(db, [job.groupId]);
    const params = { group: job.groupName ?? '' };
    if (!target) return { ok: false, problem: { code: 'group.upload.groupGone', params } };
    env.target = target;
  }
  return { ok: true, value: { files, env } };
}

/** Writes one batch: its new groups, new users (in Others), memberships and audit events. */
async function applyBatch(
  rt: JobRuntime,
  id: string,
  batch: Batch,
  decision: GroupDecision,
  created: Set<string>,
  now: number,
): Promise<number> {
  const { db } = rt;
  const current = await currentJob<GroupUploadJob>(db, id);
  const groups: Group[] = batch.create.map((c) => ({
    ...c,
    kind: 'organization',
    createdBy: current.createdBy,
    createdAt: now,
  }));
  if (groups.length > 0) await putGroups(db, groups);
  // `created` spans batches: a new number in several groups joins the directory once. A
  // batch that does not commit ends the job, so it needs no rollback.
  const phones: string[] = [];
  for (const { phone } of batch.memberships) {
    if (!decision.newUsers.has(phone) || created.has(phone)) continue;
    created.add(phone);
    phones.push(phone);
  }
  const users = phones.map((phone) =>
    toStored({
      phone,
      name: '',
      network: 'others',
      orgRole: 'member',
      source: 'import',
      attrs: {},
      createdAt: now,
      updatedAt: now,
    }),
  );
  if (users.length > 0) await putUsers(db, users);
  // A changed role keeps the date the person joined the group.
  const changed = batch.memberships.filter((m) => m.previous !== undefined);
  const before = await getMemberships(
    db,
    changed.map((m) => [m.groupId, m.phone]),
  );
  const joined = new Map(before.flatMap((m) => (m ? [[key(m.groupId, m.phone), m.addedAt]] : [])));
  const rows: Membership[] = batch.memberships.map((m) => ({
    groupId: m.groupId,
    phone: m.phone,
    role: m.role,
    addedAt: joined.get(key(m.groupId, m.phone)) ?? now,
  }));
  await putMemberships(db, rows);
  const actor = current.createdBy;
  const events: AuditEvent[] = groups.map((g) => ({
    at: now,
    actor,
    action: 'group.create',
    target: g.id,
    details: { name: g.name, kind: g.kind, job: id },
  }));
  if (events.length > 0) await addAuditMany(db, events);
  const c = current.counts;
  const doneRows = current.doneRows + groups.length + rows.length;
  await putJob(db, {
    ...current,
    counts: {
      ...c,
      groupsCreated: c.groupsCreated + groups.length,
      membershipsAdded: c.membershipsAdded + rows.length - changed.length,
      membershipsChanged: c.membershipsChanged + changed.length,
      usersCreated: c.usersCreated + users.length,
    },
    doneRows,
    progressAt: rt.realNow(),
  });
  return doneRows;
}

/**
 * Sets the parent links of the plan in one transaction, each checked again against the
 * hierarchy as stored now (`recheckLinks`): another tab may have changed it since the plan.
 * A link that no longer holds is not set; its row counts as failed and is added to the log.
 */
async function applyLinks(
  rt: JobRuntime,
  id: string,
  links: GroupUploadPlan['links'],
  { files, env }: Input,
  now: number,
) {
  const { db } = rt;
  const current = await currentJob<GroupUploadJob>(db, id);
  const groups = await listGroups(db);
  const { apply, problems } = recheckLinks(links, groups);
  const byId = new Map(groups.map((g) => [g.id, g]));
  await putGroups(
    db,
    apply.map((l) => ({ ...byId.get(l.childId)!, parentId: l.parentId })),
  );
  const events = apply.map((link) => ({
    at: now,
    actor: current.createdBy,
    action: 'group.parent.set',
    target: link.childId,
    details: { parentId: link.parentId, job: id },
  }));
  await addAuditMany(db, events);
  let logParts = current.logParts;
  if (problems.length > 0) {
    const log = logLines(problems, env.locale, files.parentName ?? '');
    await putLogPart(db, id, logParts++, new Blob([log]));
  }
  const doneRows = current.doneRows + links.length;
  const c = current.counts;
  const counts = {
    ...c,
    linksSet: c.linksSet + apply.length,
    failed: c.failed + problems.length,
  };
  await putJob(db, { ...current, counts, doneRows, logParts, progressAt: rt.realNow() });
  return doneRows;
}

/** The work of a group upload (see `GROUP_UPLOAD`): scan both files, plan, then batches. */
export function groupUploadRun(rt: JobRuntime, job: GroupUploadJob): Promise<void> {
  return uploadRun<GroupUploadJob, Input, GroupScans>({
    input: (job) => jobInput(rt, job),
    // Pass 1: both files must be readable before anything is applied.
    scan: ({ files, env }, onBytes) => scanGroupFiles(files, env, onBytes),
    apply: (job, input, scans) => applyUpload(rt, job, input, scans),
  })(rt, job);
}

/** Reads and plans every row, then applies the plan: groups with their members, then links. */
async function applyUpload(
  rt: JobRuntime,
  job: GroupUploadJob,
  { files, env }: Input,
  scans: GroupScans,
): Promise<void> {
  const { db } = rt;
  const id = job.id;
  const simNow = await jobClock(rt);
  // New groups get ids unique to this run: a resumed run must not reuse an earlier run's.
  const run = `${rt.realNow().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let n = 0;
  const decision = await planGroupFiles(
    db,
    files,
    scans,
    env,
    () => `g-${run}-${(n++).toString(36)}`,
  );
  const { plan } = decision;
  const work = plan.create.length + plan.memberships.length + plan.links.length;
  await inTransaction(db, async () => {
    const current = await currentJob<GroupUploadJob>(db, id);
    const c = current.counts;
    const started: GroupUploadJob = {
      ...current,
      phase: 'applying',
      scannedBytes: job.fileSize,
      totalRows: current.doneRows + work,
      runStartedAt: rt.realNow(),
      runStartRows: current.doneRows,
      warnings: decision.warnings,
      counts: {
        ...c,
        read: decision.counts.read,
        parentRead: decision.counts.parentRead,
        failed: decision.counts.failed,
        ignored: decision.counts.ignored,
        // What earlier runs added or changed now reads as unchanged.
        membershipsUnchanged: plan.unchangedMemberships - c.membershipsAdded - c.membershipsChanged,
      },
    };
    const log = groupLogText(decision, files, env);
    // The plan's problems are known before anything is applied: they are written at once,
    // whole; only links that no longer hold when set add to them (`applyLinks`).
    if (current.logParts === 0 && log !== '') {
      await putLogPart(db, id, 0, new Blob([log]));
      started.logParts = 1;
    }
    await putJob(db, started);
  });
  const created = new Set<string>();
  const batches = batchesOf(plan, rt.batchRows ?? GROUP_BATCH);
  const lastWithUsers = batches.findLastIndex((b) =>
    b.memberships.some((m) => decision.newUsers.has(m.phone)),
  );
  for (const [index, batch] of batches.entries()) {
    const done = await inTransaction(
      db,
      () => {
        // Later batches add users too: the directory waits for the last (follow.ts).
        if (index < lastWithUsers) noteMoreComing();
        return applyBatch(rt, id, batch, decision, created, simNow());
      },
      BATCH_TABLES,
    );
    await rt.afterCommit?.(done);
  }
  if (plan.links.length > 0) {
    const done = await inTransaction(
      db,
      () => applyLinks(rt, id, plan.links, { files, env }, simNow()),
      BATCH_TABLES,
    );
    await rt.afterCommit?.(done);
  }
}

import type { Problem } from '../../domain/errors';
import { simulatedNow } from '../../domain/clock';
import { accessOf, isUnfinished, type JobAccess, type JobRecordBase } from '../../domain/jobs';
import type { Group } from '../../domain/types';
import type { LabDb } from '../../storage/db';
import { addAudit, getGroups, getOrg, inTransaction } from '../../storage/repos';
import { getJob, putJob } from '../../storage/jobs-repo';
import { announceUsersChange } from '../../storage/users-changes';
import type { CommandContext, ReadContext } from './context';
import { isLoadFailure } from './transport';

/**
 * The job framework every kind shares (users import, group upload, export…): a kind
 * declares its phases and its work; the framework owns the status machine (Queued →
 * Processing → Completed, Failed with the reason, or Cancelled), Cancel, quota handling,
 * resuming after a closed tab and the audit events of each ending.
 */

export interface JobRuntime {
  db: LabDb;
  realNow: () => number;
  /** Rows per transaction (tests use small batches). */
  batchRows?: number;
  /**
   * Called after each committed batch (tests stop or cancel the job here). A job that queues
   * its next batch before the current one commits runs them one at a time when it is set, so
   * the test knows where its job stopped.
   */
  afterCommit?: (doneRows: number) => void | Promise<void>;
}

/** The fields every new job starts with; a kind's `create` adds its own. */
export type NewJob = Pick<
  JobRecordBase,
  'id' | 'createdAt' | 'createdBy' | 'createdByName' | 'locale'
> & { access: JobAccess };

/** What a kind's `create` returns: the job to store and the files stored with it. */
export interface CreatedJob<J extends JobRecordBase> {
  job: J;
  /** Files kept with the job under their keys (the original upload…), written with it. */
  files?: ReadonlyArray<readonly [key: string, file: Blob]>;
  /** Details of the `…start` audit event. */
  details?: Record<string, unknown>;
}

/** One kind of job, as its area declares it. */
export interface JobKind<J extends JobRecordBase = JobRecordBase, I = never> {
  /** Audit action prefix: `users.export` → `users.export.start`, `.completed`, `.failed`… */
  audit: string;
  /** The kind's phases in the order a job goes through them. */
  phases: readonly string[];
  /**
   * How a Cancel that comes before any unit was done ends: `cancelled`, or `failed` with
   * this reason (an import cancelled before any row "failed": SPEC §5.1).
   */
  cancelledEarly?: Problem;
  /**
   * The reasons a run that broke ends with, when the kind words them its own way (an import
   * says which rows to import again); by default `job.quota` and `job.unexpected`.
   */
  reasons?: { quota?: string; unexpected?: string };
  /**
   * The new job and its files, in the start command's transaction: the kind checks what it
   * needs (a finer permission, the input) and refuses with a DomainError. A job it returns
   * already `failed` (a file over the size limit) is stored as it is and never runs.
   */
  create: (ctx: CommandContext, input: I, base: NewJob) => Promise<CreatedJob<J>>;
  /**
   * The work, in the jobs worker, from wherever an earlier run stopped. It commits its
   * progress in batches (`currentJob` inside each), and ends the run by returning
   * (Completed) or by throwing: `Stop`, `JobFailure`, a quota error…
   */
  run: (rt: JobRuntime, job: J) => Promise<void>;
  /** Loads the code `run` imports, ahead of a run (the dialog that starts one is open). */
  prepare?: () => Promise<unknown>;
}

/**
 * The jobs of `jobs` the actor may see, and so cancel and download (SPEC §10): each job's
 * own access — the capability it was started with, on its group when it was one group's,
 * of the kind that group has now (a group made private since is its own members' business).
 * The groups are read in one request; the check itself is synchronous.
 */
export async function visibleJobs<J extends JobRecordBase>(
  ctx: ReadContext,
  jobs: readonly J[],
): Promise<J[]> {
  const access = jobs.map((j) => accessOf(j as J & { groupId?: string }));
  const ids = [...new Set(access.flatMap((a) => (a.groupId === undefined ? [] : [a.groupId])))];
  const groups = new Map<string, Group>();
  for (const g of await getGroups(ctx.db, ids)) if (g) groups.set(g.id, g);
  return jobs.filter((_, i) => {
    const { can, groupId } = access[i]!;
    if (groupId === undefined) return ctx.can(can);
    const kind = groups.get(groupId)?.kind;
    return ctx.can(can, { groupId, ...(kind ? { groupKind: kind } : {}) });
  });
}

/** `job` when the actor may see it, else undefined. */
export async function visibleJob<J extends JobRecordBase>(
  ctx: ReadContext,
  job: J | undefined,
): Promise<J | undefined> {
  return job && (await visibleJobs(ctx, [job]))[0];
}

/** Thrown inside a batch to end the run: the job was cancelled, or deleted (sandbox reset). */
export class Stop extends Error {
  constructor(readonly kind: 'cancelled' | 'gone') {
    super(kind);
  }
}

/** Thrown by a kind to end its job as Failed with `problem` as the reason. */
export class JobFailure extends Error {
  constructor(readonly problem: Problem & { file?: string }) {
    super(problem.code);
  }
}

function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined; e;) {
    if (e.name === 'QuotaExceededError') return true;
    e = e.inner as typeof e;
  }
  return /quota/i.test(String((error as Error | undefined)?.message));
}

/** The simulated time now, on the organization's clock. */
export async function jobClock(rt: JobRuntime): Promise<() => number> {
  const org = await getOrg(rt.db);
  return () => simulatedNow(org?.clockOffset ?? 0, rt.realNow());
}

/**
 * Ends `job` with `change` applied, stamps the end and records the audit event — inside the
 * caller's transaction.
 */
async function endJob<J extends JobRecordBase>(
  db: LabDb,
  kind: JobKind<J, never>,
  job: J,
  change: Partial<J>,
  now: number,
): Promise<J> {
  const next: J = { ...job, ...change, finishedAt: now };
  await putJob(db, next);
  const counts = (next as { counts?: Record<string, number> }).counts;
  await addAudit(db, {
    at: now,
    actor: job.createdBy,
    action: `${kind.audit}.${next.status}`,
    target: job.id,
    details: { file: job.fileName, ...counts },
  });
  return next;
}

/**
 * Ends the job's run with `change` applied, in a transaction of its own over only what it
 * reads and writes: one over every table would first wait for every reader in every tab.
 */
async function finishJob<J extends JobRecordBase>(
  rt: JobRuntime,
  kind: JobKind<J, never>,
  id: string,
  change: (job: J) => Partial<J>,
): Promise<J | undefined> {
  const ended = await inTransaction(
    rt.db,
    async () => {
      const job = await getJob<J>(rt.db, id);
      if (!job) return undefined;
      const org = await getOrg(rt.db);
      const now = simulatedNow(org?.clockOffset ?? 0, rt.realNow());
      return endJob(rt.db, kind, job, change(job), now);
    },
    ['jobs', 'org', 'audit'],
  );
  // A job's batches said more would follow; whatever it wrote, nothing more does now (a
  // cancelled or failed job never wrote its last batch): the directory need not wait.
  announceUsersChange({ phones: [], reload: false });
  return ended;
}

/**
 * A Failed ending with `reason`. The stored reason is only code + params, so the column,
 * value and line the message names are kept as params, and so is the file a problem of one
 * of several files names (a group upload's `FileProblem`).
 */
function failed<J extends JobRecordBase>(reason: Problem & { file?: string }): Partial<J> {
  const params = {
    ...(reason.column === undefined ? {} : { column: reason.column }),
    ...(reason.value === undefined ? {} : { value: reason.value }),
    ...reason.params,
    ...(reason.row ? { line: reason.row } : {}),
    ...(reason.file === undefined ? {} : { file: reason.file }),
  };
  return { status: 'failed', reason: { code: reason.code, params } } as Partial<J>;
}

function failJob<J extends JobRecordBase>(
  rt: JobRuntime,
  kind: JobKind<J, never>,
  id: string,
  reason: Problem & { file?: string },
): Promise<J | undefined> {
  return finishJob<J>(rt, kind, id, () => failed<J>(reason));
}

/** How a Cancel ends `job`: Cancelled — or Failed with the kind's reason when nothing was done. */
function cancelledEnding<J extends JobRecordBase>(kind: JobKind<J, never>, job: J): Partial<J> {
  if (job.doneRows === 0 && kind.cancelledEarly) return failed<J>(kind.cancelledEarly);
  return { status: 'cancelled' } as Partial<J>;
}

function endCancelled<J extends JobRecordBase>(
  rt: JobRuntime,
  kind: JobKind<J, never>,
  job: J,
): Promise<J | undefined> {
  return finishJob<J>(rt, kind, job.id, (current) => cancelledEnding(kind, current));
}

/**
 * Ends a job no worker has started yet as a Cancel would, inside the caller's transaction
 * (Cancel on a Queued job: nothing runs that could see the request, and a worker that takes
 * the job later finds it ended).
 */
export function cancelQueuedJob<J extends JobRecordBase>(
  db: LabDb,
  kind: JobKind<J, never>,
  job: J,
  now: number,
): Promise<J> {
  return endJob(db, kind, job, cancelledEnding(kind, job), now);
}

/**
 * How a run that threw ends: Cancelled (or Failed when nothing was done), Failed with the
 * kind's reason, Failed for a full disk or a file that changed, or Failed as unexpected.
 * Committed batches stay.
 */
async function endOnError<J extends JobRecordBase>(
  rt: JobRuntime,
  kind: JobKind<J, never>,
  id: string,
  error: unknown,
): Promise<J | undefined> {
  const now = await getJob<J>(rt.db, id);
  if (error instanceof Stop) {
    if (error.kind === 'gone' || !now) return undefined;
    return endCancelled(rt, kind, now);
  }
  if (!now) return undefined;
  if (error instanceof JobFailure) return failJob(rt, kind, id, error.problem);
  if (isQuotaError(error))
    return failJob(rt, kind, id, {
      code: kind.reasons?.quota ?? 'job.quota',
      params: { rows: now.doneRows },
    });
  if (isLoadFailure(error)) return failJob(rt, kind, id, { code: 'job.loadFailed' });
  if (error instanceof Error && /FileReadError|NotReadableError/.test(error.name))
    return failJob(rt, kind, id, { code: 'import.file.changed' });
  return failJob(rt, kind, id, {
    code: kind.reasons?.unexpected ?? 'job.unexpected',
    params: { message: String(error) },
  });
}

/**
 * Runs (or resumes) a stored job of `kind` to its end: Queued becomes Processing, the kind
 * does its work, and the run ends Completed, Failed or Cancelled. Returns the job as it
 * ended, or undefined if it no longer exists; a job that has already ended is returned as
 * it is.
 */
export async function runJob<J extends JobRecordBase>(
  rt: JobRuntime,
  kind: JobKind<J, never>,
  id: string,
): Promise<J | undefined> {
  const started = await inTransaction(
    rt.db,
    async () => {
      const job = await getJob<J>(rt.db, id);
      if (!job || !isUnfinished(job)) return job;
      const next: J = {
        ...job,
        status: 'processing',
        runStartedAt: rt.realNow(),
        runStartRows: job.doneRows,
      };
      await putJob(rt.db, next);
      return next;
    },
    ['jobs'],
  );
  if (!started || started.status !== 'processing') return started;
  if (started.cancelRequested) return endCancelled(rt, kind, started);
  try {
    await kind.run(rt, started);
  } catch (error) {
    return endOnError(rt, kind, id, error);
  }
  return finishJob<J>(rt, kind, id, () => ({ status: 'completed' }) as Partial<J>);
}

/** The job inside a batch's transaction; throws `Stop` when it was cancelled or deleted. */
export async function currentJob<J extends JobRecordBase>(db: LabDb, id: string): Promise<J> {
  const current = await getJob<J>(db, id);
  if (!current) throw new Stop('gone');
  if (current.cancelRequested) throw new Stop('cancelled');
  return current;
}

/** Saves a running job's progress in a transaction of its own; throws `Stop` like `currentJob`. */
export async function saveProgress<J extends JobRecordBase>(
  rt: JobRuntime,
  id: string,
  change: (job: J) => Partial<J>,
): Promise<J> {
  return inTransaction(
    rt.db,
    async () => {
      const current = await currentJob<J>(rt.db, id);
      const next = { ...current, ...change(current), progressAt: rt.realNow() };
      await putJob(rt.db, next);
      return next;
    },
    ['jobs'],
  );
}

import type { Problem } from '../../domain/errors';
import { simulatedNow } from '../../domain/clock';
import type { UploadJob } from '../../domain/jobs';
import type { LabDb } from '../../storage/db';
import { addAudit, getOrg, inTransaction } from '../../storage/repos';
import { getJob, putJob } from '../../storage/jobs-repo';

/**
 * The status machine every upload job shares (users import, group upload): how a run ends
 * (Completed, Cancelled, Failed with a reason), how the scan reports progress and notices
 * Cancel, and how errors a batch throws become an ending with exact counts.
 */

export interface JobRuntime {
  db: LabDb;
  realNow: () => number;
  /** Rows per transaction (tests use small batches). */
  batchRows?: number;
  /** Called after each committed batch (tests stop or cancel the job here). */
  afterCommit?: (doneRows: number) => void | Promise<void>;
}

/** Audit action prefix of each job kind: `users.import.completed`, `groups.upload.failed`… */
const AUDIT_PREFIX: Record<UploadJob['kind'], string> = {
  'user-import': 'users.import',
  'group-upload': 'groups.upload',
};

/** Thrown inside a batch to end the run: the job was cancelled, or deleted (sandbox reset). */
export class Stop extends Error {
  constructor(readonly kind: 'cancelled' | 'gone') {
    super(kind);
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

/** Ends the job's run with `change` applied, stamps the end and records the audit event. */
async function finishJob<J extends UploadJob>(
  rt: JobRuntime,
  id: string,
  change: (job: J, now: number) => Partial<J>,
): Promise<J | undefined> {
  return inTransaction(rt.db, async () => {
    const job = await getJob<J>(rt.db, id);
    if (!job) return undefined;
    const org = await getOrg(rt.db);
    const now = simulatedNow(org?.clockOffset ?? 0, rt.realNow());
    const next: J = { ...job, ...change(job, now), finishedAt: now };
    await putJob(rt.db, next);
    await addAudit(rt.db, {
      at: now,
      actor: job.createdBy,
      action: `${AUDIT_PREFIX[job.kind]}.${next.status}`,
      target: job.id,
      details: { file: job.fileName, ...next.counts },
    });
    return next;
  });
}

/**
 * Fails the job with `reason`. The stored reason is only code + params, so the column, value
 * and line the message names are kept as params, and so is the file a problem of one of
 * several files names (a group upload's `FileProblem`).
 */
function failJob<J extends UploadJob>(
  rt: JobRuntime,
  id: string,
  reason: Problem & { file?: string },
): Promise<J | undefined> {
  const params = {
    ...(reason.column === undefined ? {} : { column: reason.column }),
    ...(reason.value === undefined ? {} : { value: reason.value }),
    ...reason.params,
    ...(reason.row ? { line: reason.row } : {}),
    ...(reason.file === undefined ? {} : { file: reason.file }),
  };
  const failed = { status: 'failed', reason: { code: reason.code, params } };
  return finishJob<J>(rt, id, () => failed as Partial<J>);
}

/** Cancelled, or Failed when nothing was applied yet (SPEC §5.1: "cancelled before any row"). */
function endCancelled<J extends UploadJob>(rt: JobRuntime, job: J): Promise<J | undefined> {
  if (job.doneRows === 0) return failJob<J>(rt, job.id, { code: 'import.cancelledEarly' });
  return finishJob<J>(rt, job.id, () => ({ status: 'cancelled' }) as Partial<J>);
}

/** During the scan, progress is saved (and Cancel looked for) every this many bytes. */
const SCAN_PROGRESS_BYTES = 8 * 2 ** 20;

/**
 * Runs the job's scan, saving the bytes read every few MB and noticing Cancel meanwhile.
 * Returns the scan's result and the job as it now is, or how the run ended (cancelled
 * during the scan, or the job is gone).
 */
async function scanPhase<J extends UploadJob, T>(
  rt: JobRuntime,
  id: string,
  scan: (onBytes: (bytes: number) => void) => Promise<T>,
): Promise<{ job: J; result: T } | { ended: J | undefined }> {
  const { db } = rt;
  let nextReport = SCAN_PROGRESS_BYTES;
  let cancelled = false;
  const result = await scan((bytes) => {
    if (bytes < nextReport || cancelled) return;
    nextReport = bytes + SCAN_PROGRESS_BYTES;
    void db.transaction('rw', db.jobs, async () => {
      const current = await getJob<J>(db, id);
      if (!current) return;
      if (current.cancelRequested) cancelled = true;
      await putJob(db, { ...current, scannedBytes: bytes });
    });
  });
  const job = await getJob<J>(db, id);
  if (!job) return { ended: undefined };
  if (cancelled || job.cancelRequested) return { ended: await endCancelled(rt, job) };
  return { job, result };
}

/**
 * How a run that threw ends: Cancelled (or Failed when nothing was applied), Failed for a
 * full disk or a file that changed, or Failed as unexpected. Committed batches stay.
 */
async function endOnError<J extends UploadJob>(
  rt: JobRuntime,
  id: string,
  error: unknown,
): Promise<J | undefined> {
  const now = await getJob<J>(rt.db, id);
  if (error instanceof Stop) {
    if (error.kind === 'gone' || !now) return undefined;
    return endCancelled(rt, now);
  }
  if (isQuotaError(error))
    return failJob<J>(rt, id, { code: 'import.quota', params: { rows: now?.doneRows ?? 0 } });
  if (error instanceof Error && /FileReadError/.test(error.name))
    return failJob<J>(rt, id, { code: 'import.file.changed' });
  return failJob<J>(rt, id, { code: 'import.unexpected', params: { message: String(error) } });
}

/** The phases of one kind of upload job, which `runUploadJob` drives. */
export interface JobPhases<J extends UploadJob, I, S> {
  /** What the run needs from storage (its files…), or why it cannot run. */
  input: (job: J) => Promise<{ ok: true; value: I } | { ok: false; problem: Problem }>;
  /** Pass 1 over the files: anything that makes them unusable, before a row is applied. */
  scan: (
    input: I,
    onBytes: (bytes: number) => void,
  ) => Promise<{ ok: true; scan: S } | { ok: false; problem: Problem }>;
  /** Everything after the scan, in committed batches; throws to end the run (`Stop`, quota…). */
  apply: (job: J, input: I, scan: S) => Promise<void>;
}

/**
 * Runs (or resumes) an upload job through its phases and the shared status machine:
 * Failed with the reason when it cannot run or its files are unusable, Cancelled or Failed
 * when a phase throws, Completed otherwise. Returns the job as it ended, or undefined if it
 * no longer exists; a job that is not processing is returned as it is.
 */
export async function runUploadJob<J extends UploadJob, I, S>(
  rt: JobRuntime,
  id: string,
  phases: JobPhases<J, I, S>,
): Promise<J | undefined> {
  const job = await getJob<J>(rt.db, id);
  if (!job || job.status !== 'processing') return job;
  const input = await phases.input(job);
  if (!input.ok) return failJob<J>(rt, id, input.problem);
  const scanned = await scanPhase<J, Awaited<ReturnType<JobPhases<J, I, S>['scan']>>>(
    rt,
    id,
    (onBytes) => phases.scan(input.value, onBytes),
  );
  if ('ended' in scanned) return scanned.ended;
  if (!scanned.result.ok) return failJob<J>(rt, id, scanned.result.problem);
  try {
    await phases.apply(scanned.job, input.value, scanned.result.scan);
  } catch (error) {
    return endOnError<J>(rt, id, error);
  }
  return finishJob<J>(rt, id, () => ({ status: 'completed' }) as Partial<J>);
}

/** The job inside a batch's transaction; throws `Stop` when it was cancelled or deleted. */
export async function currentJob<J extends UploadJob>(db: LabDb, id: string): Promise<J> {
  const current = await getJob<J>(db, id);
  if (!current) throw new Stop('gone');
  if (current.cancelRequested) throw new Stop('cancelled');
  return current;
}

import type { Problem } from '../../domain/errors';
import { simulatedNow } from '../../domain/clock';
import type { ImportJob } from '../../domain/import';
import { toStored } from '../../domain/users';
import type { Locale } from '../../domain/types';
import type { LabDb } from '../../storage/db';
import { addAudit, getOrg, inTransaction, listAttributes } from '../../storage/repos';
import { allPhones, putUsers } from '../../storage/users-repo';
import { getJob, getJobFile, putJob, putLogPart } from '../../storage/jobs-repo';
import {
  addCounts,
  decideBatch,
  knownNumbers,
  numbersToRead,
  storedUsers,
  passRows,
  scanFile,
  type AppliedRows,
  type ImportEnv,
} from './pipeline';
import { logLines } from './error-log';

/**
 * Runs one users import job to its end, from wherever its last run stopped. Every batch
 * is one transaction that writes the users, the batch's error-log part and the job's
 * progress together, so a tab closed at any moment leaves a job that resumes exactly
 * after its last committed batch: no row is applied twice or skipped.
 */

/**
 * Rows per transaction, sized by measurement (100,000-row import, 2-core machine, headless
 * Chromium; bench/import.mjs): 500 rows 29.2 s / 318 MB peak tab memory, 2,000 rows
 * 29.1 s / 319 MB, 5,000 rows 26.2 s / 389 MB, 10,000 rows 26.1 s / 390 MB. Larger batches
 * save ~10 % but cost ~70 MB more (too much for a million rows within 500 MB) and make Cancel
 * and other tabs' writes wait longer for each transaction.
 */
export const BATCH_ROWS = 2_000;
/** What a batch writes: only these are locked, so the page can read the rest meanwhile. */
const BATCH_TABLES = ['users', 'jobs', 'jobFiles'] as const;
/** During the scan, progress is saved (and Cancel looked for) every this many bytes. */
const SCAN_PROGRESS_BYTES = 8 * 2 ** 20;

class Stop extends Error {
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

export interface JobRuntime {
  db: LabDb;
  realNow: () => number;
  /** Rows per transaction (tests use small batches). */
  batchRows?: number;
  /** Called after each committed batch (tests stop or cancel the job here). */
  afterCommit?: (doneRows: number) => void | Promise<void>;
}

async function finish(
  rt: JobRuntime,
  id: string,
  change: (job: ImportJob, now: number) => Partial<ImportJob>,
): Promise<ImportJob | undefined> {
  return inTransaction(rt.db, async () => {
    const job = await getJob<ImportJob>(rt.db, id);
    if (!job) return undefined;
    const org = await getOrg(rt.db);
    const now = simulatedNow(org?.clockOffset ?? 0, rt.realNow());
    const next: ImportJob = { ...job, ...change(job, now), finishedAt: now };
    await putJob(rt.db, next);
    await addAudit(rt.db, {
      at: now,
      actor: job.createdBy,
      action: `users.import.${next.status}`,
      target: job.id,
      details: { file: job.fileName, ...next.counts },
    });
    return next;
  });
}

function fail(rt: JobRuntime, id: string, reason: Problem) {
  return finish(rt, id, () => ({
    status: 'failed',
    reason: {
      code: reason.code,
      // The stored reason is only code + params: keep the column and value the message names.
      params: {
        ...(reason.column === undefined ? {} : { column: reason.column }),
        ...(reason.value === undefined ? {} : { value: reason.value }),
        ...reason.params,
        ...(reason.row ? { line: reason.row } : {}),
      },
    },
  }));
}

/** Runs (or resumes) the job; returns it as it ended, or undefined if it no longer exists. */
export async function runImportJob(rt: JobRuntime, id: string): Promise<ImportJob | undefined> {
  const { db } = rt;
  let job = await getJob<ImportJob>(db, id);
  if (!job || job.status !== 'processing') return job;
  const file = await getJobFile(db, id);
  if (!file) return fail(rt, id, { code: 'import.job.noFile' });
  const org = await getOrg(db);
  const env: ImportEnv = {
    attributes: await listAttributes(db),
    region: job.region,
    network: job.network,
    locale: job.locale as Locale,
    simNow: () => simulatedNow(org?.clockOffset ?? 0, rt.realNow()),
  };

  // Pass 1: the whole file must be readable before anything is applied.
  let nextReport = SCAN_PROGRESS_BYTES;
  let cancelled = false;
  const scanned = await scanFile(file, env, (bytes) => {
    if (bytes < nextReport || cancelled) return;
    nextReport = bytes + SCAN_PROGRESS_BYTES;
    void db.transaction('rw', db.jobs, async () => {
      const current = await getJob<ImportJob>(db, id);
      if (!current) return;
      if (current.cancelRequested) cancelled = true;
      await putJob(db, { ...current, scannedBytes: bytes });
    });
  });
  job = await getJob<ImportJob>(db, id);
  if (!job) return undefined;
  if (cancelled || job.cancelRequested) {
    if (job.doneRows === 0) return fail(rt, id, { code: 'import.cancelledEarly' });
    return finish(rt, id, () => ({ status: 'cancelled' }));
  }
  if (!scanned.ok) return fail(rt, id, scanned.problem);
  const { scan } = scanned;

  const started: ImportJob = {
    ...job,
    phase: 'applying',
    scannedBytes: file.size,
    totalRows: scan.dataRows,
    runStartedAt: rt.realNow(),
    runStartRows: job.doneRows,
  };
  await inTransaction(db, async () => {
    // Header warnings go first in the log, once.
    if (started.logParts === 0 && scan.headerProblems.length > 0) {
      await putLogPart(db, id, 0, new Blob([logLines(scan.headerProblems, env.locale)]));
      started.logParts = 1;
    }
    await putJob(db, started);
  });

  // Which numbers exist, read once: a batch then reads only users it may change.
  const applied: AppliedRows = knownNumbers(await allPhones(db));
  try {
    await passRows(file, env, scan, {
      skip: started.doneRows,
      batchSize: rt.batchRows ?? BATCH_ROWS,
      // Rows applied by an earlier run still decide which later duplicate wins.
      skipped: (batch) => {
        for (const item of batch) if (item.row) applied.set(item.row.phone, item.row.line * 4 + 1);
      },
      handle: async (batch) => {
        const phones = numbersToRead(batch, applied);
        // A batch that does not commit ends the job, so `applied` needs no rollback.
        await inTransaction(
          db,
          async () => {
            const current = await getJob<ImportJob>(db, id);
            if (!current) throw new Stop('gone');
            if (current.cancelRequested) throw new Stop('cancelled');
            const byPhone = await storedUsers(db, phones);
            const decision = decideBatch(batch, byPhone, applied, env, env.simNow());
            if (decision.puts.size > 0)
              await putUsers(db, [...decision.puts.values()].map(toStored));
            let logParts = current.logParts;
            if (decision.problems.length > 0) {
              await putLogPart(
                db,
                id,
                logParts,
                new Blob([logLines(decision.problems, env.locale)]),
              );
              logParts++;
            }
            await putJob(db, {
              ...current,
              counts: addCounts(current.counts, decision.counts),
              warnings: current.warnings + decision.warnings,
              doneRows: batch.at(-1)!.index + 1,
              progressAt: rt.realNow(),
              logParts,
            });
          },
          BATCH_TABLES,
        );
        await rt.afterCommit?.(batch.at(-1)!.index + 1);
      },
    });
  } catch (error) {
    const now = await getJob<ImportJob>(db, id);
    if (error instanceof Stop) {
      if (error.kind === 'gone' || !now) return undefined;
      if (now.doneRows === 0) return fail(rt, id, { code: 'import.cancelledEarly' });
      return finish(rt, id, () => ({ status: 'cancelled' }));
    }
    if (isQuotaError(error))
      return fail(rt, id, { code: 'import.quota', params: { rows: now?.doneRows ?? 0 } });
    if (error instanceof Error && /FileReadError/.test(error.name))
      return fail(rt, id, { code: 'import.file.changed' });
    return fail(rt, id, { code: 'import.unexpected', params: { message: String(error) } });
  }
  return finish(rt, id, () => ({ status: 'completed' }));
}

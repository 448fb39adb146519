import type { ImportJob } from '../../domain/import';
import type { Locale, User } from '../../domain/types';
import { inTransaction, listAttributes, noteMoreComing } from '../../storage/repos';
import { allPhones, putUsers } from '../../storage/users-repo';
import { getJobFile, putJob, putLogPart } from '../../storage/jobs-repo';
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
  type PreparedRow,
  type Scan,
} from './pipeline';
import { logLines } from './error-log';
import { currentJob, jobClock, type JobRuntime } from '../kernel/jobs';
import { uploadRun } from './upload-run';
import { nextTask } from '../../domain/next-task';

export type { JobRuntime } from '../kernel/jobs';

/**
 * Runs one users import job to its end, from wherever its last run stopped. Every batch
 * is one transaction that writes the users, the batch's error-log part and the job's
 * progress together, so a tab closed at any moment leaves a job that resumes exactly
 * after its last committed batch: no row is applied twice or skipped.
 */

/**
 * Rows per transaction, sized by measurement (100,000-row import, 2-core machine, headless
 * Chromium; bench/import.mjs). Earlier: 500 rows 29.2 s / 318 MB peak tab memory, 2,000 rows
 * 29.1 s / 319 MB, 5,000 rows 26.2 s / 389 MB, 10,000 rows 26.1 s / 390 MB. Again after the
 * name index went (issue 15), against the IndexedDB floor, median of 3 runs: 2,000 rows 1.24 ×
 * the floor / 353 MB, 5,000 rows 1.21 × / 433 MB (runs spread from 1.04 to 1.53 either way);
 * 10,000 rows, one run, 1.75 × / 458 MB. Larger batches save little next to the noise, cost
 * ~80 MB more (a million rows must stay within 500 MB) and make Cancel and other tabs' writes
 * wait longer for each transaction.
 */
export const BATCH_ROWS = 2_000;
/**
 * Batches in the database at once: the next batch's transaction is opened, and its writes
 * queued, while the one before is still being written, so the database goes from one to the
 * next without waiting for the job. Each still applies only right after the one before it
 * (it checks the job's `doneRows`), so a failed or stopped batch takes the next with it.
 * 100,000-row import, 2-core machine, interleaved A/B: the apply phase 10.4 / 9.8 / 8.1 /
 * 9.3 s at depth 1, 9.6 / 8.5 / 8.1 / 7.9 s at depth 2.
 */
const PIPELINE_DEPTH = 2;
/** What a batch writes: only these are locked, so the page can read the rest meanwhile. */
const BATCH_TABLES = ['users', 'jobs', 'jobFiles'] as const;

interface Input {
  file: Blob;
  env: ImportEnv;
}

/** The work of a users import (see `USER_IMPORT`): scan, then batches. */
export function importRun(rt: JobRuntime, job: ImportJob): Promise<void> {
  const id = job.id;
  return uploadRun<ImportJob, Input, Scan>({
    input: async (job) => {
      const file = await getJobFile(rt.db, id);
      if (!file) return { ok: false, problem: { code: 'import.job.noFile' } };
      const env: ImportEnv = {
        attributes: await listAttributes(rt.db),
        region: job.region,
        network: job.network,
        locale: job.locale as Locale,
        simNow: await jobClock(rt),
      };
      return { ok: true, value: { file, env } };
    },
    // Pass 1: the whole file must be readable before anything is applied.
    scan: ({ file, env }, onBytes) => scanFile(file, env, onBytes),
    apply: (job, { file, env }, scan) => applyRows(rt, job, file, env, scan),
  })(rt, job);
}

/** Pass 2: every row, batch by batch, each batch one transaction. */
async function applyRows(
  rt: JobRuntime,
  job: ImportJob,
  file: Blob,
  env: ImportEnv,
  scan: Scan,
): Promise<void> {
  const { db } = rt;
  const id = job.id;
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
  // Batches are decided in file order: each waits for the one before to be decided.
  let decided: Promise<void> = Promise.resolve();
  await passRows(file, env, scan, {
    skip: started.doneRows,
    batchSize: rt.batchRows ?? BATCH_ROWS,
    // A test's `afterCommit` stops or cancels between batches: they then run one at a time.
    depth: rt.afterCommit ? 1 : PIPELINE_DEPTH,
    // Rows applied by an earlier run still decide which later duplicate wins.
    skipped: (batch) => {
      for (const item of batch) if (item.row) applied.set(item.row.phone, item.row.line * 4 + 1);
    },
    handle: async (batch) => {
      const previous = decided;
      let markDecided = () => {};
      decided = new Promise((resolve) => (markDecided = resolve));
      try {
        await previous;
        await writeBatch(rt, id, batch, { applied, env, totalRows: scan.dataRows }, markDecided);
      } finally {
        markDecided();
      }
      await rt.afterCommit?.(batch.at(-1)!.index + 1);
    },
  });
}

/**
 * One batch, one transaction: its users, its part of the error log and the job's progress.
 * `onDecided` is called once the batch is decided against the stored users (and `applied`
 * updated), before its writes: the next batch may then be decided and queued.
 */
async function writeBatch(
  rt: JobRuntime,
  id: string,
  batch: readonly PreparedRow[],
  { applied, env, totalRows }: { applied: AppliedRows; env: ImportEnv; totalRows: number },
  onDecided: () => void,
): Promise<void> {
  const { db } = rt;
  const first = batch[0]!.index;
  const done = batch.at(-1)!.index + 1;
  const phones = numbersToRead(batch, applied);
  // A batch that does not commit ends the job, so `applied` needs no rollback.
  await inTransaction(
    db,
    async () => {
      // Later batches follow: the directory waits for the last (follow.ts).
      if (done < totalRows) noteMoreComing();
      const byPhone =
        phones.length > 0 ? await storedUsers(db, phones) : new Map<string, User | undefined>();
      const decision = decideBatch(batch, byPhone, applied, env, env.simNow());
      // In a task of its own: the next batch opens its transaction outside this one's.
      nextTask(onDecided);
      // The job is read together with the users' writes, not before them: the database
      // starts on the writes a round trip sooner, and a Stop (cancelled, deleted) still
      // aborts the transaction with them.
      const [current] = await Promise.all([
        currentJob<ImportJob>(db, id),
        // The decided users are the job's own: stored as they are, not copied.
        decision.puts.size > 0 ? putUsers(db, [...decision.puts.values()]) : undefined,
      ]);
      // This batch may have been queued while the one before was still in the database: it
      // applies only right after it (if that one failed, this one writes nothing either).
      if (current.doneRows !== first) throw new Error(`batch at row ${first} out of order`);
      let logParts = current.logParts;
      if (decision.problems.length > 0) {
        await putLogPart(db, id, logParts, new Blob([logLines(decision.problems, env.locale)]));
        logParts++;
      }
      await putJob(db, {
        ...current,
        counts: addCounts(current.counts, decision.counts),
        warnings: current.warnings + decision.warnings,
        doneRows: done,
        progressAt: rt.realNow(),
        logParts,
      });
    },
    BATCH_TABLES,
  );
}

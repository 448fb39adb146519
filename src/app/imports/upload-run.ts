import type { Problem } from '../../domain/errors';
import type { JobBase } from '../../domain/jobs';
import { getJob, putJob } from '../../storage/jobs-repo';
import { JobFailure, Stop, type JobRuntime } from '../kernel/jobs';

/**
 * The work every upload kind shares (users import, group upload): a CSV read into the
 * sandbox in two phases, on the kernel's job framework.
 */

/** During the scan, progress is saved (and Cancel looked for) every this many bytes. */
const SCAN_PROGRESS_BYTES = 8 * 2 ** 20;

/** The phases of one kind of upload job (a CSV read into the sandbox). */
export interface UploadPhases<J extends JobBase, I, S> {
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
 * The work of an upload kind: `scanning` reads every file once (saving the bytes read
 * every few MB and noticing Cancel meanwhile), then `applying` writes batches. Unusable
 * files end the job as Failed with the reason before anything is applied.
 */
export function uploadRun<J extends JobBase, I, S>(
  phases: UploadPhases<J, I, S>,
): (rt: JobRuntime, job: J) => Promise<void> {
  return async (rt, job) => {
    const { db } = rt;
    const input = await phases.input(job);
    if (!input.ok) throw new JobFailure(input.problem);
    let nextReport = SCAN_PROGRESS_BYTES;
    let cancelled = false;
    const result = await phases.scan(input.value, (bytes) => {
      if (bytes < nextReport || cancelled) return;
      nextReport = bytes + SCAN_PROGRESS_BYTES;
      void db.transaction('rw', db.jobs, async () => {
        const current = await getJob<J>(db, job.id);
        if (!current) return;
        if (current.cancelRequested) cancelled = true;
        await putJob(db, { ...current, scannedBytes: bytes });
      });
    });
    const scanned = await getJob<J>(db, job.id);
    if (!scanned) throw new Stop('gone');
    if (cancelled || scanned.cancelRequested) throw new Stop('cancelled');
    if (!result.ok) throw new JobFailure(result.problem);
    await phases.apply(scanned, input.value, result.scan);
  };
}

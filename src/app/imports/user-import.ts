import type { ImportJob } from '../../domain/import';
import { NO_COUNTS, newJob } from '../../domain/jobs';
import type { Locale, Network } from '../../domain/types';
import { runJob, type JobKind, type JobRuntime } from '../kernel/jobs';

export interface ImportStartInput {
  file: Blob;
  fileName: string;
  network: Network;
  locale: Locale;
}

/** The code of a run: loaded where the job runs, or ahead of it (`prepare`). */
const runCode = () => import('./user-import-job');

/**
 * Directory → Import Users (SPEC §5.1). The job and its original file are stored together,
 * so the job can run (and resume) from the database alone. A file over the size limit is
 * refused up front: its job is Failed with the reason and no file is stored.
 */
export const USER_IMPORT: JobKind<ImportJob, ImportStartInput> = {
  audit: 'users.import',
  phases: ['scanning', 'applying'],
  cancelledEarly: { code: 'import.cancelledEarly' },
  reasons: { quota: 'import.quota', unexpected: 'import.unexpected' },
  async create(ctx, input, base) {
    const org = ctx.requireOrg();
    const start = {
      ...base,
      now: base.createdAt,
      actor: ctx.actor,
      region: org.region,
      locale: input.locale,
    };
    const job: ImportJob = {
      ...newJob(start, [{ name: input.fileName, size: input.file.size }]),
      kind: 'user-import',
      network: input.network,
      counts: NO_COUNTS,
    };
    return {
      job,
      files: job.status === 'failed' ? [] : [[job.id, input.file]],
      details: { file: input.fileName, network: input.network },
    };
  },
  // The reading and writing code (and the phone library) load only where the job runs.
  run: async (rt, job) => (await runCode()).importRun(rt, job),
  prepare: runCode,
};

/** Runs (or resumes) the job; returns it as it ended, or undefined if it no longer exists. */
export function runImportJob(rt: JobRuntime, id: string): Promise<ImportJob | undefined> {
  return runJob(rt, USER_IMPORT as JobKind<ImportJob, never>, id);
}

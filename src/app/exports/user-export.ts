import { DomainError } from '../../domain/errors';
import { exportFileName } from '../../domain/export';
import type { ExportJob, ExportScope } from '../../domain/jobs';
import { runJob, type JobKind, type JobRuntime } from '../kernel/jobs';

export interface ExportStartInput {
  /** Both networks, or the directory tab's. */
  scope: ExportScope;
}

const SCOPES: readonly ExportScope[] = ['all', 'employee', 'others'];

/** The code of a run: loaded where the job runs, or ahead of it (`prepare`). */
const runCode = () => import('./user-export-job');

/**
 * Directory → Export Users → Create New Request (SPEC §6): a job, Queued until the jobs
 * worker writes the CSV in chunks and stores it with the job for Download.
 */
export const USER_EXPORT: JobKind<ExportJob, ExportStartInput> = {
  audit: 'users.export',
  phases: ['writing'],
  async create(ctx, input, base) {
    ctx.requireOrg();
    if (!SCOPES.includes(input.scope))
      throw new DomainError('export.scope', { scope: String(input.scope) });
    const job: ExportJob = {
      ...base,
      kind: 'user-export',
      status: 'queued',
      fileName: exportFileName(input.scope, base.createdAt),
      scope: input.scope,
      phase: 'writing',
      doneRows: 0,
      counts: { rows: 0, failed: 0 },
    };
    return { job, details: { scope: input.scope, file: job.fileName } };
  },
  // The writing code (and the CSV writer) load only where the job runs.
  run: async (rt, job) => (await runCode()).exportRun(rt, job),
  prepare: runCode,
};

/** Runs (or starts again) an export; returns it as it ended. */
export function runExportJob(rt: JobRuntime, id: string): Promise<ExportJob | undefined> {
  return runJob(rt, USER_EXPORT as JobKind<ExportJob, never>, id);
}

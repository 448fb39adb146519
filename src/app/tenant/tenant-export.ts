import { tenantFileName } from '../../domain/tenant';
import type { TenantExportJob } from '../../domain/jobs';
import { runJob, type JobKind, type JobRuntime } from '../kernel/jobs';

/** The code of a run: loaded where the job runs, or ahead of it (`prepare`). */
const runCode = () => import('./tenant-export-job');

/**
 * Reports → Export Tenant Data (SPEC §9): a job, Queued until the jobs worker writes the
 * data package and stores it with the job for Download. Org admins only (the area says so).
 */
export const TENANT_EXPORT: JobKind<TenantExportJob, Record<string, never> | undefined> = {
  audit: 'tenant.export',
  phases: ['writing'],
  async create(ctx, _input, base) {
    ctx.requireOrg();
    const job: TenantExportJob = {
      ...base,
      kind: 'tenant-export',
      status: 'queued',
      fileName: tenantFileName(base.createdAt),
      phase: 'writing',
      doneRows: 0,
      counts: { rows: 0, files: 0, failed: 0 },
    };
    return { job, details: { file: job.fileName } };
  },
  // The writer, the zip library and the hash load only where the job runs.
  run: async (rt, job) => (await runCode()).tenantExportRun(rt, job),
  prepare: runCode,
};

/** Runs (or starts again) a tenant export; returns it as it ended. */
export function runTenantExportJob(
  rt: JobRuntime,
  id: string,
): Promise<TenantExportJob | undefined> {
  return runJob(rt, TENANT_EXPORT as JobKind<TenantExportJob, never>, id);
}

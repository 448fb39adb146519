import type { TenantExportJob } from '../../domain/jobs';
import { TENANT_RESOURCES } from '../../domain/tenant';
import { inTransaction } from '../../storage/repos';
import { outputFileKey, putJob, putJobFile } from '../../storage/jobs-repo';
import { tenantRecordCount } from '../../storage/tenant-repo';
import { JobFailure, currentJob, saveProgress, type JobRuntime } from '../kernel/jobs';
import { PACKAGE_CHUNK, PackageChanged, writePackage } from './package';

/** Progress is saved (and Cancel looked for) at most this often: each save is a commit. */
const PROGRESS_EVERY_MS = 250;

/**
 * Writes the tenant data package in the jobs worker and stores it with the job. A run that
 * was interrupted (the tab closed) starts the package again; so does one whose links do not
 * resolve because the organization changed while it was read.
 */
export async function tenantExportRun(rt: JobRuntime, job: TenantExportJob): Promise<void> {
  const { db } = rt;
  const total = await tenantRecordCount(db);
  await saveProgress<TenantExportJob>(rt, job.id, () => ({
    doneRows: 0,
    totalRows: total,
    runStartRows: 0,
  }));
  let saved = rt.realNow();
  const write = () =>
    writePackage(db, {
      exportedBy: job.createdBy,
      now: job.createdAt,
      jobId: job.id,
      chunk: rt.batchRows ?? PACKAGE_CHUNK,
      progress: async (read) => {
        if (rt.realNow() - saved < PROGRESS_EVERY_MS && !rt.afterCommit) return;
        await saveProgress<TenantExportJob>(rt, job.id, () => ({
          doneRows: read,
          totalRows: Math.max(total, read),
        }));
        saved = rt.realNow();
        await rt.afterCommit?.(read);
      },
    });
  // Written while the page kept working: a package whose links do not all resolve (someone
  // was added or deleted meanwhile) is written again, and after three tries the job says so.
  let written: Awaited<ReturnType<typeof writePackage>> | undefined;
  for (let attempt = 1; !written; attempt++) {
    try {
      written = await write();
    } catch (error) {
      if (!(error instanceof PackageChanged)) throw error;
      if (attempt === 3) throw new JobFailure({ code: 'tenant.export.changed' });
    }
  }
  const { zip, rows } = written;
  await inTransaction(db, async () => {
    const current = await currentJob<TenantExportJob>(db, job.id);
    await putJobFile(db, outputFileKey(job.id), zip);
    await putJob(db, {
      ...current,
      doneRows: Math.max(current.doneRows, total),
      totalRows: Math.max(current.doneRows, total),
      fileSize: zip.size,
      counts: { rows, files: TENANT_RESOURCES.length, failed: 0 },
      progressAt: rt.realNow(),
    });
  }, ['jobs', 'jobFiles']);
}

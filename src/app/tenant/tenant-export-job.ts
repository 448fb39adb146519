import type { TenantExportJob } from '../../domain/jobs';
import { TENANT_RESOURCES } from '../../domain/tenant';
import { inTransaction } from '../../storage/repos';
import { outputFileKey, putJob, putJobFile } from '../../storage/jobs-repo';
import { tenantRecordCount } from '../../storage/tenant-repo';
import { currentJob, saveProgress, type JobRuntime } from '../kernel/jobs';
import { PACKAGE_CHUNK, writePackage } from './package';

/** Progress is saved (and Cancel looked for) at most this often: each save is a commit. */
const PROGRESS_EVERY_MS = 250;

/**
 * Writes the tenant data package in the jobs worker and stores it with the job. A run that
 * was interrupted (the tab closed) starts the package again: it is one consistent zip.
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
  const { zip, rows } = await writePackage(db, {
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

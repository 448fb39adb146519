import type { CommandContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import { NO_COUNTS, newJob, type ImportJob } from '../../domain/jobs';
import type { Locale, Network } from '../../domain/types';
import { getJob, putJob, putJobFile } from '../../storage/jobs-repo';

export interface ImportStartInput {
  file: Blob;
  fileName: string;
  network: Network;
  locale: Locale;
}

/**
 * Queues a users import: the job and its original file are stored together, so the job
 * can run (and resume) from the database alone. A file over the size limit is refused
 * up front: its job is Failed with the reason and nothing else is stored.
 */
export async function importStart(
  ctx: CommandContext,
  input: ImportStartInput,
): Promise<{ jobId: string }> {
  const org = ctx.requireOrg();
  ctx.require('directory.users.manage', { userGroupIds: [] });
  const id = `import-${ctx.now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const start = { id, now: ctx.now, actor: ctx.actor, region: org.region, locale: input.locale };
  const job: ImportJob = {
    ...newJob(start, [{ name: input.fileName, size: input.file.size }]),
    kind: 'user-import',
    network: input.network,
    counts: NO_COUNTS,
  };
  await putJob(ctx.db, job);
  if (job.status === 'processing') await putJobFile(ctx.db, id, input.file);
  ctx.audit('users.import.start', id, { file: input.fileName, network: input.network });
  return { jobId: id };
}

/** Asks a running import to stop after its current batch; any tab's runner sees it. */
export async function importCancel(ctx: CommandContext, input: { jobId: string }): Promise<void> {
  ctx.require('directory.users.manage', { userGroupIds: [] });
  const job = await getJob<ImportJob>(ctx.db, input.jobId);
  if (!job) throw new DomainError('import.notFound');
  if (job.status !== 'processing') throw new DomainError('import.notRunning');
  await putJob(ctx.db, { ...job, cancelRequested: true });
  ctx.audit('users.import.cancel', job.id);
}

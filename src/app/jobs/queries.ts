import type { ReadContext } from '../kernel/context';
import { UNFINISHED, type JobRecordBase } from '../../domain/jobs';
import {
  countWithStatus,
  getJob,
  getJobFile,
  getLogParts,
  listJobs,
  outputFileKey,
} from '../../storage/jobs-repo';
import { parentFileKey } from '../../storage/group-upload-repo';
import { errorLogBlob, logHeaderFor } from './log-file';
import { visibleJob, visibleJobs } from '../kernel/jobs';

/**
 * Job histories and the files stored with jobs, for every kind (SPEC §5.1, §6, §7): each
 * job is shown only to those who may see it (`visibleJobs`).
 */

/** Jobs of one kind, newest first; with `groupId`, only that group's. */
export async function jobsOfKind(
  ctx: ReadContext,
  input: { kind: string; groupId?: string },
): Promise<JobRecordBase[]> {
  const all = await listJobs<JobRecordBase & { groupId?: string }>(ctx.db, input.kind);
  const mine = input.groupId === undefined ? all : all.filter((j) => j.groupId === input.groupId);
  return visibleJobs(ctx, mine);
}

/** One job, live while it runs; undefined when it is gone or not the actor's to see. */
export async function jobById(
  ctx: ReadContext,
  input: { jobId: string },
): Promise<JobRecordBase | undefined> {
  return visibleJob(ctx, await getJob(ctx.db, input.jobId));
}

/** Which of a job's files: the upload as sent, its parent file, its error log, its result. */
export type JobFileName = 'original' | 'parent' | 'log' | 'output';

/** A file stored with a job, or undefined when it has none (or the actor may not see the job). */
export async function jobFile(
  ctx: ReadContext,
  input: { jobId: string; file: JobFileName },
): Promise<Blob | undefined> {
  const job = await visibleJob(
    ctx,
    await getJob<JobRecordBase & { logParts?: number }>(ctx.db, input.jobId),
  );
  if (!job) return undefined;
  const { jobId } = input;
  switch (input.file) {
    case 'original':
      return getJobFile(ctx.db, jobId);
    case 'parent':
      return getJobFile(ctx.db, parentFileKey(jobId));
    case 'output':
      return getJobFile(ctx.db, outputFileKey(jobId));
    case 'log': {
      if (!job.logParts) return undefined;
      return errorLogBlob(await getLogParts(ctx.db, jobId, job.logParts), logHeaderFor(job.kind));
    }
  }
}

/**
 * How many jobs have not ended (queued, or left running by a closed tab): the page starts
 * the jobs worker to resume them only when there are some.
 */
export async function unfinishedJobs(ctx: ReadContext): Promise<number> {
  const counts = await Promise.all(UNFINISHED.map((s) => countWithStatus(ctx.db, s)));
  return counts.reduce((a, b) => a + b, 0);
}

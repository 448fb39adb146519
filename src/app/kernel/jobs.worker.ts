/// <reference lib="webworker" />
/**
 * The jobs worker: runs every job of every kind (imports, group uploads, exports…) and the
 * queries their areas run off the page's thread (file checks), behind the kernel's
 * transport. The page sends job ids; jobs report through the database.
 */
import { registry } from '../areas';
import { UNFINISHED, type JobRecordBase } from '../../domain/jobs';
import { jobsWithStatus } from '../../storage/jobs-repo';
import { readQuery, runStoredJob } from './runner';
import { getRuntime } from './runtime';
import { serve } from './transport';

declare const self: DedicatedWorkerGlobalScope;

/**
 * Runs a job while holding its Web Lock, so two tabs never run one job at once. A tab that
 * finds the lock taken waits for it: when the tab running the job closes, the lock is
 * released and the waiting tab resumes the job from its last committed batch (or finds it
 * finished, and does nothing).
 */
async function runLocked(jobId: string): Promise<void> {
  const run = async () => {
    const ended = await runStoredJob(registry, getRuntime(), jobId);
    emit('job-ended', { jobId, status: ended?.status ?? 'gone' });
  };
  if (!('locks' in navigator)) return run();
  await navigator.locks.request(`kaizala-lab:job:${jobId}`, run);
}

let queue = Promise.resolve();
const queued = new Set<string>();
/** Jobs run one after another in this tab; a job already waiting here is not queued twice. */
function enqueue(jobId: string): void {
  if (queued.has(jobId)) return;
  queued.add(jobId);
  queue = queue
    .then(() => runLocked(jobId))
    .catch((error: unknown) => console.error('job', jobId, error))
    .finally(() => queued.delete(jobId));
}

const { emit } = serve(self, {
  /** Queues a stored job; answers at once (the job reports through the database). */
  run: ({ jobId }: { jobId: string }) => enqueue(jobId),
  /** Queues every job an earlier visit left unfinished, oldest first. */
  resume: async () => {
    const lists = await Promise.all(
      UNFINISHED.map((s) => jobsWithStatus<JobRecordBase>(getRuntime().db, s)),
    );
    const jobs = lists.flat().sort((a, b) => a.createdAt - b.createdAt);
    jobs.forEach((j) => enqueue(j.id));
    return jobs.length;
  },
  /** A query its area runs here; progress goes back to the page. */
  query: ({ name, input }: { name: string; input: unknown }, { progress }) =>
    readQuery(registry, name, input, progress),
});

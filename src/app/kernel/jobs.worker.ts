/// <reference lib="webworker" />
/**
 * The jobs worker: runs every job of every kind (imports, group uploads, exports…) and the
 * queries their areas run off the page's thread (file checks), behind the kernel's
 * transport. The page sends job ids; jobs report through the database.
 */
import { registry } from '../areas';
import { UNFINISHED, type JobRecordBase } from '../../domain/jobs';
import { jobsWithStatus } from '../../storage/jobs-repo';
import { prepareKind, readQuery, runCommand, runStoredJob } from './runner';
import { getRuntime } from './runtime';
import { serve, toWire } from './transport';

declare const self: DedicatedWorkerGlobalScope;

async function runHere(jobId: string): Promise<void> {
  const ended = await runStoredJob(registry, getRuntime(), jobId);
  emit('job-ended', { jobId, status: ended?.status ?? 'gone' });
}

/**
 * Runs a job while holding its Web Lock, so two tabs never run one job at once. When another
 * tab holds it, this tab's queue goes on with its other jobs, and a waiter apart takes the
 * lock when that tab closes, to resume the job from its last committed batch (or find it
 * finished, and do nothing).
 */
async function runLocked(jobId: string): Promise<void> {
  if (!('locks' in navigator)) return runHere(jobId);
  const lock = `kaizala-lab:job:${jobId}`;
  await navigator.locks.request(lock, { ifAvailable: true }, async (held) => {
    if (held) return runHere(jobId);
    void navigator.locks
      .request(lock, () => runHere(jobId))
      .catch((error: unknown) => report(jobId, error));
  });
}

/** A job that could not start: the page hears why (it stays as it is stored). */
function report(jobId: string, error: unknown): void {
  console.error('job', jobId, error);
  emit('job-trouble', toWire(error));
}

let queue = Promise.resolve();
const queued = new Set<string>();
/**
 * Jobs run one after another in this tab; a job already waiting here is not queued twice.
 */
function enqueue(jobId: string): void {
  if (queued.has(jobId)) return;
  queued.add(jobId);
  queue = queue
    .then(() => runLocked(jobId))
    .catch((error: unknown) => report(jobId, error))
    .finally(() => queued.delete(jobId));
}

const { emit } = serve(self, {
  /** Loads the code of a job kind, its libraries and its run's code ahead of its first job. */
  prepare: ({ kind }: { kind: string }) => prepareKind(registry, kind),
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
  /** A command its area runs here (a tenant restore): checked, then one transaction. */
  command: ({ name, input }: { name: string; input: unknown }) => runCommand(registry, name, input),
  /** A query its area runs here; progress goes back to the page. */
  query: ({ name, input }: { name: string; input: unknown }, { progress }) =>
    readQuery(registry, name, input, progress),
});

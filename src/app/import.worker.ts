/// <reference lib="webworker" />
/**
 * The import worker: parses, checks and stores users imports off the page's thread. The
 * page only sends files and job ids and gets progress; jobs report through the database.
 */
import { openDb } from '../storage/db';
import { getOrg, listAttributes } from '../storage/repos';
import { jobsWithStatus } from '../storage/jobs-repo';
import { simulatedNow } from '../domain/clock';
import type { ImportJob } from '../domain/import';
import { checkImport } from './import/check';
import { runImportJob } from './import/job';
import type { ImportRequest, ImportResponse } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;

const db = openDb();
const rt = { db, realNow: () => Date.now() };
const post = (message: ImportResponse) => self.postMessage(message);

/**
 * Runs a job while holding its Web Lock, so two tabs never run one job at once. A tab that
 * finds the lock taken waits for it: when the tab running the job closes, the lock is
 * released and the waiting tab resumes the job from its last committed batch (or finds it
 * finished, and does nothing).
 */
async function runLocked(jobId: string): Promise<void> {
  const run = async () => {
    await runImportJob(rt, jobId);
  };
  if (!('locks' in navigator)) return run();
  await navigator.locks.request(`kaizala-lab:import:${jobId}`, run);
  post({ type: 'job-ended', jobId });
}

let queue = Promise.resolve();
/** Jobs run one after another in this tab. */
function enqueue(jobId: string): void {
  queue = queue.then(() => runLocked(jobId)).catch((error: unknown) => console.error(error));
}

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const msg = e.data;
  if (msg.type === 'run') enqueue(msg.jobId);
  if (msg.type === 'resume') {
    const jobs = await jobsWithStatus<ImportJob>(db, 'processing');
    jobs.sort((a, b) => a.createdAt - b.createdAt).forEach((j) => enqueue(j.id));
  }
  if (msg.type === 'check') {
    try {
      const org = await getOrg(db);
      const report = await checkImport(
        db,
        msg.file,
        {
          attributes: await listAttributes(db),
          region: msg.region ?? org?.region ?? 'PL',
          network: msg.network,
          locale: msg.locale,
          simNow: () => simulatedNow(org?.clockOffset ?? 0),
        },
        (progress) => post({ type: 'check-progress', id: msg.id, progress }),
      );
      post({ type: 'check-done', id: msg.id, report });
    } catch (error) {
      post({ type: 'check-failed', id: msg.id, message: String(error) });
    }
  }
};

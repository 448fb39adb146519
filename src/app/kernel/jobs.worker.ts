/// <reference lib="webworker" />
/**
 * The import worker: parses, checks and stores uploads (users imports and group uploads)
 * off the page's thread. The page only sends files and job ids and gets progress; jobs
 * report through the database.
 */
import '../../i18n/areas';
import { openDb } from '../../storage/db';
import { getGroups, getOrg, listAttributes } from '../../storage/repos';
import { getJob, jobsWithStatus } from '../../storage/jobs-repo';
import { simulatedNow } from '../../domain/clock';
import type { UploadJob } from '../../domain/jobs';
import { checkImport, type CheckProgress } from '../imports/check';
import { runImportJob } from '../imports/user-import-job';
import { checkGroupUpload } from '../imports/group-check';
import { runGroupUploadJob } from '../imports/group-upload-job';
import type { ImportRequest, ImportResponse } from '../imports/protocol';

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
    // Each kind has its runner; other kinds of jobs (exports) are not this worker's.
    const job = await getJob<UploadJob>(db, jobId);
    if (job?.kind === 'user-import') await runImportJob(rt, jobId);
    if (job?.kind === 'group-upload') await runGroupUploadJob(rt, jobId);
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
    const jobs = await jobsWithStatus<UploadJob>(db, 'processing');
    jobs
      .filter((j) => j.kind === 'user-import' || j.kind === 'group-upload')
      .sort((a, b) => a.createdAt - b.createdAt)
      .forEach((j) => enqueue(j.id));
  }
  if (msg.type === 'check' || msg.type === 'group-check') {
    const progress = (p: CheckProgress) =>
      post({ type: 'check-progress', id: msg.id, progress: p });
    try {
      const org = await getOrg(db);
      const region = (msg.type === 'check' ? msg.region : undefined) ?? org?.region ?? 'PL';
      let report;
      if (msg.type === 'check') {
        report = await checkImport(
          db,
          msg.file,
          {
            attributes: await listAttributes(db),
            region,
            network: msg.network,
            locale: msg.locale,
            simNow: () => simulatedNow(org?.clockOffset ?? 0),
          },
          progress,
        );
      } else {
        const [target] = msg.groupId === undefined ? [] : await getGroups(db, [msg.groupId]);
        // The group was removed meanwhile: checking as a bulk upload would mislead.
        if (msg.groupId !== undefined && !target) throw new Error('group.notFound');
        const env = { region, locale: msg.locale, ...(target ? { target } : {}) };
        report = await checkGroupUpload(db, msg.files, env, progress);
      }
      post({ type: 'check-done', id: msg.id, report });
    } catch (error) {
      post({ type: 'check-failed', id: msg.id, message: String(error) });
    }
  }
};

import type { Locale, Network } from '../../domain/types';
import type { CheckProgress, CheckReport } from './check';
import type { GroupCheckReport } from './group-check';
import type { GroupUploadFiles } from './group-read';
import type { ImportRequest, ImportResponse } from './protocol';

/** The page's side of the import worker, started on first use. */
let worker: Worker | undefined;
let nextId = 1;
const checks = new Map<
  number,
  {
    progress: (p: CheckProgress) => void;
    done: (r: CheckReport | GroupCheckReport) => void;
    fail: (e: Error) => void;
  }
>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../kernel/jobs.worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
  worker.onmessage = (e: MessageEvent<ImportResponse>) => {
    const msg = e.data;
    if (msg.type === 'job-ended') return;
    const check = checks.get(msg.id);
    if (!check) return;
    if (msg.type === 'check-progress') check.progress(msg.progress);
    else {
      checks.delete(msg.id);
      if (msg.type === 'check-done') check.done(msg.report);
      else check.fail(new Error(msg.message));
    }
  };
  return worker;
}

function send(request: ImportRequest): void {
  start().postMessage(request);
}

/** Sends a check to the worker and resolves with its report. */
function check<R extends CheckReport | GroupCheckReport>(
  request: (id: number) => ImportRequest,
  onProgress: (p: CheckProgress) => void,
): Promise<R> {
  const id = nextId++;
  return new Promise((done, fail) => {
    checks.set(id, {
      progress: onProgress,
      done: done as (r: CheckReport | GroupCheckReport) => void,
      fail,
    });
    send(request(id));
  });
}

/** Checks a users file in the worker without writing anything. */
export function checkImportFile(
  file: Blob,
  network: Network,
  locale: Locale,
  onProgress: (p: CheckProgress) => void,
  region?: string,
): Promise<CheckReport> {
  return check(
    (id) => ({ type: 'check', id, file, network, locale, ...(region ? { region } : {}) }),
    onProgress,
  );
}

/**
 * Checks a group upload's files in the worker without writing anything; with `groupId`, as
 * that group's Import via CSV.
 */
export function checkGroupUpload(
  files: GroupUploadFiles,
  locale: Locale,
  onProgress: (p: CheckProgress) => void,
  groupId?: string,
): Promise<GroupCheckReport> {
  return check(
    (id) => ({ type: 'group-check', id, files, locale, ...(groupId ? { groupId } : {}) }),
    onProgress,
  );
}

/** Starts a stored job (a users import or a group upload) in this tab's worker. */
export function runImportJob(jobId: string): void {
  send({ type: 'run', jobId });
}

/** Resumes jobs an earlier visit left unfinished (a job another tab runs is left to it). */
export function resumeImports(): void {
  send({ type: 'resume' });
}

import type { Locale, Network } from '../domain/types';
import type { CheckProgress, CheckReport } from './import/check';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** The page's side of the import worker, started on first use. */
let worker: Worker | undefined;
let nextId = 1;
const checks = new Map<
  number,
  { progress: (p: CheckProgress) => void; done: (r: CheckReport) => void; fail: (e: Error) => void }
>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
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

/** Checks a file in the worker without writing anything. */
export function checkImportFile(
  file: Blob,
  network: Network,
  locale: Locale,
  onProgress: (p: CheckProgress) => void,
  region?: string,
): Promise<CheckReport> {
  const id = nextId++;
  return new Promise((done, fail) => {
    checks.set(id, { progress: onProgress, done, fail });
    send({ type: 'check', id, file, network, locale, ...(region ? { region } : {}) });
  });
}

/** Starts a stored job in this tab's worker. */
export function runImportJob(jobId: string): void {
  send({ type: 'run', jobId });
}

/** Resumes jobs an earlier visit left unfinished (a job another tab runs is left to it). */
export function resumeImports(): void {
  send({ type: 'resume' });
}

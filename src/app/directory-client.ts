import type { PageRequest } from './directory-engine';
import type { DirectoryRequest, DirectoryResponse } from './directory-protocol';

/** Where the directory read model is: loading (with users read so far) or ready. */
export interface DirectoryStatus {
  ready: boolean;
  loaded: number;
}

let worker: Worker | undefined;
let status: DirectoryStatus = { ready: false, loaded: 0 };
let nextId = 1;
const waiting = new Map<number, (result: unknown) => void>();
const statusListeners = new Set<(s: DirectoryStatus) => void>();
const changeListeners = new Set<() => void>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./directory.worker.ts', import.meta.url), {
    type: 'module',
    name: 'directory',
  });
  worker.onmessage = (e: MessageEvent<DirectoryResponse>) => {
    const msg = e.data;
    if (msg.type === 'reply') {
      waiting.get(msg.id)?.(msg.result);
      waiting.delete(msg.id);
      return;
    }
    if (msg.type === 'progress' && !status.ready) status = { ready: false, loaded: msg.loaded };
    if (msg.type === 'ready') {
      status = { ready: true, loaded: msg.loaded };
      performance.mark('kl:directory-ready', { detail: msg });
    }
    if (msg.type === 'saved') performance.mark('kl:directory-saved', { detail: msg });
    if (msg.type === 'changed' || msg.type === 'ready') changeListeners.forEach((l) => l());
    statusListeners.forEach((l) => l(status));
  };
  return worker;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function ask<T>(request: WithoutId<DirectoryRequest>): Promise<T | undefined> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, (r) => resolve(r as T | undefined));
    start().postMessage({ ...request, id } as DirectoryRequest);
  });
}

/** Starts the read model's worker; called once the first rows are on screen. */
export function startDirectory(): void {
  start();
}

/** Follows the read model: its loading status, and every change it has applied. */
export function subscribeDirectory(
  onStatus: (s: DirectoryStatus) => void,
  onChange: () => void,
): () => void {
  statusListeners.add(onStatus);
  changeListeners.add(onChange);
  onStatus(status);
  return () => {
    statusListeners.delete(onStatus);
    changeListeners.delete(onChange);
  };
}

/** One window of a tab's (searched, sorted) users; `undefined` while the model loads. */
export function directoryPage(
  page: PageRequest,
): Promise<{ phones: string[]; total: number } | undefined> {
  return ask({ type: 'page', page });
}

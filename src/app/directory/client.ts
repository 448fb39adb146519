import type { PageRequest } from './engine';
import type { DirectoryRequest, DirectoryResponse } from './protocol';

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
  clearTimeout(stopTimer);
  start();
}

/** How long the list may be off screen before its read model is let go. */
const STOP_AFTER_MS = 10_000;
let stopTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Lets the read model go once the list has been off screen for a while (another section,
 * Import History, Deleted users…). At a million users it holds hundreds of megabytes and
 * would keep reading every change — during an import, every batch. Showing the list again
 * starts it from its snapshot and the change log.
 */
/** The list is on screen again: a pending release is called off. */
export function keepDirectory(): void {
  clearTimeout(stopTimer);
}

export function releaseDirectory(): void {
  clearTimeout(stopTimer);
  stopTimer = setTimeout(() => {
    if (!worker) return;
    worker.terminate();
    worker = undefined;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
    status = { ready: false, loaded: 0 };
    statusListeners.forEach((l) => l(status));
  }, STOP_AFTER_MS);
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

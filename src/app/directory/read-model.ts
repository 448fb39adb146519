import { addService } from '../kernel/runtime';
import { connect, toDomainError, type Connection } from '../kernel/transport';
import type { PageRequest } from './engine';
import type { DirectoryEvents } from './protocol';

/**
 * The page's side of the directory read model (its worker: directory.worker.ts): whether it
 * has loaded, the windows of users it picks, and when it is let go. The client hands these
 * to the UI.
 */

/**
 * Where the directory read model is: loading (with users read so far) or ready, and whether
 * changes are stored that it has not applied yet (`behind`: an import is running or has just
 * ended, see follow.ts).
 */
export interface DirectoryStatus {
  ready: boolean;
  loaded: number;
  behind: boolean;
}

let directoryWorker: Connection | undefined;
let status: DirectoryStatus = { ready: false, loaded: 0, behind: false };
const statusListeners = new Set<(s: DirectoryStatus) => void>();
const changeListeners = new Set<() => void>();

function directory(): Connection {
  if (directoryWorker) return directoryWorker;
  const conn = connect(
    'directory',
    () =>
      new Worker(new URL('./directory.worker.ts', import.meta.url), {
        type: 'module',
        name: 'directory',
      }),
  );
  const tell = () => statusListeners.forEach((l) => l(status));
  conn.on('progress', (v) => {
    const e = v as DirectoryEvents['progress'];
    if (!status.ready) status = { ...status, loaded: e.loaded };
    tell();
  });
  conn.on('ready', (v) => {
    const e = v as DirectoryEvents['ready'];
    status = { ready: true, loaded: e.loaded, behind: status.behind };
    performance.mark('kl:directory-ready', { detail: e });
    changeListeners.forEach((l) => l());
    tell();
  });
  conn.on('saved', (v) => performance.mark('kl:directory-saved', { detail: v }));
  conn.on('behind', (v) => {
    status = { ...status, behind: (v as DirectoryEvents['behind']).behind };
    tell();
  });
  conn.on('changed', () => {
    changeListeners.forEach((l) => l());
    tell();
  });
  // A worker that stopped (released, or died) starts again from its snapshot when asked.
  conn.on('stopped', () => {
    status = { ready: false, loaded: 0, behind: false };
    tell();
  });
  directoryWorker = conn;
  return conn;
}

/** How long the list may be off screen before its read model is let go. */
const STOP_AFTER_MS = 10_000;
let stopTimer: ReturnType<typeof setTimeout> | undefined;

/** Starts the read model's worker; called once the first rows are on screen. */
export function startDirectory(): void {
  clearTimeout(stopTimer);
  if (!directory().running)
    void directory()
      .call('start')
      .catch(() => undefined);
}

/** The list is on screen again: a pending release is called off. */
export function keepDirectory(): void {
  clearTimeout(stopTimer);
}

/**
 * Lets the read model go once the list has been off screen for a while (another section,
 * Import History, Deleted users…). At a million users it holds hundreds of megabytes and
 * would keep reading every change — during an import, every batch. Showing the list again
 * starts it from its snapshot and the change log.
 */
export function releaseDirectory(): void {
  clearTimeout(stopTimer);
  stopTimer = setTimeout(() => directoryWorker?.close(), STOP_AFTER_MS);
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
  return directory()
    .call<{ phones: string[]; total: number } | undefined>('page', page)
    .catch((error: unknown) => {
      throw toDomainError(error);
    });
}

// The runtime stops the worker with everything else.
addService({
  name: 'directory worker',
  stop: () => {
    clearTimeout(stopTimer);
    directoryWorker?.close();
  },
});

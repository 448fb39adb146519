import { readGroupsFirst } from '../../storage/repos';
import { readContext } from '../kernel/context';
import { addService, getRuntime } from '../kernel/runtime';
import { connect, toDomainError, type Connection } from '../kernel/transport';
import {
  actorKey,
  type GroupsWindow,
  type GroupsWindowRequest,
  type StoredFirstWindow,
} from './groups-window';

/**
 * The page's side of the groups worker (groups.worker.ts): the windows of the Groups page
 * it asks for, and when what they were cut from changed. The client hands these to the UI.
 */

let groupsWorker: Connection | undefined;
const changeListeners = new Set<() => void>();

function groups(): Connection {
  if (groupsWorker) return groupsWorker;
  const conn = connect(
    'groups',
    () =>
      new Worker(new URL('./groups.worker.ts', import.meta.url), {
        type: 'module',
        name: 'groups',
      }),
  );
  conn.on('changed', () => changeListeners.forEach((l) => l()));
  groupsWorker = conn;
  return conn;
}

/** How long the Groups page may be off screen before its worker is let go. */
const STOP_AFTER_MS = 10_000;
let stopTimer: ReturnType<typeof setTimeout> | undefined;

/** Lets the worker go in a while, unless a page follows it again meanwhile. */
function releaseSoon(): void {
  clearTimeout(stopTimer);
  stopTimer = setTimeout(() => groupsWorker?.close(), STOP_AFTER_MS);
}

/**
 * Starts the groups worker reading, so a page opened on `#groups` finds the view (nearly)
 * ready when it asks for its first lines. A failure is left to the first window, which
 * reports it. Started for a page that never shows the list, it is let go again.
 */
export function startGroups(): void {
  early ??= readFirst();
  if (changeListeners.size === 0) releaseSoon();
  if (!groups().running)
    void groups()
      .call('start')
      .catch(() => undefined);
}

let early: Promise<GroupsWindow | undefined> | undefined;

/**
 * The first lines as the groups worker stored them (see `GROUPS_FIRST`), when they were cut
 * for this very actor, with the roles they have now; else undefined. One small record: it
 * is read while the worker starts.
 */
async function readFirst(): Promise<GroupsWindow | undefined> {
  try {
    const runtime = getRuntime();
    const [ctx, stored] = await Promise.all([readContext(runtime), readGroupsFirst(runtime.db)]);
    const first = stored as StoredFirstWindow | undefined;
    return first?.actor === actorKey(ctx.actorCtx) ? first.window : undefined;
  } catch {
    // Only a head start: the worker's answer follows, or says what went wrong.
    return undefined;
  }
}

/**
 * The Groups page's first lines from the last visit, if they still hold (taken once: later
 * the worker answers). Read when `startGroups` started the worker, else now.
 */
export function firstGroupsWindow(): Promise<GroupsWindow | undefined> {
  const got = early ?? readFirst();
  early = undefined;
  return got;
}

/**
 * Follows the groups worker: `onChange` is called whenever the groups (or the actor) change,
 * so the page asks for its lines again. Returns the removal; once nothing follows it for a
 * while the worker is let go (it would read every change again).
 */
export function subscribeGroups(onChange: () => void): () => void {
  clearTimeout(stopTimer);
  changeListeners.add(onChange);
  return () => {
    changeListeners.delete(onChange);
    if (changeListeners.size === 0) releaseSoon();
  };
}

/** The lines `request` asks for; rejects with the query's refusal or the worker's failure. */
export function groupsPageWindow(request: GroupsWindowRequest): Promise<GroupsWindow> {
  return groups()
    .call<GroupsWindow>('window', request)
    .catch((error: unknown) => {
      throw toDomainError(error);
    });
}

// The runtime stops the worker with everything else.
addService({
  name: 'groups worker',
  stop: () => {
    clearTimeout(stopTimer);
    groupsWorker?.close();
  },
});

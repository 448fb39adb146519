/**
 * Notices of committed users changes, sent by the transaction that made them
 * (repos.ts `inTransaction`) to every tab and worker of the site. No Dexie here: the
 * directory worker listens without loading it.
 */

/** What a committed transaction changed in the users table, told to every tab and worker. */
export interface UsersChange {
  phones: string[];
  /** Too much changed to list (reset, demo, attribute removal): re-read everything. */
  reload: boolean;
  /**
   * The writer commits more right after this (a job's batch that is not its last): a
   * listener may wait for the end of the stream rather than for a pause in it. Any notice
   * without `more` ends a stream: a job's last batch, a lone edit, and the notice without
   * phones sent when a job ends, however it ended (its last batch may never have come).
   */
  more?: boolean;
}

const CHANGES_CHANNEL = 'kaizala-lab:users';

/** Tells every tab and worker (this one's listeners included) about a committed change. */
export function announceUsersChange(change: UsersChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.postMessage(change);
  channel.close();
}

/** Calls `listener` for every users change committed in any tab or worker of this site. */
export function onUsersChanged(listener: (change: UsersChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (e: MessageEvent<UsersChange>) => listener(e.data);
  return () => channel.close();
}

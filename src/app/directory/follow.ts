/**
 * How the directory worker follows committed changes to users (directory.worker.ts).
 *
 * A lone change (an edit) is applied at once. Changes that keep coming — an import commits a
 * batch every fraction of a second — are applied together once they pause for `quietMs`:
 * the list follows the import at its end, and the job's progress shows in its history
 * meanwhile. Catching up while they came competed with the import for the database and the
 * two cores (measured: a 60,000-row import took 44 % longer; a million-row import that caught
 * up every 30 s cost the browser ~45 s more CPU and took 1.6 × the IndexedDB floor instead of
 * ~1.25 ×). At its end one catch-up names most users, and the model reads every user again in
 * key order (`catchUp` in model.ts), a chunk at a time.
 *
 * A job says so when more of its batches follow (`UsersChange.more`): its stream lasts until
 * its last batch, however long a commit takes (a group upload's transaction takes ~1.5 s; a
 * million-row import's commits stall now and then). Every job's end is announced too, so a
 * cancelled or failed job ends its stream; one whose worker died says nothing more, and
 * after `STALL_MS` without a word the list catches up anyway.
 *
 * Meanwhile the list is behind what is stored: after a 100,000-row import for ~2 s, after a
 * million rows for ~15 s. `onBehind` says when that starts and ends, so the page can say the
 * list is being updated rather than show the old count as if it were current.
 */
import type { UsersChange } from '../../storage/users-changes';

export const QUIET_MS = 1_000;
export const STALL_MS = 10_000;

export interface FollowedModel {
  /** Applies what was committed since the model's last change; settles when it has. */
  changed(): Promise<void>;
  /** Changes keep coming: a pending snapshot write waits. */
  postponeSave(): void;
}

/** Returns the handler for each announced change. */
export function followUsersChanges(
  model: FollowedModel,
  onBehind: (behind: boolean) => void,
  quietMs = QUIET_MS,
): (change: Pick<UsersChange, 'more'>) => void {
  let lastChange = -Infinity;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  /** The last change said more would follow. */
  let moreComing = false;
  let behind = false;
  /** Changes announced so far; a catch-up clears `behind` only if none came after it began. */
  let announced = 0;
  const setBehind = (next: boolean) => {
    if (next === behind) return;
    behind = next;
    onBehind(next);
  };
  const catchUp = () => {
    clearTimeout(quiet);
    quiet = undefined;
    moreComing = false;
    const upTo = announced;
    // Failed or not, the model did what it could; a later change tries again.
    const done = () => {
      if (announced === upTo) setBehind(false);
    };
    model.changed().then(done, done);
  };
  return (change) => {
    announced++;
    model.postponeSave();
    const now = performance.now();
    const streaming = moreComing || now - lastChange < quietMs;
    moreComing = change.more === true;
    lastChange = now;
    if (!streaming && !moreComing && quiet === undefined) return catchUp();
    // A stream: its changes wait for its end, and the list is behind until they are in.
    setBehind(true);
    clearTimeout(quiet);
    quiet = setTimeout(catchUp, moreComing ? STALL_MS : quietMs);
  };
}

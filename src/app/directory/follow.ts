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
 * Meanwhile the list is behind what is stored: after a 100,000-row import for ~2 s, after a
 * million rows for ~15 s. `onBehind` says when that starts and ends, so the page can say the
 * list is being updated rather than show the old count as if it were current.
 */
export const QUIET_MS = 1_000;

export interface FollowedModel {
  /** Applies what was committed since the model's last change; resolves when it has. */
  changed(): Promise<void>;
  /** Changes keep coming: a pending snapshot write waits. */
  postponeSave(): void;
}

/** Returns the handler for each announced change. */
export function followUsersChanges(
  model: FollowedModel,
  onBehind: (behind: boolean) => void,
  quietMs = QUIET_MS,
): () => void {
  let lastChange = -Infinity;
  let quiet: ReturnType<typeof setTimeout> | undefined;
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
    const upTo = announced;
    void model.changed().then(() => {
      if (announced === upTo) setBehind(false);
    });
  };
  return () => {
    announced++;
    model.postponeSave();
    const now = performance.now();
    const streaming = now - lastChange < quietMs;
    lastChange = now;
    if (!streaming && quiet === undefined) return catchUp();
    // A stream: its changes wait for the pause, and the list is behind until they are in.
    setBehind(true);
    clearTimeout(quiet);
    quiet = setTimeout(catchUp, quietMs);
  };
}

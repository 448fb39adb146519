/**
 * Live queries: what the islands read and follow (STYLE.md point 8). Each re-runs when what
 * it read changes, in this tab or another, and reads less often while changes keep coming.
 */
import Dexie from 'dexie';
import type { LabDb } from './db';
import { onUsersChanged } from './users-changes';
import { nextTask } from '../domain/next-task';

/**
 * How soon a live query reads again after its last read started, while changes keep coming
 * (an import commits a batch every ~0.2 s): each read waits for the writes queued before it
 * and holds them up while it reads. 100,000-row import, 2-core machine: the portal's two live
 * queries (session, the job's history) reading after every batch cost 0.7–0.8 s of its 8 s.
 * A change after a quiet moment is read at once. A read that waited long (behind a stream of
 * writes) waits `LIVE_READ_BACKOFF` times as long before the next. When the stream ends (a
 * notice without `more`: a job's end, a lone edit), the read waiting for its gap starts at
 * once, so the end shows without delay (it showed 0.2–0.8 s late after a 100,000-row import).
 */
export const LIVE_READ_GAP_MS = 400;
export const LIVE_READ_BACKOFF = 4;

/** Live reads waiting for their gap: each is woken when a stream of changes ends. */
const waiting = new Set<() => void>();
/** Streams of changes ended so far, counted while any live query listens. */
let streamEnds = 0;
let listeners = 0;
let stopListening: (() => void) | undefined;

/** Listens for the end of streams while live queries run; returns the stop function. */
function listenForStreamEnds(): () => void {
  if (listeners++ === 0) {
    stopListening = onUsersChanged((change) => {
      if (change.more) return;
      streamEnds++;
      for (const wake of [...waiting]) wake();
    });
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (--listeners === 0) stopListening?.();
  };
}

/** Waits `ms`, or less if a stream of changes ends meanwhile. */
function waitForGap(ms: number): Promise<void> {
  // A Dexie promise keeps the live query's context, so the reads after it are still seen.
  return new Dexie.Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      waiting.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    waiting.add(wake);
  });
}

/**
 * Re-runs `query` whenever the data it read changes — in this tab or another — and hands
 * the result to `onValue`. Returns the unsubscribe function. While changes keep coming it
 * reads again only after a gap (`gapMs`, longer after a read that waited), and every read's
 * result is shown, in order, even if a later change already asked for another.
 *
 * Each run reads in one read-only transaction over `db`: a consistent snapshot, started once
 * the writes before it have committed and then read without waiting between its steps. Read
 * step by step instead, a query of several reads waits for a writer at each step; while an
 * import commits a batch every fraction of a second, each run was outdated before it ended
 * and the screen stopped following the job until the import was done.
 */
export function observe<T>(
  db: LabDb,
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
  gapMs = LIVE_READ_GAP_MS,
): () => void {
  // Dexie starts a run again on every write that touches what the last one read, and shows
  // a run's result only if nothing was written while it ran. A read waits for the writes
  // queued before it (an import keeps its next batch queued), so while batches commit
  // faster than a run reads, no result would be shown until the import ended. Every run's
  // result is shown here instead, unless a later run's already was (runs may overlap).
  let closed = false;
  let started = 0;
  let shown = 0;
  let lastRead = Number.NEGATIVE_INFINITY;
  let lastTook = 0;
  /** `streamEnds` when the last read started. */
  let endsAtRead = streamEnds;
  const sub = Dexie.liveQuery(async () => {
    const run = ++started;
    // A gap of 0: every change is read (tests).
    const gap = gapMs > 0 ? Math.max(gapMs, LIVE_READ_BACKOFF * lastTook) : 0;
    // A stream that ended since the last read is read at once (its notice may come first).
    const wait = streamEnds !== endsAtRead ? 0 : lastRead + gap - Date.now();
    if (wait > 0) {
      await waitForGap(wait);
      // A newer change started a newer run meanwhile: that one reads (Dexie drops this one).
      // Unsubscribed meanwhile (woken by a stream's end): nothing is read.
      if (closed || run !== started) return undefined as T;
    }
    const began = Date.now();
    lastRead = began;
    endsAtRead = streamEnds;
    const value = await db.transaction('r', db.tables, query);
    lastTook = Date.now() - began;
    // Handed over outside the live query's context, where the receiver may write.
    nextTask(() => {
      if (closed || run <= shown) return;
      shown = run;
      onValue(value);
    });
    return value;
  }).subscribe({ error: onError });
  const unlisten = listenForStreamEnds();
  return () => {
    closed = true;
    sub.unsubscribe();
    unlisten();
  };
}

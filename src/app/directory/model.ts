/**
 * The directory read model's life cycle, kept apart from the worker wiring so it can be
 * tested: start from the saved snapshot (or read every user once), replay the change log
 * that commands write with each commit, and save a new snapshot when the model is idle.
 */
import type { DirectoryStore } from '../../storage/directory-store';
import { stripIndex, type StoredUser } from '../../domain/users';
import {
  buildSearchIndex,
  count,
  createState,
  cutFirstRows,
  fromSnapshot,
  page,
  removeUsers,
  searchIndexDue,
  toSnapshot,
  upsertUsers,
  warm,
  type EngineState,
  type PageRequest,
} from './engine';
import type { DirectoryEvent } from './protocol';

/** Users read per IndexedDB request: small, so the page's own reads are not kept waiting. */
const CHUNK = 5_000;
/**
 * A catch-up naming more users than this, and more than half the model, reads every user
 * again instead (`catchUp`), as after a reset or a removed attribute. Measured in Chromium
 * on 2 cores: a million users read one request each cost the browser process ~45 s of CPU;
 * read in key order, 5,000 a request, the whole list is loaded in ~16–20 s.
 */
const RELOAD_AFTER = 20_000;
/** Save a new snapshot once this many users changed since the last one. */
const SNAPSHOT_AFTER = 2_000;

export interface ModelOptions {
  /** Quiet time before a snapshot is written: a big write holds up the page's own reads. */
  saveWhenIdleMs?: number;
}

export function createDirectoryModel(
  db: DirectoryStore,
  post: (event: DirectoryEvent) => void,
  options: ModelOptions = {},
) {
  const saveWhenIdleMs = options.saveWhenIdleMs ?? 3_000;
  let state: EngineState | undefined;
  /** Last change-log entry the model contains. */
  let seq = 0;
  let changedSinceSnapshot = 0;
  let busy: Promise<void> = Promise.resolve();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Runs model work one step at a time, in order; resolves when this step is done. */
  function queue(step: () => Promise<void>): Promise<void> {
    busy = busy.then(step).catch((error: unknown) => console.error('directory model', error));
    return busy;
  }

  /** Reads every user into a fresh model. Changes committed meanwhile are replayed after. */
  async function fullLoad(): Promise<void> {
    const startSeq = await db.lastChangeId();
    const next = createState();
    const attributes = await db.listAttributes();
    let loaded = 0;
    await db.forEachUserChunk(CHUNK, (rows: StoredUser[]) => {
      upsertUsers(next, rows.map(stripIndex), attributes);
      loaded += rows.length;
      post({ type: 'progress', loaded });
    });
    state = next;
    seq = startSeq;
    changedSinceSnapshot = Number.POSITIVE_INFINITY;
  }

  /** Takes the saved snapshot if it is usable, otherwise reads every user. */
  async function load(): Promise<'snapshot' | 'full'> {
    const snapshot = await db.readSnapshot();
    const revived = snapshot ? fromSnapshot(snapshot.data) : undefined;
    if (!revived || !snapshot) {
      await fullLoad();
      return 'full';
    }
    state = revived;
    seq = snapshot.seq;
    changedSinceSnapshot = 0;
    return 'snapshot';
  }

  /** Applies the change log after `seq`; a reload entry means a full load. */
  async function catchUp(): Promise<boolean> {
    // Naming more users than this, the change is read as "reload": reading every user again,
    // in key order a chunk per request, costs IndexedDB far less than a request per changed
    // user, and the log need not be held.
    const limit = Math.max(RELOAD_AFTER, state ? state.phone.length / 2 : 0);
    const changes = await db.changesSince(seq, limit);
    if (changes === undefined) {
      // Another tab's worker saved a snapshot past `seq` and dropped entries this model has
      // not applied yet: start again from that snapshot.
      await load();
      await catchUp();
      return true;
    }
    if (changes.length === 0) return false;
    if (changes.some((c) => c.reload)) {
      // The old model is let go first rather than held beside the new one.
      state = undefined;
      await fullLoad();
      await catchUp();
      return true;
    }
    const phones = [...new Set(changes.flatMap((c) => c.phones))];
    const attributes = await db.listAttributes();
    // Read and applied a chunk at a time: during an import one catch-up can name hundreds of
    // thousands of users, and holding them all at once would double the tab's memory. A user
    // changed again meanwhile is read as it is now, and its later entry applies it again.
    for (let start = 0; start < phones.length; start += CHUNK) {
      const some = phones.slice(start, start + CHUNK);
      const users = await db.getUsers(some);
      upsertUsers(
        state!,
        users.filter((u): u is StoredUser => u !== undefined).map(stripIndex),
        attributes,
      );
      removeUsers(
        state!,
        some.filter((_, i) => users[i] === undefined),
      );
    }
    seq = changes[changes.length - 1]!.id!;
    changedSinceSnapshot += phones.length;
    return true;
  }

  /**
   * Saves a snapshot once the model has been idle a while, if enough changed since the last
   * or the search index is to be built (it is saved with the snapshot, so built once).
   */
  function saveIfDue(): void {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    if (changedSinceSnapshot < SNAPSHOT_AFTER && !searchIndexDue(state!)) return;
    saveTimer = setTimeout(() => void queue(save), saveWhenIdleMs);
  }

  /**
   * Saves the tabs' first rows for the next page load (the directory shows them while its
   * model loads). Not written once another worker has saved a later state; a failure costs
   * only that head start.
   */
  async function saveFirstRows(): Promise<void> {
    await db.writeFirstRows(seq, cutFirstRows(state!)).catch((error: unknown) => {
      console.error('directory first rows', error);
    });
  }

  async function save(): Promise<void> {
    saveTimer = undefined;
    if (searchIndexDue(state!)) {
      buildSearchIndex(state!);
      // Let the page's requests waiting since the build be answered before the snapshot.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    // Not written when another worker saved a newer one; this model catches up to it next.
    const written = await db.writeSnapshot(seq, toSnapshot(state!), cutFirstRows(state!));
    changedSinceSnapshot = 0;
    if (written) post({ type: 'saved', seq });
  }

  return {
    /** Loads the model and announces `ready`. */
    start: () =>
      queue(async () => {
        const started = performance.now();
        const source = await load();
        await catchUp();
        warm(state!);
        await saveFirstRows();
        post({
          type: 'ready',
          loaded: state!.phone.length,
          ms: performance.now() - started,
          source,
        });
        saveIfDue();
      }),
    /** Something was committed: replay the log and tell the page if anything changed. */
    changed: () =>
      queue(async () => {
        if (!state) return;
        if (await catchUp()) {
          await saveFirstRows();
          post({ type: 'changed' });
          saveIfDue();
        }
      }),
    /**
     * Changes keep being committed (an import): a pending snapshot waits until they pause,
     * instead of a large write competing with theirs between two catch-ups.
     */
    postponeSave(): void {
      if (saveTimer !== undefined) saveIfDue();
    },
    /** Writes the pending snapshot now (tests, and a page that is about to close). */
    flush: () => (saveTimer === undefined ? busy : (clearTimeout(saveTimer), queue(save))),
    /** One window of a tab; undefined until the model has loaded. */
    page(request: PageRequest): { phones: string[]; total: number } | undefined {
      if (!state) return undefined;
      // Activity postpones a pending snapshot write.
      if (saveTimer !== undefined) saveIfDue();
      return page(state, request);
    },
    /** Users per list; undefined until the model has loaded. */
    counts(): { e: number; o: number; x: number } | undefined {
      if (!state) return undefined;
      return { e: count(state, 'e'), o: count(state, 'o'), x: count(state, 'x') };
    },
  };
}

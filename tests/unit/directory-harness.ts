import { createDirectoryModel, type ModelOptions } from '../../src/app/directory/model';
import type { PageRequest } from '../../src/app/directory/engine';
import type { DirectoryEvent } from '../../src/app/directory/protocol';
import type { LabDb } from '../../src/storage/db';
import { openDirectoryStore, type DirectoryStore } from '../../src/storage/directory-store';

/**
 * A directory read model on a test database, driven the way its worker drives it but
 * without the worker: messages are collected, requests answered synchronously.
 */
export interface DirectoryHarness {
  /** Every message the model posted, oldest first. */
  messages: DirectoryEvent[];
  /** Starts the model and returns its `ready` message. */
  start(): Promise<Extract<DirectoryEvent, { type: 'ready' }>>;
  /** Tells the model something was committed; true when it posted `changed`. */
  changed(): Promise<boolean>;
  /** Writes a pending snapshot now. */
  flush(): Promise<void>;
  /** Changes keep coming: a pending snapshot waits. */
  postponeSave(): void;
  /** One window of a tab; defaults: name order, ascending, no search, the first 1000. */
  page(request: Partial<PageRequest> & Pick<PageRequest, 'list'>): {
    phones: string[];
    total: number;
  };
  counts(): { e: number; o: number; x: number };
}

const open = new Map<DirectoryHarness, DirectoryStore>();

export function openDirectory(db: LabDb, options: ModelOptions = {}): DirectoryHarness {
  const messages: DirectoryEvent[] = [];
  // The worker's own road to the database: plain IndexedDB on the database `db` opened.
  const store = openDirectoryStore(db.name);
  const model = createDirectoryModel(store, (m) => messages.push(m), options);

  function ready<T>(result: T | undefined): T {
    if (result === undefined) throw new Error('the directory model is not ready');
    return result;
  }

  const harness: DirectoryHarness = {
    messages,
    async start() {
      await model.start();
      const ready = messages.findLast((m) => m.type === 'ready');
      if (ready?.type !== 'ready') throw new Error('the directory model did not get ready');
      return ready;
    },
    async changed() {
      const before = messages.filter((m) => m.type === 'changed').length;
      await model.changed();
      return messages.filter((m) => m.type === 'changed').length > before;
    },
    flush: () => model.flush(),
    postponeSave: () => model.postponeSave(),
    page: (request) =>
      ready(model.page({ sort: 'name', dir: 'asc', text: '', offset: 0, limit: 1000, ...request })),
    counts: () => ready(model.counts()),
  };
  open.set(harness, store);
  return harness;
}

/** Lets every model opened since the last call finish its work, so no timer outlives a test. */
export async function closeDirectories(): Promise<void> {
  for (const [harness, store] of open) {
    await harness.flush();
    store.close();
  }
  open.clear();
}

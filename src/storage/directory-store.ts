/**
 * What the directory read model's worker reads and writes (src/app/directory/model.ts), on
 * plain IndexedDB. The worker needs six requests; Dexie (28 KB gzipped) would be a second
 * copy of the page's in the portal's first load, which has a budget of 100 KB (SPEC §14).
 *
 * It opens the database the page's Dexie declares (src/storage/db.ts) at whatever version
 * that is, never creates or upgrades it, and lets go of it when another connection asks to
 * upgrade or delete it; the next request opens it again.
 */
import type { Attribute } from '../domain/types';
import type { StoredUser } from '../domain/users';
import type { ChangeRecord, SnapshotRecord } from './db';
import { DB_NAME, FIRST_ROWS } from './names';

export interface DirectoryStore {
  /**
   * Id of the newest change the database contains (0 when there is none), also when a
   * snapshot has already dropped its log entry.
   */
  lastChangeId(): Promise<number>;
  /**
   * Change-log entries after `seq`, oldest first; `undefined` when a snapshot (saved by any
   * tab's worker) has already dropped some of them, so a reader that fell behind cannot
   * catch up from the log and must start again from that snapshot.
   *
   * With `maxPhones`, reading stops once the entries read name more phones than that, and the
   * list ends with a reload entry instead (too much changed to list): a million-row import
   * leaves entries naming every user, which a reader would hold at once for nothing.
   */
  changesSince(seq: number, maxPhones?: number): Promise<ChangeRecord[] | undefined>;
  readSnapshot(): Promise<SnapshotRecord | undefined>;
  /**
   * Saves the read model at change `seq`, with the tabs' first rows cut from it, and drops the
   * log entries it already contains. A snapshot older than the saved one is not written (the
   * log it would need is gone); returns whether it was written.
   */
  writeSnapshot(seq: number, data: unknown, first: unknown): Promise<boolean>;
  /**
   * Saves the tabs' first rows as they are at change `seq` (see FIRST_ROWS), unless rows of
   * a later change, or a snapshot past `seq`, are already saved; returns whether it wrote.
   */
  writeFirstRows(seq: number, first: unknown): Promise<boolean>;
  /** Custom attributes in their order. */
  listAttributes(): Promise<Attribute[]>;
  /** Every user record, `chunk` per request in phone order, each chunk in a transaction of its own. */
  forEachUserChunk(
    chunk: number,
    visit: (users: StoredUser[]) => void | Promise<void>,
  ): Promise<void>;
  /** The records of `phones`, in their order; `undefined` where there is none. */
  getUsers(phones: readonly string[]): Promise<Array<StoredUser | undefined>>;
  /** Closes the connection (a later request opens it again). */
  close(): void;
}

type StoreName = 'changes' | 'snapshots' | 'attributes' | 'users';

/** A request's result as a promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Log entries in `range`, oldest first, until they name more than `maxPhones` phones; then a
 * reload entry in place of the rest.
 */
function readUpTo(
  changes: IDBObjectStore,
  range: IDBKeyRange,
  maxPhones: number,
): Promise<ChangeRecord[]> {
  return new Promise((resolve, reject) => {
    const out: ChangeRecord[] = [];
    let phones = 0;
    const request = changes.openCursor(range);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(out);
      const change = cursor.value as ChangeRecord;
      phones += change.phones.length;
      if (phones > maxPhones) return resolve([...out, { phones: [], reload: true }]);
      out.push(change);
      cursor.continue();
    };
  });
}

/** The database as it is, or `undefined` when no page has created it yet. */
function openExisting(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let missing = false;
    // Opening without a version only upgrades a database that does not exist: leave creating
    // it, with its schema, to the page's Dexie.
    request.onupgradeneeded = () => {
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (!missing) return reject(request.error);
      event.preventDefault();
      resolve(undefined);
    };
  });
}

/** The directory's store on the database `name` (the lab's by default). */
export function openDirectoryStore(name: string = DB_NAME): DirectoryStore {
  let connection: Promise<IDBDatabase | undefined> | undefined;

  function database(): Promise<IDBDatabase | undefined> {
    connection ??= openExisting(name).then(
      (db) => {
        if (!db) connection = undefined;
        else {
          // An upgrade or a delete elsewhere waits for this connection: let it go.
          db.onversionchange = () => {
            db.close();
            connection = undefined;
          };
          db.onclose = () => (connection = undefined);
        }
        return db;
      },
      (error: unknown) => {
        connection = undefined;
        throw error;
      },
    );
    return connection;
  }

  /**
   * Runs `work` in one transaction and resolves with its result once the transaction has
   * completed; `empty` when there is no database yet.
   */
  async function inTransaction<T>(
    stores: StoreName[],
    mode: IDBTransactionMode,
    empty: T,
    work: (tx: IDBTransaction) => Promise<T>,
  ): Promise<T> {
    const db = await database();
    if (!db) return empty;
    const tx = db.transaction(stores, mode);
    const finished = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
    });
    try {
      const result = await work(tx);
      await finished;
      return result;
    } catch (error) {
      if (!tx.error) {
        try {
          tx.abort();
        } catch {
          // Already finished.
        }
      }
      finished.catch(() => undefined);
      throw error;
    }
  }

  async function snapshotSeq(tx: IDBTransaction): Promise<number> {
    const record = (await done(tx.objectStore('snapshots').get('directory-seq'))) as
      SnapshotRecord | undefined;
    return record?.seq ?? 0;
  }

  async function newestChangeId(tx: IDBTransaction): Promise<number> {
    const cursor = await done(tx.objectStore('changes').openKeyCursor(null, 'prev'));
    return cursor ? (cursor.primaryKey as number) : 0;
  }

  return {
    lastChangeId: () =>
      inTransaction(['changes', 'snapshots'], 'readonly', 0, async (tx) => {
        const [last, seq] = await Promise.all([newestChangeId(tx), snapshotSeq(tx)]);
        return Math.max(last, seq);
      }),

    changesSince: (seq, maxPhones = Number.POSITIVE_INFINITY) =>
      inTransaction(
        ['changes', 'snapshots'],
        'readonly',
        [] as ChangeRecord[] | undefined,
        async (tx) => {
          if ((await snapshotSeq(tx)) > seq) return undefined;
          const range = IDBKeyRange.lowerBound(seq, true);
          return readUpTo(tx.objectStore('changes'), range, maxPhones);
        },
      ),

    readSnapshot: () =>
      inTransaction(
        ['snapshots'],
        'readonly',
        undefined as SnapshotRecord | undefined,
        async (tx) =>
          (await done(tx.objectStore('snapshots').get('directory'))) as SnapshotRecord | undefined,
      ),

    writeSnapshot: (seq, data, first) =>
      inTransaction(['snapshots', 'changes'], 'readwrite', false, async (tx) => {
        if ((await snapshotSeq(tx)) > seq) return false;
        const snapshots = tx.objectStore('snapshots');
        snapshots.put({ id: 'directory', seq, data } satisfies SnapshotRecord);
        snapshots.put({ id: 'directory-seq', seq, data: null } satisfies SnapshotRecord);
        // Rows of a later change stay: they need only log entries after this snapshot.
        const saved = (await done(snapshots.get(FIRST_ROWS))) as SnapshotRecord | undefined;
        if (!saved || saved.seq <= seq)
          snapshots.put({ id: FIRST_ROWS, seq, data: first } satisfies SnapshotRecord);
        await done(tx.objectStore('changes').delete(IDBKeyRange.upperBound(seq)));
        return true;
      }),

    writeFirstRows: (seq, first) =>
      inTransaction(['snapshots'], 'readwrite', false, async (tx) => {
        const snapshots = tx.objectStore('snapshots');
        const saved = (await done(snapshots.get(FIRST_ROWS))) as SnapshotRecord | undefined;
        if ((await snapshotSeq(tx)) > seq || (saved && saved.seq > seq)) return false;
        snapshots.put({ id: FIRST_ROWS, seq, data: first } satisfies SnapshotRecord);
        return true;
      }),

    listAttributes: () =>
      inTransaction(
        ['attributes'],
        'readonly',
        [] as Attribute[],
        async (tx) =>
          (await done(tx.objectStore('attributes').index('order').getAll())) as Attribute[],
      ),

    async forEachUserChunk(chunk, visit) {
      let last: string | undefined;
      for (;;) {
        const after = last;
        const rows = await inTransaction(
          ['users'],
          'readonly',
          [] as StoredUser[],
          async (tx) =>
            (await done(
              tx
                .objectStore('users')
                .getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), chunk),
            )) as StoredUser[],
        );
        if (rows.length === 0) return;
        await visit(rows);
        last = rows[rows.length - 1]!.phone;
        if (rows.length < chunk) return;
      }
    },

    getUsers: (phones) =>
      inTransaction(
        ['users'],
        'readonly',
        phones.map(() => undefined) as Array<StoredUser | undefined>,
        (tx) => {
          const users = tx.objectStore('users');
          return Promise.all(
            phones.map((phone) => done(users.get(phone)) as Promise<StoredUser | undefined>),
          );
        },
      ),

    close() {
      void connection?.then((db) => db?.close());
      connection = undefined;
    },
  };
}

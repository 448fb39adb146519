import Dexie, { type IndexableType } from 'dexie';
import type { LabDb, LabTables } from './db';
import { clearSandbox } from './repos';

/** The tables a tenant package is read from and restored into. */
export type TenantTable = Extract<
  keyof LabTables,
  | 'org'
  | 'users'
  | 'attributes'
  | 'groups'
  | 'memberships'
  | 'connectors'
  | 'actions'
  | 'publications'
  | 'messages'
  | 'responses'
  | 'jobs'
  | 'audit'
>;

/**
 * Reads a table in primary-key order, `chunk` records at a time, each chunk in a transaction
 * of its own (the page's commands never wait for a long read). The next chunk is asked for
 * before the caller handles this one, so the database works while the script writes.
 */
export async function* tableChunks<T>(
  db: LabDb,
  table: TenantTable,
  chunk: number,
): AsyncGenerator<T[]> {
  const t = db[table] as unknown as Dexie.Table<T, IndexableType>;
  const keyPath = t.schema.primKey.keyPath;
  const keyOf = (row: T): IndexableType =>
    (Array.isArray(keyPath)
      ? keyPath.map((p) => Dexie.getByKeyPath(row as object, p) as string)
      : Dexie.getByKeyPath(row as object, keyPath as string)) as IndexableType;
  const after = (last: IndexableType | undefined) =>
    (last === undefined ? t.limit(chunk) : t.where(':id').above(last).limit(chunk)).toArray();
  let next: Promise<T[]> | undefined = after(undefined);
  while (next) {
    const rows: T[] = await next;
    next = rows.length === chunk ? after(keyOf(rows[rows.length - 1]!)) : undefined;
    if (rows.length > 0) yield rows;
  }
}

/**
 * Replaces the whole sandbox with `rows`, inside the caller's transaction: every table
 * emptied (the per-browser preferences in `keepPrefs` kept) and filled again. Run in one
 * transaction, either all of it commits or none — a tab closed on the way leaves the
 * sandbox as it was. `clearSandbox` has the directory's read model read every user again.
 */
export async function replaceSandbox(
  db: LabDb,
  rows: Partial<Record<TenantTable, readonly unknown[]>>,
  keepPrefs: readonly string[],
): Promise<void> {
  await clearSandbox(db, keepPrefs);
  // In slices of 10,000: the same one transaction, without one request list of every record.
  for (const [table, records] of Object.entries(rows) as Array<[TenantTable, unknown[]]>) {
    for (let i = 0; i < records.length; i += 10_000)
      await (db[table] as unknown as Dexie.Table).bulkPut(records.slice(i, i + 10_000));
  }
}

/** Records a package is written from, over every table it reads (for progress). */
export async function tenantRecordCount(db: LabDb): Promise<number> {
  // In the order the package reads them: groups twice (groups, hierarchy), jobs twice (the
  // two histories), and the deleted users through their index.
  const tables: TenantTable[] = [
    'org',
    'users',
    'attributes',
    'groups',
    'memberships',
    'groups',
    'connectors',
    'actions',
    'publications',
    'messages',
    'responses',
    'jobs',
    'jobs',
    'audit',
  ];
  const counts = await Promise.all([
    ...tables.map((t) => db[t].count()),
    db.users.where('deletedAt').above(0).count(),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

import { afterEach, describe, expect, test } from 'vitest';
import { DB_NAME, openDb, type LabDb } from '../../src/storage/db';
import { toStored } from '../../src/domain/users';
import type { User } from '../../src/domain/types';
import { deletedUsers, usersByNamePrefix, usersFirstPage } from '../../src/storage/users-repo';
import { changesSince, lastChangeId, readSnapshot, writeSnapshot } from '../../src/storage/repos';

/** The current schema. A new version appends here and adds an upgrade test from the previous one. */
const CURRENT_VERSION = 1;

const TABLES: Record<string, { primaryKey: string; indexes: string[] }> = {
  org: { primaryKey: 'id', indexes: [] },
  users: {
    primaryKey: 'phone',
    // Few indexes on purpose: the directory read model counts, sorts and searches.
    indexes: ['[list+nameKey]', 'deletedAt', 'orgRole'],
  },
  attributes: { primaryKey: 'id', indexes: ['order'] },
  groups: { primaryKey: 'id', indexes: ['kind', 'parentId'] },
  memberships: { primaryKey: '[groupId+phone]', indexes: ['phone', '[groupId+role]'] },
  connectors: { primaryKey: 'id', indexes: [] },
  actions: { primaryKey: 'id', indexes: [] },
  publications: { primaryKey: 'id', indexes: ['groupId'] },
  messages: { primaryKey: 'id', indexes: ['groupId', 'author'] },
  responses: { primaryKey: 'id', indexes: ['messageId', 'author'] },
  jobs: { primaryKey: 'id', indexes: ['kind', '[kind+createdAt]', 'status'] },
  jobFiles: { primaryKey: 'jobId', indexes: [] },
  audit: { primaryKey: 'id', indexes: ['at', 'target', 'actor'] },
  prefs: { primaryKey: 'key', indexes: [] },
  changes: { primaryKey: 'id', indexes: [] },
  snapshots: { primaryKey: 'id', indexes: [] },
};

let db: LabDb | undefined;

afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('openDb', () => {
  test('uses the lab database name by default', () => {
    const fresh = openDb();
    expect(fresh.name).toBe(DB_NAME);
    expect(DB_NAME).toBe('kaizala-lab');
    fresh.close();
  });

  test(`creates version ${CURRENT_VERSION} with exactly the expected tables`, async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(TABLES).sort());
    // The object stores really exist in IndexedDB, not only in Dexie's declaration.
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(Object.keys(TABLES).sort());
  });

  test('declares each table with its primary key and indexes', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await db.open();
    for (const table of db.tables) {
      const expected = TABLES[table.name];
      expect(expected, table.name).toBeDefined();
      expect(table.schema.primKey.name, table.name).toBe(expected!.primaryKey);
      expect(table.schema.indexes.map((i) => i.name).sort(), table.name).toEqual(
        [...expected!.indexes].sort(),
      );
    }
    expect(db.users.schema.idxByName['[list+nameKey]']?.compound).toBe(true);
    expect(db.users.schema.indexes.some((i) => i.multi)).toBe(false);
    expect(db.audit.schema.primKey.auto).toBe(true);
    expect(db.messages.schema.primKey.auto).toBe(true);
    // The change log is numbered by IndexedDB, so its ids only ever go up.
    expect(db.changes.schema.primKey.auto).toBe(true);
    expect(db.snapshots.schema.primKey.auto).toBe(false);
  });

  test('a stored user can be found through its [list+nameKey] index', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    const user = {
      phone: '+48601234567',
      name: 'Łukasz Nowak',
      network: 'employee',
      orgRole: 'member',
      source: 'portal',
      attrs: { dept: 'IT' },
      createdAt: 1,
      updatedAt: 1,
    } satisfies User;
    await db.users.bulkPut([
      toStored(user),
      toStored({ ...user, phone: '+48601234568', network: 'others' }),
      toStored({ ...user, phone: '+48601234569', deletedAt: 2 }),
    ]);
    const nameKey = db.users.where('[list+nameKey]');
    expect(await nameKey.equals(['e', 'lukasz nowak']).count()).toBe(1);
    expect(await nameKey.equals(['o', 'lukasz nowak']).count()).toBe(1);
    expect(await nameKey.equals(['x', 'lukasz nowak']).count()).toBe(1);
    expect(await nameKey.equals(['e', 'Łukasz Nowak']).count()).toBe(0);
    // What the directory shows while its read model loads: a tab's first rows by name prefix.
    expect((await usersByNamePrefix(db, 'e', 'luk', 10)).map((u) => u.phone)).toEqual([user.phone]);
    expect((await usersFirstPage(db, 'o', 10)).map((u) => u.phone)).toEqual(['+48601234568']);
    expect((await deletedUsers(db)).map((u) => u.phone)).toEqual(['+48601234569']);
  });

  test('the change log and the snapshot table', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    expect(await lastChangeId(db)).toBe(0);
    expect(await changesSince(db, 0)).toEqual([]);
    const first = (await db.changes.add({ phones: ['+48601234567'], reload: false }))!;
    const second = (await db.changes.add({ phones: [], reload: true }))!;
    expect(second).toBeGreaterThan(first);
    expect(await lastChangeId(db)).toBe(second);
    expect((await changesSince(db, 0))?.map((c) => c.id)).toEqual([first, second]);
    expect((await changesSince(db, first))?.map((c) => c.id)).toEqual([second]);
    expect(await readSnapshot(db)).toBeUndefined();

    expect(await writeSnapshot(db, first, { format: 1 })).toBe(true);
    expect(await readSnapshot(db)).toEqual({ id: 'directory', seq: first, data: { format: 1 } });
    // Entries the snapshot already contains are dropped; later ones stay.
    expect((await db.changes.toArray()).map((c) => c.id)).toEqual([second]);
    expect((await changesSince(db, first))?.map((c) => c.id)).toEqual([second]);
    // A reader still before the snapshot cannot catch up from the log any more.
    expect(await changesSince(db, first - 1)).toBeUndefined();

    expect(await writeSnapshot(db, second, { format: 1, n: 2 })).toBe(true);
    expect(await db.changes.count()).toBe(0);
    // The newest change is still known after its entry is gone.
    expect(await lastChangeId(db)).toBe(second);
    expect(await changesSince(db, second)).toEqual([]);
    // A snapshot older than the saved one is refused: the log it would need is gone.
    expect(await writeSnapshot(db, first, { format: 1, n: 1 })).toBe(false);
    expect((await readSnapshot(db))?.seq).toBe(second);
  });
});

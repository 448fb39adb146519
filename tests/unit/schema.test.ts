import { afterEach, describe, expect, test } from 'vitest';
import { DB_NAME, openDb, type LabDb } from '../../src/storage/db';
import { toStored } from '../../src/domain/users';

/** The current schema. A new version appends here and adds an upgrade test from the previous one. */
const CURRENT_VERSION = 1;

const TABLES: Record<string, { primaryKey: string; indexes: string[] }> = {
  org: { primaryKey: 'id', indexes: [] },
  users: {
    primaryKey: 'phone',
    indexes: [
      '[list+nameKey]',
      '[list+phone]',
      '[list+source]',
      '[list+createdAt]',
      '[list+updatedAt]',
      '[list+orgRole]',
      'search',
      'attrSort',
      'deletedAt',
      'orgRole',
    ],
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
    const users = db.users.schema;
    expect(users.idxByName['search']?.multi).toBe(true);
    expect(users.idxByName['attrSort']?.multi).toBe(true);
    expect(db.audit.schema.primKey.auto).toBe(true);
    expect(db.messages.schema.primKey.auto).toBe(true);
  });

  test('a stored user can be found through its list, search and attribute indexes', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    const user = toStored(
      {
        phone: '+48601234567',
        name: 'Anna Nowak',
        network: 'employee',
        orgRole: 'member',
        source: 'portal',
        attrs: { dept: 'IT' },
        createdAt: 1,
        updatedAt: 1,
      },
      [{ id: 'dept' }],
    );
    await db.users.put(user);
    expect(await db.users.where('[list+nameKey]').equals(['e', 'anna nowak']).count()).toBe(1);
    expect(await db.users.where('search').equals('e#1234567').count()).toBe(1);
    expect(await db.users.where('search').equals('o#1234567').count()).toBe(0);
    expect(await db.users.where('attrSort').equals(['dept', 'e', 'it']).count()).toBe(1);
  });
});

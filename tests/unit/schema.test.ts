import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { DB_NAME, openDb, type LabDb } from '../../src/storage/db';
import { toStored } from '../../src/domain/users';
import { buildActivity } from '../../src/domain/activity';
import { contentOf } from '../../src/storage/activity-repo';
import type { ActionResponse, Message } from '../../src/domain/types';
import type { User } from '../../src/domain/types';
import { deletedUsers, orgAdmins, putUsers, readFirstRows } from '../../src/storage/users-repo';
import { groupAdmins, putMemberships } from '../../src/storage/repos';
import { openDirectoryStore } from '../../src/storage/directory-store';

/** The current schema. A new version appends here and adds an upgrade test from the previous one. */
const CURRENT_VERSION = 6;

const TABLES: Record<string, { primaryKey: string; indexes: string[] }> = {
  org: { primaryKey: 'id', indexes: [] },
  users: {
    primaryKey: 'phone',
    // No index every user has an entry in: the directory read model counts, sorts and
    // searches; `deletedAt` holds deleted users only and `orgAdmin` admins only.
    indexes: ['deletedAt', 'orgAdmin'],
  },
  attributes: { primaryKey: 'id', indexes: ['order'] },
  groups: { primaryKey: 'id', indexes: ['kind', 'parentId'] },
  memberships: { primaryKey: '[groupId+phone]', indexes: ['phone', 'adminOf'] },
  connectors: { primaryKey: 'id', indexes: [] },
  actions: { primaryKey: 'id', indexes: [] },
  publications: { primaryKey: 'id', indexes: ['groupId'] },
  messages: { primaryKey: 'id', indexes: ['groupId'] },
  responses: { primaryKey: 'id', indexes: ['messageId'] },
  jobs: { primaryKey: 'id', indexes: ['kind', '[kind+createdAt]', 'status'] },
  jobFiles: { primaryKey: 'jobId', indexes: [] },
  audit: { primaryKey: 'id', indexes: ['at', 'target', 'actor'] },
  prefs: { primaryKey: 'key', indexes: [] },
  changes: { primaryKey: 'id', indexes: [] },
  snapshots: { primaryKey: 'id', indexes: [] },
  activity: { primaryKey: 'day', indexes: [] },
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
    expect(db.users.schema.indexes.some((i) => i.multi)).toBe(false);
    expect(db.audit.schema.primKey.auto).toBe(true);
    expect(db.messages.schema.primKey.auto).toBe(true);
    // The change log is numbered by IndexedDB, so its ids only ever go up.
    expect(db.changes.schema.primKey.auto).toBe(true);
    expect(db.snapshots.schema.primKey.auto).toBe(false);
  });

  test('only deleted users have an entry in the deletedAt index', async () => {
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
    expect(await db.users.where('deletedAt').above(-Infinity).count()).toBe(1);
    expect((await deletedUsers(db)).map((u) => u.phone)).toEqual(['+48601234569']);
  });

  test('the change log and the snapshot table', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await db.open();
    // The directory worker's road to these tables: plain IndexedDB, no Dexie.
    const store = openDirectoryStore(db.name);
    const { lastChangeId, changesSince, readSnapshot, writeSnapshot } = store;
    expect(await lastChangeId()).toBe(0);
    expect(await changesSince(0)).toEqual([]);
    const first = (await db.changes.add({ phones: ['+48601234567'], reload: false }))!;
    const second = (await db.changes.add({ phones: [], reload: true }))!;
    expect(second).toBeGreaterThan(first);
    expect(await lastChangeId()).toBe(second);
    expect((await changesSince(0))?.map((c) => c.id)).toEqual([first, second]);
    expect((await changesSince(first))?.map((c) => c.id)).toEqual([second]);
    expect(await readSnapshot()).toBeUndefined();

    expect(await writeSnapshot(first, { format: 1 }, { rows: 1 })).toBe(true);
    expect(await readSnapshot()).toEqual({ id: 'directory', seq: first, data: { format: 1 } });
    // Entries the snapshot already contains are dropped; later ones stay.
    expect((await db.changes.toArray()).map((c) => c.id)).toEqual([second]);
    expect((await changesSince(first))?.map((c) => c.id)).toEqual([second]);
    // A reader still before the snapshot cannot catch up from the log any more.
    expect(await changesSince(first - 1)).toBeUndefined();

    expect(await writeSnapshot(second, { format: 1, n: 2 }, { rows: 2 })).toBe(true);
    expect(await db.changes.count()).toBe(0);
    // The newest change is still known after its entry is gone.
    expect(await lastChangeId()).toBe(second);
    expect(await changesSince(second)).toEqual([]);
    // A snapshot older than the saved one is refused: the log it would need is gone.
    expect(await writeSnapshot(first, { format: 1, n: 1 }, { rows: 1 })).toBe(false);
    expect((await readSnapshot())?.seq).toBe(second);
    store.close();
  });

  test('the first rows: saved with a snapshot or on their own, read with the changes since', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await db.open();
    const store = openDirectoryStore(db.name);
    expect(await readFirstRows(db)).toBeUndefined();
    const one = (await db.changes.add({ phones: ['+1'], reload: false }))!;
    expect(await store.writeFirstRows(one, { at: 1 })).toBe(true);
    expect(await readFirstRows(db)).toEqual({ data: { at: 1 }, changes: [] });
    const two = (await db.changes.add({ phones: ['+2'], reload: false }))!;
    expect(await readFirstRows(db)).toEqual({
      data: { at: 1 },
      changes: [{ id: two, phones: ['+2'], reload: false }],
    });
    // Rows of a later change are not overwritten by older ones, from a snapshot or not.
    expect(await store.writeFirstRows(two, { at: 2 })).toBe(true);
    expect(await store.writeFirstRows(one, { at: 1 })).toBe(false);
    expect(await store.writeSnapshot(one, { format: 1 }, { at: 1 })).toBe(true);
    expect((await readFirstRows(db))?.data).toEqual({ at: 2 });
    // A snapshot saved past the rows drops log entries they need: they are no longer known,
    // unless the snapshot brought its own.
    await db.snapshots.put({ id: 'directory-seq', seq: two + 1, data: null });
    expect(await readFirstRows(db)).toBeUndefined();
    expect(await store.writeFirstRows(two, { at: 2 })).toBe(false);
    expect(await store.writeSnapshot(two + 1, { format: 1 }, { at: 3 })).toBe(true);
    expect((await readFirstRows(db))?.data).toEqual({ at: 3 });
    // Changes since that name more phones than asked for, or reload everything: not known.
    // (The next entry takes the id the snapshot above was saved at.)
    expect(await db.changes.add({ phones: ['+2'], reload: false })).toBe(two + 1);
    await db.changes.add({ phones: ['+3', '+4'], reload: false });
    expect((await readFirstRows(db, 2))?.changes).toHaveLength(1);
    await db.changes.add({ phones: ['+5'], reload: false });
    expect(await readFirstRows(db, 2)).toBeUndefined();
    expect((await readFirstRows(db, 3))?.changes).toHaveLength(2);
    await db.changes.add({ phones: [], reload: true });
    expect(await readFirstRows(db)).toBeUndefined();
    store.close();
  });

  test('the change log read up to a number of phones ends with a reload entry', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await db.open();
    const store = openDirectoryStore(db.name);
    const ids: number[] = [];
    for (const phones of [['+1', '+2'], ['+3'], ['+4', '+5', '+6']])
      ids.push((await db.changes.add({ phones, reload: false }))!);
    expect((await store.changesSince(0, 6))?.map((c) => c.id)).toEqual(ids);
    expect(await store.changesSince(0, 5)).toEqual([
      { id: ids[0], phones: ['+1', '+2'], reload: false },
      { id: ids[1], phones: ['+3'], reload: false },
      { phones: [], reload: true },
    ]);
    expect(await store.changesSince(ids[0]!, 1)).toEqual([
      { id: ids[1], phones: ['+3'], reload: false },
      { phones: [], reload: true },
    ]);
    expect(await store.changesSince(0, 1)).toEqual([{ phones: [], reload: true }]);
    store.close();
  });

  test('the directory store finds no database before the page has made one, and makes none', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const store = openDirectoryStore(name);
    expect(await store.lastChangeId()).toBe(0);
    expect(await store.readSnapshot()).toBeUndefined();
    expect(await store.writeSnapshot(1, { format: 1 }, {})).toBe(false);
    expect(await store.writeFirstRows(1, {})).toBe(false);
    expect(await store.getUsers(['+48601234567'])).toEqual([undefined]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    // Once the page's Dexie has made it, the same store reads it.
    db = openDb(name);
    const user = {
      phone: '+48601234567',
      name: 'Anna Nowak',
      network: 'employee',
      orgRole: 'member',
      source: 'portal',
      attrs: {},
      createdAt: 1,
      updatedAt: 1,
    } satisfies User;
    await putUsers(db, [toStored(user)]);
    expect((await store.getUsers([user.phone, '+48601234568']))[0]?.phone).toBe(user.phone);
    // It lets go of its connection when the page's Dexie deletes (or upgrades) the database:
    // a delete it held up would never finish.
    await db.delete();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    store.close();
  });
});

describe('sparse admin indexes (version 2 and 3)', () => {
  const user = (phone: string, orgRole: 'admin' | 'member'): User => ({
    phone,
    name: `User ${phone}`,
    network: 'employee',
    orgRole,
    source: 'portal',
    attrs: {},
    createdAt: 1,
    updatedAt: 1,
  });

  test('only admins are in the admin indexes, whichever way a record is written', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await putUsers(db, [toStored(user('+1', 'admin')), toStored(user('+2', 'member'))]);
    await db.users.put(toStored(user('+3', 'admin')));
    await putMemberships(db, [
      { groupId: 'g1', phone: '+1', role: 'admin', addedAt: 1 },
      { groupId: 'g1', phone: '+2', role: 'member', addedAt: 1 },
      { groupId: 'g2', phone: '+2', role: 'admin', addedAt: 1 },
    ]);
    expect((await orgAdmins(db)).map((u) => u.phone).sort()).toEqual(['+1', '+3']);
    expect((await groupAdmins(db, 'g1')).map((m) => m.phone)).toEqual(['+1']);
    expect((await groupAdmins(db, 'g2')).map((m) => m.phone)).toEqual(['+2']);
    // Members carry no index field at all, so IndexedDB keeps no entry for them.
    expect(await db.users.get('+2')).not.toHaveProperty('orgAdmin');
    expect(await db.memberships.get(['g1', '+2'])).not.toHaveProperty('adminOf');
    expect(await db.users.orderBy('orgAdmin').count()).toBe(2);
    expect(await db.memberships.orderBy('adminOf').count()).toBe(2);
  });

  test('a demoted admin leaves the index and a promoted member enters it', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    await putUsers(db, [toStored(user('+1', 'admin')), toStored(user('+2', 'member'))]);
    await putMemberships(db, [{ groupId: 'g1', phone: '+1', role: 'admin', addedAt: 1 }]);
    // Records read back (carrying the field) and written with another role.
    const admin = (await db.users.get('+1'))!;
    await db.users.put({ ...admin, orgRole: 'member' });
    await db.users
      .where('phone')
      .equals('+2')
      .modify((u) => {
        u.orgRole = 'admin';
      });
    const m = (await db.memberships.get(['g1', '+1']))!;
    await putMemberships(db, [{ ...m, role: 'member' }]);
    expect((await orgAdmins(db)).map((u) => u.phone)).toEqual(['+2']);
    expect(await db.users.get('+1')).not.toHaveProperty('orgAdmin');
    expect(await groupAdmins(db, 'g1')).toEqual([]);
  });

  test('upgrading a version 1 database with data keeps every record and fills the admin indexes', async () => {
    const name = `test-${crypto.randomUUID()}`;
    // A database as version 1 made it: the whole-table role indexes, no sparse fields.
    const old = new Dexie(name);
    old.version(1).stores({
      org: 'id',
      users: 'phone, [list+nameKey], deletedAt, orgRole',
      attributes: 'id, order',
      groups: 'id, kind, parentId',
      memberships: '[groupId+phone], phone, [groupId+role]',
      connectors: 'id',
      actions: 'id',
      publications: 'id, groupId',
      messages: '++id, groupId, author',
      responses: '++id, messageId, author',
      jobs: 'id, kind, [kind+createdAt], status',
      jobFiles: 'jobId',
      audit: '++id, at, target, actor',
      prefs: 'key',
      changes: '++id',
      snapshots: 'id',
    });
    const users = Array.from({ length: 50 }, (_, i) =>
      toStored(user(`+48600000${String(i).padStart(3, '0')}`, i % 10 === 0 ? 'admin' : 'member')),
    );
    const memberships = users.map((u, i) => ({
      groupId: `g${i % 5}`,
      phone: u.phone,
      role: i < 5 ? 'admin' : 'member',
      addedAt: 1,
    }));
    await old.table('users').bulkPut(users);
    await old.table('memberships').bulkPut(memberships);
    await old.table('groups').bulkPut([{ id: 'g0', name: 'G', kind: 'organization' }]);
    await old
      .table('jobs')
      .put({ id: 'j1', kind: 'user-import', status: 'completed', createdAt: 1 });
    expect(await old.table('users').where('orgRole').equals('admin').count()).toBe(5);
    old.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.users.count()).toBe(50);
    expect(await db.memberships.count()).toBe(50);
    expect(await db.groups.count()).toBe(1);
    expect(await db.jobs.get('j1')).toMatchObject({ status: 'completed' });
    expect((await orgAdmins(db)).map((u) => u.phone)).toEqual(
      users.filter((u) => u.orgRole === 'admin').map((u) => u.phone),
    );
    for (let g = 0; g < 5; g++)
      expect((await groupAdmins(db, `g${g}`)).map((m) => m.phone)).toEqual([users[g]!.phone]);
    // The records are the old ones apart from the index fields.
    const { orgAdmin: _a, ...first } = (await db.users.get(users[0]!.phone)) as StoredUserWithIndex;
    expect(first).toEqual(users[0]);
    expect(await db.users.get(users[1]!.phone)).toEqual(users[1]);
  });
});

type StoredUserWithIndex = ReturnType<typeof toStored> & { orgAdmin?: number };

describe('the activity log (version 4)', () => {
  test('upgrading a version 3 database builds the log from its messages and responses', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(3).stores({
      org: 'id',
      users: 'phone, [list+nameKey], deletedAt, orgAdmin',
      attributes: 'id, order',
      groups: 'id, kind, parentId',
      memberships: '[groupId+phone], phone, adminOf',
      connectors: 'id',
      actions: 'id',
      publications: 'id, groupId',
      messages: '++id, groupId, author',
      responses: '++id, messageId, author',
      jobs: 'id, kind, [kind+createdAt], status',
      jobFiles: 'jobId',
      audit: '++id, at, target, actor',
      prefs: 'key',
      changes: '++id',
      snapshots: 'id',
    });
    const day = Date.UTC(2024, 4, 1);
    const messages = [
      { id: 1, groupId: 'g', author: '+1', at: day, kind: 'text', text: 'hi' },
      {
        id: 2,
        groupId: 'g',
        author: '+2',
        at: day + 86_400_000,
        kind: 'card',
        text: '',
        actionId: 'kaizala.poll',
        card: { type: 'poll', question: 'Q', options: ['a', 'b'] },
      },
    ];
    const responses = [
      {
        id: 1,
        messageId: 2,
        groupId: 'g',
        author: '+1',
        at: day + 90_000_000,
        response: { type: 'poll', option: 1 },
      },
    ];
    await old.table('messages').bulkPut(messages);
    await old.table('responses').bulkPut(responses);
    old.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.messages.count()).toBe(2);
    expect(await db.activity.toArray()).toEqual(
      buildActivity(messages as Message[], responses as ActionResponse[]),
    );
    expect((await db.activity.toArray()).map((d) => [d.day, d.kind])).toEqual([
      ['2024-05-01', [0]],
      ['2024-05-02', [1, 2]],
    ]);
  });
});

describe('no author indexes (version 5)', () => {
  test('upgrading a version 4 database keeps messages, responses and their log', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(4).stores({
      org: 'id',
      users: 'phone, [list+nameKey], deletedAt, orgAdmin',
      attributes: 'id, order',
      groups: 'id, kind, parentId',
      memberships: '[groupId+phone], phone, adminOf',
      connectors: 'id',
      actions: 'id',
      publications: 'id, groupId',
      messages: '++id, groupId, author',
      responses: '++id, messageId, author',
      jobs: 'id, kind, [kind+createdAt], status',
      jobFiles: 'jobId',
      audit: '++id, at, target, actor',
      prefs: 'key',
      changes: '++id',
      snapshots: 'id',
      activity: 'day',
    });
    const at = Date.UTC(2024, 4, 1);
    const messages = [{ id: 1, groupId: 'g', author: '+1', at, kind: 'text', text: 'hi' }];
    const responses: ActionResponse[] = [];
    await old.table('messages').bulkPut(messages);
    await old.table('activity').bulkPut(buildActivity(messages as Message[], responses));
    old.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.messages.schema.idxByName['author']).toBeUndefined();
    expect(await db.messages.toArray()).toEqual(messages);
    // A purge finds what someone wrote through the log, not an index.
    expect(await contentOf(db, ['+1'])).toEqual({ messages: [1], cards: [], responses: [] });
  });
});

describe('no name index on users (version 6)', () => {
  test('upgrading a version 5 database keeps every user, group, membership and job', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(5).stores({
      org: 'id',
      users: 'phone, [list+nameKey], deletedAt, orgAdmin',
      attributes: 'id, order',
      groups: 'id, kind, parentId',
      memberships: '[groupId+phone], phone, adminOf',
      connectors: 'id',
      actions: 'id',
      publications: 'id, groupId',
      messages: '++id, groupId',
      responses: '++id, messageId',
      jobs: 'id, kind, [kind+createdAt], status',
      jobFiles: 'jobId',
      audit: '++id, at, target, actor',
      prefs: 'key',
      changes: '++id',
      snapshots: 'id',
      activity: 'day',
    });
    const base = {
      name: 'Anna Nowak',
      network: 'employee',
      orgRole: 'member',
      source: 'import',
      attrs: { dept: 'IT' },
      createdAt: 1,
      updatedAt: 1,
    } satisfies Omit<User, 'phone'>;
    const users = [
      toStored({ ...base, phone: '+48601000001', orgRole: 'admin' }),
      toStored({ ...base, phone: '+48601000002', network: 'others' }),
      toStored({ ...base, phone: '+48601000003', deletedAt: 5 }),
    ];
    const admin = { ...users[0]!, orgAdmin: 1 };
    const groups = [{ id: 'g1', name: 'Team', kind: 'group', parentId: undefined }];
    const memberships = [{ groupId: 'g1', phone: '+48601000001', role: 'admin', adminOf: 'g1' }];
    const jobs = [{ id: 'j1', kind: 'import', createdAt: 3, status: 'running', doneRows: 2000 }];
    await old.table('users').bulkPut([admin, ...users.slice(1)]);
    await old.table('groups').bulkPut(groups);
    await old.table('memberships').bulkPut(memberships);
    await old.table('jobs').bulkPut(jobs);
    old.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.users.schema.idxByName['[list+nameKey]']).toBeUndefined();
    expect([...db.backendDB().transaction('users').objectStore('users').indexNames].sort()).toEqual(
      ['deletedAt', 'orgAdmin'],
    );
    expect(await db.users.toArray()).toEqual([admin, ...users.slice(1)]);
    expect((await orgAdmins(db)).map((u) => u.phone)).toEqual(['+48601000001']);
    expect((await deletedUsers(db)).map((u) => u.phone)).toEqual(['+48601000003']);
    expect(await db.groups.toArray()).toEqual(groups);
    expect(await db.memberships.toArray()).toEqual(memberships);
    expect(await db.jobs.toArray()).toEqual(jobs);
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { GROUPS_CACHE, GROUPS_FIRST, openDb, type LabDb } from '../../src/storage/db';
import {
  clearSandbox,
  copyGroups,
  inTransaction,
  listGroups,
  groupsByName,
  listGroupsByName,
  readGroupsFirst,
  writeGroupsFirst,
  putGroups,
} from '../../src/storage/repos';
import { observe } from '../../src/storage/observe';
import type { Group } from '../../src/domain/types';

/**
 * The copy of every group in one record (GROUPS_CACHE): read instead of the table, and never
 * older than the table, whoever writes groups and however.
 */
let db: LabDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const group = (id: string, name: string, parentId?: string): Group => ({
  id,
  name,
  kind: 'organization',
  ...(parentId ? { parentId } : {}),
  createdBy: '+48600000001',
  createdAt: 1,
});

async function fresh(): Promise<LabDb> {
  db = openDb(`test-${crypto.randomUUID()}`);
  await inTransaction(db, () => putGroups(db, [group('g-1', 'North'), group('g-2', 'South')]));
  return db;
}

const names = async () => (await listGroups(db)).map((g) => g.name).sort();
const hasCopy = async () => (await db.snapshots.get(GROUPS_CACHE)) !== undefined;

describe('the groups copy', () => {
  test('is written after a read finds none, and then read instead of the table', async () => {
    await fresh();
    expect(await hasCopy()).toBe(false);
    expect(await names()).toEqual(['North', 'South']);
    // listGroups asked for a copy a second later.
    await new Promise((r) => setTimeout(r, 1300));
    expect(await hasCopy()).toBe(true);
    // Proof it is what is read: a copy edited behind the table's back shows.
    await db.snapshots.put({ id: GROUPS_CACHE, seq: 0, data: [group('g-9', 'Only in copy')] });
    expect(await names()).toEqual(['Only in copy']);
  });

  test('goes with every write to groups, in the same transaction', async () => {
    await fresh();
    const writes: Array<[string, () => Promise<unknown>]> = [
      ['a command', () => inTransaction(db, () => putGroups(db, [group('g-3', 'East')]))],
      [
        'a command scoped to groups only',
        () => inTransaction(db, () => putGroups(db, [group('g-4', 'West')]), ['groups']),
      ],
      ['a write outside any transaction', () => db.groups.put(group('g-5', 'Centre'))],
      ['a delete', () => db.groups.delete('g-5')],
      ['a reset', () => inTransaction(db, () => clearSandbox(db))],
    ];
    for (const [what, write] of writes) {
      await copyGroups(db);
      expect(await hasCopy(), what).toBe(true);
      await write();
      expect(await hasCopy(), what).toBe(false);
      expect(await names(), what).toEqual((await db.groups.toArray()).map((g) => g.name).sort());
    }
  });

  test('a write that fails leaves the copy as it was', async () => {
    await fresh();
    await copyGroups(db);
    await expect(
      inTransaction(db, async () => {
        await putGroups(db, [group('g-3', 'East')]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await hasCopy()).toBe(true);
    expect(await names()).toEqual(['North', 'South']);
  });

  test('a live query reading the copy follows a write to groups', async () => {
    await fresh();
    await copyGroups(db);
    const seen: string[][] = [];
    const stop = observe(
      db,
      async () => (await listGroups(db)).map((g) => g.name).sort(),
      (v) => seen.push(v),
      (e) => {
        throw e;
      },
    );
    try {
      await expect.poll(() => seen.length).toBe(1);
      await inTransaction(db, () => putGroups(db, [group('g-3', 'East')]));
      await expect.poll(() => seen.at(-1)).toEqual(['East', 'North', 'South']);
    } finally {
      stop();
    }
  });

  test('is kept sorted by name, so the Groups page reads it in order without sorting', async () => {
    await fresh();
    await inTransaction(db, () =>
      putGroups(db, [group('g-3', 'team 10'), group('g-4', 'Team 2'), group('g-5', 'Ąnna')]),
    );
    const inOrder = ['Ąnna', 'North', 'South', 'Team 2', 'team 10'];
    // From the table (no copy yet) and from the copy alike.
    expect((await listGroupsByName(db)).map((g) => g.name)).toEqual(inOrder);
    await copyGroups(db);
    expect((await db.snapshots.get(GROUPS_CACHE))?.data).toEqual(await listGroupsByName(db));
    expect((await listGroupsByName(db)).map((g) => g.name)).toEqual(inOrder);
  });

  test('a copy written by an earlier release (in no order) is sorted when read, then replaced', async () => {
    await fresh();
    const old = [group('g-2', 'South'), group('g-1', 'North')];
    await db.snapshots.put({ id: GROUPS_CACHE, seq: 0, data: old });
    expect((await listGroupsByName(db)).map((g) => g.name)).toEqual(['North', 'South']);
    expect(await listGroups(db)).toEqual(old);
    // The read asked for a sorted copy a second later.
    await expect
      .poll(async () => (await db.snapshots.get(GROUPS_CACHE))?.seq, { timeout: 3000 })
      .not.toBe(0);
    expect((await db.snapshots.get(GROUPS_CACHE))?.data).toEqual(await listGroupsByName(db));
  });

  test('first lines are stored only while the copy they were cut from is the stored one', async () => {
    await fresh();
    await copyGroups(db);
    const { stamp } = await groupsByName(db);
    expect(stamp).toEqual(expect.any(String));
    const never = () => false;
    expect(await writeGroupsFirst(db, 'another copy', { lines: 1 }, never)).toBe(false);
    expect(await readGroupsFirst(db)).toBeUndefined();
    expect(await writeGroupsFirst(db, stamp!, { lines: 1 }, never)).toBe(true);
    expect(await readGroupsFirst(db)).toEqual({ lines: 1 });
    // The same lines are not written again.
    expect(await writeGroupsFirst(db, stamp!, { lines: 1 }, () => true)).toBe(false);
    // A group written: the lines go with the copy, and lines cut before cannot come back.
    await inTransaction(db, () => putGroups(db, [group('g-3', 'East')]));
    expect(await readGroupsFirst(db)).toBeUndefined();
    expect(await writeGroupsFirst(db, stamp!, { lines: 1 }, never)).toBe(false);
    await copyGroups(db);
    expect((await groupsByName(db)).stamp).not.toBe(stamp);
    expect(await db.snapshots.get(GROUPS_FIRST)).toBeUndefined();
  });
});

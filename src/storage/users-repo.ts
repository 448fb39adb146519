import Dexie from 'dexie';
import type { LabDb } from './db';
import type { ListCode, StoredUser } from '../domain/users';
import { toStored, stripIndex } from '../domain/users';
import { noteUsersChanged, noteUsersReload } from './repos';

export type SortDir = 'asc' | 'desc';

/**
 * The first rows of a tab in name order, straight from the index: what the directory shows
 * while its in-memory read model is still loading.
 */
export function usersFirstPage(db: LabDb, list: ListCode, limit: number): Promise<StoredUser[]> {
  return db.users
    .where('[list+nameKey]')
    .between([list, Dexie.minKey], [list, Dexie.maxKey], true, true)
    .limit(limit)
    .toArray();
}

/** Users of a tab whose name starts with `prefix` (folded), in name order. */
export function usersByNamePrefix(
  db: LabDb,
  list: ListCode,
  prefix: string,
  limit: number,
): Promise<StoredUser[]> {
  return db.users
    .where('[list+nameKey]')
    .between([list, prefix], [list, `${prefix}\uffff`], true, true)
    .limit(limit)
    .toArray();
}

/**
 * The first `limit` users of a tab, in name order, that `test` accepts. It walks the name
 * index and stops at the limit, so a common search ends early; a rare one reads the tab.
 */
export function usersOfTabWhere(
  db: LabDb,
  list: ListCode,
  test: (user: StoredUser) => boolean,
  limit: number,
): Promise<StoredUser[]> {
  return db.users
    .where('[list+nameKey]')
    .between([list, Dexie.minKey], [list, Dexie.maxKey], true, true)
    .filter(test)
    .limit(limit)
    .toArray();
}

/** Reads every user in primary-key order, `chunk` at a time, for the read model. */
export async function forEachUserChunk(
  db: LabDb,
  chunk: number,
  visit: (users: StoredUser[]) => void | Promise<void>,
): Promise<void> {
  let last: string | undefined;
  for (;;) {
    const rows: StoredUser[] = await (
      last === undefined ? db.users.limit(chunk) : db.users.where(':id').above(last).limit(chunk)
    ).toArray();
    if (rows.length === 0) return;
    await visit(rows);
    last = rows[rows.length - 1]!.phone;
    if (rows.length < chunk) return;
  }
}

/** How many user records are stored (deleted users in their window included). */
export function countRecords(db: LabDb): Promise<number> {
  return db.users.count();
}

/**
 * Users after `after` (a phone; from the start when undefined), in primary-key order, at
 * most `limit`: one chunk of a read that pages through every user in transactions of its own.
 */
export function usersAfter(
  db: LabDb,
  after: string | undefined,
  limit: number,
): Promise<StoredUser[]> {
  return (
    after === undefined ? db.users.limit(limit) : db.users.where(':id').above(after).limit(limit)
  ).toArray();
}

export function getUser(db: LabDb, phone: string): Promise<StoredUser | undefined> {
  return db.users.get(phone);
}

export async function getUsers(
  db: LabDb,
  phones: readonly string[],
): Promise<Array<StoredUser | undefined>> {
  return db.users.bulkGet([...phones]);
}

/** Every stored phone number (deleted users included), read in one request. */
export function allPhones(db: LabDb): Promise<string[]> {
  return db.users.toCollection().primaryKeys();
}

export function putUser(db: LabDb, user: StoredUser): Promise<string> {
  noteUsersChanged([user.phone]);
  return db.users.put(user);
}

export function putUsers(db: LabDb, users: readonly StoredUser[]): Promise<unknown> {
  noteUsersChanged(users.map((u) => u.phone));
  return db.users.bulkPut([...users]);
}

export function deleteUsers(db: LabDb, phones: readonly string[]): Promise<void> {
  noteUsersChanged(phones);
  return db.users.bulkDelete([...phones]);
}

/** Users in the restore window, oldest deletion first. */
export function deletedUsers(db: LabDb): Promise<StoredUser[]> {
  return db.users.where('deletedAt').above(0).toArray();
}

/** Users deleted at or before `cutoff`. */
export function deletedBefore(db: LabDb, cutoff: number): Promise<StoredUser[]> {
  return db.users.where('deletedAt').belowOrEqual(cutoff).toArray();
}

/** How many users were deleted at or before `cutoff`. */
export function countDeletedBefore(db: LabDb, cutoff: number): Promise<number> {
  return db.users.where('deletedAt').belowOrEqual(cutoff).count();
}

export function orgAdmins(db: LabDb): Promise<StoredUser[]> {
  return db.users.where('orgAdmin').equals(1).toArray();
}

/**
 * Drops the values of removed attributes from every user. Runs inside the caller's
 * transaction so removing an attribute is all or nothing.
 */
export async function dropAttributeValues(db: LabDb, removed: readonly string[]): Promise<void> {
  noteUsersReload();
  await db.users.toCollection().modify((stored, ref) => {
    if (!removed.some((id) => id in stored.attrs)) return;
    const user = stripIndex(stored);
    for (const id of removed) delete user.attrs[id];
    ref.value = toStored(user);
  });
}

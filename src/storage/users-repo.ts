import { FIRST_ROWS, type ChangeRecord, type LabDb } from './db';
import type { StoredUser } from '../domain/users';
import { toStored, stripIndex } from '../domain/users';
import { noteUsersChanged, noteUsersReload } from './repos';

export type SortDir = 'asc' | 'desc';

/** The tabs' first rows as the read model last saved them, and the change log written since. */
export interface SavedFirstRows {
  data: unknown;
  /** Log entries after the rows were cut, oldest first. */
  changes: ChangeRecord[];
}

/**
 * Reads the saved first rows (FIRST_ROWS) and the changes since, in one transaction;
 * `undefined` when there are none, when a snapshot has already dropped log entries they
 * would need (a worker saved a snapshot past them), or when the changes since name more than
 * `maxPhones` phones or reload everything: the read model is then nearer than they are, and
 * the log after a big import (a million phones) is not read for nothing.
 */
export function readFirstRows(
  db: LabDb,
  maxPhones = Number.POSITIVE_INFINITY,
): Promise<SavedFirstRows | undefined> {
  return db.transaction('r', db.snapshots, db.changes, async () => {
    const [saved, snapshot] = await db.snapshots.bulkGet([FIRST_ROWS, 'directory-seq']);
    if (!saved || (snapshot && snapshot.seq > saved.seq)) return undefined;
    let phones = 0;
    let over = false;
    const changes = await db.changes
      .where(':id')
      .above(saved.seq)
      .until((c) => {
        phones += c.phones.length;
        over = c.reload || phones > maxPhones;
        return over;
      }, true)
      .toArray();
    return over ? undefined : { data: saved.data, changes };
  });
}

/** Reads every user in primary-key order, `chunk` at a time, each chunk in a transaction of its own. */
export async function forEachUserChunk(
  db: LabDb,
  chunk: number,
  /** Returns 'stop' when it has read enough. */
  visit: (users: StoredUser[]) => void | 'stop' | Promise<void | 'stop'>,
): Promise<void> {
  let last: string | undefined;
  for (;;) {
    const rows: StoredUser[] = await (
      last === undefined ? db.users.limit(chunk) : db.users.where(':id').above(last).limit(chunk)
    ).toArray();
    if (rows.length === 0) return;
    if ((await visit(rows)) === 'stop') return;
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

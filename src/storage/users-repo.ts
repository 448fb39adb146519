import Dexie from 'dexie';
import type { LabDb } from './db';
import type { Attribute, SortKey } from '../domain/types';
import type { ListCode, SearchQuery, StoredUser } from '../domain/users';
import { nameMatches, toStored, stripIndex } from '../domain/users';

export type SortDir = 'asc' | 'desc';

/** The index range that lists one directory tab in the order of `sort`. */
function ordered(db: LabDb, list: ListCode, sort: SortKey) {
  if (sort.startsWith('attr:')) {
    const id = sort.slice(5);
    return db.users.where('attrSort').between([id, list, Dexie.minKey], [id, list, Dexie.maxKey], true, true);
  }
  const field = sort === 'name' ? 'nameKey' : sort;
  return db.users.where(`[list+${field}]`).between([list, Dexie.minKey], [list, Dexie.maxKey], true, true);
}

/** One page of a directory tab, sorted by one column. */
export async function usersPage(
  db: LabDb,
  list: ListCode,
  sort: SortKey,
  dir: SortDir,
  offset: number,
  limit: number,
): Promise<StoredUser[]> {
  const range = ordered(db, list, sort);
  return (dir === 'desc' ? range.reverse() : range).offset(offset).limit(limit).toArray();
}

/** Number of users in a directory tab. */
export function usersCount(db: LabDb, list: ListCode): Promise<number> {
  return db.users.where('[list+phone]').between([list, Dexie.minKey], [list, Dexie.maxKey], true, true).count();
}

/**
 * Users of one tab matching a search, at most `limit`. Phone digits match anywhere in the
 * number (every suffix of the digits is indexed); name words match by prefix.
 */
export async function usersSearch(db: LabDb, list: ListCode, query: SearchQuery, limit: number): Promise<StoredUser[]> {
  if (query.kind === 'none') return [];
  if (query.kind === 'phone') {
    return db.users.where('search').startsWith(`${list}#${query.digits}`).distinct().limit(limit).toArray();
  }
  const [first, ...rest] = query.words as [string, ...string[]];
  const coll = db.users.where('search').startsWith(`${list}:${first}`).distinct();
  return (rest.length === 0 ? coll : coll.filter((u) => nameMatches(u.name, query.words))).limit(limit).toArray();
}

export function getUser(db: LabDb, phone: string): Promise<StoredUser | undefined> {
  return db.users.get(phone);
}

export async function getUsers(db: LabDb, phones: readonly string[]): Promise<Array<StoredUser | undefined>> {
  return db.users.bulkGet([...phones]);
}

export function putUser(db: LabDb, user: StoredUser): Promise<string> {
  return db.users.put(user);
}

export function putUsers(db: LabDb, users: readonly StoredUser[]): Promise<unknown> {
  return db.users.bulkPut([...users]);
}

export function deleteUsers(db: LabDb, phones: readonly string[]): Promise<void> {
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

export function orgAdmins(db: LabDb): Promise<StoredUser[]> {
  return db.users.where('orgRole').equals('admin').toArray();
}

/**
 * Recomputes every user's index fields for a new attribute set, dropping values of removed
 * attributes. Runs inside the caller's transaction so an attribute change is all or nothing.
 */
export async function reindexUsers(db: LabDb, attributes: readonly Attribute[]): Promise<void> {
  const keep = new Set(attributes.map((a) => a.id));
  await db.users.toCollection().modify((stored, ref) => {
    const user = stripIndex(stored);
    for (const id of Object.keys(user.attrs)) if (!keep.has(id)) delete user.attrs[id];
    ref.value = toStored(user, attributes);
  });
}

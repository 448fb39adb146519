import Dexie from 'dexie';
import { GROUPS_CACHE, GROUPS_FIRST, type LabDb, type LabTables, type Pref } from './db';
import { announceUsersChange } from './users-changes';
import type { Attribute, AuditEvent, Group, Membership, Organization } from '../domain/types';
import { sortedByName } from '../domain/groups';

export function getOrg(db: LabDb): Promise<Organization | undefined> {
  return db.org.get('org');
}

export function putOrg(db: LabDb, org: Organization): Promise<unknown> {
  return db.org.put(org);
}

export function listAttributes(db: LabDb): Promise<Attribute[]> {
  return db.attributes.orderBy('order').toArray();
}

export async function replaceAttributes(
  db: LabDb,
  attributes: readonly Attribute[],
): Promise<void> {
  await db.attributes.clear();
  await db.attributes.bulkPut([...attributes]);
}

export function membershipsOf(db: LabDb, phone: string): Promise<Membership[]> {
  return db.memberships.where('phone').equals(phone).toArray();
}

export function membershipsOfGroup(db: LabDb, groupId: string): Promise<Membership[]> {
  return db.memberships
    .where('[groupId+phone]')
    .between([groupId, Dexie.minKey], [groupId, Dexie.maxKey])
    .toArray();
}

/** The admins of a group (their memberships). */
export function groupAdmins(db: LabDb, groupId: string): Promise<Membership[]> {
  return db.memberships.where('adminOf').equals(groupId).toArray();
}

export function putMemberships(db: LabDb, rows: readonly Membership[]): Promise<unknown> {
  return db.memberships.bulkPut([...rows]);
}

export function deleteMemberships(db: LabDb, keys: ReadonlyArray<[string, string]>): Promise<void> {
  return db.memberships.bulkDelete([...keys]);
}

export function getGroups(db: LabDb, ids: readonly string[]): Promise<Array<Group | undefined>> {
  return db.groups.bulkGet([...ids]);
}

/**
 * `seq` of a groups copy sorted by name (`sortedByName`). A copy without it (written by an
 * earlier release) is read as a copy in no order. Raise it if the order of names changes.
 */
const GROUPS_COPY_BY_NAME = 1;

/**
 * Every group and whether they come sorted by name: from their copy in one record when there
 * is one (see `GROUPS_CACHE`), else from the table, and then a new copy is written.
 */
function readGroups(
  db: LabDb,
): Promise<{ groups: Group[]; byName: boolean; stamp?: string | undefined }> {
  const tx = Dexie.currentTransaction;
  // A write transaction without the copy in its scope reads the table itself.
  if (tx && !tx.storeNames.includes('snapshots'))
    return db.groups.toArray().then((groups) => ({ groups, byName: false }));
  const read = async () => {
    const copy = await db.snapshots.get(GROUPS_CACHE);
    const byName = copy?.seq === GROUPS_COPY_BY_NAME;
    // A copy of an earlier release is read, and replaced by a sorted one.
    if (!byName) copyGroupsSoon(db);
    if (copy) return { groups: copy.data as Group[], byName, stamp: copy.stamp };
    return { groups: await db.groups.toArray(), byName };
  };
  return tx ? read() : db.transaction('r', db.groups, db.snapshots, read);
}

/** Every group, organization and private, in no particular order (see `readGroups`). */
export async function listGroups(db: LabDb): Promise<Group[]> {
  return (await readGroups(db)).groups;
}

/**
 * Every group sorted by name, as `sortedByName` sorts them. The copy is kept sorted, so the
 * Groups page does not sort 10,000 groups each time it opens.
 */
export async function listGroupsByName(db: LabDb): Promise<Group[]> {
  return (await groupsByName(db)).groups;
}

/** `listGroupsByName`, and the stamp of the copy they came from (none: from the table). */
export async function groupsByName(
  db: LabDb,
): Promise<{ groups: Group[]; stamp: string | undefined }> {
  const { groups, byName, stamp } = await readGroups(db);
  return { groups: byName ? groups : sortedByName(groups), stamp: byName ? stamp : undefined };
}

/** The Groups page's first lines as last stored (see `GROUPS_FIRST`), or undefined. */
export async function readGroupsFirst(db: LabDb): Promise<unknown> {
  return (await db.snapshots.get(GROUPS_FIRST))?.data;
}

/**
 * Stores the Groups page's first lines, cut from the groups copy `stamp`, unless `same`
 * says the stored ones are already these, or the copy is no longer the stored one (a group
 * was written meanwhile: the lines may be out of date).
 */
export function writeGroupsFirst(
  db: LabDb,
  stamp: string,
  data: unknown,
  same: (stored: unknown) => boolean,
): Promise<boolean> {
  return db.transaction('rw', db.snapshots, async () => {
    const stored = await db.snapshots.get(GROUPS_FIRST);
    if (stored && same(stored.data)) return false;
    if ((await db.snapshots.get(GROUPS_CACHE))?.stamp !== stamp) return false;
    await db.snapshots.put({ id: GROUPS_FIRST, seq: 0, data });
    return true;
  });
}

const pendingCopies = new WeakSet<LabDb>();

/** Writes the copy of every group `listGroups` reads (sorted by name), unless there is one. */
export function copyGroups(db: LabDb): Promise<void> {
  return db.transaction('rw', db.groups, db.snapshots, async () => {
    const copy = await db.snapshots.get(GROUPS_CACHE);
    if (copy?.seq === GROUPS_COPY_BY_NAME && copy.stamp !== undefined) return;
    const data = sortedByName(await db.groups.toArray());
    const stamp = crypto.randomUUID();
    await db.snapshots.put({ id: GROUPS_CACHE, seq: GROUPS_COPY_BY_NAME, data, stamp });
  });
}

/**
 * Writes the groups copy a second from now, unless one is pending: while an upload commits
 * batch after batch, the table is read once per second at most for it. A copy is only a
 * cache: a failure (the database closed meanwhile) leaves the table to be read next time.
 */
function copyGroupsSoon(db: LabDb): void {
  if (pendingCopies.has(db)) return;
  pendingCopies.add(db);
  const timer = Dexie.ignoreTransaction(() =>
    setTimeout(() => {
      pendingCopies.delete(db);
      copyGroups(db).catch(() => undefined);
    }, 1000),
  );
  // In Node (unit tests) the timer must not keep the process alive.
  (timer as { unref?: () => void }).unref?.();
}

/** How many groups there are; read live, it says when any group changes, at little cost. */
export function countGroups(db: LabDb): Promise<number> {
  return db.groups.count();
}

export function putGroups(db: LabDb, groups: readonly Group[]): Promise<unknown> {
  return db.groups.bulkPut([...groups]);
}

export function addAudit(db: LabDb, event: AuditEvent): Promise<unknown> {
  return db.audit.add(event);
}

export function addAuditMany(db: LabDb, events: readonly AuditEvent[]): Promise<unknown> {
  return db.audit.bulkAdd([...events]);
}

/** Newest audit events about one target. */
export function auditFor(db: LabDb, target: string, limit = 50): Promise<AuditEvent[]> {
  return db.audit.where('target').equals(target).reverse().limit(limit).toArray();
}

export async function getPref<T>(db: LabDb, key: string): Promise<T | undefined> {
  return (await db.prefs.get(key))?.value as T | undefined;
}

export function setPref(db: LabDb, key: string, value: unknown): Promise<unknown> {
  return db.prefs.put({ key, value } satisfies Pref);
}

/** Past this many phones a change notice asks for a reload instead of listing them. */
const MAX_LISTED = 20_000;

interface Collector {
  phones: Set<string>;
  reload: boolean;
  more: boolean;
}

function collector(): Collector | undefined {
  return (Dexie.currentTransaction as unknown as { klChanges?: Collector } | null)?.klChanges;
}

/** Records that users changed in the current transaction; announced after it commits. */
export function noteUsersChanged(phones: Iterable<string>): void {
  const c = collector();
  if (!c || c.reload) return;
  for (const p of phones) c.phones.add(p);
  if (c.phones.size > MAX_LISTED) c.reload = true;
}

export function noteUsersReload(): void {
  const c = collector();
  if (c) c.reload = true;
}

/** Says the current transaction's users changes are one batch of several (`UsersChange.more`). */
export function noteMoreComing(): void {
  const c = collector();
  if (c) c.more = true;
}

/**
 * Runs `fn` in one read-write transaction over every table (or only `tables`, plus the change
 * log): all of it happens or none.
 * After the commit, the users it changed are announced (see `onUsersChanged`).
 */
export async function inTransaction<T>(
  db: LabDb,
  fn: () => Promise<T>,
  tables: ReadonlyArray<keyof LabTables> | undefined = undefined,
): Promise<T> {
  const changes: Collector = { phones: new Set(), reload: false, more: false };
  // A narrower scope lets other tabs read the tables it does not write meanwhile.
  const scope = tables
    ? [...new Set([...tables, 'changes' as const])].map((t) => db[t])
    : db.tables;
  const result = await db.transaction('rw', scope, async (tx) => {
    (tx as unknown as { klChanges: Collector }).klChanges = changes;
    const out = await fn();
    // The change log is written with the change itself, so no reader can miss it.
    if (changes.reload || changes.phones.size > 0) {
      await db.changes.add({
        phones: changes.reload ? [] : [...changes.phones],
        reload: changes.reload,
      });
    }
    return out;
  });
  if (changes.reload || changes.phones.size > 0)
    announceUsersChange({
      phones: changes.reload ? [] : [...changes.phones],
      reload: changes.reload,
      ...(changes.more ? { more: true } : {}),
    });
  return result;
}

/** Empties every table except per-browser preferences that should survive a reset. */
export async function clearSandbox(db: LabDb, keepPrefs: readonly string[] = []): Promise<void> {
  noteUsersReload();
  const kept = await db.prefs.bulkGet([...keepPrefs]);
  // The change log keeps counting up, so a reader never mistakes new changes for old ones.
  await Promise.all(db.tables.filter((t) => t.name !== 'changes').map((t) => t.clear()));
  await db.prefs.bulkPut(kept.filter((p): p is Pref => p !== undefined));
}

import Dexie from 'dexie';
import type { LabDb, Pref } from './db';
import type { Attribute, AuditEvent, Group, Membership, Organization } from '../domain/types';

export function getOrg(db: LabDb): Promise<Organization | undefined> {
  return db.org.get('org');
}

export function putOrg(db: LabDb, org: Organization): Promise<unknown> {
  return db.org.put(org);
}

export function listAttributes(db: LabDb): Promise<Attribute[]> {
  return db.attributes.orderBy('order').toArray();
}

export async function replaceAttributes(db: LabDb, attributes: readonly Attribute[]): Promise<void> {
  await db.attributes.clear();
  await db.attributes.bulkPut([...attributes]);
}

export function membershipsOf(db: LabDb, phone: string): Promise<Membership[]> {
  return db.memberships.where('phone').equals(phone).toArray();
}

export function membershipsOfGroup(db: LabDb, groupId: string): Promise<Membership[]> {
  return db.memberships.where('[groupId+phone]').between([groupId, Dexie.minKey], [groupId, Dexie.maxKey]).toArray();
}

export function groupAdminsCount(db: LabDb, groupId: string): Promise<number> {
  return db.memberships.where('[groupId+role]').equals([groupId, 'admin']).count();
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

/** Runs `fn` in one read-write transaction over every table: all of it happens or none. */
export function inTransaction<T>(db: LabDb, fn: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.tables, fn);
}

/** Empties every table except per-browser preferences that should survive a reset. */
export async function clearSandbox(db: LabDb, keepPrefs: readonly string[] = []): Promise<void> {
  const kept = await db.prefs.bulkGet([...keepPrefs]);
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.prefs.bulkPut(kept.filter((p): p is Pref => p !== undefined));
}

/**
 * Re-runs `query` whenever the data it read changes — in this tab or another — and hands
 * the result to `onValue`. Returns the unsubscribe function.
 */
export function observe<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): () => void {
  const sub = Dexie.liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => sub.unsubscribe();
}

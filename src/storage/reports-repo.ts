import Dexie from 'dexie';
import type { AuditEvent } from '../domain/types';
import type { LabDb } from './db';

/** What reports read besides the activity log: member counts and the audit log. */

/** Scopes at most this large count their members group by group; larger ones read every key. */
const FEW_GROUPS = 100;

/**
 * The members of `groupIds`: how many each group has, and who they are. Only membership keys
 * are read (`[groupId, phone]`), never the records.
 */
export async function membersOf(
  db: LabDb,
  groupIds: ReadonlySet<string>,
): Promise<{ counts: Map<string, number>; phones: Set<string> }> {
  const counts = new Map<string, number>();
  const phones = new Set<string>();
  const add = (keys: ReadonlyArray<[string, string]>) => {
    for (const [groupId, phone] of keys) {
      if (!groupIds.has(groupId)) continue;
      counts.set(groupId, (counts.get(groupId) ?? 0) + 1);
      phones.add(phone);
    }
  };
  if (groupIds.size <= FEW_GROUPS) {
    for (const id of groupIds)
      add(
        await db.memberships
          .where('[groupId+phone]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .primaryKeys(),
      );
  } else add(await db.memberships.toCollection().primaryKeys());
  return { counts, phones };
}

/** The ids of every organization group, read from the kind index (no group record read). */
export async function organizationGroupIds(db: LabDb): Promise<string[]> {
  return (await db.groups.where('kind').equals('organization').primaryKeys()) as string[];
}

/** Users in the directory (deleted ones inside their window included). */
export function userCount(db: LabDb): Promise<number> {
  return db.users.count();
}

/** Which audit events a page shows. Times are milliseconds, both ends included. */
export interface AuditQuery {
  actor?: string | undefined;
  target?: string | undefined;
  /** An action code's first part (`user`, `group`…). */
  kind?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /**
   * Only events about these groups (a group admin's): the group itself, or a change that
   * names it (a member added or made through it, a sub-group linked). All events when absent.
   */
  targets?: ReadonlySet<string> | undefined;
}

/**
 * A page of the audit log, newest first, and how many events match in all. The most
 * selective index serves the query (actor, target or time); the rest is filtered.
 */
export async function auditPage(
  db: LabDb,
  q: AuditQuery,
  offset: number,
  limit: number,
): Promise<{ events: AuditEvent[]; total: number }> {
  const from = q.from ?? -Infinity;
  const to = q.to ?? Infinity;
  const matches = (e: AuditEvent) =>
    (!q.actor || e.actor === q.actor) &&
    (!q.target || e.target === q.target) &&
    (!q.kind || e.action.startsWith(`${q.kind}.`)) &&
    e.at >= from &&
    e.at <= to &&
    (!q.targets ||
      q.targets.has(e.target) ||
      [e.details?.['groupId'], e.details?.['parentId'], e.details?.['via']].some(
        (id) => typeof id === 'string' && q.targets!.has(id),
      ));
  if (!q.actor && !q.target && !q.targets) {
    // The whole log or a period of it: the time index gives the page newest first, reading
    // only its rows. Without a kind the rest is counted without reading it: the whole log by
    // the table (several times faster than by its time index), a period by the index.
    const span = db.audit.where('at').between(from, to, true, true);
    const events = q.kind ? span.filter(matches) : span;
    const whole = !q.kind && q.from === undefined && q.to === undefined;
    const [page, total] = await Promise.all([
      events.clone().reverse().offset(offset).limit(limit).toArray(),
      whole ? db.audit.count() : events.count(),
    ]);
    return { events: page, total };
  }
  const base = q.actor
    ? db.audit.where('actor').equals(q.actor)
    : q.target
      ? db.audit.where('target').equals(q.target)
      : db.audit.where('at').between(from, to, true, true);
  const all = (await base.filter(matches).toArray()).sort(
    (a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0),
  );
  return { events: all.slice(offset, offset + limit), total: all.length };
}

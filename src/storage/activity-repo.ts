import {
  addEvents,
  dayOf,
  removeEvents,
  type ActivityDay,
  type ActivityEvent,
  type ActivityKind,
} from '../domain/activity';
import type { LabDb } from './db';

/**
 * The reports' activity log (src/domain/activity.ts), kept by the catalog repository in the
 * transaction that writes the messages and responses it is made of.
 */

/** Appends events to their days. */
export async function noteActivity(db: LabDb, events: readonly ActivityEvent[]): Promise<void> {
  if (events.length === 0) return;
  const keys = [...new Set(events.map((e) => dayOf(e.at)))];
  const days = new Map<string, ActivityDay>();
  for (const d of await db.activity.bulkGet(keys)) if (d) days.set(d.day, d);
  addEvents(days, events);
  await db.activity.bulkPut([...days.values()]);
}

/** Removes the events of these messages or responses (`kind`, `ref`) from their days. */
export async function forgetActivity(
  db: LabDb,
  gone: ReadonlyArray<{ at: number; kind: ActivityKind; ref: number }>,
): Promise<void> {
  if (gone.length === 0) return;
  const byDay = new Map<string, Set<string>>();
  for (const g of gone) {
    const key = dayOf(g.at);
    if (!byDay.has(key)) byDay.set(key, new Set());
    byDay.get(key)!.add(`${g.kind}:${g.ref}`);
  }
  const days = (await db.activity.bulkGet([...byDay.keys()])).filter(
    (d): d is ActivityDay => d !== undefined,
  );
  for (const d of days) {
    const refs = byDay.get(d.day)!;
    removeEvents(d, (kind, ref) => refs.has(`${kind}:${ref}`));
  }
  await db.activity.bulkPut(days);
}

/** Replaces the whole log (the demo, a restore). */
export async function replaceActivity(db: LabDb, days: readonly ActivityDay[]): Promise<void> {
  await db.activity.clear();
  await db.activity.bulkPut([...days]);
}

/** The days from `from` to `to` (`YYYY-MM-DD`, both included). */
export function activityBetween(db: LabDb, from: string, to: string): Promise<ActivityDay[]> {
  return db.activity.where(':id').between(from, to, true, true).toArray();
}

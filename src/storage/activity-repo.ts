import {
  ActivityKind,
  addEvents,
  dayOf,
  removeEvents,
  type ActivityDay,
  type ActivityEvent,
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

/** Which event: its kind and ref, and for a Like whose it is (one message has many). */
const eventKey = (kind: ActivityKind, ref: number, phone: string) =>
  kind === ActivityKind.reaction ? `${kind}:${ref}:${phone}` : `${kind}:${ref}`;

/** Removes the events of these messages, responses or Likes from their days. */
export async function forgetActivity(
  db: LabDb,
  gone: ReadonlyArray<Pick<ActivityEvent, 'at' | 'kind' | 'ref' | 'phone'>>,
): Promise<void> {
  if (gone.length === 0) return;
  const byDay = new Map<string, Set<string>>();
  for (const g of gone) {
    const key = dayOf(g.at);
    if (!byDay.has(key)) byDay.set(key, new Set());
    byDay.get(key)!.add(eventKey(g.kind, g.ref, g.phone));
  }
  const days = (await db.activity.bulkGet([...byDay.keys()])).filter(
    (d): d is ActivityDay => d !== undefined,
  );
  for (const d of days) {
    const refs = byDay.get(d.day)!;
    removeEvents(d, (kind, ref, i) => refs.has(eventKey(kind, ref, d.phone[i]!)));
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

/**
 * The ids of the messages (text and cards) and responses `phones` wrote, found in the log
 * (every day of it): what a purge removes, and whose cards' responses a report hides.
 */
export async function contentOf(
  db: LabDb,
  phones: readonly string[],
): Promise<{ messages: number[]; cards: number[]; responses: number[] }> {
  const out = { messages: [] as number[], cards: [] as number[], responses: [] as number[] };
  if (phones.length === 0) return out;
  const who = new Set(phones);
  await db.activity.each((d) => {
    for (let i = 0; i < d.kind.length; i++) {
      if (!who.has(d.phone[i]!)) continue;
      const kind = d.kind[i]!;
      if (kind === ActivityKind.response) out.responses.push(d.ref[i]!);
      else if (kind !== ActivityKind.reaction) {
        out.messages.push(d.ref[i]!);
        if (kind === ActivityKind.action) out.cards.push(d.ref[i]!);
      }
    }
  });
  return out;
}

import type { ActionResponse, Message } from './types';

/**
 * The activity log the reports read (SPEC §8): every message, Action sent and response,
 * kept per day (UTC) as columns. It is derived from the messages and responses — written
 * with them in the same transaction, rebuilt from them by a restore — so a report over a
 * month reads 31 small records instead of every message and response of that month.
 * Pure: storage keeps the days, reports read them.
 */

/** What happened: a text message, an Action card sent, a response to a card, a Like. */
export const ActivityKind = { message: 0, action: 1, response: 2, reaction: 3 } as const;
export type ActivityKind = (typeof ActivityKind)[keyof typeof ActivityKind];

/** One event of the log. */
export interface ActivityEvent {
  at: number;
  kind: ActivityKind;
  /** The message's id (message, action, reaction) or the response's id (response). */
  ref: number;
  /** The card's message id (action, response, a Like of a card); 0 otherwise. */
  card: number;
  groupId: string;
  phone: string;
  /** The Action's id (action, response); '' for a text message. */
  actionId: string;
}

/** One UTC day of events, as parallel columns (one index per event). */
export interface ActivityDay {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  at: number[];
  kind: ActivityKind[];
  ref: number[];
  card: number[];
  groupId: string[];
  phone: string[];
  actionId: string[];
}

/** The UTC day of a time, as the log keys it. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

export function emptyDay(day: string): ActivityDay {
  return { day, at: [], kind: [], ref: [], card: [], groupId: [], phone: [], actionId: [] };
}

/** The event of a message: a text message or an Action card sent. */
export function messageEvent(m: Message): ActivityEvent {
  const card = m.kind === 'card';
  return {
    at: m.at,
    kind: card ? ActivityKind.action : ActivityKind.message,
    ref: m.id!,
    card: card ? m.id! : 0,
    groupId: m.groupId,
    phone: m.author,
    actionId: card ? (m.actionId ?? '') : '',
  };
}

/** The event of a response to `card` (the message it answers). */
export function responseEvent(r: ActionResponse, card: Pick<Message, 'actionId'>): ActivityEvent {
  return {
    at: r.at,
    kind: ActivityKind.response,
    ref: r.id!,
    card: r.messageId,
    groupId: r.groupId,
    phone: r.author,
    actionId: card.actionId ?? '',
  };
}

/** The events of a message's Likes (each by its giver, at its time). */
export function reactionEvents(m: Message): ActivityEvent[] {
  const card = m.kind === 'card';
  return (m.reactions ?? []).map((r) => ({
    at: r.at,
    kind: ActivityKind.reaction,
    ref: m.id!,
    card: card ? m.id! : 0,
    groupId: m.groupId,
    phone: r.phone,
    actionId: card ? (m.actionId ?? '') : '',
  }));
}

/** Appends `events` to `days` (by their day), creating the days that are missing. */
export function addEvents(days: Map<string, ActivityDay>, events: Iterable<ActivityEvent>): void {
  for (const e of events) {
    const key = dayOf(e.at);
    let d = days.get(key);
    if (!d) days.set(key, (d = emptyDay(key)));
    d.at.push(e.at);
    d.kind.push(e.kind);
    d.ref.push(e.ref);
    d.card.push(e.card);
    d.groupId.push(e.groupId);
    d.phone.push(e.phone);
    d.actionId.push(e.actionId);
  }
}

/** Removes from `day` the events for which `drop(kind, ref, index)` holds. */
export function removeEvents(
  day: ActivityDay,
  drop: (kind: ActivityKind, ref: number, i: number) => boolean,
): void {
  const keep: number[] = [];
  for (let i = 0; i < day.kind.length; i++) if (!drop(day.kind[i]!, day.ref[i]!, i)) keep.push(i);
  if (keep.length === day.kind.length) return;
  for (const column of ['at', 'kind', 'ref', 'card', 'groupId', 'phone', 'actionId'] as const) {
    const values = day[column] as unknown[];
    (day as unknown as Record<string, unknown[]>)[column] = keep.map((i) => values[i]);
  }
}

/** The whole log of these messages and responses (a restore, the demo, an upgrade). */
export function buildActivity(
  messages: readonly Message[],
  responses: readonly ActionResponse[],
): ActivityDay[] {
  const days = new Map<string, ActivityDay>();
  const cards = new Map<number, Message>();
  for (const m of messages) if (m.kind === 'card') cards.set(m.id!, m);
  addEvents(
    days,
    messages.flatMap((m) => [messageEvent(m), ...reactionEvents(m)]),
  );
  addEvents(
    days,
    responses.map((r) => responseEvent(r, cards.get(r.messageId) ?? {})),
  );
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Each event of `days`, in order (for tests and reports that need the rows). */
export function* eventsOf(days: Iterable<ActivityDay>): Generator<ActivityEvent> {
  for (const d of days)
    for (let i = 0; i < d.kind.length; i++)
      yield {
        at: d.at[i]!,
        kind: d.kind[i]!,
        ref: d.ref[i]!,
        card: d.card[i]!,
        groupId: d.groupId[i]!,
        phone: d.phone[i]!,
        actionId: d.actionId[i]!,
      };
}

import type { LabDb } from './db';
import { BUILTIN_ACTIONS, allActions } from '../domain/catalog';
import type {
  ActionResponse,
  Connector,
  Message,
  OrgAction,
  Publication,
  Reaction,
} from '../domain/types';
import {
  ActivityKind,
  buildActivity,
  messageEvent,
  reactionEvents,
  responseEvent,
} from '../domain/activity';
import { contentOf, forgetActivity, noteActivity, replaceActivity } from './activity-repo';

/** Storage of connectors, Actions, publications, messages and responses (SPEC §8). */

export function listConnectors(db: LabDb): Promise<Connector[]> {
  return db.connectors.toArray();
}

export function getConnector(db: LabDb, id: string): Promise<Connector | undefined> {
  return db.connectors.get(id);
}

export function putConnectors(db: LabDb, rows: readonly Connector[]): Promise<unknown> {
  return db.connectors.bulkPut([...rows]);
}

/** Every Action of the organization: the built-in catalog, then the custom ones by name. */
export async function listActions(db: LabDb): Promise<OrgAction[]> {
  return allActions(await db.actions.toArray());
}

/** A built-in or custom Action by id. */
export async function getAction(db: LabDb, id: string): Promise<OrgAction | undefined> {
  return BUILTIN_ACTIONS.find((a) => a.id === id) ?? (await db.actions.get(id));
}

export function putActions(db: LabDb, rows: readonly OrgAction[]): Promise<unknown> {
  return db.actions.bulkPut([...rows]);
}

export function deleteAction(db: LabDb, id: string): Promise<void> {
  return db.actions.delete(id);
}

export function listPublications(db: LabDb): Promise<Publication[]> {
  return db.publications.toArray();
}

export function publicationsOfGroup(db: LabDb, groupId: string): Promise<Publication[]> {
  return db.publications.where('groupId').equals(groupId).toArray();
}

export function getPublication(db: LabDb, id: string): Promise<Publication | undefined> {
  return db.publications.get(id);
}

export function putPublications(db: LabDb, rows: readonly Publication[]): Promise<unknown> {
  return db.publications.bulkPut([...rows]);
}

export function deletePublications(db: LabDb, ids: readonly string[]): Promise<void> {
  return db.publications.bulkDelete([...ids]);
}

/** Adds a message (and its event to the activity log) and returns its id. */
export async function addMessage(db: LabDb, message: Message): Promise<number> {
  const id = (await db.messages.add(message)) as number;
  await noteActivity(db, [messageEvent({ ...message, id })]);
  return id;
}

/**
 * Replaces every message and response with conversations that carry their own ids (the
 * demo), and the activity log with theirs.
 */
export async function replaceConversations(
  db: LabDb,
  messages: readonly Message[],
  responses: readonly ActionResponse[],
): Promise<void> {
  await db.messages.clear();
  await db.responses.clear();
  await db.messages.bulkPut([...messages]);
  await db.responses.bulkPut([...responses]);
  await replaceActivity(db, buildActivity(messages, responses));
}

export function getMessages(
  db: LabDb,
  ids: readonly number[],
): Promise<Array<Message | undefined>> {
  return db.messages.bulkGet([...ids]);
}

export function getMessage(db: LabDb, id: number): Promise<Message | undefined> {
  return db.messages.get(id);
}

/** The newest `limit` messages of a group, oldest first. */
export async function recentMessages(
  db: LabDb,
  groupId: string,
  limit: number,
): Promise<Message[]> {
  // Within one groupId the index orders by primary key, i.e. by the order messages were sent.
  const rows = await db.messages.where('groupId').equals(groupId).reverse().limit(limit).toArray();
  return rows.reverse();
}

/** The responses to the given messages. */
export function responsesTo(db: LabDb, messageIds: readonly number[]): Promise<ActionResponse[]> {
  if (messageIds.length === 0) return Promise.resolve([]);
  return db.responses
    .where('messageId')
    .anyOf([...messageIds])
    .toArray();
}

/** Every response `author` gave to one message (one, as commands keep it). */
export function responsesOf(
  db: LabDb,
  messageId: number,
  author: string,
): Promise<ActionResponse[]> {
  return db.responses
    .where('messageId')
    .equals(messageId)
    .filter((r) => r.author === author)
    .toArray();
}

/**
 * Stores a message's Likes as `reactions`, and the activity log with them: a Like given
 * adds its event, one taken back removes it.
 */
export async function setReactions(
  db: LabDb,
  message: Message,
  reactions: readonly Reaction[],
): Promise<void> {
  const before = reactionEvents(message);
  const next: Message = { ...message };
  if (reactions.length > 0) next.reactions = [...reactions];
  else delete next.reactions;
  const after = reactionEvents(next);
  const key = (e: { phone: string; at: number }) => `${e.phone}@${e.at}`;
  const kept = new Set(after.map(key));
  const had = new Set(before.map(key));
  await db.messages.put(next);
  await forgetActivity(
    db,
    before.filter((e) => !kept.has(key(e))),
  );
  await noteActivity(
    db,
    after.filter((e) => !had.has(key(e))),
  );
}

/** Adds a response to `card` (and its event to the activity log); returns its id. */
export async function addResponse(
  db: LabDb,
  response: ActionResponse,
  card: Pick<Message, 'actionId'>,
): Promise<number> {
  const id = (await db.responses.add(response)) as number;
  await noteActivity(db, [responseEvent({ ...response, id }, card)]);
  return id;
}

/** Deletes responses, and their events from the activity log. */
export async function deleteResponses(db: LabDb, rows: readonly ActionResponse[]): Promise<void> {
  await db.responses.bulkDelete(rows.map((r) => r.id!));
  await forgetActivity(
    db,
    rows.map((r) => ({ at: r.at, kind: ActivityKind.response, ref: r.id!, phone: r.author })),
  );
}

/**
 * Removes for good what `phones` wrote in `groupIds` (messages, and responses to any message),
 * plus every response to their removed cards. For purging deleted users after their
 * restore window; a deletion inside the window only hides content (see catalog queries).
 */
export async function deleteContentOf(
  db: LabDb,
  phones: readonly string[],
  groupIds: ReadonlySet<string>,
): Promise<{ messages: number; responses: number }> {
  // The activity log names who wrote what: no index by author is kept for this rare purge.
  const wrote = await contentOf(db, phones);
  const messages = (await db.messages.bulkGet(wrote.messages)).filter(
    (m): m is Message => m !== undefined && groupIds.has(m.groupId),
  );
  const messageIds = messages.map((m) => m.id!);
  const own = (await db.responses.bulkGet(wrote.responses)).filter(
    (r): r is ActionResponse => r !== undefined && groupIds.has(r.groupId),
  );
  const toCards = await responsesTo(db, messageIds);
  const responses = [...new Map([...own, ...toCards].map((r) => [r.id!, r])).values()];
  await db.messages.bulkDelete(messageIds);
  await forgetActivity(
    db,
    messages.flatMap((m) => [messageEvent(m), ...reactionEvents(m)]),
  );
  await deleteResponses(db, responses);
  // Their Likes on messages that stay go too.
  const who = new Set(phones);
  const liked = await db.messages
    .filter((m) => groupIds.has(m.groupId) && (m.reactions ?? []).some((r) => who.has(r.phone)))
    .toArray();
  for (const m of liked)
    await setReactions(
      db,
      m,
      (m.reactions ?? []).filter((r) => !who.has(r.phone)),
    );
  return { messages: messageIds.length, responses: responses.length };
}

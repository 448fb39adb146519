import type { ReadContext } from '../kernel/context';
import { can, type ActorContext } from '../../domain/permissions';
import { byName } from '../../domain/groups';
import { groupRoleOf, mayPublishAnywhere, sendableActions } from '../../domain/catalog';
import { mayDeactivate, withoutSecret, type ConnectorView } from '../../domain/connectors';
import { cardResults, latestPerAuthor, type CardResults } from '../../domain/card-results';
import { CONVERSATION_LIMIT, isContentHidden } from '../../domain/conversation';
import type {
  ActionResponse,
  CardResponse,
  Group,
  GroupRole,
  Message,
  OrgAction,
  Publication,
} from '../../domain/types';
import type { LabDb } from '../../storage/db';
import { getGroups, listGroups } from '../../storage/repos';
import { getUsers } from '../../storage/users-repo';
import {
  listActions,
  listConnectors,
  listPublications,
  publicationsOfGroup,
  recentMessages,
  responsesTo,
} from '../../storage/catalog-repo';

/**
 * The read side of connectors, Actions and conversations (SPEC §8). Publications are shown
 * only in groups the actor can see, connectors never with their secret, and a group's
 * tabs only to those who can see the group.
 */

/** Names of the given phones (the phone itself when the user is gone or has no name). */
async function namesOf(db: LabDb, phones: Iterable<string>): Promise<Record<string, string>> {
  const list = [...new Set(phones)];
  const users = await getUsers(db, list);
  return Object.fromEntries(list.map((p, i) => [p, users[i]?.name || p]));
}

/** A publication with its group, and whether the actor may remove it. */
export interface PlacedPublication {
  publication: Publication;
  group: Group;
  canRemove: boolean;
}

/** Publications in groups the actor can see, by group name. */
function placed(
  actor: ActorContext,
  publications: readonly Publication[],
  groups: ReadonlyMap<string, Group>,
): PlacedPublication[] {
  return publications
    .flatMap((publication) => {
      const group = groups.get(publication.groupId);
      if (!group) return [];
      const target = { groupId: group.id, groupKind: group.kind };
      if (!can(actor, 'groups.see', target)) return [];
      return [{ publication, group, canRemove: can(actor, 'catalog.publish', target) }];
    })
    .sort((a, b) => byName(a.group, b.group));
}

/** The groups the actor may publish to, by name: the Actions page's group picker. */
function publishTargets(actor: ActorContext, groups: readonly Group[]): Group[] {
  return groups
    .filter((g) => can(actor, 'catalog.publish', { groupId: g.id, groupKind: g.kind }))
    .sort(byName);
}

export interface ActionRow {
  action: OrgAction;
  /** The creator's name; `kaizala` for the built-in catalog. */
  creatorName: string;
  published: PlacedPublication[];
}

/** Actions page: every Action, who created it and where it is published. */
export async function actionsOverview(ctx: ReadContext): Promise<{
  actions: ActionRow[];
  targets: Group[];
  canAdd: boolean;
  actor: string;
}> {
  const { db, actorCtx } = ctx;
  const [actions, publications, groups] = await Promise.all([
    listActions(db),
    listPublications(db),
    listGroups(db),
  ]);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const names = await namesOf(
    db,
    actions.filter((a) => !a.builtIn).map((a) => a.createdBy),
  );
  return {
    actions: actions.map((action) => ({
      action,
      creatorName: action.builtIn ? action.createdBy : (names[action.createdBy] ?? ''),
      published: placed(
        actorCtx,
        publications.filter((p) => p.kind === 'action' && p.refId === action.id),
        byId,
      ),
    })),
    targets: publishTargets(actorCtx, groups),
    canAdd: mayPublishAnywhere(actorCtx),
    actor: actorCtx.phone,
  };
}

export interface ConnectorRow {
  connector: ConnectorView;
  ownerName: string;
  canDeactivate: boolean;
  attached: PlacedPublication[];
}

/** Connectors page: every connector (never its secret), its owner and where it is attached. */
export async function connectorsOverview(ctx: ReadContext): Promise<{
  connectors: ConnectorRow[];
  canRegister: boolean;
  actor: string;
}> {
  const { db, actorCtx } = ctx;
  const [connectors, publications, groups] = await Promise.all([
    listConnectors(db),
    listPublications(db),
    listGroups(db),
  ]);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const names = await namesOf(
    db,
    connectors.map((c) => c.owner),
  );
  return {
    connectors: connectors
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => ({
        connector: withoutSecret(c),
        ownerName: names[c.owner] ?? c.owner,
        canDeactivate: c.active && mayDeactivate(actorCtx, c),
        attached: placed(
          actorCtx,
          publications.filter((p) => p.kind === 'connector' && p.refId === c.id),
          byId,
        ),
      })),
    canRegister: mayPublishAnywhere(actorCtx),
    actor: actorCtx.phone,
  };
}

/** The group and whether the actor may publish to it; undefined when it is gone or not visible. */
async function visibleGroup(db: LabDb, groupId: string, actor: ActorContext) {
  const [group] = await getGroups(db, [groupId]);
  if (!group || !can(actor, 'groups.see', { groupId, groupKind: group.kind })) return undefined;
  return {
    group,
    canPublish: can(actor, 'catalog.publish', { groupId, groupKind: group.kind }),
  };
}

/** A group's Connectors tab: attached connectors, and the active ones that could be added. */
export async function groupConnectors(
  ctx: ReadContext,
  { groupId }: { groupId: string },
): Promise<{
  canPublish: boolean;
  attached: Array<{ connector: ConnectorView; publication: Publication }>;
  available: ConnectorView[];
} | null> {
  const { db, actorCtx } = ctx;
  const seen = await visibleGroup(db, groupId, actorCtx);
  if (!seen) return null;
  const [connectors, publications] = await Promise.all([
    listConnectors(db),
    publicationsOfGroup(db, groupId),
  ]);
  const byId = new Map(connectors.map((c) => [c.id, withoutSecret(c)]));
  const attached = publications.flatMap((publication) => {
    const connector = publication.kind === 'connector' ? byId.get(publication.refId) : undefined;
    return connector ? [{ connector, publication }] : [];
  });
  const taken = new Set(attached.map((a) => a.connector.id));
  return {
    canPublish: seen.canPublish,
    attached: attached.sort((a, b) => a.connector.name.localeCompare(b.connector.name)),
    available: [...byId.values()]
      .filter((c) => c.active && !taken.has(c.id))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** A group's Actions tab: published Actions with their roles, and the ones not yet published. */
export async function groupActions(
  ctx: ReadContext,
  { groupId }: { groupId: string },
): Promise<{
  canPublish: boolean;
  published: Array<{ action: OrgAction; publication: Publication }>;
  available: OrgAction[];
} | null> {
  const { db, actorCtx } = ctx;
  const seen = await visibleGroup(db, groupId, actorCtx);
  if (!seen) return null;
  const [actions, publications] = await Promise.all([
    listActions(db),
    publicationsOfGroup(db, groupId),
  ]);
  const of = new Map(
    publications.filter((p) => p.kind === 'action').map((p) => [p.refId, p] as const),
  );
  return {
    canPublish: seen.canPublish,
    // In catalog order: built-in first, then custom by name.
    published: actions.flatMap((action) => {
      const publication = of.get(action.id);
      return publication ? [{ action, publication }] : [];
    }),
    available: actions.filter((a) => !of.has(a.id)),
  };
}

/** One message as the conversation shows it. */
export interface MessageView {
  message: Message & { id: number };
  authorName: string;
  action: OrgAction | undefined;
  results: CardResults | undefined;
  /** The actor's own response to this card, if any. */
  mine: CardResponse | undefined;
  /** Likes from people in view (a deleted user's are hidden with them). */
  likes: number;
  /** Whether the actor liked it. */
  liked: boolean;
}

/**
 * A group's Conversation tab: the actor's role, what they may send, and the newest messages
 * with live results. Members take part; others who can see the group read along.
 */
export async function groupConversation(
  ctx: ReadContext,
  { groupId }: { groupId: string },
): Promise<{
  role: GroupRole | undefined;
  sendable: OrgAction[];
  messages: MessageView[];
  names: Record<string, string>;
} | null> {
  const { db, actorCtx } = ctx;
  const seen = await visibleGroup(db, groupId, actorCtx);
  if (!seen) return null;
  const role = groupRoleOf(actorCtx, groupId);
  const [actions, publications, recent] = await Promise.all([
    listActions(db),
    publicationsOfGroup(db, groupId),
    recentMessages(db, groupId, CONVERSATION_LIMIT),
  ]);
  const responses = await responsesTo(
    db,
    recent.map((m) => m.id!),
  );
  const authors = [
    ...recent.map((m) => m.author),
    ...responses.map((r) => r.author),
    ...recent.flatMap((m) => (m.reactions ?? []).map((r) => r.phone)),
  ];
  const users = new Map(
    (await getUsers(db, [...new Set(authors)])).flatMap((u) => (u ? [[u.phone, u] as const] : [])),
  );
  const shown = (phone: string) => !isContentHidden(seen.group.kind, users.get(phone));
  const names: Record<string, string> = {};
  for (const [phone, u] of users) names[phone] = u.name || phone;
  const byMessage = new Map<number, ActionResponse[]>();
  for (const r of responses) {
    if (!shown(r.author)) continue;
    const list = byMessage.get(r.messageId);
    if (list) list.push(r);
    else byMessage.set(r.messageId, [r]);
  }
  const actionById = new Map(actions.map((a) => [a.id, a]));
  const messages = recent
    .filter((m) => shown(m.author))
    .map((m): MessageView => {
      const own = byMessage.get(m.id!) ?? [];
      return {
        message: m as Message & { id: number },
        authorName: names[m.author] ?? m.author,
        action: m.actionId === undefined ? undefined : actionById.get(m.actionId),
        results: m.card ? cardResults(m.card, own) : undefined,
        mine: latestPerAuthor(own).find((r) => r.author === actorCtx.phone)?.response,
        likes: (m.reactions ?? []).filter((r) => shown(r.phone)).length,
        liked: (m.reactions ?? []).some((r) => r.phone === actorCtx.phone),
      };
    });
  return {
    role,
    sendable: sendableActions(actions, publications, groupId, role),
    messages,
    names,
  };
}

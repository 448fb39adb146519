import type { CommandContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import { groupRoleOf, maySend } from '../../domain/catalog';
import {
  isContentHidden,
  validateCard,
  validateMessageText,
  validateResponse,
} from '../../domain/conversation';
import type { Card, CardResponse, Group, GroupRole, Message } from '../../domain/types';
import {
  addMessage,
  addResponse,
  deleteResponses,
  getAction,
  getMessage,
  publicationsOfGroup,
  responsesOf,
  setReactions,
} from '../../storage/catalog-repo';
import { getUser } from '../../storage/users-repo';
import { loadGroup, refuseProblems } from './shared';

/**
 * The acting user's role in the group. Only members take part in a conversation, whatever
 * their organization role: an org admin who is not a member is told to act as one.
 */
async function memberOf(
  ctx: CommandContext,
  groupId: string,
): Promise<{ group: Group; role: GroupRole; author: string }> {
  ctx.requireOrg();
  const group = await loadGroup(ctx, groupId);
  const role = groupRoleOf(ctx.actorCtx, group.id);
  if (!role || !ctx.actor) throw new DomainError('conversation.notMember', { group: group.name });
  return { group, role, author: ctx.actor.phone };
}

/**
 * The message a member acts on (answers, likes) and its group. `message.notFound` when there
 * is none, when it is out of view (its author is deleted), or when it is in a private group
 * the actor is not in: that group's name is not theirs to learn.
 */
async function visibleMessage(
  ctx: CommandContext,
  messageId: number,
): Promise<{ message: Message; group: Group }> {
  const message = await getMessage(ctx.db, messageId);
  const group = message && (await loadGroup(ctx, message.groupId));
  if (
    !message ||
    !group ||
    (group.kind === 'private' && !ctx.actorCtx.memberOf.has(group.id)) ||
    isContentHidden(group.kind, await getUser(ctx.db, message.author))
  )
    throw new DomainError('message.notFound', { messageId });
  return { message, group };
}

/** Conversation → post a text message (1 to 4,000 characters) as the acting member. */
export async function messagePost(
  ctx: CommandContext,
  input: { groupId: string; text: string },
): Promise<{ messageId: number }> {
  const { group, author } = await memberOf(ctx, input.groupId);
  const { text, problem } = validateMessageText(input.text);
  refuseProblems([problem]);
  const messageId = await addMessage(ctx.db, {
    groupId: group.id,
    author,
    at: ctx.now,
    kind: 'text',
    text,
  });
  ctx.audit('message.post', group.id, { messageId });
  return { messageId };
}

/**
 * Conversation → send an Action's card. The Action must be published in the group with the
 * actor's group role among those allowed to send it, and the card must be complete.
 */
export async function actionSend(
  ctx: CommandContext,
  input: { groupId: string; actionId: string; card: Card },
): Promise<{ messageId: number }> {
  const { group, role, author } = await memberOf(ctx, input.groupId);
  const action = await getAction(ctx.db, input.actionId);
  if (!action) throw new DomainError('action.notFound', { actionId: input.actionId });
  const publications = await publicationsOfGroup(ctx.db, group.id);
  const params = { action: action.name, group: group.name };
  if (!maySend(publications, group.id, action.id, role)) {
    const published = publications.some((p) => p.kind === 'action' && p.refId === action.id);
    if (!published) throw new DomainError('action.notPublished', params);
    // Roles are never empty, so a role that may not send means only the other one may.
    throw new DomainError(role === 'member' ? 'action.adminsOnly' : 'action.membersOnly', params);
  }
  const { card, problems } = validateCard(action.type, input.card);
  refuseProblems(problems);
  const messageId = await addMessage(ctx.db, {
    groupId: group.id,
    author,
    at: ctx.now,
    kind: 'card',
    text: '',
    actionId: action.id,
    card: card!,
  });
  ctx.audit('action.send', group.id, { messageId, actionId: action.id });
  return { messageId };
}

/**
 * Responds to a card as the acting member: a poll choice, survey answers, checklist ticks…
 * One response per person and card: responding again replaces the earlier response.
 */
export async function actionRespond(
  ctx: CommandContext,
  input: { messageId: number; response: CardResponse },
): Promise<{ responseId: number; replaced: boolean }> {
  ctx.requireOrg();
  const { message } = await visibleMessage(ctx, input.messageId);
  if (message.kind !== 'card' || !message.card) throw new DomainError('message.notCard');
  const { author } = await memberOf(ctx, message.groupId);
  const { response, problems } = validateResponse(message.card, input.response);
  refuseProblems(problems);
  const earlier = await responsesOf(ctx.db, input.messageId, author);
  await deleteResponses(ctx.db, earlier);
  const responseId = await addResponse(
    ctx.db,
    {
      messageId: input.messageId,
      groupId: message.groupId,
      author,
      at: ctx.now,
      response: response!,
    },
    message,
  );
  ctx.audit('action.respond', message.groupId, {
    messageId: input.messageId,
    replaced: earlier.length > 0,
  });
  return { responseId, replaced: earlier.length > 0 };
}

/**
 * Likes a message, or takes the Like back (`like: false`), as the acting member: one Like
 * per person and message. Liking twice, or taking back a Like not given, changes nothing.
 */
export async function messageReact(
  ctx: CommandContext,
  input: { messageId: number; like: boolean },
): Promise<{ likes: number }> {
  ctx.requireOrg();
  const { message } = await visibleMessage(ctx, input.messageId);
  const { author } = await memberOf(ctx, message.groupId);
  const reactions = message.reactions ?? [];
  const given = reactions.some((r) => r.phone === author);
  if (given === input.like) return { likes: reactions.length };
  const next = input.like
    ? [...reactions, { phone: author, at: ctx.now }]
    : reactions.filter((r) => r.phone !== author);
  await setReactions(ctx.db, message, next);
  ctx.audit(input.like ? 'message.like' : 'message.unlike', message.groupId, {
    messageId: message.id!,
  });
  return { likes: next.length };
}

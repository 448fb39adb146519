import type { CommandContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import {
  isActionType,
  mayPublishAnywhere,
  publicationId,
  validateCatalogName,
  validateDescription,
  validateRoles,
} from '../../domain/catalog';
import type { ActionType, GroupRole, OrgAction } from '../../domain/types';
import {
  deleteAction,
  deletePublications,
  getAction,
  getPublication,
  listActions,
  listPublications,
  putActions,
  putPublications,
} from '../../storage/catalog-repo';
import { newId, publishableGroup, refuseProblems } from './shared';

async function loadAction(ctx: CommandContext, actionId: string): Promise<OrgAction> {
  const action = await getAction(ctx.db, actionId);
  if (!action) throw new DomainError('action.notFound', { actionId });
  return action;
}

/**
 * Actions → Add custom Action: a catalog type under the organization's own name (unique
 * among all Actions, built-in ones included). Org admins and group admins may add one.
 */
export async function actionCreate(
  ctx: CommandContext,
  input: { name: string; type: ActionType; description?: string },
): Promise<{ actionId: string }> {
  ctx.requireOrg();
  const actor = ctx.actor;
  if (!actor || !mayPublishAnywhere(ctx.actorCtx))
    throw new DomainError('permission.denied', { capability: 'catalog.publish' });
  const { name, problem } = validateCatalogName('action', input.name, await listActions(ctx.db));
  const desc = validateDescription(input.description ?? '');
  const typeProblem = isActionType(input.type)
    ? undefined
    : { column: 'type', code: 'action.type.unknown' };
  refuseProblems([problem, typeProblem, desc.problem]);
  const action: OrgAction = {
    id: newId('a', ctx.now),
    name,
    type: input.type,
    description: desc.description,
    createdBy: actor.phone,
    createdAt: ctx.now,
    builtIn: false,
  };
  await putActions(ctx.db, [action]);
  ctx.audit('action.create', action.id, { name, type: action.type });
  return { actionId: action.id };
}

/**
 * Deletes a custom Action (its creator or an org admin) and unpublishes it everywhere.
 * Cards already sent keep their content. The built-in catalog cannot be deleted.
 */
export async function actionDelete(
  ctx: CommandContext,
  input: { actionId: string },
): Promise<void> {
  ctx.requireOrg();
  const action = await loadAction(ctx, input.actionId);
  if (action.builtIn) throw new DomainError('action.builtIn', { name: action.name });
  if (!ctx.actorCtx.orgAdmin && ctx.actor?.phone !== action.createdBy)
    throw new DomainError('action.delete.denied', { name: action.name });
  const publications = (await listPublications(ctx.db)).filter(
    (p) => p.kind === 'action' && p.refId === action.id,
  );
  await deletePublications(
    ctx.db,
    publications.map((p) => p.id),
  );
  await deleteAction(ctx.db, action.id);
  ctx.audit('action.delete', action.id, { name: action.name, unpublished: publications.length });
}

/**
 * Publishes an Action to a group with the roles allowed to send it (Admin, Member, or both).
 * Publishing again changes the roles.
 */
export async function actionPublish(
  ctx: CommandContext,
  input: { groupId: string; actionId: string; roles: GroupRole[] },
): Promise<void> {
  const group = await publishableGroup(ctx, input.groupId);
  const action = await loadAction(ctx, input.actionId);
  const { roles, problem } = validateRoles(input.roles);
  refuseProblems([problem]);
  await putPublications(ctx.db, [
    {
      id: publicationId('action', group.id, action.id),
      groupId: group.id,
      kind: 'action',
      refId: action.id,
      roles,
      publishedBy: ctx.actor?.phone ?? 'system',
      publishedAt: ctx.now,
    },
  ]);
  ctx.audit('action.publish', group.id, { actionId: action.id, name: action.name, roles });
}

/** Unpublishes an Action from a group; cards already sent stay in the conversation. */
export async function actionUnpublish(
  ctx: CommandContext,
  input: { groupId: string; actionId: string },
): Promise<void> {
  const group = await publishableGroup(ctx, input.groupId);
  const id = publicationId('action', group.id, input.actionId);
  if (!(await getPublication(ctx.db, id))) {
    const name = (await getAction(ctx.db, input.actionId))?.name ?? input.actionId;
    throw new DomainError('action.notPublished', { action: name, group: group.name });
  }
  await deletePublications(ctx.db, [id]);
  ctx.audit('action.unpublish', group.id, { actionId: input.actionId });
}

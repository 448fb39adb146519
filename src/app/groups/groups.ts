import type { CommandContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import { removeParent, setParent, validateGroupName } from '../../domain/groups';
import type { Group, GroupKind } from '../../domain/types';
import { listGroups, putGroups, putMemberships } from '../../storage/repos';

/**
 * Creates a group with the acting user as its first admin, so it never lacks one.
 * Organization groups are created in the portal by org admins; a private group is made
 * "in the app" by anyone, for themselves.
 */
export async function groupCreate(
  ctx: CommandContext,
  input: { name: string; kind: GroupKind },
): Promise<{ groupId: string }> {
  ctx.requireOrg();
  if (input.kind === 'organization') ctx.require('org.manage');
  const actor = ctx.actor;
  if (!actor) throw new DomainError('permission.denied', { capability: 'groups.create' });
  const groups = await listGroups(ctx.db);
  // Only organization groups need unique names: a private group is nobody's organization data.
  const { name, problem } = validateGroupName(
    input.name,
    input.kind === 'organization' ? groups : [],
  );
  if (problem) throw new DomainError('form.invalid', {}, [problem]);
  const group: Group = {
    id: `g-${ctx.now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name,
    kind: input.kind,
    createdBy: actor.phone,
    createdAt: ctx.now,
  };
  await putGroups(ctx.db, [group]);
  await putMemberships(ctx.db, [
    { groupId: group.id, phone: actor.phone, role: 'admin', addedAt: ctx.now },
  ]);
  ctx.audit('group.create', group.id, { name, kind: group.kind });
  return { groupId: group.id };
}

/** Loads the organization groups and checks the actor may change `groupId`'s users. */
async function hierarchyFor(ctx: CommandContext, groupId: string): Promise<Group[]> {
  const groups = await listGroups(ctx.db);
  const group = groups.find((g) => g.id === groupId);
  if (!group) throw new DomainError('group.notFound', { groupId });
  ctx.require('group.users.manage', { groupId, groupKind: group.kind });
  return groups;
}

/** Sub-Groups → Add Group: makes `childId` a sub-group of `parentId` (never a cycle). */
export async function groupSetParent(
  ctx: CommandContext,
  input: { parentId: string; childId: string },
): Promise<void> {
  const groups = await hierarchyFor(ctx, input.parentId);
  const kinds = groups.filter((g) => g.id === input.parentId || g.id === input.childId);
  if (kinds.length < 2) throw new DomainError('group.notFound', { groupId: input.childId });
  if (kinds.some((g) => g.kind !== 'organization')) throw new DomainError('group.parent.private');
  // The Sub-Groups tab offers only groups the actor sees; the command holds to the same.
  ctx.require('groups.see', { groupId: input.childId, groupKind: 'organization' });
  const change = setParent(groups, input.parentId, input.childId);
  if (!change.ok) throw new DomainError('form.invalid', {}, [change.problem]);
  await putGroups(
    ctx.db,
    change.groups.filter((g) => g.id === input.childId),
  );
  ctx.audit('group.parent.set', input.childId, { parentId: input.parentId });
}

/** Sub-Groups → Remove: takes `childId` out of its parent. */
export async function groupRemoveParent(
  ctx: CommandContext,
  input: { childId: string },
): Promise<void> {
  const all = await listGroups(ctx.db);
  const child = all.find((g) => g.id === input.childId);
  if (!child) throw new DomainError('group.notFound', { groupId: input.childId });
  if (child.parentId === undefined) return;
  await hierarchyFor(ctx, child.parentId);
  await putGroups(
    ctx.db,
    removeParent(all, input.childId).filter((g) => g.id === input.childId),
  );
  ctx.audit('group.parent.remove', input.childId, { parentId: child.parentId });
}

/** Loads a group of the given kind or refuses. */
async function groupOfKind(ctx: CommandContext, groupId: string, kind: GroupKind) {
  const groups = await listGroups(ctx.db);
  const group = groups.find((g) => g.id === groupId);
  if (!group) throw new DomainError('group.notFound', { groupId });
  if (group.kind !== kind)
    throw new DomainError(`group.already.${group.kind}`, { group: group.name });
  ctx.require('groups.map', { groupId, groupKind: kind });
  return { group, groups };
}

/**
 * Map to Organization: a private group becomes an organization group (SPEC §7). Its name
 * must then be unique among organization groups.
 */
export async function groupMap(ctx: CommandContext, input: { groupId: string }): Promise<void> {
  ctx.requireOrg();
  const { group, groups } = await groupOfKind(ctx, input.groupId, 'private');
  const { problem } = validateGroupName(group.name, groups, group.id);
  if (problem) throw new DomainError('form.invalid', {}, [problem]);
  await putGroups(ctx.db, [{ ...group, kind: 'organization' }]);
  ctx.audit('group.map', group.id, { name: group.name });
}

/**
 * Converts an organization group back to private. Private groups are not in the hierarchy,
 * so it leaves its parent and its sub-groups become top-level groups. Org admins who are
 * not members stop seeing it — by design (SPEC §7).
 */
export async function groupMakePrivate(
  ctx: CommandContext,
  input: { groupId: string },
): Promise<void> {
  ctx.requireOrg();
  const { group, groups } = await groupOfKind(ctx, input.groupId, 'organization');
  const changed: Group[] = [];
  const own = { ...group, kind: 'private' as const };
  delete own.parentId;
  changed.push(own);
  for (const child of groups.filter((g) => g.parentId === group.id)) {
    const copy = { ...child };
    delete copy.parentId;
    changed.push(copy);
  }
  await putGroups(ctx.db, changed);
  ctx.audit('group.unmap', group.id, {
    name: group.name,
    ...(group.parentId === undefined ? {} : { parentId: group.parentId }),
    subGroups: changed.length - 1,
  });
}

import type { CommandContext } from '../kernel/context';
import { leftWithoutAdmin } from '../../domain/groups';
import { DomainError } from '../../domain/errors';
import type { GroupRole } from '../../domain/types';
import {
  deleteMemberships,
  getGroups,
  groupAdmins,
  membershipsOf,
  putMemberships,
} from '../../storage/repos';

async function loadMembership(ctx: CommandContext, groupId: string, phone: string) {
  const [group] = await getGroups(ctx.db, [groupId]);
  if (!group) throw new DomainError('group.notFound', { groupId });
  ctx.require('group.users.manage', { groupId, groupKind: group.kind });
  const membership = (await membershipsOf(ctx.db, phone)).find((m) => m.groupId === groupId);
  if (!membership) throw new DomainError('membership.notFound', { group: group.name, phone });
  return { group, membership };
}

/** Removes a user from a group; the group keeps at least one admin. */
export async function membershipRemove(
  ctx: CommandContext,
  input: { groupId: string; phone: string },
): Promise<void> {
  const { group, membership } = await loadMembership(ctx, input.groupId, input.phone);
  const admins = (await groupAdmins(ctx.db, group.id)).map((m) => m.phone);
  if (membership.role === 'admin' && leftWithoutAdmin(admins, [input.phone])) {
    throw new DomainError('group.lastAdmin', { group: group.name });
  }
  await deleteMemberships(ctx.db, [[group.id, input.phone]]);
  ctx.audit('group.member.remove', input.phone, { groupId: group.id });
}

/** Promotes a member to admin or demotes an admin; the group keeps at least one admin. */
export async function membershipSetRole(
  ctx: CommandContext,
  input: { groupId: string; phone: string; role: GroupRole },
): Promise<void> {
  const { group, membership } = await loadMembership(ctx, input.groupId, input.phone);
  if (membership.role === input.role) return;
  const admins = (await groupAdmins(ctx.db, group.id)).map((m) => m.phone);
  if (input.role === 'member' && leftWithoutAdmin(admins, [input.phone])) {
    throw new DomainError('group.lastAdmin', { group: group.name });
  }
  await putMemberships(ctx.db, [{ ...membership, role: input.role }]);
  ctx.audit('group.member.role', input.phone, { groupId: group.id, role: input.role });
}

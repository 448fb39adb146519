import type { CommandContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import { MAX_DELETE_BATCH, isPurgeDue, purgeCutoff } from '../../domain/deletion';
import { leftWithoutAdmin } from '../../domain/groups';
import { RESTORE_WINDOW_DAYS } from '../../domain/deletion';
import { stripIndex, toStored } from '../../domain/users';
import type { Membership } from '../../domain/types';
import {
  deleteMemberships,
  getGroups,
  groupAdmins,
  listGroups,
  membershipsOf,
  putMemberships,
} from '../../storage/repos';
import { deleteContentOf } from '../../storage/catalog-repo';
import {
  deleteUsers,
  deletedBefore,
  getUser,
  getUsers,
  orgAdmins,
  putUsers,
} from '../../storage/users-repo';

/**
 * Deletes up to 100 users: they leave every organization group and wait 30 days of
 * simulated time for a restore. Their private groups are untouched.
 */
export async function usersDelete(
  ctx: CommandContext,
  input: { phones: string[] },
): Promise<{ deleted: number }> {
  ctx.requireOrg();
  ctx.require('org.manage');
  const phones = [...new Set(input.phones)];
  if (phones.length === 0) throw new DomainError('delete.none');
  if (phones.length > MAX_DELETE_BATCH)
    throw new DomainError('delete.tooMany', { max: MAX_DELETE_BATCH, count: phones.length });
  const stored = await getUsers(ctx.db, phones);
  const missing = phones.filter((_, i) => !stored[i] || stored[i]!.deletedAt !== undefined);
  if (missing.length > 0) throw new DomainError('user.notFound', { phone: missing.join(', ') });
  // Checked before self-deletion: the actor is an org admin, so only deleting themselves
  // can leave the organization without one, and this is the rule that explains why not.
  const remainingAdmins = (await orgAdmins(ctx.db)).filter(
    (u) => u.deletedAt === undefined && !phones.includes(u.phone),
  );
  if (remainingAdmins.length === 0) throw new DomainError('orgAdmin.lastDelete');
  if (ctx.actor && phones.includes(ctx.actor.phone)) throw new DomainError('delete.self');
  const updated = [];
  const leaving = new Set(phones);
  for (const s of stored) {
    const user = stripIndex(s!);
    const memberships = await membershipsOf(ctx.db, user.phone);
    const groups = await getGroups(
      ctx.db,
      memberships.map((m) => m.groupId),
    );
    const orgMemberships = memberships.filter((_, i) => groups[i]?.kind === 'organization');
    // An organization group is never left without an admin: whoever is its only one (among
    // those who stay) is refused, with the groups to fix first.
    const orphaned: string[] = [];
    for (const [i, m] of memberships.entries()) {
      if (m.role !== 'admin' || groups[i]?.kind !== 'organization') continue;
      const admins = (await groupAdmins(ctx.db, m.groupId)).map((a) => a.phone);
      if (leftWithoutAdmin(admins, leaving)) orphaned.push(groups[i]!.name);
    }
    if (orphaned.length > 0)
      throw new DomainError('delete.onlyGroupAdmin', {
        name: user.name || user.phone,
        phone: user.phone,
        groups: orphaned.sort().join(', '),
        count: orphaned.length,
      });
    await deleteMemberships(
      ctx.db,
      orgMemberships.map((m): [string, string] => [m.groupId, m.phone]),
    );
    updated.push(
      toStored({
        ...user,
        deletedAt: ctx.now,
        deletedBy: ctx.actor?.phone ?? 'system',
        removedMemberships: orgMemberships,
      }),
    );
    ctx.audit('user.delete', user.phone, { groups: orgMemberships.length });
  }
  await putUsers(ctx.db, updated);
  return { deleted: updated.length };
}

/** Brings users back inside their window: account, network, attributes, memberships and roles. */
export async function usersRestore(
  ctx: CommandContext,
  input: { phones: string[] },
): Promise<{ restored: number }> {
  ctx.requireOrg();
  ctx.require('org.manage');
  const restored = [];
  const memberships: Membership[] = [];
  for (const phone of new Set(input.phones)) {
    const stored = await getUser(ctx.db, phone);
    if (!stored || stored.deletedAt === undefined)
      throw new DomainError('restore.notDeleted', { phone });
    if (isPurgeDue(stored.deletedAt, ctx.now))
      throw new DomainError('restore.expired', { phone, days: RESTORE_WINDOW_DAYS });
    const { deletedAt: _d, deletedBy: _b, removedMemberships = [], ...rest } = stripIndex(stored);
    const groups = await getGroups(
      ctx.db,
      removedMemberships.map((m) => m.groupId),
    );
    // A group deleted meanwhile cannot take the member back; the rest of the user returns.
    memberships.push(...removedMemberships.filter((_, i) => groups[i] !== undefined));
    restored.push(toStored({ ...rest, updatedAt: ctx.now }));
    ctx.audit('user.restore', phone, { groups: removedMemberships.length });
  }
  await putUsers(ctx.db, restored);
  await putMemberships(ctx.db, memberships);
  return { restored: restored.length };
}

/** Purges for good every user whose restore window has passed. */
export async function usersPurgeDue(ctx: CommandContext): Promise<{ purged: number }> {
  return { purged: (await purgeDue(ctx)).length };
}

/** Who a purge removed: Advance 30 days names them, so the trainee sees what the clock did. */
export interface PurgedUser {
  phone: string;
  name: string;
}

/** Purges every user whose restore window has passed and says who they were. */
export async function purgeDue(ctx: CommandContext): Promise<PurgedUser[]> {
  if (!ctx.org) return [];
  const due = await deletedBefore(ctx.db, purgeCutoff(ctx.now));
  // Purged for good: their private-group memberships go too (organization ones went at deletion).
  for (const u of due) {
    const left = await membershipsOf(ctx.db, u.phone);
    await deleteMemberships(
      ctx.db,
      left.map((m): [string, string] => [m.groupId, m.phone]),
    );
  }
  // Their content in organization groups, hidden since the deletion, goes for good; what they
  // wrote in private groups is those groups' own and stays (SPEC §9).
  if (due.length > 0) {
    const organization = (await listGroups(ctx.db)).filter((g) => g.kind === 'organization');
    await deleteContentOf(
      ctx.db,
      due.map((u) => u.phone),
      new Set(organization.map((g) => g.id)),
    );
  }
  await deleteUsers(
    ctx.db,
    due.map((u) => u.phone),
  );
  for (const u of due) ctx.audit('user.purge', u.phone);
  return due.map((u) => ({ phone: u.phone, name: u.name }));
}

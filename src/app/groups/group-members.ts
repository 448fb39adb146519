import type { CommandContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import { listOutcomes, type ListOutcome } from '../directory/list-outcomes';
import { toStored } from '../../domain/users';
import type { GroupRole, Membership, User } from '../../domain/types';
import { getGroups, membershipsOfGroup, putMemberships } from '../../storage/repos';
import { getUsers, putUsers } from '../../storage/users-repo';
import { phoneIo } from '../kernel/modules';

export interface GroupMembersAddInput {
  groupId: string;
  /** One number, or several separated by commas, semicolons or new lines. */
  text: string;
  /** Region that reads numbers written without `+`. */
  region: string;
  role: GroupRole;
}

export interface GroupMembersAddResult {
  /** Numbers that joined the group. */
  added: string[];
  /** Of those, numbers that were not in the directory and joined it in Others. */
  created: string[];
  /** Numbers that were already members (their role is left as it is). */
  present: string[];
  /**
   * What happened to each entry, in the list's order: added, already a member, or not added
   * with the problem that says why and how to fix it.
   */
  outcomes: ListOutcome[];
}

/**
 * Users tab → Add via Phone Number. Like the directory's list (SPEC §7), every entry gets
 * its own result: the valid ones are added, the others are listed with the reason, so one
 * mistyped number does not hold back the rest. Numbers not in the directory join it in the
 * Others network (SPEC §1) — in organization groups only: a private group is nobody's
 * organization data and adds no one to the directory.
 */
export async function groupMembersAdd(
  ctx: CommandContext,
  input: GroupMembersAddInput,
): Promise<GroupMembersAddResult> {
  ctx.requireOrg();
  const [group] = await getGroups(ctx.db, [input.groupId]);
  if (!group) throw new DomainError('group.notFound', { groupId: input.groupId });
  ctx.require('group.users.manage', { groupId: group.id, groupKind: group.kind });
  const entries = phoneIo().parsePhoneList(input.text, input.region);
  if (entries.length === 0) throw new DomainError('list.empty');
  const valid = entries.flatMap((e) => (e.result.ok ? [e.result.e164] : []));
  const stored = new Map(
    (await getUsers(ctx.db, valid)).flatMap((u) => (u ? [[u.phone, u] as const] : [])),
  );
  const members = new Set((await membershipsOfGroup(ctx.db, group.id)).map((m) => m.phone));
  const created: User[] = [];
  const added: string[] = [];
  const present: string[] = [];
  const outcomes = listOutcomes(entries, (phone, invalid, at) => {
    const user = stored.get(phone);
    if (user?.deletedAt !== undefined) return invalid('user.existsDeleted');
    if (!user && group.kind === 'private') return invalid('group.member.notInDirectory');
    if (members.has(phone)) {
      present.push(phone);
      return { ...at, status: 'present', phone };
    }
    added.push(phone);
    if (!user) {
      created.push({
        phone,
        name: '',
        network: 'others',
        orgRole: 'member',
        // Org admins add people in the portal; anyone else adding here is a group admin.
        source: ctx.actorCtx.orgAdmin ? 'portal' : 'group-admin',
        attrs: {},
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    }
    return { ...at, status: 'added', phone };
  });
  if (created.length > 0) await putUsers(ctx.db, created.map(toStored));
  const rows: Membership[] = added.map((phone) => ({
    groupId: group.id,
    phone,
    role: input.role,
    addedAt: ctx.now,
  }));
  await putMemberships(ctx.db, rows);
  for (const u of created) ctx.audit('user.add', u.phone, { network: 'others', via: group.id });
  for (const phone of added)
    ctx.audit('group.member.add', phone, { groupId: group.id, role: input.role });
  return { added, created: created.map((u) => u.phone), present, outcomes };
}

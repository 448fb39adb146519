import type { CommandContext } from '../kernel/context';
import { DomainError, type Problem } from '../../domain/errors';
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
}

/**
 * Users tab → Add via Phone Number. Every entry is read first and the whole list is refused
 * when one is wrong, so the admin fixes the list and nothing is half applied. Numbers not in
 * the directory join it in the Others network (SPEC §1) — in organization groups only:
 * a private group is nobody's organization data and adds no one to the directory.
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
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const e of entries) {
    if (!e.result.ok) {
      problems.push(phoneIo().phoneProblem(e.result, e.entry));
      continue;
    }
    const earlier = seen.get(e.result.e164);
    if (earlier !== undefined) {
      const where = { row: e.entry, column: 'phone', value: e.raw };
      problems.push({ ...where, code: 'list.duplicate', params: { entry: earlier } });
    } else seen.set(e.result.e164, e.entry);
  }
  const phones = [...seen.keys()];
  const stored = await getUsers(ctx.db, phones);
  const members = new Set((await membershipsOfGroup(ctx.db, group.id)).map((m) => m.phone));
  const created: User[] = [];
  const added: string[] = [];
  const present: string[] = [];
  phones.forEach((phone, i) => {
    const user = stored[i];
    const where = { row: seen.get(phone)!, column: 'phone', value: phone };
    if (user?.deletedAt !== undefined) {
      problems.push({ ...where, code: 'user.existsDeleted' });
    } else if (!user && group.kind === 'private') {
      problems.push({ ...where, code: 'group.member.notInDirectory' });
    } else if (members.has(phone)) {
      present.push(phone);
    } else {
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
    }
  });
  if (problems.length > 0) {
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw new DomainError('form.invalid', {}, problems);
  }
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
  return { added, created: created.map((u) => u.phone), present };
}

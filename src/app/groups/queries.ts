import { getRuntime } from '../kernel/runtime';
import { byName } from '../../domain/groups';
import { stripIndex } from '../../domain/users';
import type { Group, GroupRole, User } from '../../domain/types';
import { getGroups, listGroups, membershipsOfGroup } from '../../storage/repos';
import { getUsers } from '../../storage/users-repo';

/** A row of a group's Users tab. */
export interface GroupMemberRow {
  phone: string;
  role: GroupRole;
  addedAt: number;
  /** Undefined when the number is not (or no longer) a directory user. */
  user: User | undefined;
}

/** The read side of the Groups page; the UI turns these into live queries (`useLive`). */
export const GROUP_QUERIES = {
  /** Every group; the page decides with `visibleGroups` what the actor sees. */
  allGroups(): Promise<Group[]> {
    return listGroups(getRuntime().db);
  },

  /** One group, or undefined when it does not exist (any more). */
  async group(groupId: string): Promise<Group | undefined> {
    return (await getGroups(getRuntime().db, [groupId]))[0];
  },

  /**
   * A group's members with their directory records: admins first, then by name (people
   * without a name by number), so the admins a group must keep are always in view.
   */
  async members(groupId: string): Promise<GroupMemberRow[]> {
    const { db } = getRuntime();
    const memberships = await membershipsOfGroup(db, groupId);
    const users = await getUsers(
      db,
      memberships.map((m) => m.phone),
    );
    const rows = memberships.map((m, i): GroupMemberRow => {
      const stored = users[i];
      return {
        phone: m.phone,
        role: m.role,
        addedAt: m.addedAt,
        user: stored && stored.deletedAt === undefined ? stripIndex(stored) : undefined,
      };
    });
    const label = (r: GroupMemberRow) => r.user?.name || r.phone;
    return rows.sort(
      (a, b) =>
        (a.role === b.role ? 0 : a.role === 'admin' ? -1 : 1) ||
        byName({ name: label(a), id: a.phone }, { name: label(b), id: b.phone }),
    );
  },
};

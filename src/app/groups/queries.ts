import type { ReadContext } from '../kernel/context';
import {
  byName,
  hierarchyOf,
  visibleGroups,
  type GroupOrder,
  type HierarchyNode,
} from '../../domain/groups';
import { formatAttributeValue, visibleAttributes, visibleValues } from '../../domain/attributes';
import { stripIndex } from '../../domain/users';
import type { Attribute, Group, GroupRole, User } from '../../domain/types';
import {
  getGroups,
  listAttributes,
  listGroupsByName,
  membershipsOfGroup,
} from '../../storage/repos';
import { getUsers } from '../../storage/users-repo';
import { csvIo } from '../kernel/modules';

/**
 * The read side of the Groups page (SPEC §7, §10). Groups leave here only when the actor
 * may see them: organization groups they see, the organization groups around those (the
 * hierarchy everyone may see), and their own private groups — never anyone else's.
 */

export interface GroupsView {
  /** Every group the page may show: visible ones and the hierarchy around them (unordered). */
  groups: Group[];
  /** Ids of the groups the actor may open (the rest are hierarchy only). */
  visible: string[];
  /** The Organization tab: the organization groups the actor sees, by name. */
  organization: Group[];
  /** The Private tab: the actor's own private groups, by name. */
  private: Group[];
  /** The hierarchy of the organization groups the actor sees (SPEC §10). */
  forest: HierarchyNode[];
}

/**
 * The groups the actor sees, and the organization hierarchy around them: everything the
 * Groups page shows, worked out once here (with 10,000 groups the page has no time to do it
 * again before its first row).
 */
export async function groupsView(ctx: ReadContext): Promise<GroupsView> {
  return viewOfGroups(ctx, await listGroupsByName(ctx.db), { byName: true });
}

/**
 * `groupsView` over `all`, every group as stored (read apart, so a caller can read them
 * while it reads the context: the groups worker).
 */
export function viewOfGroups(
  ctx: Pick<ReadContext, 'actorCtx' | 'can'>,
  all: readonly Group[],
  order: GroupOrder = {},
): GroupsView {
  const { organization, private: own } = visibleGroups(ctx.actorCtx, all, undefined, order);
  const ids = new Set([...organization, ...own].map((g) => g.id));
  const orgIds = new Set(organization.map((g) => g.id));
  let forest = hierarchyOf(all, orgIds, order);
  const around = new Set<string>();
  let hidden = false;
  const walk = (nodes: readonly HierarchyNode[]) => {
    for (const n of nodes) {
      // A group the actor sees is in the hierarchy they see (SPEC §10); the rest are asked.
      if (
        n.visible ||
        ctx.can('groups.hierarchy.see', { groupId: n.group.id, groupKind: n.group.kind })
      )
        around.add(n.group.id);
      else hidden = true;
      walk(n.children);
    }
  };
  walk(forest);
  const groups = all.filter((g) => ids.has(g.id) || around.has(g.id));
  // Only when some of it may not be shown is the hierarchy made again without it.
  if (hidden) forest = hierarchyOf(groups, orgIds, order);
  return { groups, visible: [...ids], organization, private: own, forest };
}

/** One group the actor may see; undefined when it is gone or not theirs to see. */
export async function groupById(
  ctx: ReadContext,
  input: { groupId: string },
): Promise<Group | undefined> {
  const [group] = await getGroups(ctx.db, [input.groupId]);
  return group && ctx.can('groups.see', { groupId: group.id, groupKind: group.kind })
    ? group
    : undefined;
}

/** A row of a group's Users tab. */
export interface GroupMemberRow {
  phone: string;
  role: GroupRole;
  addedAt: number;
  /** Undefined when the number is not (or no longer) a directory user. */
  user: User | undefined;
}

/**
 * A group's members with their directory records (values the actor may see): admins first,
 * then by name (people without a name by number), so the admins a group must keep are
 * always in view. Empty when the actor may not see the group.
 */
export async function groupMembers(
  ctx: ReadContext,
  input: { groupId: string },
): Promise<GroupMemberRow[]> {
  const { db } = ctx;
  if (!(await groupById(ctx, input))) return [];
  const visible = visibleAttributes(ctx.actorCtx.orgAdmin, await listAttributes(db));
  const memberships = await membershipsOfGroup(db, input.groupId);
  const users = await getUsers(
    db,
    memberships.map((m) => m.phone),
  );
  const rows = memberships.map((m, i): GroupMemberRow => {
    const stored = users[i];
    let user: User | undefined;
    if (stored && stored.deletedAt === undefined) {
      const { removedMemberships: _removed, ...plain } = stripIndex(stored);
      user = { ...plain, attrs: visibleValues(plain.attrs, visible) };
    }
    return { phone: m.phone, role: m.role, addedAt: m.addedAt, user };
  });
  const label = (r: GroupMemberRow) => r.user?.name || r.phone;
  return rows.sort(
    (a, b) =>
      (a.role === b.role ? 0 : a.role === 'admin' ? -1 : 1) ||
      byName({ name: label(a), id: a.phone }, { name: label(b), id: b.phone }),
  );
}

/**
 * Users tab → Export: the members as a CSV. `Phone Number` and `User Type` come first, so the
 * file can go back through Import via CSV unchanged (the other columns are then ignored
 * with a warning); then the display name and the given attribute columns.
 */
export async function groupMembersCsv(
  ctx: ReadContext,
  input: { groupId: string; attributeIds: readonly string[]; nameHeader: string },
): Promise<{ blob: Blob; fileName: string } | undefined> {
  const group = await groupById(ctx, input);
  if (!group) return undefined;
  const visible = visibleAttributes(ctx.actorCtx.orgAdmin, await listAttributes(ctx.db));
  const columns = input.attributeIds.flatMap((id) => visible.filter((a) => a.id === id));
  const members = await groupMembers(ctx, input);
  const { csvFile } = csvIo();
  const header = [
    'Phone Number',
    'User Type',
    input.nameHeader,
    ...columns.map((a: Attribute) => a.name),
  ];
  const rows = members.map((m) => [
    m.phone,
    m.role === 'admin' ? 'Admin' : 'Member',
    m.user?.name ?? '',
    ...columns.map((a) => formatAttributeValue(m.user?.attrs[a.id])),
  ]);
  const safe = group.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'group';
  return {
    blob: new Blob([csvFile([header, ...rows])], { type: 'text/csv;charset=utf-8' }),
    fileName: `${safe}-members.csv`,
  };
}

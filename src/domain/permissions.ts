import type { GroupKind } from './types';

/**
 * The permission matrix of SPEC §10 as data, read by one pure `can()`.
 * A scope says which targets a role may act on.
 */
export type Scope =
  | 'all' // every organization group / user of the organization
  | 'admin-groups' // groups (or users of groups) where the actor is a direct admin
  | 'member-groups' // groups where the actor is a member (admins are members too)
  | 'none';

export type Capability =
  | 'directory.users.manage'
  | 'groups.see'
  | 'groups.hierarchy.see'
  | 'group.users.manage'
  | 'catalog.see'
  | 'catalog.publish'
  | 'reports.see'
  | 'groups.map'
  | 'org.manage';

export type RoleName = 'orgAdmin' | 'groupAdmin' | 'member';

export const MATRIX: Readonly<Record<Capability, Readonly<Record<RoleName, Scope>>>> = {
  'directory.users.manage': { orgAdmin: 'all', groupAdmin: 'admin-groups', member: 'none' },
  'groups.see': { orgAdmin: 'all', groupAdmin: 'admin-groups', member: 'member-groups' },
  'groups.hierarchy.see': { orgAdmin: 'all', groupAdmin: 'all', member: 'all' },
  'group.users.manage': { orgAdmin: 'all', groupAdmin: 'admin-groups', member: 'none' },
  'catalog.see': { orgAdmin: 'all', groupAdmin: 'all', member: 'all' },
  'catalog.publish': { orgAdmin: 'all', groupAdmin: 'admin-groups', member: 'none' },
  'reports.see': { orgAdmin: 'all', groupAdmin: 'admin-groups', member: 'none' },
  'groups.map': { orgAdmin: 'all', groupAdmin: 'admin-groups', member: 'none' },
  'org.manage': { orgAdmin: 'all', groupAdmin: 'none', member: 'none' },
};

/** What the permission check needs to know about the acting user. */
export interface ActorContext {
  phone: string;
  orgAdmin: boolean;
  /** Groups where the actor is a direct admin. */
  adminOf: ReadonlySet<string>;
  /** Groups where the actor is a member in any role. */
  memberOf: ReadonlySet<string>;
  /**
   * Which of those groups are private. Being admin of a private group gives no role in the
   * organization: such groups count only for their own targets.
   */
  privateGroups?: ReadonlySet<string>;
}

/**
 * What is acted on. With no target, `can()` answers "may the actor do this anywhere?",
 * which is what decides whether the UI shows a control at all.
 */
export interface Target {
  /** A group being seen or changed. */
  groupId?: string;
  groupKind?: GroupKind;
  /** The groups a target directory user belongs to. */
  userGroupIds?: readonly string[];
}

/** `groups` without the actor's private groups. */
function organizationOnly(groups: ReadonlySet<string>, actor: ActorContext): ReadonlySet<string> {
  const priv = actor.privateGroups;
  return priv && priv.size > 0 ? new Set([...groups].filter((id) => !priv.has(id))) : groups;
}

/** The roles an actor holds: everyone is a member; admins of organization groups and org admins hold more. */
export function rolesOf(actor: ActorContext): RoleName[] {
  const roles: RoleName[] = ['member'];
  if (organizationOnly(actor.adminOf, actor).size > 0) roles.push('groupAdmin');
  if (actor.orgAdmin) roles.push('orgAdmin');
  return roles;
}

function scopeAllows(scope: Scope, actor: ActorContext, target: Target | undefined): boolean {
  if (scope === 'none') return false;
  if (scope === 'all') return true;
  const set = organizationOnly(scope === 'admin-groups' ? actor.adminOf : actor.memberOf, actor);
  if (!target || (target.groupId === undefined && target.userGroupIds === undefined)) {
    return set.size > 0;
  }
  if (target.groupId !== undefined) return set.has(target.groupId);
  return (target.userGroupIds ?? []).some((id) => set.has(id));
}

/** True when the actor may perform `capability` on `target`. The one permission decision of the lab. */
export function can(actor: ActorContext, capability: Capability, target?: Target): boolean {
  // Private groups are nobody's organization data: only their own members see them,
  // and only their own admins change them, whatever the actor's organization role.
  // `org.manage` is tenant-wide, so a group target never changes its answer.
  if (target?.groupKind === 'private' && capability !== 'org.manage') {
    const member = target.groupId !== undefined && actor.memberOf.has(target.groupId);
    if (capability === 'groups.see' || capability === 'groups.hierarchy.see') return member;
    if (capability === 'catalog.see') return true;
    // §7: a private group is mapped by its admin, or by an org admin who is a member of it.
    if (capability === 'groups.map' && actor.orgAdmin && member) return true;
    return target.groupId !== undefined && actor.adminOf.has(target.groupId);
  }
  const row = MATRIX[capability];
  return rolesOf(actor).some((role) => scopeAllows(row[role], actor, target));
}

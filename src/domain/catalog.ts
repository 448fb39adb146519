import type { Problem } from './errors';
import { preview } from './errors';
import { can, type ActorContext } from './permissions';
import type { ActionType, GroupRole, OrgAction, Publication, PublicationKind } from './types';

/**
 * The Action catalog (SPEC §1, §8): the eight built-in Actions every organization has,
 * custom Actions an admin adds on top of a catalog type, publications to groups, and who may
 * send what. Pure: commands and queries feed it stored records.
 */

export const ACTION_TYPES: readonly ActionType[] = [
  'announcement',
  'poll',
  'survey',
  'job',
  'checklist',
  'meet',
  'attendance',
  'training',
];

/** `createdBy` of the built-in Actions: Kaizala made them, nobody in the organization. */
export const KAIZALA = 'kaizala';

const BUILTIN_NAMES: Readonly<Record<ActionType, string>> = {
  announcement: 'Announcement',
  poll: 'Quick Poll',
  survey: 'Survey',
  job: 'Job',
  checklist: 'Checklist',
  meet: "Let's Meet",
  attendance: 'Attendance',
  training: 'Training',
};

/**
 * The built-in catalog. It is not stored: it exists for every organization, including one
 * created before any Action was touched, and cannot be deleted.
 */
export const BUILTIN_ACTIONS: readonly OrgAction[] = ACTION_TYPES.map((type) => ({
  id: builtinActionId(type),
  name: BUILTIN_NAMES[type],
  type,
  description: '',
  createdBy: KAIZALA,
  createdAt: 0,
  builtIn: true,
}));

/** Id of the built-in Action of a type, e.g. `kaizala.poll`. */
export function builtinActionId(type: ActionType): string {
  return `${KAIZALA}.${type}`;
}

export function isActionType(value: unknown): value is ActionType {
  return typeof value === 'string' && (ACTION_TYPES as readonly string[]).includes(value);
}

/** The organization's Actions: the built-in catalog first, then custom ones by name. */
export function allActions(custom: readonly OrgAction[]): OrgAction[] {
  const own = custom
    .filter((a) => !a.builtIn)
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  return [...BUILTIN_ACTIONS, ...own];
}

export const MAX_CATALOG_NAME = 64;
export const MAX_DESCRIPTION = 500;

/** Names compare without case, accents composed and spaces collapsed. */
export function catalogNameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Checks the name of a connector or custom Action: required, at most 64 characters, no
 * markup, unique among `existing` (case-insensitive). `area` prefixes the problem codes
 * (`connector.name.empty`, `action.name.duplicate`…).
 */
export function validateCatalogName(
  area: 'connector' | 'action',
  raw: string,
  existing: ReadonlyArray<{ name: string }>,
): { name: string; problem?: Problem } {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const base = { column: 'name', value: preview(name) };
  if (name === '') return { name, problem: { ...base, code: `${area}.name.empty` } };
  if (name.length > MAX_CATALOG_NAME) {
    return {
      name,
      problem: {
        ...base,
        code: `${area}.name.tooLong`,
        params: { max: MAX_CATALOG_NAME, length: name.length },
      },
    };
  }
  if (/[<>]/.test(name)) return { name, problem: { ...base, code: `${area}.name.markup` } };
  const key = catalogNameKey(name);
  const other = existing.find((x) => catalogNameKey(x.name) === key);
  if (other) {
    return {
      name,
      problem: { ...base, code: `${area}.name.duplicate`, params: { other: other.name } },
    };
  }
  return { name };
}

/** Checks an optional description: trimmed, at most 500 characters. */
export function validateDescription(raw: string): { description: string; problem?: Problem } {
  const description = raw.trim();
  if (description.length <= MAX_DESCRIPTION) return { description };
  return {
    description,
    problem: {
      column: 'description',
      value: preview(description),
      code: 'catalog.description.tooLong',
      params: { max: MAX_DESCRIPTION, length: description.length },
    },
  };
}

/** The roles allowed to send a published Action: at least one of admin and member, each once. */
export function validateRoles(roles: readonly string[]): { roles: GroupRole[]; problem?: Problem } {
  const chosen = (['admin', 'member'] as const).filter((r) => roles.includes(r));
  const unknown = roles.filter((r) => r !== 'admin' && r !== 'member');
  if (unknown.length > 0) {
    return {
      roles: chosen,
      problem: {
        column: 'roles',
        value: preview(unknown.join(', ')),
        code: 'publication.roles.unknown',
      },
    };
  }
  if (chosen.length === 0)
    return { roles: chosen, problem: { column: 'roles', code: 'publication.roles.empty' } };
  return { roles: chosen };
}

/** The id of the publication of `refId` in `groupId`: one per thing per group. */
export function publicationId(kind: PublicationKind, groupId: string, refId: string): string {
  return `${kind}:${groupId}:${refId}`;
}

/** The actor's role in a group, or undefined when they are not a member. */
export function groupRoleOf(actor: ActorContext, groupId: string): GroupRole | undefined {
  if (actor.adminOf.has(groupId)) return 'admin';
  return actor.memberOf.has(groupId) ? 'member' : undefined;
}

/**
 * True when someone with `role` in the group may send `actionId` there: the group has a
 * publication of that Action whose allowed roles include the role.
 */
export function maySend(
  publications: readonly Publication[],
  groupId: string,
  actionId: string,
  role: GroupRole | undefined,
): boolean {
  if (!role) return false;
  return publications.some(
    (p) =>
      p.kind === 'action' &&
      p.groupId === groupId &&
      p.refId === actionId &&
      (p.roles ?? []).includes(role),
  );
}

/** The Actions someone with `role` may send in the group, in catalog order. */
export function sendableActions(
  actions: readonly OrgAction[],
  publications: readonly Publication[],
  groupId: string,
  role: GroupRole | undefined,
): OrgAction[] {
  return actions.filter((a) => maySend(publications, groupId, a.id, role));
}

/**
 * True when the actor may publish somewhere: an org admin, an admin of an organization
 * group, or an admin of a private group (who publishes to that group only). Registering a
 * connector and adding a custom Action need this; the portal hides those controls otherwise.
 */
export function mayPublishAnywhere(actor: ActorContext): boolean {
  if (can(actor, 'catalog.publish')) return true;
  return [...actor.adminOf].some((id) => actor.privateGroups?.has(id));
}

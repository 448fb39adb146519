import type { CommandContext } from '../kernel/context';
import { DomainError, type Problem } from '../../domain/errors';
import type { Group } from '../../domain/types';
import { getGroups } from '../../storage/repos';

/** Helpers shared by the connector, Action and conversation commands. */

/** The group, or a refusal when it is gone. */
export async function loadGroup(ctx: CommandContext, groupId: string): Promise<Group> {
  const [group] = await getGroups(ctx.db, [groupId]);
  if (!group) throw new DomainError('group.notFound', { groupId });
  return group;
}

/** A group the actor may publish to (SPEC §10: org admins all, group admins theirs, members none). */
export async function publishableGroup(ctx: CommandContext, groupId: string): Promise<Group> {
  ctx.requireOrg();
  const group = await loadGroup(ctx, groupId);
  ctx.require('catalog.publish', { groupId: group.id, groupKind: group.kind });
  return group;
}

/** Refuses the form when any problem was found. */
export function refuseProblems(problems: ReadonlyArray<Problem | undefined>): void {
  const found = problems.filter((p): p is Problem => p !== undefined);
  if (found.length > 0) throw new DomainError('form.invalid', {}, found);
}

/** A short random id with a prefix and the creation time, like the other records' ids. */
export function newId(prefix: string, now: number): string {
  return `${prefix}-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

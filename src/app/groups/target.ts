import type { ReadContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import type { Target } from '../../domain/permissions';
import { getGroups } from '../../storage/repos';

/**
 * The permission target of an entry whose input names a group (`groupId`): that group, of
 * its stored kind. A group that does not exist is refused as such.
 */
export async function groupTarget(ctx: ReadContext, input: { groupId: string }): Promise<Target> {
  const [group] = await getGroups(ctx.db, [input.groupId]);
  if (!group) throw new DomainError('group.notFound', { groupId: input.groupId });
  return { groupId: group.id, groupKind: group.kind };
}

import type { ReadContext } from '../kernel/context';
import { accessOf, type JobRecordBase } from '../../domain/jobs';
import type { Group } from '../../domain/types';
import { getGroups } from '../../storage/repos';

/**
 * Who may see a job and its files (SPEC §10): the capability the job was started with, on
 * its group when it was one group's. The group's kind is read now: a group made private
 * since is its own members' business.
 * The groups of all the jobs are read in one request; the check itself is synchronous.
 */
export async function visibleJobs<J extends JobRecordBase>(
  ctx: ReadContext,
  jobs: readonly J[],
): Promise<J[]> {
  const access = jobs.map((j) => accessOf(j as J & { groupId?: string }));
  const ids = [...new Set(access.flatMap((a) => (a.groupId === undefined ? [] : [a.groupId])))];
  const groups = new Map<string, Group>();
  for (const g of await getGroups(ctx.db, ids)) if (g) groups.set(g.id, g);
  return jobs.filter((_, i) => {
    const { can, groupId } = access[i]!;
    if (groupId === undefined) return ctx.can(can);
    const kind = groups.get(groupId)?.kind;
    return ctx.can(can, { groupId, ...(kind ? { groupKind: kind } : {}) });
  });
}

/** `job` when the actor may see it, else undefined. */
export async function visibleJob<J extends JobRecordBase>(
  ctx: ReadContext,
  job: J | undefined,
): Promise<J | undefined> {
  return job && (await visibleJobs(ctx, [job]))[0];
}

import type { ReadContext } from '../kernel/context';
import { USER_EXPORT } from './user-export';
import type { GroupExport } from './group-export';

/** Export Existing Groups: the zip of the groups the actor can see, and what it left out. */
async function groupsExport(ctx: ReadContext): Promise<GroupExport> {
  // JSZip and the CSV writer load only when the export is made.
  const { exportGroups } = await import('./group-export');
  return exportGroups(ctx.db, ctx.actorCtx);
}

/** The exports area's code: data going out of the sandbox (SPEC §6, §7). */
export default {
  commands: {},
  queries: {
    'groups-export': groupsExport,
  },
  jobs: {
    'user-export': USER_EXPORT,
  },
};

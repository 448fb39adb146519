import type { ReadContext } from '../kernel/context';
import { groupTarget } from '../groups/target';
import { DomainError } from '../../domain/errors';
import { NO_GROUP_COUNTS, newJob, type GroupUploadJob } from '../../domain/jobs';
import type { Group, Locale } from '../../domain/types';
import { getGroups } from '../../storage/repos';
import { parentFileKey } from '../../storage/group-upload-repo';
import { runJob, type JobKind, type JobRuntime } from '../kernel/jobs';

export interface GroupUploadStartInput {
  mappingFile: Blob;
  mappingFileName: string;
  parentFile?: Blob;
  parentFileName?: string;
  /** Language of the error log. */
  locale: Locale;
  /** Import via CSV into this group only (a group's Users tab); no parent file then. */
  groupId?: string;
}

/**
 * Who may upload (or check) group files: the bulk upload creates organization groups, so
 * only org admins; one group's import needs `group.users.manage` on that group (its admins
 * may do it, a private group's too). Returns that group.
 */
export async function requireUploader(
  ctx: ReadContext,
  groupId: string | undefined,
): Promise<Group | undefined> {
  if (groupId === undefined) {
    ctx.require('org.manage');
    return undefined;
  }
  ctx.require('group.users.manage', await groupTarget(ctx, { groupId }));
  const [group] = await getGroups(ctx.db, [groupId]);
  return group;
}

/** The code of a run: loaded where the job runs, or ahead of it (`prepare`). */
const runCode = () => import('./group-upload-job');

/**
 * Groups → Bulk Upload Users, and a group's Users → Import via CSV (SPEC §7). The job, its
 * mapping file (under the job id) and its parent file (under `<id>#parent`) are stored
 * together, so the job can run and resume from the database alone. A file over the size
 * limit is refused up front: the job is Failed with the reason (naming the file) and no
 * file is stored.
 */
export const GROUP_UPLOAD: JobKind<GroupUploadJob, GroupUploadStartInput> = {
  audit: 'groups.upload',
  phases: ['scanning', 'applying'],
  cancelledEarly: { code: 'import.cancelledEarly' },
  reasons: { quota: 'import.quota', unexpected: 'import.unexpected' },
  async create(ctx, input, base) {
    const org = ctx.requireOrg();
    const group = await requireUploader(ctx, input.groupId);
    if (group && input.parentFile) throw new DomainError('group.upload.parentForOneGroup');
    const parent = input.parentFile;
    const parentName = input.parentFileName ?? 'parent-group-mapping.csv';
    const files = [
      { name: input.mappingFileName, size: input.mappingFile.size },
      ...(parent ? [{ name: parentName, size: parent.size }] : []),
    ];
    const start = {
      ...base,
      now: base.createdAt,
      actor: ctx.actor,
      region: org.region,
      locale: input.locale,
      access: group
        ? { can: 'group.users.manage' as const, groupId: group.id }
        : { can: 'org.manage' as const },
    };
    const job: GroupUploadJob = {
      ...newJob(start, files, true),
      kind: 'group-upload',
      ...(parent ? { parentFileName: parentName } : {}),
      ...(group ? { groupId: group.id, groupName: group.name } : {}),
      counts: NO_GROUP_COUNTS,
    };
    const stored: Array<readonly [string, Blob]> = [];
    if (job.status !== 'failed') {
      stored.push([job.id, input.mappingFile]);
      if (parent) stored.push([parentFileKey(job.id), parent]);
    }
    return {
      job,
      files: stored,
      details: {
        file: input.mappingFileName,
        ...(parent ? { parentFile: parentName } : {}),
        ...(group ? { groupId: group.id } : {}),
      },
    };
  },
  // The reading and writing code (and the phone library) load only where the job runs.
  run: async (rt, job) => (await runCode()).groupUploadRun(rt, job),
  prepare: runCode,
};

/** Runs (or resumes) the job; returns it as it ended, or undefined if it no longer exists. */
export function runGroupUploadJob(rt: JobRuntime, id: string): Promise<GroupUploadJob | undefined> {
  return runJob(rt, GROUP_UPLOAD as JobKind<GroupUploadJob, never>, id);
}

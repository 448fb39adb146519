import type { CommandContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import { NO_GROUP_COUNTS, newJob, type GroupUploadJob } from '../../domain/jobs';
import type { Locale } from '../../domain/types';
import { getGroups } from '../../storage/repos';
import { getJob, putJob, putJobFile } from '../../storage/jobs-repo';
import { parentFileKey } from '../../storage/group-upload-repo';

/**
 * Commands of the bulk group upload and the per-group CSV import (SPEC §7), registered in
 * the command map through `GROUP_UPLOAD_COMMANDS`.
 */

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
 * Who may run an upload: the bulk upload creates organization groups, so only org admins;
 * one group's import needs `group.users.manage` on that group (its admins may do it).
 */
async function requireUploader(ctx: CommandContext, groupId: string | undefined) {
  if (groupId === undefined) {
    ctx.require('org.manage');
    return undefined;
  }
  const [group] = await getGroups(ctx.db, [groupId]);
  if (!group) throw new DomainError('group.notFound', { groupId });
  ctx.require('group.users.manage', { groupId, groupKind: group.kind });
  return group;
}

/**
 * Queues a group upload: the job, its mapping file (under the job id) and its parent file
 * (under `<id>#parent`) are stored together, so the job can run and resume from the
 * database alone. A file over the size limit is refused up front: the job is Failed with
 * the reason (naming the file) and no file is stored.
 */
export async function groupUploadStart(
  ctx: CommandContext,
  input: GroupUploadStartInput,
): Promise<{ jobId: string }> {
  const org = ctx.requireOrg();
  const group = await requireUploader(ctx, input.groupId);
  if (group && input.parentFile) throw new DomainError('group.upload.parentForOneGroup');
  const id = `group-upload-${ctx.now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const parent = input.parentFile;
  const parentName = input.parentFileName ?? 'parent-group-mapping.csv';
  const files = [
    { name: input.mappingFileName, size: input.mappingFile.size },
    ...(parent ? [{ name: parentName, size: parent.size }] : []),
  ];
  const start = { id, now: ctx.now, actor: ctx.actor, region: org.region, locale: input.locale };
  const job: GroupUploadJob = {
    ...newJob(start, files, true),
    kind: 'group-upload',
    ...(parent ? { parentFileName: parentName } : {}),
    ...(group ? { groupId: group.id, groupName: group.name } : {}),
    counts: NO_GROUP_COUNTS,
  };
  await putJob(ctx.db, job);
  if (job.status === 'processing') {
    await putJobFile(ctx.db, id, input.mappingFile);
    if (parent) await putJobFile(ctx.db, parentFileKey(id), parent);
  }
  ctx.audit('groups.upload.start', id, {
    file: input.mappingFileName,
    ...(parent ? { parentFile: parentName } : {}),
    ...(group ? { groupId: group.id } : {}),
  });
  return { jobId: id };
}

/** Asks a running group upload to stop after its current batch; any tab's runner sees it. */
export async function groupUploadCancel(
  ctx: CommandContext,
  input: { jobId: string },
): Promise<void> {
  const job = await getJob<GroupUploadJob>(ctx.db, input.jobId);
  if (!job || job.kind !== 'group-upload') throw new DomainError('import.notFound');
  // The same right that started it: one group's import may be cancelled by that group's admins.
  if (job.groupId === undefined) ctx.require('org.manage');
  else {
    const [group] = await getGroups(ctx.db, [job.groupId]);
    ctx.require('group.users.manage', {
      groupId: job.groupId,
      ...(group ? { groupKind: group.kind } : {}),
    });
  }
  if (job.status !== 'processing') throw new DomainError('import.notRunning');
  await putJob(ctx.db, { ...job, cancelRequested: true });
  ctx.audit('groups.upload.cancel', job.id);
}

export const GROUP_UPLOAD_COMMANDS = {
  'group-upload-start': groupUploadStart,
  'group-upload-cancel': groupUploadCancel,
};

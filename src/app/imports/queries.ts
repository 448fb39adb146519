import type { ReadContext } from '../kernel/context';
import { simulatedNow } from '../../domain/clock';
import { visibleAttributes } from '../../domain/attributes';
import type { GroupUploadJob } from '../../domain/jobs';
import type { TemplateKind } from '../../domain/import';
import type { Locale, Network } from '../../domain/types';
import { listAttributes } from '../../storage/repos';
import { requireUploader } from './group-upload';
import { getJob, getLogParts } from '../../storage/jobs-repo';
import { csvIo } from '../kernel/modules';
import { visibleJob } from '../kernel/jobs';
import type { CheckProgress, CheckReport } from './check';
import type { GroupCheckReport } from './group-check';
import type { GroupUploadFiles } from './group-read';
import { templateBlob, templateFileName } from './templates';

/**
 * The read side of imports: Check (a dry run of the upload's own pipeline, in the jobs
 * worker), a group upload's detailed log, and the CSV templates (SPEC §5.3).
 */

export interface UsersCheckInput {
  file: Blob;
  network: Network;
  locale: Locale;
  /** Reads numbers with this region instead of the organization's (the templates page). */
  region?: string;
}

/** Checks a users file against the attributes the actor sees, writing nothing. */
export async function checkUsersFile(
  ctx: ReadContext,
  input: UsersCheckInput,
  progress?: (p: CheckProgress) => void,
): Promise<CheckReport> {
  const offset = ctx.org?.clockOffset ?? 0;
  // The reading code loads where the check runs (the jobs worker), not with this module.
  const { checkImport } = await import('./check');
  // Anyone may check a file against the templates; only those who may import it learn what
  // it would do to the stored users (who exists, who is deleted).
  const against = ctx.can('org.manage') ? ctx.db : undefined;
  return checkImport(
    against,
    input.file,
    {
      attributes: visibleAttributes(ctx.actorCtx.orgAdmin, await listAttributes(ctx.db)),
      region: input.region ?? ctx.org?.region ?? 'PL',
      network: input.network,
      locale: input.locale,
      simNow: () => simulatedNow(offset),
    },
    progress,
  );
}

export interface GroupCheckInput {
  files: GroupUploadFiles;
  locale: Locale;
  /** One group's Import via CSV. */
  groupId?: string;
  /**
   * The templates page's offline check (SPEC §5.3), open to anyone like the users check:
   * only those who may upload learn what it would do to the stored groups. Numbers without
   * `+` are read with `region` instead of the organization's.
   */
  templates?: { region: string };
}

/** Checks a group upload's files (or one group's import), writing nothing. */
export async function checkGroupFiles(
  ctx: ReadContext,
  input: GroupCheckInput,
  progress?: (p: CheckProgress) => void,
): Promise<GroupCheckReport> {
  const { checkGroupUpload } = await import('./group-check');
  if (input.templates) {
    const against = ctx.can('org.manage') ? ctx.db : undefined;
    const env = { region: input.templates.region, locale: input.locale };
    return checkGroupUpload(against, input.files, env, progress);
  }
  // What an upload would do says who is in which group: only those who may upload see it.
  const target = await requireUploader(ctx, input.groupId);
  const env = {
    region: ctx.org?.region ?? 'PL',
    locale: input.locale,
    ...(target ? { target } : {}),
  };
  return checkGroupUpload(ctx.db, input.files, env, progress);
}

/** A job's detailed log: its lines as the error log has them (File, Row, Column, Value, Error). */
export interface GroupUploadLog {
  job: GroupUploadJob;
  lines: string[][];
  /** Lines in the whole log; only the first `limit` are in `lines`. */
  total: number;
}

/** The job with the first `limit` lines of its error log, read back into cells. */
export async function groupUploadLog(
  ctx: ReadContext,
  input: { jobId: string; limit?: number },
): Promise<GroupUploadLog | undefined> {
  const stored = await getJob<GroupUploadJob>(ctx.db, input.jobId);
  const job = await visibleJob(ctx, stored?.kind === 'group-upload' ? stored : undefined);
  if (!job) return undefined;
  const parts = await getLogParts(ctx.db, input.jobId, job.logParts);
  const { createCsvReader, unescapeFormula } = csvIo();
  const reader = createCsvReader();
  const rows = [];
  for (const part of parts) rows.push(...reader.push(await part.text()));
  rows.push(...reader.end());
  // Shown as text on the page, a value needs no spreadsheet escaping.
  const lines = rows.slice(0, input.limit ?? 1_000).map((r) => r.fields.map(unescapeFormula));
  return { job, lines, total: rows.length };
}

/** A CSV template for the attributes the actor sees, and the name to save it under. */
export async function template(
  ctx: ReadContext,
  input: { kind: TemplateKind; locale: Locale },
): Promise<{ blob: Blob; fileName: string }> {
  const attributes = visibleAttributes(ctx.actorCtx.orgAdmin, await listAttributes(ctx.db));
  return {
    blob: templateBlob(input.kind, attributes, input.locale),
    fileName: templateFileName(input.kind),
  };
}

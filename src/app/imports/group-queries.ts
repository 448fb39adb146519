import { getRuntime } from '../kernel/runtime';
import { loadActor } from '../kernel/context';
import type { GroupUploadJob } from '../../domain/jobs';
import type { Group } from '../../domain/types';
import { getGroups } from '../../storage/repos';
import { getJob, getJobFile, getLogParts, listJobs } from '../../storage/jobs-repo';
import { parentFileKey } from '../../storage/group-upload-repo';
import type { GroupExport } from '../exports/group-export';

/**
 * The read side of group uploads; the UI turns these into live queries (`useLive`). A job's
 * error log as a file is the generic `QUERIES.importErrorLog`.
 */

/** A job's detailed log: its lines as the error log has them (File, Row, Column, Value, Error). */
export interface GroupUploadLog {
  job: GroupUploadJob;
  lines: string[][];
  /** Lines in the whole log; only the first `limit` are in `lines`. */
  total: number;
}

export const GROUP_UPLOAD_QUERIES = {
  /** Group upload jobs, newest first; with `groupId`, only that group's imports. */
  async jobs(groupId?: string): Promise<GroupUploadJob[]> {
    const jobs = await listJobs<GroupUploadJob>(getRuntime().db, 'group-upload');
    return groupId === undefined ? jobs : jobs.filter((j) => j.groupId === groupId);
  },

  /** One job, live while it runs. */
  job(jobId: string): Promise<GroupUploadJob | undefined> {
    return getJob<GroupUploadJob>(getRuntime().db, jobId);
  },

  /** A group, for titles (undefined when it is gone). */
  async group(groupId: string): Promise<Group | undefined> {
    return (await getGroups(getRuntime().db, [groupId]))[0];
  },

  /** The mapping or the parent file the job was uploaded with. */
  originalFile(jobId: string, which: 'mapping' | 'parent'): Promise<Blob | undefined> {
    return getJobFile(getRuntime().db, which === 'mapping' ? jobId : parentFileKey(jobId));
  },

  /** The job with the first `limit` lines of its error log, read back into cells. */
  async log(jobId: string, limit = 1_000): Promise<GroupUploadLog | undefined> {
    const { db } = getRuntime();
    const job = await getJob<GroupUploadJob>(db, jobId);
    if (!job) return undefined;
    const parts = await getLogParts(db, jobId, job.logParts);
    // The CSV code loads only when a log is opened.
    const [{ createCsvReader }, { unescapeFormula }] = await Promise.all([
      import('../../io/csv'),
      import('../../io/csv-write'),
    ]);
    const reader = createCsvReader();
    const rows = [];
    for (const part of parts) rows.push(...reader.push(await part.text()));
    rows.push(...reader.end());
    // Shown as text on the page, a value needs no spreadsheet escaping.
    const lines = rows.slice(0, limit).map((r) => r.fields.map(unescapeFormula));
    return { job, lines, total: rows.length };
  },

  /** Export Existing Groups: the zip for the acting user, and what it left out. */
  async exportZip(): Promise<GroupExport> {
    const { db } = getRuntime();
    const { actorCtx } = await loadActor(db);
    // JSZip and the CSV writer load only when the export is made.
    const { exportGroups } = await import('../exports/group-export');
    return exportGroups(db, actorCtx);
  },
};

import type { JobRecord, LabDb } from './db';

/**
 * Jobs and their files. A job's original file is stored under its id; its error log is
 * stored in parts (`<id>#log<n>`), one per committed batch that had problems, so the log
 * grows with the job and never has to be rewritten.
 */

export function getJob<T extends JobRecord>(db: LabDb, id: string): Promise<T | undefined> {
  return db.jobs.get(id) as Promise<T | undefined>;
}

export function putJob<T extends JobRecord>(db: LabDb, job: T): Promise<unknown> {
  return db.jobs.put(job);
}

/** Jobs of one kind, newest first. */
export async function listJobs<T extends JobRecord>(db: LabDb, kind: string): Promise<T[]> {
  const jobs = await db.jobs
    .where('[kind+createdAt]')
    .between([kind, -Infinity], [kind, Infinity])
    .reverse()
    .toArray();
  return jobs as T[];
}

export function jobsWithStatus<T extends JobRecord>(db: LabDb, status: string): Promise<T[]> {
  return db.jobs.where('status').equals(status).toArray() as unknown as Promise<T[]>;
}

export function countWithStatus(db: LabDb, status: string): Promise<number> {
  return db.jobs.where('status').equals(status).count();
}

export function putJobFile(db: LabDb, jobId: string, file: Blob): Promise<unknown> {
  return db.jobFiles.put({ jobId, file });
}

export async function getJobFile(db: LabDb, jobId: string): Promise<Blob | undefined> {
  return (await db.jobFiles.get(jobId))?.file;
}

function logKey(jobId: string, part: number): string {
  return `${jobId}#log${part}`;
}

export function putLogPart(db: LabDb, jobId: string, part: number, text: Blob): Promise<unknown> {
  return db.jobFiles.put({ jobId: logKey(jobId, part), file: text });
}

/** The stored parts of a job's error log, in order. */
export async function getLogParts(db: LabDb, jobId: string, parts: number): Promise<Blob[]> {
  const keys = Array.from({ length: parts }, (_, i) => logKey(jobId, i));
  const rows = await db.jobFiles.bulkGet(keys);
  return rows.flatMap((r) => (r ? [r.file] : []));
}

/** Where a job's result (an export's CSV…) is stored. */
export function outputFileKey(jobId: string): string {
  return `${jobId}#out`;
}

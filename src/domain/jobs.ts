import type { Params, Problem } from './errors';
import type { Capability } from './permissions';
import type { Network } from './types';

/**
 * Jobs (SPEC §5, §6, §7, §9): imports, group uploads, exports… Every kind shares one record
 * shape, one status machine (Queued → Processing → Completed, Failed or Cancelled) and one
 * progress model; each kind adds its own fields and counts.
 */

export type JobStatus = 'queued' | 'processing' | 'completed' | 'failed' | 'cancelled';

/** Statuses of a job that has not ended: a page that opens resumes these. */
export const UNFINISHED: readonly JobStatus[] = ['queued', 'processing'];

/** True while the job waits or runs. */
export function isUnfinished(job: { status: JobStatus }): boolean {
  return job.status === 'queued' || job.status === 'processing';
}

/** Files over this size are refused before reading (SPEC §5.2). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Files with more data rows than this are refused before anything is applied. */
export const MAX_IMPORT_ROWS = 1_000_000;

/** The refusal of a file over the size limit, before it is read (or stored). */
export function tooBigProblem(size: number): Problem {
  return {
    code: 'import.file.tooBig',
    params: { size: Math.ceil(size / 2 ** 20), max: MAX_IMPORT_BYTES / 2 ** 20 },
  };
}

/**
 * Who may see a job, its progress and its files: the capability it was started with, on
 * the group it was about (one group's import), checked with `can()` whenever it is read.
 */
export interface JobAccess {
  can: Capability;
  groupId?: string;
}

/** What every job records, whatever its kind; counts only ever include committed work. */
export interface JobRecordBase {
  id: string;
  kind: string;
  status: JobStatus;
  /** Who may see it (jobs stored before this field existed: see `accessOf`). */
  access?: JobAccess;
  /** The file the job read or wrote, as the history shows it. */
  fileName: string;
  /** Simulated time the job was queued, and of its end. */
  createdAt: number;
  finishedAt?: number;
  createdBy: string;
  createdByName: string;
  /** Language of the messages the job writes (error logs, file headers). */
  locale: string;
  /** The kind's phase the job is in (`scanning`, `applying`, `writing`…). */
  phase: string;
  /** Units of work (rows, changes, users), once known. */
  totalRows?: number;
  /** Units already done and committed; a resume starts after them. */
  doneRows: number;
  /** Real-time milliseconds when this run of the job started and the rows done then (for rows/s). */
  runStartedAt?: number;
  runStartRows?: number;
  /** Real-time milliseconds of the last committed batch, on the runner's clock. */
  progressAt?: number;
  /** Why it failed: a problem code and its params, translated when shown. */
  reason?: { code: string; params?: Params };
  cancelRequested?: boolean;
}

/** What every upload job (a CSV read into the sandbox) records besides. */
export interface JobBase extends JobRecordBase {
  /** Bytes of every file stored with the job (the scan's progress runs over all of them). */
  fileSize: number;
  region: string;
  /** Rows with warnings only (applied). */
  warnings: number;
  /** `scanning` reads the whole file first; `applying` writes batches. */
  phase: 'scanning' | 'applying';
  scannedBytes: number;
  /** Error-log parts stored so far. */
  logParts: number;
}

export interface ImportCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export const NO_COUNTS: ImportCounts = { read: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };

/** A users import job as stored (SPEC §5.1). */
export interface ImportJob extends JobBase {
  kind: 'user-import';
  network: Network;
  counts: ImportCounts;
}

/** What a bulk group upload did (or, from Check, would do). */
export interface GroupUploadCounts {
  /** Data rows of the User Group Mapping file (or the one group's file). */
  read: number;
  /** Data rows of the Parent Group Mapping file. */
  parentRead: number;
  groupsCreated: number;
  membershipsAdded: number;
  /** Memberships whose role changed. */
  membershipsChanged: number;
  membershipsUnchanged: number;
  linksSet: number;
  /** Numbers that were not in the directory and joined it in Others. */
  usersCreated: number;
  /** Rows of either file not applied because of an error. */
  failed: number;
  /** Parent rows skipped because their child is not in the mapping file. */
  ignored: number;
}

export const NO_GROUP_COUNTS: GroupUploadCounts = {
  read: 0,
  parentRead: 0,
  groupsCreated: 0,
  membershipsAdded: 0,
  membershipsChanged: 0,
  membershipsUnchanged: 0,
  linksSet: 0,
  usersCreated: 0,
  failed: 0,
  ignored: 0,
};

/**
 * A bulk group upload (Groups page) or, with `groupId`, a group's Users tab → Import via CSV.
 * `fileName` is the mapping file; the parent file, when given, is stored beside it.
 */
export interface GroupUploadJob extends JobBase {
  kind: 'group-upload';
  groupId?: string;
  /** The group's name when the upload started, for the history. */
  groupName?: string;
  parentFileName?: string;
  counts: GroupUploadCounts;
}

/** Who queues a job, when, and how its files are read. */
export interface JobStart {
  id: string;
  now: number;
  actor: { phone: string; name: string } | undefined;
  region: string;
  locale: string;
  access?: JobAccess;
}

/** A job's id: its kind, the time it was queued and a random tail. */
export function newJobId(kind: string, now: number): string {
  return `${kind}-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The shared fields of a new upload job for its files (the first is `fileName`): Processing,
 * nothing read yet — or, when a file is over the size limit, Failed at once with the reason;
 * with `nameFile` the reason names that file (a group upload has two).
 */
export function newJob(
  start: JobStart,
  files: ReadonlyArray<{ name: string; size: number }>,
  nameFile = false,
): Omit<JobBase, 'kind'> {
  const tooBig = files.find((f) => f.size > MAX_IMPORT_BYTES);
  const job: Omit<JobBase, 'kind'> = {
    id: start.id,
    ...(start.access ? { access: start.access } : {}),
    status: tooBig ? 'failed' : 'queued',
    fileName: files[0]!.name,
    fileSize: files.reduce((sum, f) => sum + f.size, 0),
    createdAt: start.now,
    createdBy: start.actor?.phone ?? 'system',
    createdByName: start.actor?.name ?? '',
    region: start.region,
    locale: start.locale,
    warnings: 0,
    phase: 'scanning',
    scannedBytes: 0,
    doneRows: 0,
    logParts: 0,
  };
  if (!tooBig) return job;
  const { code, params } = tooBigProblem(tooBig.size);
  const reason = { code, params: { ...params, ...(nameFile ? { file: tooBig.name } : {}) } };
  return { ...job, finishedAt: start.now, reason };
}

/** Every upload job kind, as the history and the worker tell them apart. */
export type UploadJob = ImportJob | GroupUploadJob;

/**
 * Rows per second and seconds left of a running job, from its committed progress. Both
 * times come from the runner's clock (the page's clock may differ, e.g. a pinned test clock).
 */
export function jobRate(
  job: Pick<
    JobRecordBase,
    'doneRows' | 'totalRows' | 'runStartedAt' | 'runStartRows' | 'progressAt'
  >,
): { rowsPerSecond: number; secondsLeft: number | undefined } {
  if (job.runStartedAt === undefined || job.progressAt === undefined)
    return { rowsPerSecond: 0, secondsLeft: undefined };
  const seconds = (job.progressAt - job.runStartedAt) / 1000;
  const rows = job.doneRows - (job.runStartRows ?? 0);
  const rowsPerSecond = seconds > 0 ? rows / seconds : 0;
  const left = job.totalRows === undefined ? undefined : job.totalRows - job.doneRows;
  return {
    rowsPerSecond,
    secondsLeft: left !== undefined && rowsPerSecond > 0 ? left / rowsPerSecond : undefined,
  };
}

/** The status word shown in the history: Completed, Completed with errors, … */
export function statusLabelKey(
  job: Pick<JobRecordBase, 'status'> & { counts: { failed: number } },
): string {
  if (job.status === 'completed' && job.counts.failed > 0) return 'completedWithErrors';
  return job.status;
}

/**
 * Who may see `job`: what it records, or for jobs stored before that, what its kind needed
 * (one group's import: that group's admins; anything else: org admins).
 */
export function accessOf(
  job: Pick<JobRecordBase, 'access' | 'kind'> & { groupId?: string },
): JobAccess {
  if (job.access) return job.access;
  if (job.kind === 'group-upload' && job.groupId !== undefined)
    return { can: 'group.users.manage', groupId: job.groupId };
  return { can: 'org.manage' };
}

/** Which users an export writes: both networks, or one tab's. */
export type ExportScope = 'all' | Network;

/** Directory → Export Users → Create New Request (SPEC §6). */
export interface ExportJob extends JobRecordBase {
  kind: 'user-export';
  scope: ExportScope;
  phase: 'writing';
  /** Bytes of the written file, once it is written. */
  fileSize?: number;
  counts: { rows: number; failed: number };
}

/** Reports → Export Tenant Data (SPEC §9): the data package zip. */
export interface TenantExportJob extends JobRecordBase {
  kind: 'tenant-export';
  phase: 'writing';
  /** Bytes of the written zip, once it is written. */
  fileSize?: number;
  /** Data rows written over every file, and the files. */
  counts: { rows: number; files: number; failed: number };
}

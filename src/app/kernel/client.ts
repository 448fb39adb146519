/**
 * The client: the UI's one door into the app. Islands `run` commands, `watch` or `query`
 * queries, `startJob`/`cancelJob` jobs, and follow job events and the directory's read
 * model — all by name, through the registry; every answer or refusal comes back in one
 * shape (`DomainError`), from this thread or a worker alike.
 */
import { registry, type Commands, type Jobs, type Queries } from '../areas';
import { cancelStoredJob, createJob, readQuery, runCommand, watchQuery } from './runner';
import { addService, boot, isBooted, shutdown } from './runtime';
import { connect, toDomainError, type Connection } from './transport';
import { loadPhoneIo } from './modules';
import type { PageRequest } from '../directory/engine';
import type { DirectoryEvents } from '../directory/protocol';

export type CommandName = keyof Commands & string;
export type CommandInput<K extends CommandName> = Parameters<Commands[K]>[1];
export type CommandOutput<K extends CommandName> = Awaited<ReturnType<Commands[K]>>;
export type QueryName = keyof Queries & string;
export type QueryInput<K extends QueryName> = Parameters<Queries[K]>[1];
export type QueryOutput<K extends QueryName> = Awaited<ReturnType<Queries[K]>>;
export type QueryProgress<K extends QueryName> =
  Parameters<Queries[K]> extends [unknown, unknown, ((p: infer P) => void)?] ? P : never;
export type JobKindName = keyof Jobs & string;
export type JobInput<K extends JobKindName> = Jobs[K] extends {
  create: (ctx: never, input: infer I, base: never) => unknown;
}
  ? I
  : never;

export interface QueryOptions<K extends QueryName> {
  onProgress?: (progress: QueryProgress<K>) => void;
}

/** `[input]`, or `[input?]` when the entry takes none. */
type Args<I> = undefined extends I ? [input?: I] : [input: I];

/** Rejections, whatever their source, as the DomainError the UI translates. */
async function door<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toDomainError(error);
  }
}

/** Runs a command in one transaction. Rejects with a `DomainError` when it is refused. */
export function run<K extends CommandName>(
  name: K,
  ...[input]: Args<CommandInput<K>>
): Promise<CommandOutput<K>> {
  return door(() => runCommand(registry, name, input) as Promise<CommandOutput<K>>);
}

/**
 * Runs a query now and again whenever what it read changes (in any tab). `onError` gets a
 * `DomainError`: a refusal, a failed load, or a broken read. Returns the unsubscribe.
 */
export function watch<K extends QueryName>(
  name: K,
  input: QueryInput<K>,
  onValue: (value: QueryOutput<K>) => void,
  onError: (error: Error) => void,
): () => void {
  return watchQuery(
    registry,
    name,
    input,
    (v) => onValue(v as QueryOutput<K>),
    (e) => onError(toDomainError(e)),
  );
}

/** Whether workers can run here (not in Node tests). */
const hasWorkers = typeof Worker !== 'undefined';

let jobsWorker: Connection | undefined;
/** The jobs worker: checks, imports, exports — every job of every kind. */
function jobs(): Connection {
  jobsWorker ??= connect(
    'jobs',
    () =>
      new Worker(new URL('./jobs.worker.ts', import.meta.url), { type: 'module', name: 'jobs' }),
  );
  return jobsWorker;
}

/**
 * Runs a query once. A query its area runs in the jobs worker (a file check) goes there,
 * reporting progress to `onProgress`.
 */
export function query<K extends QueryName>(
  name: K,
  ...[input, options = {}]: undefined extends QueryInput<K>
    ? [input?: QueryInput<K>, options?: QueryOptions<K>]
    : [input: QueryInput<K>, options?: QueryOptions<K>]
): Promise<QueryOutput<K>> {
  const progress = options.onProgress as ((value: unknown) => void) | undefined;
  return door(async (): Promise<QueryOutput<K>> => {
    const out =
      registry.query(name).meta.runsIn === 'worker' && hasWorkers
        ? await jobs().call('query', { name, input }, progress)
        : await readQuery(registry, name, input, progress);
    return out as QueryOutput<K>;
  });
}

/**
 * Queues a job of `kind` (checked, stored with its files and audited in one transaction)
 * and hands it to the jobs worker. Resolves once the worker has it: its progress and end
 * are then in the job's record (watch the `job` or `jobs` query).
 */
export function startJob<K extends JobKindName>(
  kind: K,
  input: JobInput<K>,
): Promise<{ jobId: string }> {
  return door(async () => {
    const { jobId, status } = await createJob(registry, kind, input);
    if (status === 'queued' && hasWorkers) await jobs().call('run', { jobId });
    return { jobId };
  });
}

/** Asks a job to stop after its current batch (refused unless the actor may). */
export function cancelJob(jobId: string): Promise<void> {
  return door(() => cancelStoredJob(registry, jobId));
}

/** Hands every unfinished job (queued, or left running by a closed tab) to the jobs worker. */
export function resumeJobs(): Promise<void> {
  return door(async () => {
    if (hasWorkers) await jobs().call('resume');
  });
}

/** Calls `listener` when a job this tab's worker ran has ended. Returns the removal. */
export function onJobEnded(listener: (e: { jobId: string; status: string }) => void): () => void {
  return jobs().on('job-ended', (v) => listener(v as { jobId: string; status: string }));
}

// ---------------------------------------------------------------- the directory read model

/** Where the directory read model is: loading (with users read so far) or ready. */
export interface DirectoryStatus {
  ready: boolean;
  loaded: number;
}

let directoryWorker: Connection | undefined;
let status: DirectoryStatus = { ready: false, loaded: 0 };
const statusListeners = new Set<(s: DirectoryStatus) => void>();
const changeListeners = new Set<() => void>();

function directory(): Connection {
  if (directoryWorker) return directoryWorker;
  const conn = connect(
    'directory',
    () =>
      new Worker(new URL('../directory/directory.worker.ts', import.meta.url), {
        type: 'module',
        name: 'directory',
      }),
  );
  const tell = () => statusListeners.forEach((l) => l(status));
  conn.on('progress', (v) => {
    const e = v as DirectoryEvents['progress'];
    if (!status.ready) status = { ready: false, loaded: e.loaded };
    tell();
  });
  conn.on('ready', (v) => {
    const e = v as DirectoryEvents['ready'];
    status = { ready: true, loaded: e.loaded };
    performance.mark('kl:directory-ready', { detail: e });
    changeListeners.forEach((l) => l());
    tell();
  });
  conn.on('saved', (v) => performance.mark('kl:directory-saved', { detail: v }));
  conn.on('changed', () => {
    changeListeners.forEach((l) => l());
    tell();
  });
  // A worker that stopped (released, or died) starts again from its snapshot when asked.
  conn.on('stopped', () => {
    status = { ready: false, loaded: 0 };
    tell();
  });
  directoryWorker = conn;
  return conn;
}

/** How long the list may be off screen before its read model is let go. */
const STOP_AFTER_MS = 10_000;
let stopTimer: ReturnType<typeof setTimeout> | undefined;

/** Starts the read model's worker; called once the first rows are on screen. */
export function startDirectory(): void {
  clearTimeout(stopTimer);
  if (!directory().running)
    void directory()
      .call('start')
      .catch(() => undefined);
}

/** The list is on screen again: a pending release is called off. */
export function keepDirectory(): void {
  clearTimeout(stopTimer);
}

/**
 * Lets the read model go once the list has been off screen for a while (another section,
 * Import History, Deleted users…). At a million users it holds hundreds of megabytes and
 * would keep reading every change — during an import, every batch. Showing the list again
 * starts it from its snapshot and the change log.
 */
export function releaseDirectory(): void {
  clearTimeout(stopTimer);
  stopTimer = setTimeout(() => directoryWorker?.close(), STOP_AFTER_MS);
}

/** Follows the read model: its loading status, and every change it has applied. */
export function subscribeDirectory(
  onStatus: (s: DirectoryStatus) => void,
  onChange: () => void,
): () => void {
  statusListeners.add(onStatus);
  changeListeners.add(onChange);
  onStatus(status);
  return () => {
    statusListeners.delete(onStatus);
    changeListeners.delete(onChange);
  };
}

/** One window of a tab's (searched, sorted) users; `undefined` while the model loads. */
export function directoryPage(
  page: PageRequest,
): Promise<{ phones: string[]; total: number } | undefined> {
  return door(() =>
    directory().call<{ phones: string[]; total: number } | undefined>('page', page),
  );
}

// ---------------------------------------------------------------- life cycle

// The services the page's runtime starts: purge ended restore windows, resume jobs a
// closed tab left; and the workers it stops at shutdown.
addService({
  name: 'purge',
  start: async () => void (await run('users-purge-due')),
});
addService({
  name: 'resume jobs',
  start: async () => {
    const unfinished = await query('jobs-unfinished');
    if (unfinished > 0) await resumeJobs();
  },
});
addService({
  name: 'workers',
  stop: () => {
    clearTimeout(stopTimer);
    jobsWorker?.close();
    directoryWorker?.close();
  },
});

/** Starts the app once per page (database, services); every island calls it. */
export function start(): Promise<void> {
  return boot();
}

export { isBooted, shutdown, loadPhoneIo };

// ---------------------------------------------------------------- types the UI uses

export { DomainError } from '../../domain/errors';
export { toDomainError } from './transport';
export type { Session } from '../sandbox/queries';
export type { DirectoryRow, UserDetails } from '../directory/queries';
export type { GroupMemberRow, GroupsView } from '../groups/queries';
export type { ActionRow, ConnectorRow, MessageView, PlacedPublication } from '../catalog/queries';
export type { CheckProgress, CheckReport } from '../imports/check';
export type { GroupCheckReport } from '../imports/group-check';
export type { GroupUploadFiles } from '../imports/group-read';
export type { GroupUploadLog } from '../imports/queries';
export type { GroupExport } from '../exports/group-export';
export type { JobFileName } from '../jobs/queries';
export type { ListOutcome } from '../directory/users';
export type { GroupMembersAddResult } from '../groups/group-members';

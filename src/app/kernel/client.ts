/**
 * The client: the UI's one door into the app. Islands `run` commands, `watch` or `query`
 * queries, `startJob`/`cancelJob` jobs, and follow job events and the directory's read
 * model — all by name, through the registry; every answer or refusal comes back in one
 * shape (`DomainError`), from this thread or a worker alike.
 */
import { registry, type Commands, type Jobs, type Prepares, type Queries } from '../areas';
import { DomainError } from '../../domain/errors';
import { cancelStoredJob, createJob, readQuery, runCommand, watchQuery } from './runner';
import { addService, boot, isBooted, shutdown } from './runtime';
import { connect, fromWire, toDomainError, type Connection, type WireError } from './transport';
import { loadPhoneIo } from './modules';

export type CommandName = keyof Commands & string;
/** What a command is called with: what its `prepare` takes, if it has one, else its handler. */
export type CommandInput<K extends CommandName> = K extends keyof Prepares
  ? Prepares[K] extends (input: infer I, ...rest: never[]) => unknown
    ? I
    : never
  : Parameters<Commands[K]>[1];
export type CommandOutput<K extends CommandName> = Awaited<ReturnType<Commands[K]>>;
export type QueryName = keyof Queries & string;
export type QueryInput<K extends QueryName> = Parameters<Queries[K]>[1];
export type QueryOutput<K extends QueryName> = Awaited<ReturnType<Queries[K]>>;
export type QueryProgress<K extends QueryName> =
  Parameters<Queries[K]> extends [unknown, unknown, ((p: infer P) => void)?] ? P : never;
export type JobKindName = keyof Jobs & string;
/** The record a job of kind `K` is stored as. */
export type JobRecordOf<K extends JobKindName> = Jobs[K] extends {
  run: (rt: never, job: infer J) => unknown;
}
  ? J
  : never;
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
  return door(async (): Promise<CommandOutput<K>> => {
    const out =
      registry.command(name).meta.runsIn === 'worker' && hasWorkers
        ? await jobs().call('command', { name, input })
        : await runCommand(registry, name, input);
    return out as CommandOutput<K>;
  });
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
  if (jobsWorker) return jobsWorker;
  jobsWorker = connect(
    'jobs',
    () =>
      new Worker(new URL('./jobs.worker.ts', import.meta.url), { type: 'module', name: 'jobs' }),
  );
  // A worker that died took the job it ran with it: the job is stored, so a new worker
  // resumes it from its last committed batch.
  jobsWorker.on('stopped', (error) => {
    if (error instanceof DomainError && error.code === 'app.workerFailed') {
      setTrouble(error);
      resumeSoon();
    }
    // Its code could not load: trying again in this page cannot help, Retry reloads it.
    if (error instanceof DomainError && error.code === 'app.loadFailed') setTrouble(error);
  });
  // A job the worker could not start (its code did not load…) stays queued: say why.
  jobsWorker.on('job-trouble', (value) => setTrouble(fromWire(value as WireError)));
  jobsWorker.on('job-ended', () => setTrouble(undefined));
  return jobsWorker;
}

/** Why jobs cannot run now (the worker failed, their code did not load), or undefined. */
let trouble: DomainError | undefined;
const troubleListeners = new Set<(trouble: DomainError | undefined) => void>();
function setTrouble(error: Error | undefined): void {
  const next = error && toDomainError(error);
  if (next === trouble) return;
  trouble = next;
  troubleListeners.forEach((l) => l(next));
}

/**
 * Calls `listener` now and whenever jobs stop being able to run in this tab (the jobs worker
 * failed, or a job's code could not load: its job stays Queued or Processing) or can again.
 * Returns the removal.
 */
export function watchJobRunner(listener: (trouble: DomainError | undefined) => void): () => void {
  troubleListeners.add(listener);
  listener(trouble);
  return () => void troubleListeners.delete(listener);
}

/** Retry after trouble: hands every unfinished job to a (new) jobs worker again. */
export function retryJobs(): Promise<void> {
  failedResumes = 0;
  return resumeJobs();
}

/** Consecutive resumes that failed: a worker that cannot start at all is not retried forever. */
let failedResumes = 0;
let resumeTimer: ReturnType<typeof setTimeout> | undefined;
function resumeSoon(): void {
  if (failedResumes >= 3) return;
  clearTimeout(resumeTimer);
  resumeTimer = setTimeout(() => {
    resumeJobs().then(
      () => void (failedResumes = 0),
      () => void failedResumes++,
    );
  }, 2_000);
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
 * and hands it to the jobs worker. Resolves once it is stored and handed over (or, when the
 * worker could not take it, queued for a new worker): its progress and end are in the
 * job's record (watch the `job` or `jobs` query). Rejects only when it was not stored.
 */
export function startJob<K extends JobKindName>(
  kind: K,
  input: JobInput<K>,
): Promise<{ jobId: string }> {
  return door(async () => {
    const { jobId, status } = await createJob(registry, kind, input);
    // Stored, the job is the user's now: a hand-off that fails is retried (and every page
    // resumes unfinished jobs), never answered with a refusal that invites starting it twice.
    if (status === 'queued' && hasWorkers)
      await jobs()
        .call('run', { jobId })
        .catch((error: unknown) => {
          setTrouble(toDomainError(error));
          resumeSoon();
        });
    return { jobId };
  });
}

/**
 * Starts the jobs worker and has it load the code of `kind` (with its libraries and its
 * run's code), and loads the kind's area code here, where the job is stored, so that a job
 * started soon after (the dialog that starts it is open) waits for none of it. Failures are
 * left to `startJob`, which reports them.
 */
export function prepareJob(kind: JobKindName): void {
  registry.reads(registry.job(kind).area).catch(() => undefined);
  if (hasWorkers)
    jobs()
      .call('prepare', { kind })
      .catch(() => undefined);
}

/**
 * Starts loading the code of the area that answers `name`, so that a page opened on a
 * section does not load it only once the session is read and the query asked. A failure is
 * forgotten: the query itself loads again and reports it.
 */
export function preloadQuery(name: QueryName): void {
  registry.reads(registry.query(name).area).catch(() => undefined);
}

/** Asks a job to stop after the batches it has handed to the database (refused unless the actor may). */
export function cancelJob(jobId: string): Promise<void> {
  return door(() => cancelStoredJob(registry, jobId));
}

/** Hands every unfinished job (queued, or left running by a closed tab) to the jobs worker. */
export function resumeJobs(): Promise<void> {
  return door(async () => {
    if (!hasWorkers) return;
    try {
      await jobs().call('resume');
    } catch (error) {
      setTrouble(toDomainError(error));
      throw error;
    }
  });
}

/** Calls `listener` when a job this tab's worker ran has ended. Returns the removal. */
export function onJobEnded(listener: (e: { jobId: string; status: string }) => void): () => void {
  return jobs().on('job-ended', (v) => listener(v as { jobId: string; status: string }));
}

// ---------------------------------------------------------------- the directory read model

export {
  directoryPage,
  keepDirectory,
  releaseDirectory,
  startDirectory,
  subscribeDirectory,
  type DirectoryStatus,
} from '../directory/read-model';

// ---------------------------------------------------------------- the groups read model

export {
  firstGroupsWindow,
  groupsPageWindow,
  startGroups,
  subscribeGroups,
} from '../groups/read-model';
export { GROUPS_PAGE, isFirstRequest } from '../groups/groups-window';

// ---------------------------------------------------------------- life cycle

// The services the page's runtime starts: purge ended restore windows, resume jobs a
// closed tab left; and the workers it stops at shutdown.
addService({
  name: 'purge',
  // Asked first: the purge's code (the directory's commands) loads only when one is due.
  start: async () => {
    if (await query('users-purge-pending')) await run('users-purge-due');
  },
});
addService({
  name: 'resume jobs',
  start: async () => {
    const unfinished = await query('jobs-unfinished');
    if (unfinished > 0) await resumeJobs();
  },
});
addService({
  name: 'jobs worker',
  stop: () => {
    clearTimeout(resumeTimer);
    jobsWorker?.close();
  },
});

/** Starts the app once per page (database, services); every island calls it. */
export function start(): Promise<void> {
  return boot();
}

export { isBooted, shutdown, loadPhoneIo };

// ---------------------------------------------------------------- types the UI uses

export { DomainError };
export { toDomainError } from './transport';
export type { Session } from '../sandbox/queries';
export type { DirectoryRow, UserDetails } from '../directory/queries';
export type { GroupMemberRow, GroupsView } from '../groups/queries';
export type { GroupsWindow, GroupsWindowRequest, ListRow, TreeRow } from '../groups/groups-window';
export type { ActionRow, ConnectorRow, MessageView, PlacedPublication } from '../catalog/queries';
export type { CheckProgress, CheckReport } from '../imports/check';
export type { GroupCheckReport } from '../imports/group-check';
export type { GroupUploadFiles } from '../imports/group-read';
export type { GroupUploadLog } from '../imports/queries';
export type { GroupExport } from '../exports/group-export';
export type { JobFileName } from '../jobs/queries';
export type { ListOutcome } from '../directory/users';
export type { GroupMembersAddResult } from '../groups/group-members';
export type { CheckResult, ExerciseView } from '../practice/practice';

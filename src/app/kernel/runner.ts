import { DomainError } from '../../domain/errors';
import { isUnfinished, newJobId, type JobRecordBase } from '../../domain/jobs';
import { inTransaction } from '../../storage/repos';
import { observe } from '../../storage/observe';
import { getJob, putJob, putJobFile } from '../../storage/jobs-repo';
import { buildContext, readContext, type ReadContext } from './context';
import { cancelQueuedJob, runJob, visibleJob, type JobKind, type JobRuntime } from './jobs';
import { loadModules } from './modules';
import type { EntryMeta, Registry } from './registry';
import { getRuntime } from './runtime';

/**
 * The runner: how every command, query and job start runs, whatever its area. A command
 * loads what it needs, opens one transaction, checks the actor's permission, runs, and
 * writes its audit events in that same transaction. A query checks the permission the same
 * way and reads only what the actor may see. Nothing reaches data by another road.
 */

/**
 * Refuses unless the actor may use the entry (the handler checks the exact target). Before
 * onboarding nobody holds a role, so such entries are refused as "no organization yet".
 * Synchronous unless the entry reads its target: the common case adds no step to the
 * command's transaction or the query's read.
 */
function gate(ctx: ReadContext, meta: EntryMeta, input: unknown): Promise<void> | undefined {
  if (meta.can === 'anyone') return undefined;
  ctx.requireOrg();
  const can = meta.can;
  if (!meta.target) return void ctx.require(can);
  return meta.target(ctx, input).then((target) => ctx.require(can, target));
}

/** Runs a command in one transaction. Throws `DomainError` when it is refused. */
export async function runCommand(
  registry: Registry,
  name: string,
  input: unknown,
): Promise<unknown> {
  const { area, meta } = registry.command(name);
  // Loaded before the transaction opens: awaiting a module inside it would end the transaction.
  const [code] = await Promise.all([registry.code(area), loadModules(meta.needs)]);
  const handler = code.commands[name]!;
  const prepare = code.prepare?.[name];
  const runtime = getRuntime();
  let ready = input;
  if (prepare) {
    // Who may run it, and what it would refuse anyway, before its long preparation.
    const ctx = await readContext(runtime);
    const gated = gate(ctx, meta, input);
    if (gated) await gated;
    ready = await prepare(input, ctx);
  }
  return inTransaction(runtime.db, async () => {
    const { ctx, flush } = await buildContext(runtime);
    const gated = gate(ctx, meta, ready);
    if (gated) await gated;
    const out = await handler(ctx, ready);
    await flush();
    return out;
  });
}

/** Loads what a query needs, so that it can then run (and re-run) inside a live query. */
export async function prepareQuery(
  registry: Registry,
  name: string,
): Promise<(input: unknown, progress?: (value: unknown) => void) => Promise<unknown>> {
  const { area, meta } = registry.query(name);
  const [code] = await Promise.all([registry.reads(area), loadModules(meta.needs)]);
  const handler = code.queries[name]!;
  return async (input, progress) => {
    const ctx = await readContext(getRuntime());
    const gated = gate(ctx, meta, input);
    if (gated) await gated;
    return handler(ctx, input, progress);
  };
}

/** Runs a query once, here. */
export async function readQuery(
  registry: Registry,
  name: string,
  input: unknown,
  progress?: (value: unknown) => void,
): Promise<unknown> {
  return (await prepareQuery(registry, name))(input, progress);
}

/**
 * Runs a query now and again whenever the data it read changes, in this tab or another
 * (the actor included: acting as someone else re-runs it). Returns the unsubscribe function.
 */
export function watchQuery(
  registry: Registry,
  name: string,
  input: unknown,
  onValue: (value: unknown) => void,
  onError: (error: unknown) => void,
): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  prepareQuery(registry, name).then(
    (query) => {
      if (!stopped) stop = observe(getRuntime().db, () => query(input), onValue, onError);
    },
    (error: unknown) => !stopped && onError(error),
  );
  return () => {
    stopped = true;
    stop?.();
  };
}

/** The kind of a stored job, with its code loaded. */
async function kindOf(registry: Registry, kind: string) {
  const found = registry.job(kind);
  const code = await registry.reads(found.area);
  return { meta: found.meta, kind: code.jobs[kind] as JobKind<JobRecordBase, unknown> };
}

/**
 * Queues a job of `kindName`: checks the permission, lets the kind build the job and its
 * files, and stores them with the `…start` audit event, all in one transaction. Returns the
 * job's id; a worker then runs it (`runStoredJob`).
 */
export async function createJob(
  registry: Registry,
  kindName: string,
  input: unknown,
): Promise<{ jobId: string; status: JobRecordBase['status'] }> {
  // The libraries a kind needs are its run's: they load where it runs, not to store it.
  const { meta, kind } = await kindOf(registry, kindName);
  const runtime = getRuntime();
  return inTransaction(runtime.db, async () => {
    const { ctx, flush } = await buildContext(runtime);
    const gated = gate(ctx, meta, input);
    if (gated) await gated;
    const base = {
      id: newJobId(kindName, ctx.now),
      createdAt: ctx.now,
      createdBy: ctx.actor?.phone ?? 'system',
      createdByName: ctx.actor?.name ?? '',
      locale: ctx.org?.locale ?? 'en',
      // Who may see it: by default whoever may start one (the kind narrows it: one group's import).
      access: { can: meta.can === 'anyone' ? ('org.manage' as const) : meta.can },
    };
    const { job, files = [], details } = await kind.create(ctx, input, base);
    await putJob(ctx.db, job);
    for (const [key, file] of files) await putJobFile(ctx.db, key, file);
    ctx.audit(`${kind.audit}.start`, job.id, details);
    // Refused on creation (a file over the size limit): it ends here, and says so.
    if (job.status === 'failed')
      ctx.audit(`${kind.audit}.failed`, job.id, { file: job.fileName, reason: job.reason?.code });
    await flush();
    return { jobId: job.id, status: job.status };
  });
}

/** Loads a kind's code, the libraries it needs and what its run imports, ahead of a run. */
export async function prepareKind(registry: Registry, kindName: string): Promise<void> {
  const { meta, kind } = await kindOf(registry, kindName);
  await Promise.all([loadModules(meta.needs), kind.prepare?.()]);
}

/**
 * Cancels a job: a queued one ends at once; a running one is asked to stop after the batches
 * it has handed to the database, and the worker running it (in any tab) sees the request.
 * Whoever may see the job may stop it: its own access, the right it was started with.
 */
export async function cancelStoredJob(registry: Registry, jobId: string): Promise<void> {
  const runtime = getRuntime();
  const stored = await getJob(runtime.db, jobId);
  if (!stored) throw new DomainError('job.notFound');
  const { kind } = await kindOf(registry, stored.kind);
  await inTransaction(runtime.db, async () => {
    const { ctx, flush } = await buildContext(runtime);
    const job = await getJob<JobRecordBase>(ctx.db, jobId);
    if (!job) throw new DomainError('job.notFound');
    ctx.requireOrg();
    if (!(await visibleJob(ctx, job)))
      throw new DomainError('permission.denied', { capability: job.access?.can ?? job.kind });
    if (!isUnfinished(job)) throw new DomainError('job.notRunning');
    ctx.audit(`${kind.audit}.cancel`, job.id);
    await flush();
    // No worker has taken a queued job yet (taking it is a transaction on it too): it ends
    // here, rather than waiting for a worker that may never come.
    if (job.status === 'queued') await cancelQueuedJob(ctx.db, kind, job, ctx.now);
    else await putJob(ctx.db, { ...job, cancelRequested: true });
  });
}

/** Runs (or resumes) a stored job of any kind to its end, in this thread. */
export async function runStoredJob(
  registry: Registry,
  rt: JobRuntime,
  jobId: string,
): Promise<JobRecordBase | undefined> {
  const stored = await getJob(rt.db, jobId);
  if (!stored || !isUnfinished(stored)) return stored;
  const { meta, kind } = await kindOf(registry, stored.kind);
  await loadModules(meta.needs);
  return runJob(rt, kind as JobKind<JobRecordBase, never>, jobId);
}

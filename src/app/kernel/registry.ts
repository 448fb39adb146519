import type { Capability, Target } from '../../domain/permissions';
import type { CommandContext, ReadContext } from './context';
import type { JobKind } from './jobs';
import type { LazyModule } from './modules';

/**
 * The registry: every area of the app (directory, imports, groups…) declares here what it
 * offers — commands, queries and job kinds — with the permission each needs, the large
 * libraries it uses and its strings. The runner and the client find every entry through
 * it, so nothing else keeps a list of names. An area's code loads the first time one of its
 * entries is used; its declaration is small and always loaded.
 */

/**
 * Who may use an entry: a capability of the SPEC §10 matrix, which the runner checks with
 * `can()` before the handler runs ("may the actor do this anywhere?"; the handler checks
 * the exact target), or `anyone` (onboarding, the session, per-browser preferences).
 */
export type Access = Capability | 'anyone';

export interface EntryMeta {
  can: Access;
  /**
   * What the capability is checked against, read from the input (a group's id → that
   * group); without it the check is "anywhere" and the handler checks each target.
   */
  target?: (ctx: ReadContext, input: any) => Promise<Target | undefined>;
  /**
   * Libraries loaded before the handler runs: IndexedDB transactions cannot wait for them.
   * A job kind's are its run's, loaded where it runs (its `create` does not use them).
   */
  needs?: readonly LazyModule[];
}

export interface CommandMeta extends EntryMeta {
  /**
   * `worker`: the command runs in the jobs worker (a tenant restore reads and checks a
   * whole package before its transaction). Other commands run on the page.
   */
  runsIn?: 'worker';
}

export interface QueryMeta extends EntryMeta {
  /**
   * `worker`: a one-shot query that runs in the jobs worker (a file check reads a whole
   * file); it may report progress. Other queries run on the page and can be watched live.
   */
  runsIn?: 'worker';
}

// Handlers take the input type they declare; `any` lets each keep its own in the maps below.
export type CommandHandler = (ctx: CommandContext, input: any) => Promise<unknown>;
export type QueryHandler = (
  ctx: ReadContext,
  input: any,
  progress?: (value: any) => void,
) => Promise<unknown>;
export type AnyJobKind = JobKind<any, any>;

/**
 * The work a command does before its transaction opens (reading and checking a file): it
 * turns the input into what the handler gets. It runs after the permission check, may read
 * (to refuse early what the handler would refuse), and writes nothing, so a refusal here
 * changes nothing; IndexedDB transactions cannot wait for it. The handler checks again.
 */
export type CommandPrepare = (input: any, ctx: ReadContext) => Promise<unknown>;

/** An area's code: its handlers by name. */
export interface AreaCode {
  commands: Record<string, CommandHandler>;
  prepare?: Record<string, CommandPrepare>;
  queries: Record<string, QueryHandler>;
  jobs: Record<string, AnyJobKind>;
}

/**
 * What an area's `load` gives: all of its code, or — for an area whose commands load apart
 * (`loadCommands`) — its queries and jobs.
 */
export type AreaReads<C extends AreaCode> = Omit<C, 'commands' | 'prepare'> &
  Partial<Pick<C, 'commands' | 'prepare'>>;

/** An area's declaration. Its keys are exactly the names its code defines. */
export interface Area<C extends AreaCode = AreaCode> {
  name: string;
  commands: { readonly [K in keyof C['commands']]: CommandMeta };
  queries: { readonly [K in keyof C['queries']]: QueryMeta };
  jobs: { readonly [K in keyof C['jobs']]: EntryMeta };
  /** Adds the area's strings to the catalogs (areas whose strings load with their code). */
  strings?: () => Promise<unknown>;
  /** The area's code (without its commands when `loadCommands` gives them). */
  load: () => Promise<AreaReads<C>>;
  /**
   * The area's commands, when they load apart: the portal's first screen reads the session
   * and the directory's first rows, and writes nothing until someone acts (SPEC §14 budget).
   */
  loadCommands?: () => Promise<Pick<C, 'commands'> & Partial<Pick<C, 'prepare'>>>;
}

/** Declares an area; the type makes its names and its code's names the same. */
export function defineArea<C extends AreaCode>(area: Area<C>): Area<C> {
  return area;
}

export type EntryKind = 'command' | 'query' | 'job';

export interface Found<M> {
  area: Area;
  meta: M;
}

export interface Registry {
  areas: readonly Area[];
  command(name: string): Found<CommandMeta>;
  query(name: string): Found<QueryMeta>;
  job(kind: string): Found<EntryMeta>;
  /** The area's code (loaded once; a failed load is forgotten so that a retry loads again). */
  code(area: Area): Promise<AreaCode>;
  /** The area's queries and jobs, without its commands where those load apart. */
  reads(area: Area): Promise<AreaCode>;
}

/** `load()` once per area in `cache`; a failed load is forgotten, so a retry loads again. */
function once(
  cache: Map<Area, Promise<AreaCode>>,
  area: Area,
  load: () => Promise<AreaCode>,
): Promise<AreaCode> {
  let pending = cache.get(area);
  if (!pending) {
    pending = load();
    pending.catch(() => cache.delete(area));
    cache.set(area, pending);
  }
  return pending;
}

/** Thrown for a name no area declares: a defect, not a refusal. */
export class UnknownEntryError extends Error {
  constructor(kind: EntryKind, name: string) {
    super(`no area declares the ${kind} "${name}"`);
    this.name = 'UnknownEntryError';
  }
}

/**
 * Builds the registry of `areas`. A name declared twice (in one area or two) throws here,
 * so a clash is found when the app starts, not when one of them runs.
 */
export function createRegistry(areas: readonly Area[]): Registry {
  const maps = {
    command: new Map<string, Found<CommandMeta>>(),
    query: new Map<string, Found<QueryMeta>>(),
    job: new Map<string, Found<EntryMeta>>(),
  };
  const lists = { command: 'commands', query: 'queries', job: 'jobs' } as const;
  for (const area of areas) {
    for (const kind of ['command', 'query', 'job'] as const) {
      const declared = area[lists[kind]] as Record<string, EntryMeta>;
      for (const [name, meta] of Object.entries(declared)) {
        const other = maps[kind].get(name);
        if (other)
          throw new Error(
            `the ${kind} "${name}" is declared by ${other.area.name} and ${area.name}`,
          );
        maps[kind].set(name, { area, meta });
      }
    }
  }
  const loaded = new Map<Area, Promise<AreaCode>>();
  const readsLoaded = new Map<Area, Promise<AreaCode>>();
  const find = <M>(kind: EntryKind, map: Map<string, Found<M>>, name: string): Found<M> => {
    const found = map.get(name);
    if (!found) throw new UnknownEntryError(kind, name);
    return found;
  };
  return {
    areas,
    command: (name) => find('command', maps.command, name),
    query: (name) => find('query', maps.query, name),
    job: (kind) => find('job', maps.job, kind),
    reads(area) {
      return once(readsLoaded, area, async () => {
        const [code] = await Promise.all([area.load(), area.strings?.()]);
        return { commands: {}, ...code } as AreaCode;
      });
    },
    code(area) {
      return once(loaded, area, async () => {
        const [reads, writes] = await Promise.all([this.reads(area), area.loadCommands?.()]);
        const code: AreaCode = writes
          ? {
              ...reads,
              commands: { ...reads.commands, ...writes.commands },
              ...(writes.prepare ? { prepare: { ...reads.prepare, ...writes.prepare } } : {}),
            }
          : reads;
        for (const name of Object.keys(code.prepare ?? {}))
          if (!(name in code.commands))
            throw new Error(`${area.name} prepares "${name}", which is not its command`);
        return code;
      });
    },
  };
}

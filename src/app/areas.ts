import sandbox from './sandbox/area';
import directory from './directory/area';
import jobs from './jobs/area';
import imports from './imports/area';
import exports from './exports/area';
import groups from './groups/area';
import catalog from './catalog/area';
import tenant from './tenant/area';
import reports from './reports/area';
import practice from './practice/area';
import { createRegistry, type Area, type AreaCode } from './kernel/registry';

/**
 * Every area of the app. Adding an area means adding it here; its commands, queries and
 * jobs are then found by name (the registry refuses a name declared twice).
 */
export const AREAS = [
  sandbox,
  directory,
  jobs,
  imports,
  exports,
  groups,
  catalog,
  tenant,
  reports,
  practice,
] as const;

export const registry = createRegistry(AREAS as readonly Area[]);

type CodeOf<A> = A extends Area<infer C> ? C : never;
type AllCode = CodeOf<(typeof AREAS)[number]>;
type Merge<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** Every command, query and job kind of every area, by name. */
export type Commands = Merge<AllCode['commands']>;
export type Queries = Merge<AllCode['queries']>;
export type Jobs = Merge<AllCode['jobs']>;
/** The commands that prepare their input before their transaction (what the caller sends). */
type PrepareOf<C> = C extends { prepare: infer P } ? P : never;
export type Prepares = Merge<PrepareOf<AllCode>>;
export type { AreaCode };

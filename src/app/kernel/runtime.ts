import { openDb, type LabDb } from '../../storage/db';

/**
 * The page's (or a worker's) runtime: the database, the clock, and the life cycle of what
 * runs beside them — workers and services (purge of ended restore windows, resuming jobs a
 * closed tab left). `boot` starts them once; `shutdown` stops every one and closes the
 * database, so that the tenant restore can swap the database under a quiet app and boot
 * it again.
 */
export interface Runtime {
  db: LabDb;
  /** Real time source; tests pin it. The simulated clock adds the organization's offset. */
  realNow: () => number;
}

/** Something the runtime starts at boot and stops at shutdown. */
export interface Service {
  name: string;
  start?: () => void | Promise<void>;
  stop?: () => void | Promise<void>;
}

let current: Runtime | undefined;
const services: Service[] = [];
let booted: Promise<void> | undefined;

/** The runtime, created on first use. */
export function getRuntime(): Runtime {
  current ??= { db: openDb(), realNow: () => Date.now() };
  return current;
}

/** Installs a runtime (tests use a fresh database per test and a pinned clock). */
export function setRuntime(runtime: Runtime): void {
  current = runtime;
}

/** Adds a service; one added after boot starts at once. Returns its removal. */
export function addService(service: Service): () => void {
  services.push(service);
  if (booted) void booted.then(() => service.start?.());
  return () => {
    const i = services.indexOf(service);
    if (i >= 0) services.splice(i, 1);
  };
}

/** Opens the database and starts every service, once (later calls wait for the first). */
export function boot(): Promise<void> {
  booted ??= (async () => {
    getRuntime();
    for (const s of [...services]) {
      try {
        await s.start?.();
      } catch (error) {
        console.error(`service ${s.name} did not start`, error);
      }
    }
  })();
  return booted;
}

/** Whether `boot` has run since the last shutdown. */
export function isBooted(): boolean {
  return booted !== undefined;
}

/**
 * Stops every service (workers are terminated, whatever waits on them is rejected) and
 * closes the database. The next `getRuntime` or `boot` opens it again.
 */
export async function shutdown(): Promise<void> {
  const wasBooted = booted;
  booted = undefined;
  if (wasBooted) await wasBooted.catch(() => undefined);
  for (const s of [...services].reverse()) {
    try {
      await s.stop?.();
    } catch (error) {
      console.error(`service ${s.name} did not stop`, error);
    }
  }
  current?.db.close();
  current = undefined;
}

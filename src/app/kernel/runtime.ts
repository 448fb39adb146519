import { openDb, type LabDb } from '../../storage/db';

/** Everything a command or query needs from the outside world, built once per page. */
export interface Runtime {
  db: LabDb;
  /** Real time source; tests pin it. The simulated clock adds the organization's offset. */
  realNow: () => number;
}

let current: Runtime | undefined;

/** The page's runtime, created on first use. */
export function getRuntime(): Runtime {
  current ??= { db: openDb(), realNow: () => Date.now() };
  return current;
}

/** Installs a runtime (tests use a fresh database per test and a pinned clock). */
export function setRuntime(runtime: Runtime): void {
  current = runtime;
}

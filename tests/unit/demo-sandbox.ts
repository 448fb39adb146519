import { afterEach, beforeEach } from 'vitest';
import { run } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { openDb, type LabDb } from '../../src/storage/db';
import { DomainError } from '../../src/domain/errors';
import { buildDemo } from '../../src/domain/demo';

/** The instant the demo tests run at, and the demo organization as it is then. */
export const FIXED = Date.UTC(2024, 5, 3, 9, 0, 0);
export const DEMO = buildDemo(FIXED, 0);

/** The database of the running test (a live binding: read it inside tests). */
export let db: LabDb;

/** Gives every test of the file a fresh database holding the demo organization. */
export function useDemoSandbox(): void {
  beforeEach(async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    setRuntime({ db, realNow: () => FIXED });
    await run('demo-load', {});
  });
  afterEach(async () => {
    await db.delete();
  });
}

/** The refusal a command ends with; fails the test when it is not refused. */
export async function refused(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Every row of every table, to prove a refusal changed nothing. */
export function snapshot(): Promise<unknown[]> {
  return Promise.all(db.tables.map((t) => t.toArray()));
}

/** Acts as the demo user `index` (0 is Anna Nowak, the org admin). */
export async function actAs(index: number): Promise<void> {
  await run('actor-set', { phone: DEMO.users[index]!.phone });
}

/** Phone of the demo user `index`. */
export const phone = (i: number): string => DEMO.users[i]!.phone;

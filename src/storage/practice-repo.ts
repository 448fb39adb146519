import type { PracticeTable } from '../domain/practice';
import { stripIndex, type StoredUser } from '../domain/users';
import type { LabDb } from './db';

/**
 * Reads whole tables for a practice check. Exercises start from the demo organization
 * (a few hundred users), so reading what a check needs at once is cheap.
 */
export async function readTables(
  db: LabDb,
  names: readonly PracticeTable[],
): Promise<Partial<Record<PracticeTable, unknown[]>>> {
  const rows = await Promise.all(names.map((name) => db.table(name).toArray()));
  return Object.fromEntries(
    names.map((name, i) => [
      name,
      name === 'users' ? (rows[i] as StoredUser[]).map(stripIndex) : rows[i]!,
    ]),
  );
}

/**
 * The exercise whose Start set up this sandbox: the latest `practice.start` of the audit log
 * (a reset or the demo empties the log; a restored package brings its own).
 */
export async function startedExercise(db: LabDb): Promise<string | undefined> {
  const events = await db.audit.where('target').equals('org').toArray();
  const last = events.filter((e) => e.action === 'practice.start').at(-1);
  return last?.details?.['exercise'] as string | undefined;
}

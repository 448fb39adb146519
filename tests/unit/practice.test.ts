import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { query, run } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { openDb, type LabDb } from '../../src/storage/db';
import { EXERCISES, factsOf } from '../../src/domain/practice-exercises';
import { SOLUTIONS } from './practice-solutions';

/**
 * Every exercise's check fails on its starting state, passes after its scripted solution,
 * and fails again once a step of the solution is taken back (SPEC §11).
 */
const FIXED = Date.UTC(2026, 11, 3, 9, 0, 0);
let db: LabDb;

beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
  // Time moves on as it does for a trainee: each reading of the clock is a moment later.
  let now = FIXED;
  setRuntime({ db, realNow: () => (now += 1) });
});
afterEach(async () => {
  await db.delete();
});

const failing = (r: { criteria: { key: string; passed: boolean }[] }) =>
  r.criteria.filter((c) => !c.passed).map((c) => c.key);

describe('practice exercises', () => {
  test('there are at least 12, each with a solution, together covering every guide', async () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(SOLUTIONS).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
    const { readdirSync } = await import('node:fs');
    const guides = readdirSync('src/content/docs/guides').map((f) => f.replace(/\.mdx?$/, ''));
    expect([...new Set(EXERCISES.flatMap((e) => e.guides))].sort()).toEqual(guides.sort());
  });

  for (const ex of EXERCISES)
    test(`${ex.id}: fails at the start, passes after the solution, fails after an undo`, async () => {
      const facts = factsOf(ex);
      await run('practice-start', { id: ex.id });
      const atStart = await run('practice-check', { id: ex.id });
      expect(atStart.passed).toBe(false);
      expect(failing(atStart).length).toBeGreaterThan(0);

      await SOLUTIONS[ex.id]!.solve(facts);
      const solved = await run('practice-check', { id: ex.id });
      expect(failing(solved)).toEqual([]);
      expect(solved.passed).toBe(true);

      await SOLUTIONS[ex.id]!.undo(facts);
      const undone = await run('practice-check', { id: ex.id });
      expect(undone.passed).toBe(false);

      // The pass stays in this browser's progress; Start again keeps its time.
      const progress = (await query('practice-list')).find((e) => e.id === ex.id)!.progress;
      expect(progress).toEqual({
        status: 'passed',
        startedAt: expect.any(Number),
        passedAt: expect.any(Number),
      });
      expect(progress!.passedAt!).toBeGreaterThan(progress!.startedAt);
    });
});

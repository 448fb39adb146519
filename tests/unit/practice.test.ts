import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { query, run } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { openDb, type LabDb } from '../../src/storage/db';
import { EXERCISES, exercise, factsOf } from '../../src/domain/practice-exercises';
import { buildDemo } from '../../src/domain/demo';
import { SOLUTIONS } from './practice-solutions';

/**
 * Every exercise's check fails on its starting state, passes after its scripted solution,
 * and fails again once a step of the solution is taken back (SPEC §11).
 */
const FIXED = Date.UTC(2026, 11, 3, 9, 0, 0);
/** A member of the demo organization (no org admin). */
const DEMO_MEMBER = buildDemo(FIXED, 0).users[5]!.phone;
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

      // The pass stays in this browser's progress.
      const progress = (await query('practice-list')).find((e) => e.id === ex.id)!.progress;
      expect(progress).toEqual({
        status: 'passed',
        startedAt: expect.any(Number),
        passedAt: expect.any(Number),
      });
    });

  test('no check passes on the plain demo or on another exercise’s starting state', async () => {
    await run('demo-load');
    for (const ex of EXERCISES)
      expect((await run('practice-check', { id: ex.id })).passed, `demo: ${ex.id}`).toBe(false);
    for (const started of EXERCISES) {
      await run('practice-start', { id: started.id });
      for (const ex of EXERCISES.filter((e) => e !== started))
        expect(
          (await run('practice-check', { id: ex.id })).passed,
          `${ex.id} after ${started.id}'s Start`,
        ).toBe(false);
    }
  });

  test('progress survives reset, the demo and another Start; a pass stays a pass', async () => {
    await run('practice-start', { id: 'map-private' });
    await SOLUTIONS['map-private']!.solve(factsOf(exercise('map-private')!));
    await run('practice-check', { id: 'map-private' });
    const passed = await progressOf('map-private');
    expect(passed).toEqual({
      status: 'passed',
      startedAt: expect.any(Number),
      passedAt: expect.any(Number),
    });
    await run('sandbox-reset');
    await run('demo-load');
    await run('practice-start', { id: 'connector' });
    expect(await progressOf('map-private')).toEqual(passed);
    await run('practice-start', { id: 'map-private' });
    const again = await progressOf('map-private');
    expect(again).toEqual({ ...passed, startedAt: expect.any(Number) });
    expect(again!.startedAt).toBeGreaterThan(passed!.startedAt);
  });

  test('Start forgets a typed answer, and the clock is back at today', async () => {
    await run('practice-start', { id: 'activity-report' });
    await run('clock-advance', { days: 30 });
    await run('practice-answer', { id: 'activity-report', answer: 'IT helpdesk' });
    await run('practice-start', { id: 'activity-report' });
    const view = (await query('practice-list')).find((e) => e.id === 'activity-report')!;
    expect(view.answered).toBeUndefined();
    expect((await query('session')).org!.clockOffset).toBe(0);
  });

  test('an answer read off org-admin data is graded only for an org admin', async () => {
    await run('practice-start', { id: 'tenant-messages' });
    const member = DEMO_MEMBER;
    await run('actor-set', { phone: member });
    const refusal = await run('practice-check', { id: 'tenant-messages' }).catch((e) => e);
    expect(refusal).toMatchObject({ code: 'practice.actAsAdmin' });
    expect((await progressOf('tenant-messages'))?.status).toBe('started');
  });
});

async function progressOf(id: string) {
  return (await query('practice-list')).find((e) => e.id === id)!.progress;
}

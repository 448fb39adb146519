import { afterEach, beforeEach, expect, test } from 'vitest';
import { openDb, type LabDb } from '../../src/storage/db';
import { observe } from '../../src/storage/repos';

let db: LabDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/** Writes `batches` transactions of 200 prefs, keeping the next queued while one commits. */
async function writeInBatches(batches: number): Promise<void> {
  let inflight: Promise<unknown> | undefined;
  for (let b = 0; b < batches; b++) {
    const rows = Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, value: b }));
    const next = db.transaction('rw', db.prefs, () => db.prefs.bulkPut(rows));
    if (inflight) await inflight;
    inflight = next;
  }
  await inflight;
}

test('a live query keeps showing results while writes commit faster than it reads', async () => {
  const seen: number[] = [];
  let writing = true;
  let whileWriting = 0;
  const stop = observe(
    db,
    async () => (await db.prefs.get('k0'))?.value as number | undefined,
    (value) => {
      seen.push(value ?? -1);
      if (writing) whileWriting++;
    },
    (error) => {
      throw error;
    },
  );
  await writeInBatches(40);
  writing = false;
  await expect.poll(() => seen.at(-1)).toBe(39);
  stop();
  // Each result newer than the one before (runs may overlap; an older one is not shown late).
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  // Not only the first and the last: the batches are followed as they commit.
  expect(whileWriting).toBeGreaterThanOrEqual(5);
});

test('nothing is shown after unsubscribing', async () => {
  const seen: unknown[] = [];
  const stop = observe(
    db,
    () => db.prefs.get('k0'),
    (value) => seen.push(value),
    () => undefined,
  );
  stop();
  await writeInBatches(3);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(seen).toEqual([]);
});

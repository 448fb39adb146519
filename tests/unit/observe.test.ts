import { afterEach, beforeEach, expect, test } from 'vitest';
import { openDb, type LabDb } from '../../src/storage/db';
import { LIVE_READ_GAP_MS, observe } from '../../src/storage/observe';
import { announceUsersChange } from '../../src/storage/users-changes';

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
    // No pause between reads: every batch may be read.
    0,
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

test('a read that ends after unsubscribing is not shown', async () => {
  const seen: unknown[] = [];
  let runs = 0;
  const stop = observe(
    db,
    async () => {
      const value = (await db.prefs.get('k0'))?.value;
      // The second read ends after its subscriber has gone (a page closed meanwhile).
      if (++runs === 2) stop();
      return value;
    },
    (value) => seen.push(value),
    () => undefined,
    0,
  );
  await expect.poll(() => seen.length).toBe(1);
  await writeInBatches(3);
  await expect.poll(() => runs).toBe(2);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(seen).toEqual([undefined]);
});

/** Follows `k0` with a gap of `gap` ms; `readAt` and `seen` per read. */
function follow(gap: number) {
  const seen: number[] = [];
  const readAt: number[] = [];
  const stop = observe(
    db,
    async () => {
      readAt.push(Date.now());
      return (await db.prefs.get('k0'))?.value as number | undefined;
    },
    (value) => seen.push(value ?? -1),
    (error) => {
      throw error;
    },
    gap,
  );
  return { seen, readAt, stop };
}

test('while changes keep coming, a live query reads again only after a pause; a lone change at once', async () => {
  const { seen, readAt, stop } = follow(LIVE_READ_GAP_MS);
  await expect.poll(() => seen.length).toBe(1);
  // After a quiet moment, a change is read without waiting.
  await expect
    .poll(() => Date.now() - readAt.at(-1)!, { timeout: 3 * LIVE_READ_GAP_MS })
    .toBeGreaterThan(LIVE_READ_GAP_MS + 50);
  const quiet = Date.now();
  await db.prefs.put({ key: 'k0', value: 100 });
  await expect.poll(() => seen.at(-1)).toBe(100);
  expect(Date.now() - quiet).toBeLessThan(LIVE_READ_GAP_MS * 0.75);
  // A burst of 40 batches over ~1 s: reads keep their distance, and the last batch is shown.
  const reads = readAt.length;
  const began = Date.now();
  for (let b = 0; b < 40; b++) {
    await db.prefs.put({ key: 'k0', value: b });
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const took = Date.now() - began;
  await expect.poll(() => seen.at(-1), { timeout: 3000 }).toBe(39);
  stop();
  const burst = readAt.slice(reads);
  expect(burst.length).toBeLessThanOrEqual(Math.ceil(took / LIVE_READ_GAP_MS) + 2);
  for (let i = 1; i < burst.length; i++)
    expect(burst[i]! - burst[i - 1]!).toBeGreaterThanOrEqual(LIVE_READ_GAP_MS / 2);
});

test('when a stream of changes ends, the read waiting for its gap starts at once', async () => {
  const gap = 2_000;
  const { seen, stop } = follow(gap);
  try {
    await expect.poll(() => seen.length).toBe(1);
    // A stream right after the first read: every change waits for the gap.
    for (let b = 0; b < 5; b++) {
      await db.prefs.put({ key: 'k0', value: b });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toHaveLength(1);
    const ended = Date.now();
    // The writer's notice that nothing more follows (a job's end: kernel/jobs.ts finishJob).
    announceUsersChange({ phones: [], reload: false });
    await expect.poll(() => seen.at(-1), { timeout: 2 * gap }).toBe(4);
    expect(Date.now() - ended).toBeLessThan(gap / 2);
  } finally {
    stop();
  }
});

test('a stream whose end is told before its last change is seen: that change is read at once', async () => {
  const gap = 2_000;
  const { seen, readAt, stop } = follow(gap);
  try {
    await expect.poll(() => seen.length).toBe(1);
    // Quiet (no read for longer than the gap): a lone change is read at once.
    await expect
      .poll(() => Date.now() - readAt.at(-1)!, { timeout: 3 * gap })
      .toBeGreaterThan(gap + 50);
    await db.prefs.put({ key: 'k0', value: 1 });
    await expect.poll(() => seen.at(-1)).toBe(1);
    const reads = readAt.length;
    // The end's notice comes before the database's own word of the last change (they come
    // on different channels from another tab or worker): that change waits for no gap.
    announceUsersChange({ phones: [], reload: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readAt).toHaveLength(reads);
    const written = Date.now();
    await db.prefs.put({ key: 'k0', value: 2 });
    await expect.poll(() => seen.at(-1), { timeout: 2 * gap }).toBe(2);
    expect(readAt.at(-1)! - written).toBeLessThan(gap / 2);
  } finally {
    stop();
  }
});

test('a notice that more follows does not cut the gap short', async () => {
  const gap = 1_000;
  const { readAt, stop } = follow(gap);
  try {
    await expect.poll(() => readAt.length).toBe(1);
    await db.prefs.put({ key: 'k0', value: 1 });
    await expect.poll(() => readAt.length, { timeout: 2 * gap }).toBe(2);
    await db.prefs.put({ key: 'k0', value: 2 });
    announceUsersChange({ phones: ['+48601234567'], reload: false, more: true });
    await expect.poll(() => readAt.length, { timeout: 2 * gap }).toBe(3);
    expect(readAt[2]! - readAt[1]!).toBeGreaterThanOrEqual(gap - 50);
  } finally {
    stop();
  }
});

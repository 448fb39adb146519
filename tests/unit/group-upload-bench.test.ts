import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { groupBenchFiles } from '../../src/app/imports/group-bench';
import { upload, db, useFreshOrg } from './group-upload-harness';

/**
 * The benchmark's upload through the real job, small enough for every run; the full
 * 200,000 rows run with `KL_BENCH_GROUPS=1 npx vitest run tests/unit/group-upload-bench.test.ts`.
 */

useFreshOrg();

async function benchUpload(groups: number, members: number) {
  const files = groupBenchFiles(groups, members);
  const started = performance.now();
  const job = await upload(db, { mapping: files.mapping, parent: files.parent });
  return { job, ms: performance.now() - started };
}

describe('benchmark files', () => {
  test('500 groups × 20 members: every group, member and link, in batches', async () => {
    const { job } = await benchUpload(500, 20);
    expect(job.status).toBe('completed');
    expect(job.counts).toEqual({
      read: 10_000,
      parentRead: 499,
      groupsCreated: 500,
      membershipsAdded: 10_000,
      membershipsChanged: 0,
      membershipsUnchanged: 0,
      linksSet: 499,
      usersCreated: 5_000,
      failed: 0,
      ignored: 0,
    });
    expect(await db.memberships.count()).toBe(10_000);
    expect(job.doneRows).toBe(500 + 10_000 + 499);
  }, 60_000);

  test.runIf(process.env['KL_BENCH_GROUPS'])(
    '10,000 groups × 20 members (200,000 rows)',
    async () => {
      const { job, ms } = await benchUpload(10_000, 20);
      const heap = process.memoryUsage().heapUsed / 2 ** 20;
      console.log(
        `200,000-row group upload: ${(ms / 1000).toFixed(1)} s, heap ${heap.toFixed(0)} MB`,
      );
      expect(job.status).toBe('completed');
      expect(job.counts.membershipsAdded).toBe(200_000);
    },
    600_000,
  );
});

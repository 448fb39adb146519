import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { cancelJob, startJob } from '../../src/app/kernel/client';
import { runGroupUploadJob } from '../../src/app/imports/group-upload';
import type { GroupUploadJob } from '../../src/domain/jobs';
import {
  FIXED,
  csv,
  hierarchy,
  membersByGroup,
  startInput,
  upload,
  db,
  useFreshOrg,
} from './group-upload-harness';

/**
 * A group upload's job as the tab running it meets the real world: closed mid-upload (the
 * next visit resumes it), cancelled, or out of storage.
 */

useFreshOrg();

/** Groups G1…G6 of three new members each (the first an admin), G2…G6 under G1. */
const MAPPING = csv(
  'Group Name,Phone Number,User Type',
  ...Array.from({ length: 18 }, (_, i) => {
    const g = Math.floor(i / 3) + 1;
    return `G${g},+486012${String(i).padStart(5, '0')},${i % 3 === 0 ? 'Admin' : 'Member'}`;
  }),
);
const PARENTS = csv(
  'Parent Group Name,Child Group Name',
  'G1,G2',
  'G1,G3',
  'G2,G4',
  'G2,G5',
  'G3,G6',
);
const FILES = { mapping: MAPPING, parent: PARENTS };
/** Three memberships a batch, so each batch is one group: 1 group + 3 members = 4 changes. */
const BATCH = 3;

const rt = (extra = {}) => ({ db, realNow: () => FIXED, batchRows: BATCH, ...extra });

/** What the whole upload makes, however many runs it takes. */
async function expectWholeUpload() {
  expect(await hierarchy(db)).toEqual({
    G1: null,
    G2: 'G1',
    G3: 'G1',
    G4: 'G2',
    G5: 'G2',
    G6: 'G3',
  });
  const members = await membersByGroup(db);
  for (const list of Object.values(members)) expect(list).toHaveLength(3);
  expect(await db.groups.count()).toBe(6);
  expect(await db.memberships.count()).toBe(18);
  expect(await db.users.count()).toBe(1 + 18);
}

describe('resume', () => {
  test('a tab closed mid-upload: the next run applies exactly what is left', async () => {
    // G1 exists already with its three members: those rows are unchanged.
    await upload(db, { mapping: csv('Group Name,Phone Number,User Type', ...MAPPING_ROWS(0, 3)) });
    const { jobId } = await startJob('group-upload', startInput(FILES));
    // The first run stops for good after its second batch, as if the tab had closed.
    void runGroupUploadJob(
      rt({ afterCommit: (done: number) => (done >= 8 ? new Promise(() => {}) : undefined) }),
      jobId,
    );
    await expect
      .poll(async () => ((await db.jobs.get(jobId)) as GroupUploadJob | undefined)?.doneRows)
      .toBe(8);
    const halfway = (await db.jobs.get(jobId)) as GroupUploadJob;
    expect(halfway.status).toBe('processing');
    expect(halfway.counts).toMatchObject({ groupsCreated: 2, membershipsAdded: 6 });
    expect(await db.groups.count()).toBe(3);

    const job = (await runGroupUploadJob(rt(), jobId))!;
    expect(job.status).toBe('completed');
    expect(job.counts).toEqual({
      read: 18,
      parentRead: 5,
      groupsCreated: 5,
      membershipsAdded: 15,
      membershipsChanged: 0,
      membershipsUnchanged: 3,
      linksSet: 5,
      usersCreated: 15,
      failed: 0,
      ignored: 0,
    });
    expect(job.doneRows).toBe(job.totalRows);
    await expectWholeUpload();
  });
});

/** Mapping rows `from`…`to - 1` of MAPPING. */
function MAPPING_ROWS(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    const g = Math.floor(i / 3) + 1;
    return `G${g},+486012${String(i).padStart(5, '0')},${i % 3 === 0 ? 'Admin' : 'Member'}`;
  });
}

describe('cancel and failure', () => {
  test('Cancel stops after the current batch: whole groups only, exact counts, no links', async () => {
    const job = await upload(db, FILES, {
      batchRows: BATCH,
      afterCommit: async (done) => {
        if (done === 4) {
          const id = (await db.jobs.toArray()).at(-1)!.id;
          await cancelJob(id);
        }
      },
    });
    expect(job.status).toBe('cancelled');
    expect(job.counts).toMatchObject({ groupsCreated: 1, membershipsAdded: 3, linksSet: 0 });
    expect(await membersByGroup(db)).toEqual({
      G1: ['+48601200000 admin', '+48601200001 member', '+48601200002 member'],
    });
    expect(await db.users.count()).toBe(1 + 3);
  });

  test('storage full mid-upload: Failed with exact counts, the batch that failed left no trace', async () => {
    const original = db.memberships.bulkPut.bind(db.memberships);
    let calls = 0;
    db.memberships.bulkPut = ((...args: Parameters<typeof original>) => {
      calls++;
      if (calls === 2) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return original(...args);
    }) as typeof original;
    const job = await upload(db, FILES, { batchRows: BATCH });
    expect(job.status).toBe('failed');
    expect(job.reason).toEqual({ code: 'import.quota', params: { rows: 4 } });
    expect(job.counts).toMatchObject({ groupsCreated: 1, membershipsAdded: 3, usersCreated: 3 });
    // G2's group and its new users were in the failed transaction with its memberships.
    expect(Object.keys(await membersByGroup(db))).toEqual(['G1']);
    expect(await db.users.count()).toBe(1 + 3);
  });

  test('cancelled before anything was applied: Failed, nothing changed', async () => {
    const { jobId } = await startJob('group-upload', startInput(FILES));
    await cancelJob(jobId);
    const job = (await runGroupUploadJob(rt(), jobId))!;
    expect(job.status).toBe('failed');
    expect(job.reason).toEqual({ code: 'import.cancelledEarly', params: {} });
    expect(await db.groups.count()).toBe(0);
  });

  test('only a running upload can be cancelled', async () => {
    const job = await upload(db, FILES);
    await expect(cancelJob(job.id)).rejects.toMatchObject({
      code: 'job.notRunning',
    });
  });
});

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { cancelJob, query, run, startJob } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { runImportJob } from '../../src/app/imports/user-import';
import type { JobRuntime } from '../../src/app/kernel/jobs';
import { checkImport } from '../../src/app/imports/check';
import { openDb, type LabDb } from '../../src/storage/db';
import { jobRate, type ImportJob } from '../../src/domain/import';
import type { Network } from '../../src/domain/types';
import { noticesDuring } from './users-notices';

const FIXED = Date.UTC(2024, 5, 3, 9, 0, 0);
let db: LabDb;

beforeEach(async () => {
  db = openDb(`test-${crypto.randomUUID()}`);
  setRuntime({ db, realNow: () => FIXED });
  await run('org-create', {
    orgName: 'Contoso',
    region: 'PL',
    locale: 'en',
    adminName: 'Ada Admin',
    adminPhone: '601 000 001',
  });
  await run('attributes-save', {
    add: [
      {
        name: 'Employee ID',
        type: 'text',
        mandatory: true,
        userEditable: true,
        visibleToAll: true,
      },
      {
        name: 'Department',
        type: 'text',
        mandatory: false,
        userEditable: true,
        visibleToAll: true,
      },
      { name: 'Salary', type: 'number', mandatory: false, userEditable: true, visibleToAll: true },
    ],
  });
});

afterEach(async () => {
  await db.delete();
});

const rt = (extra: Partial<JobRuntime> = {}): JobRuntime => ({
  db,
  realNow: () => FIXED,
  ...extra,
});

/** A users file of `n` rows: +48 700 000 000 + i, "Person i", E<i>, a department, i. */
function file(n: number, from = 0): string {
  const rows = ['Phone Number*,Name,Employee ID*,Department,Salary'];
  for (let i = from; i < from + n; i++)
    rows.push(`+48700${String(i).padStart(6, '0')},Person ${i},E${i},Dept ${i % 3},${i}`);
  return `${rows.join('\n')}\n`;
}

/** Stores an import job of `text` (staff.csv), not yet run. */
async function startUpload(text: string, network: Network = 'employee'): Promise<string> {
  const { jobId } = await startJob('user-import', {
    file: new Blob([text]),
    fileName: 'staff.csv',
    network,
    locale: 'en',
  });
  return jobId;
}

async function upload(text: string, network: Network = 'employee', extra?: Partial<JobRuntime>) {
  const jobId = await startUpload(text, network);
  return (await runImportJob(rt(extra), jobId)) ?? ((await db.jobs.get(jobId)) as ImportJob);
}

async function attrIds(): Promise<Record<string, string>> {
  return Object.fromEntries((await db.attributes.toArray()).map((a) => [a.name, a.id]));
}

async function logText(jobId: string): Promise<string> {
  return (await (await query('job-file', { jobId: jobId, file: 'log' }))!.text()).replace(
    /^\uFEFF/,
    '',
  );
}

describe('upload', () => {
  test('creates every user with its attributes, in the chosen network, and completes', async () => {
    const job = await upload(file(5), 'others', { batchRows: 2 });
    expect(job.status).toBe('completed');
    expect(job.counts).toEqual({ read: 5, created: 5, updated: 0, unchanged: 0, failed: 0 });
    expect(job.doneRows).toBe(5);
    const ids = await attrIds();
    const u = await db.users.get('+48700000003');
    expect(u).toMatchObject({
      name: 'Person 3',
      network: 'others',
      source: 'import',
      attrs: { [ids['Employee ID']!]: 'E3', [ids['Department']!]: 'Dept 0', [ids['Salary']!]: 3 },
    });
    const audit = (await db.audit.toArray()).map((e) => e.action);
    expect(audit.slice(-2)).toEqual(['users.import.start', 'users.import.completed']);
  });

  test('each batch but the last tells the directory that more follow', async () => {
    const { notices } = await noticesDuring(() => upload(file(5), 'employee', { batchRows: 2 }));
    expect(notices).toEqual([
      [2, true],
      [2, true],
      [1, false],
      [0, false], // the job's end
    ]);
  });

  test('a re-upload updates what changed; an empty cell keeps the stored value', async () => {
    await upload(file(3));
    const changed = [
      'Phone Number,Name,Employee ID,Department,Salary',
      '+48700000000,Person 0,E0,Dept 0,0', // unchanged
      '+48700000001,Renamed,,,', // name changes; empty cells keep values
      '+48700000002,,,Sales,', // department changes; empty name keeps the name
      '+48700000009,New,E9,,', // created
    ].join('\n');
    const job = await upload(changed);
    expect(job.counts).toEqual({ read: 4, created: 1, updated: 2, unchanged: 1, failed: 0 });
    const ids = await attrIds();
    expect(await db.users.get('+48700000001')).toMatchObject({
      name: 'Renamed',
      attrs: { [ids['Employee ID']!]: 'E1', [ids['Department']!]: 'Dept 1', [ids['Salary']!]: 1 },
    });
    expect(await db.users.get('+48700000002')).toMatchObject({
      name: 'Person 2',
      attrs: { [ids['Department']!]: 'Sales' },
    });
  });

  test('a number twice: the later row wins, the earlier is reported and counted as failed', async () => {
    const text = [
      'Phone Number,Name,Employee ID',
      '+48700000001,First,E1',
      '+48700000002,Other,E2',
      '700 000 001,Second,E1b',
    ].join('\n');
    const job = await upload(text, 'employee', { batchRows: 1 });
    expect(job.counts).toEqual({ read: 3, created: 2, updated: 0, unchanged: 0, failed: 1 });
    expect((await db.users.get('+48700000001'))?.name).toBe('Second');
    expect(await logText(job.id)).toBe(
      'Row,Column,Value,Error\r\n' +
        '2,Phone Number,+48700000001,"Phone number: +48700000001 appears again in row 4, which is applied over this row (cells that row leaves empty keep this row’s values). Remove one of the two rows."\r\n',
    );
  });

  test('an unclosed quote fails the file before any row is applied', async () => {
    const users = await db.users.count();
    const job = await upload(`${file(3)}+48700000009,"Broken,E9\n`);
    expect(job.status).toBe('failed');
    expect(job.reason).toEqual({ code: 'import.csv.unclosedQuote', params: { line: 5 } });
    expect(job.counts.read).toBe(0);
    expect(await db.users.count()).toBe(users);
  });

  test('a tab closed mid-import resumes after the last committed batch: every row once', async () => {
    const jobId = await startUpload(file(10));
    // The first run stops for good after its second batch, as if the tab had closed.
    void runImportJob(
      rt({ batchRows: 3, afterCommit: (done) => (done >= 6 ? new Promise(() => {}) : undefined) }),
      jobId,
    );
    await expect
      .poll(async () => ((await db.jobs.get(jobId)) as ImportJob | undefined)?.doneRows)
      .toBe(6);
    const halfway = (await db.jobs.get(jobId)) as ImportJob;
    expect(halfway.status).toBe('processing');
    expect(halfway.counts.created).toBe(6);
    expect(await db.users.count()).toBe(1 + 6);
    // A later visit resumes it.
    const job = (await runImportJob(rt({ batchRows: 3 }), jobId))!;
    expect(job.status).toBe('completed');
    expect(job.counts).toEqual({ read: 10, created: 10, updated: 0, unchanged: 0, failed: 0 });
    expect(await db.users.count()).toBe(1 + 10);
  });

  test('Cancel stops after the current batch with exact counts', async () => {
    const text = file(9);
    const { value: job, notices } = await noticesDuring(() =>
      upload(text, 'employee', {
        batchRows: 3,
        afterCommit: async (done) => {
          if (done === 3) {
            const id = (await db.jobs.toArray()).at(-1)!.id;
            await cancelJob(id);
          }
        },
      }),
    );
    expect(job.status).toBe('cancelled');
    expect(job.counts).toEqual({ read: 3, created: 3, updated: 0, unchanged: 0, failed: 0 });
    expect(await db.users.count()).toBe(1 + 3);
    // Its one batch said more would follow; its end says nothing more does.
    expect(notices).toEqual([
      [3, true],
      [0, false],
    ]);
  });

  test('storage full mid-import: Failed with exact counts, nothing half-written', async () => {
    const original = db.users.bulkPut.bind(db.users);
    let calls = 0;
    db.users.bulkPut = ((...args: Parameters<typeof original>) => {
      calls++;
      // The second batch's write runs out of space.
      if (calls === 2) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return original(...args);
    }) as typeof original;
    await expectFullAfterFirstBatch(await upload(file(6), 'employee', { batchRows: 3 }));
  });
});

/** Storage ran out in the second batch of 3: Failed, and only the first batch is stored. */
async function expectFullAfterFirstBatch(job: ImportJob): Promise<void> {
  expect(job.status).toBe('failed');
  expect(job.reason).toEqual({ code: 'import.quota', params: { rows: 3 } });
  expect(job.counts).toEqual({ read: 3, created: 3, updated: 0, unchanged: 0, failed: 0 });
  expect(await db.users.count()).toBe(1 + 3);
  // The change log names only the committed batch.
  const logged = (await db.changes.toArray()).flatMap((c) => c.phones);
  expect(logged.filter((p) => p.startsWith('+48700'))).toHaveLength(3);
}

describe('upload, with the next batch queued while the one before is written', () => {
  /**
   * Runs `n` rows in batches of 3; `onPut(call, jobId, write)` makes every users write (the
   * database's answer to it is `write()`).
   */
  async function queued(
    n: number,
    onPut: (call: number, jobId: string, write: () => Promise<unknown>) => Promise<unknown>,
  ) {
    const original = db.users.bulkPut.bind(db.users);
    let calls = 0;
    const jobId = await startUpload(file(n));
    db.users.bulkPut = ((...args: Parameters<typeof original>) => {
      return onPut(++calls, jobId, () => original(...args));
    }) as typeof original;
    // No afterCommit: the job queues batches as it does for a user.
    const run = runImportJob(rt({ batchRows: 3 }), jobId);
    return { jobId, run, calls: () => calls };
  }

  test('a batch queued behind one that fails writes nothing: Failed with exact counts', async () => {
    // The second batch's write runs out of space, as the database answers it.
    const { jobId, run, calls } = await queued(12, async (call, _id, write) => {
      await write();
      if (call === 2) throw new DOMException('full', 'QuotaExceededError');
    });
    await run;
    const job = (await db.jobs.get(jobId)) as ImportJob;
    // The third batch was queued, and wrote, behind the second…
    expect(calls()).toBe(3);
    // …but the second did not commit, so the third did not either.
    await expectFullAfterFirstBatch(job);
  });

  test('Cancel during a batch: stops at a batch boundary, counts match what was written', async () => {
    const { jobId, run } = await queued(15, (call, id, write) => {
      // Stop is clicked while the second batch is written (from the page, not from within
      // the batch's transaction).
      if (call === 2) void Dexie.ignoreTransaction(() => cancelJob(id));
      return write();
    });
    await run;
    const job = (await db.jobs.get(jobId)) as ImportJob;
    expect(job.status).toBe('cancelled');
    const read = job.counts.read;
    expect(read % 3).toBe(0);
    expect(read).toBeGreaterThanOrEqual(3);
    // The batches already handed to the database when Stop came finish; no later one starts.
    expect(read).toBeLessThan(15);
    expect(job.doneRows).toBe(read);
    expect(job.counts).toEqual({ read, created: read, updated: 0, unchanged: 0, failed: 0 });
    expect(await db.users.count()).toBe(1 + read);
  });

  test('a tab closed with a batch queued resumes after the last committed one: every row once', async () => {
    const { jobId, run } = await queued(15, (call, _id, write) => {
      // The page goes away while the third batch is being written: what the database has
      // taken in still commits, nothing after it starts.
      const answer = write();
      if (call === 3) db.close();
      return answer;
    });
    await run.catch(() => undefined);
    await db.open();
    const halfway = (await db.jobs.get(jobId)) as ImportJob;
    expect(halfway.status).toBe('processing');
    const done = halfway.doneRows;
    expect(done % 3).toBe(0);
    expect(done).toBeGreaterThanOrEqual(6);
    expect(done).toBeLessThan(15);
    expect(halfway.counts.created).toBe(done);
    expect(await db.users.count()).toBe(1 + done);
    const job = (await runImportJob(rt({ batchRows: 3 }), jobId))!;
    expect(job.status).toBe('completed');
    expect(job.counts).toEqual({ read: 15, created: 15, updated: 0, unchanged: 0, failed: 0 });
    expect(await db.users.count()).toBe(1 + 15);
  });
});

describe('check', () => {
  test('reports what an upload would do, and writes nothing', async () => {
    await upload(file(2));
    const before = await Promise.all(db.tables.map((t) => t.toArray()));
    const text = [
      'Phone Number,Name,Employee ID,Salary,Shoe size',
      '+48700000000,Person 0,E0,0,42',
      '+48700000001,Changed,E1,1,42',
      '+48700000005,New,E5,abc,42',
      '+48700000006,,,,42',
    ].join('\n');
    const org = (await db.org.get('org'))!;
    const report = await checkImport(db, new Blob([text]), {
      attributes: await db.attributes.orderBy('order').toArray(),
      region: org.region,
      network: 'employee',
      locale: 'en',
      simNow: () => FIXED,
    });
    expect(report.counts).toEqual({ read: 4, created: 0, updated: 1, unchanged: 1, failed: 2 });
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'Shoe size', 'import.header.unknown'],
      [4, 'Salary', 'value.number.format'],
      [5, 'Employee ID', 'import.attribute.mandatory'],
    ]);
    expect(await Promise.all(db.tables.map((t) => t.toArray()))).toEqual(before);
  });
});

describe('progress', () => {
  test('rows/s and time left come from the runner clock alone', () => {
    const job = { doneRows: 3000, totalRows: 10000, runStartRows: 1000, runStartedAt: 5000 };
    expect(jobRate({ ...job, progressAt: 9000 })).toEqual({ rowsPerSecond: 500, secondsLeft: 14 });
    // Before the first batch of this run there is no rate yet.
    expect(jobRate({ ...job, doneRows: 1000 })).toEqual({
      rowsPerSecond: 0,
      secondsLeft: undefined,
    });
  });

  test('each committed batch records its time on the runner clock', async () => {
    let now = FIXED;
    const job = await upload(file(4), 'employee', {
      batchRows: 2,
      afterCommit: () => void (now += 1000),
      realNow: () => now,
    });
    expect(job.progressAt! - job.runStartedAt!).toBe(1000);
    expect(jobRate(job).rowsPerSecond).toBe(4);
  });
});

describe('limits, refused before anything is read or applied', () => {
  test('a file over 200 MB: the job is Failed at once and the file is not stored', async () => {
    const users = await db.users.count();
    const big = new Blob([new Uint8Array(200 * 2 ** 20 + 1)]);
    const { jobId } = await startJob('user-import', {
      file: big,
      fileName: 'huge.csv',
      network: 'employee',
      locale: 'en',
    });
    const job = (await db.jobs.get(jobId)) as ImportJob;
    expect(job.status).toBe('failed');
    expect(job.reason).toEqual({ code: 'import.file.tooBig', params: { size: 201, max: 200 } });
    expect(await db.jobFiles.get(jobId)).toBeUndefined();
    expect(await db.users.count()).toBe(users);
  });

  test('more than 1,000,000 data rows: Failed by the scan, nothing applied', async () => {
    const users = await db.users.count();
    // 1,000,001 rows of one valid number: the scan counts them before any row is read.
    const text = `Phone Number\n${'+48700000001\n'.repeat(1_000_001)}`;
    const job = await upload(text);
    expect(job.status).toBe('failed');
    expect(job.reason).toEqual({ code: 'import.file.tooManyRows', params: { max: 1_000_000 } });
    expect(job.counts.read).toBe(0);
    expect(await db.users.count()).toBe(users);
  }, 60_000);
});

describe('a group mapping file checked as a users file', () => {
  test('is refused, naming the right file, instead of “updating” its members', async () => {
    const org = (await db.org.get('org'))!;
    const env = {
      attributes: await db.attributes.orderBy('order').toArray(),
      region: org.region,
      network: 'employee' as const,
      locale: 'en' as const,
      simNow: () => FIXED,
    };
    const mapping = 'Group Name*,Phone Number*,User Type*\nAlpha,+48700000001,Admin\n';
    const parents = 'Parent Group Name*,Child Group Name*\nAlpha,Beta\n';
    for (const [text, code] of [
      [mapping, 'import.file.isGroupMembers'],
      [parents, 'import.file.isGroupParents'],
    ] as const) {
      const report = await checkImport(db, new Blob([text]), env);
      expect(report.fatal).toEqual({ row: 1, code });
      expect(report.counts.updated).toBe(0);
    }
    // A users file with a Group column of its own (an attribute) stays a users file.
    const own = 'Phone Number,Name,Group Name,User Type\n+48700000001,Person 1,A,B\n';
    expect((await checkImport(db, new Blob([own]), env)).fatal).toBeUndefined();
  });
});

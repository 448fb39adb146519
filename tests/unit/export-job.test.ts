import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cancelJob, query, run, startJob } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { runExportJob } from '../../src/app/exports/user-export';
import { runImportJob } from '../../src/app/imports/user-import';
import { createCsvReader } from '../../src/io/csv';
import { toCsvLine, unescapeFormula } from '../../src/io/csv-write';
import { parseAttributeValue, valueContextFor } from '../../src/domain/attributes';
import { toStored, validateName } from '../../src/domain/users';
import type { ExportJob, ImportJob } from '../../src/domain/jobs';
import type { Attribute, AttributeType, AttributeValue, User } from '../../src/domain/types';
import { openDb, type LabDb } from '../../src/storage/db';

/**
 * Directory → Export Users (SPEC §6): the CSV a job writes, and the round trip — an export
 * uploaded again through Import Users changes nothing.
 */

const FIXED = Date.UTC(2024, 5, 3, 9, 0, 0);
const ADMIN = '+48601000001';
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
});

afterEach(async () => {
  await db.delete();
});

const TYPES: AttributeType[] = ['text', 'number', 'yesno', 'datetime'];

async function defineAttributes(): Promise<Attribute[]> {
  await run('attributes-save', {
    add: TYPES.map((type) => ({
      name: `A ${type}`,
      type,
      mandatory: false,
      userEditable: true,
      visibleToAll: type !== 'number',
    })),
  });
  return db.attributes.orderBy('order').toArray();
}

/** Writes users as the lab stores them (the importer's own rules made them). */
async function store(users: readonly User[]): Promise<void> {
  await db.users.bulkPut(users.map(toStored));
}

function user(phone: string, extra: Partial<User> = {}): User {
  return {
    phone,
    name: '',
    network: 'employee',
    orgRole: 'member',
    source: 'portal',
    attrs: {},
    createdAt: FIXED - 86_400_000,
    updatedAt: FIXED - 86_400_000,
    ...extra,
  };
}

async function exportNow(scope: 'all' | 'employee' | 'others' = 'all', batchRows?: number) {
  const { jobId } = await startJob('user-export', { scope });
  const job = (await runExportJob(
    { db, realNow: () => FIXED, ...(batchRows ? { batchRows } : {}) },
    jobId,
  )) as ExportJob;
  const blob = await query('job-file', { jobId, file: 'output' });
  return { job, blob: blob!, text: await blob!.text() };
}

function rowsOf(text: string): string[][] {
  const reader = createCsvReader();
  return [...reader.push(text.replace(/^\uFEFF/, '')), ...reader.end()].map((r) => r.fields);
}

describe('the export file', () => {
  test('UTF-8 with BOM and CRLF; Phone Number, Name, Network, Source, Created, then every attribute', async () => {
    const attributes = await defineAttributes();
    const [text, num, yes, date] = attributes.map((a) => a.id);
    await store([
      user('+48601000002', {
        name: 'Zoë Łukasiewicz',
        network: 'others',
        source: 'import',
        attrs: { [text!]: 'Kraków, "North"', [num!]: 7.5, [yes!]: true, [date!]: '2024-02-29' },
      }),
    ]);
    const { job, blob, text: csv } = await exportNow();
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')).toEqual([
      'Phone Number,Name,Network,Source,Created,A text,A number,A yesno,A datetime',
      `+48601000001,Ada Admin,Employee,portal,${new Date(FIXED).toISOString()},,,,`,
      `+48601000002,Zoë Łukasiewicz,Others,import,${new Date(FIXED - 86_400_000).toISOString()},"Kraków, ""North""",7.5,Yes,2024-02-29`,
      '',
    ]);
    expect(job).toMatchObject({
      status: 'completed',
      counts: { rows: 2, failed: 0 },
      fileSize: bytes.length,
      fileName: 'kaizala-users-all-2024-06-03-0900.csv',
    });
  });

  test('spreadsheet formulas are escaped on any line; phone numbers are left readable', async () => {
    const [text] = (await defineAttributes()).map((a) => a.id);
    await store([
      user('+48601000002', { attrs: { [text!]: '=HYPERLINK("http://x")' } }),
      user('+48601000003', { attrs: { [text!]: 'first line\n@SUM(1)' } }),
      user('+48601000004', { attrs: { [text!]: "'=already quoted" } }),
    ]);
    const rows = rowsOf((await exportNow()).text);
    const cells = rows.slice(1).map((r) => [r[0], r[5]]);
    expect(cells).toEqual([
      ['+48601000001', ''],
      ['+48601000002', `'=HYPERLINK("http://x")`],
      ['+48601000003', "'first line\n@SUM(1)"],
      ['+48601000004', "''=already quoted"],
    ]);
  });

  test('deleted users are not in the directory, so not in the export; one network when asked', async () => {
    await store([
      user('+48601000002', { network: 'others' }),
      user('+48601000003', { deletedAt: FIXED - 1000, deletedBy: ADMIN }),
      user('+48601000004'),
    ]);
    const phones = async (scope: 'all' | 'employee' | 'others') =>
      rowsOf((await exportNow(scope)).text)
        .slice(1)
        .map((r) => r[0]);
    expect(await phones('all')).toEqual(['+48601000001', '+48601000002', '+48601000004']);
    expect(await phones('employee')).toEqual(['+48601000001', '+48601000004']);
    expect(await phones('others')).toEqual(['+48601000002']);
  });

  test('written in chunks, the file is the same as written at once', async () => {
    await defineAttributes();
    await store(
      Array.from({ length: 57 }, (_, i) =>
        user(`+4860100${String(i + 10).padStart(4, '0')}`, { name: `P ${i}` }),
      ),
    );
    const whole = (await exportNow('all')).text;
    const progress: number[] = [];
    const { jobId } = await startJob('user-export', { scope: 'all' });
    await runExportJob(
      {
        db,
        realNow: () => FIXED,
        batchRows: 10,
        afterCommit: (done) => void progress.push(done),
      },
      jobId,
    );
    expect(await (await query('job-file', { jobId, file: 'output' }))!.text()).toBe(whole);
    expect(progress).toEqual([10, 20, 30, 40, 50, 58]);
  });

  test('Cancel mid-way ends it Cancelled with no file; the next export runs from the start', async () => {
    await store(
      Array.from({ length: 30 }, (_, i) => user(`+4860100${String(i + 10).padStart(4, '0')}`)),
    );
    const { jobId } = await startJob('user-export', { scope: 'all' });
    const ended = await runExportJob(
      {
        db,
        realNow: () => FIXED,
        batchRows: 10,
        afterCommit: async (done) => {
          if (done === 10) await cancelJob(jobId);
        },
      },
      jobId,
    );
    expect(ended).toMatchObject({ status: 'cancelled' });
    expect(await query('job-file', { jobId, file: 'output' })).toBeUndefined();
    const actions = (await db.audit.where('target').equals(jobId).toArray()).map((e) => e.action);
    expect(actions).toEqual([
      'users.export.start',
      'users.export.cancel',
      'users.export.cancelled',
    ]);
  });

  test('a run that a closed tab interrupted starts the file again and writes every user once', async () => {
    await store(
      Array.from({ length: 25 }, (_, i) => user(`+4860100${String(i + 10).padStart(4, '0')}`)),
    );
    const { jobId } = await startJob('user-export', { scope: 'all' });
    // The first run stops after its first chunk, as a closed tab would (no ending recorded).
    await runExportJob(
      {
        db,
        realNow: () => FIXED,
        batchRows: 10,
        afterCommit: () => {
          throw new Error('tab closed');
        },
      },
      jobId,
    ).catch(() => undefined);
    // What a closed tab leaves: the job still Processing, its progress as last committed.
    await db.jobs.update(jobId, (j) => {
      j.status = 'processing';
      delete j.finishedAt;
      delete j.reason;
    });
    const resumed = await runExportJob({ db, realNow: () => FIXED, batchRows: 10 }, jobId);
    expect(resumed).toMatchObject({ status: 'completed', counts: { rows: 26 } });
    const phones = rowsOf(await (await query('job-file', { jobId, file: 'output' }))!.text())
      .slice(1)
      .map((r) => r[0]);
    expect(new Set(phones).size).toBe(26);
  });
});

// ---------------------------------------------------------------- the round trip

/** Text with what spreadsheets and CSV readers trip on: quotes, commas, line breaks, formulas. */
const nasty = fc
  .array(
    fc.constantFrom(
      '"',
      ',',
      ';',
      '\r\n',
      '\n',
      '\t',
      '=',
      '+',
      '-',
      '@',
      "'",
      'ł',
      'Ż',
      'ó',
      '😀',
      '👩‍💻',
      'a',
      'Z',
      '7',
      ' ',
      '#',
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** What the lab would store for `raw`: the importer's own rules decide (or undefined). */
function storedValue(type: AttributeType, raw: string): AttributeValue | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  const parsed = parseAttributeValue(type, trimmed, valueContextFor('PL'));
  return parsed.ok ? parsed.value : undefined;
}

const valueFor: Record<AttributeType, fc.Arbitrary<string>> = {
  text: nasty,
  number: fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.integer().map(String),
    fc.constantFrom('1000000000000000000000', '0.00000015', '-5', '7.50'),
  ),
  yesno: fc.constantFrom('Yes', 'No', 'tak', '0', '1'),
  datetime: fc.oneof(
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.constantFrom('2024-02-29', '31.12.2023', '2024-01-15T08:30:00'),
  ),
};

const generatedUser = fc.record({
  n: fc.integer({ min: 0, max: 999_999 }),
  name: fc.oneof(nasty, fc.constant('')),
  network: fc.constantFrom('employee' as const, 'others' as const),
  source: fc.constantFrom(
    'portal' as const,
    'import' as const,
    'group-admin' as const,
    'directory-sync' as const,
  ),
  values: fc.record({
    text: valueFor.text,
    number: valueFor.number,
    yesno: valueFor.yesno,
    datetime: valueFor.datetime,
  }),
  set: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
});

describe('round trip', () => {
  test('an export uploaded again through Import Users reports every row unchanged', async () => {
    const attributes = await defineAttributes();
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(generatedUser, { selector: (u) => u.n, maxLength: 12 }),
        async (people) => {
          // A fresh directory each time: the admin, and the generated people as the lab stores them.
          await db.users.where('phone').notEqual(ADMIN).delete();
          await db.jobs.clear();
          const users = people.map((p) => {
            const checked = validateName(p.name);
            const attrs: Record<string, AttributeValue> = {};
            attributes.forEach((a, i) => {
              const v = p.set[i] ? storedValue(a.type, p.values[a.type]) : undefined;
              if (v !== undefined) attrs[a.id] = v;
            });
            return user(`+48602${String(p.n).padStart(6, '0')}`, {
              name: checked.problem ? '' : checked.name,
              network: p.network,
              source: p.source,
              attrs,
            });
          });
          await store(users);
          const before = await db.users.toArray();
          const { text } = await exportNow();
          const { jobId } = await startJob('user-import', {
            file: new Blob([text]),
            fileName: 'export.csv',
            network: 'employee',
            locale: 'en',
          });
          const job = (await runImportJob(
            { db, realNow: () => FIXED + 60_000 },
            jobId,
          )) as ImportJob;
          expect(job.counts).toEqual({
            read: users.length + 1,
            created: 0,
            updated: 0,
            unchanged: users.length + 1,
            failed: 0,
          });
          expect(job.warnings).toBe(0);
          expect(await db.users.toArray()).toEqual(before);
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);

  test('the formula escape is undone exactly once on the way back', () => {
    fc.assert(
      fc.property(nasty, (value) => {
        const reader = createCsvReader();
        // A row always starts with its phone number, as the export's rows do.
        const text = `${toCsvLine(['+48601000001', value])}\r\n`;
        const line = [...reader.push(text), ...reader.end()];
        expect(unescapeFormula(line[0]!.fields[1]!)).toBe(value);
      }),
      { numRuns: 2_000 },
    );
  });
});

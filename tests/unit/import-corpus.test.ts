import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { query, run, startJob } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { runImportJob } from '../../src/app/imports/user-import';
import { checkImport } from '../../src/app/imports/check';
import { openDb, type LabDb } from '../../src/storage/db';
import { problemMessage } from '../../src/i18n';
import { stripIndex, toStored } from '../../src/domain/users';
import type { ImportCounts, ImportJob } from '../../src/domain/import';
import type { AttributeValue, Network, User } from '../../src/domain/types';

/**
 * The import's bad-input corpus (SPEC §5, §13): one test per file of tests/fixtures/import,
 * whose expectations live in cases.json. Each file is checked (a dry run that must write
 * nothing and find what the upload finds), then uploaded: the status and reason, or the
 * counts, the exact error-log lines and the users it creates or updates; every other user
 * must be exactly as before.
 */

interface ExpectedUser {
  name: string;
  /** Defaults to the case's network. */
  network?: Network;
  /** Every value the user has afterwards, by attribute name. */
  attrs: Record<string, AttributeValue>;
}

interface CorpusCase {
  file: string;
  about: string;
  region?: string;
  network?: Network;
  status: 'failed' | 'completed';
  /** Failed: the reason, exactly as shown in English. */
  reason?: string;
  /** Completed: */
  counts?: ImportCounts;
  /** Error-log lines without the BOM, the header and the CRLF. */
  log?: string[];
  users?: Record<string, ExpectedUser>;
}

const FIXTURES = new URL('../fixtures/import/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('cases.json', FIXTURES), 'utf8')) as CorpusCase[];

const FIXED = Date.UTC(2024, 5, 3, 9, 0, 0);
const NO_COUNTS: ImportCounts = { read: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };

/** Users every case starts with. */
const ADMIN = '+48601000001';
const JAN = '+48601000002';
const SYNCED = '+48601000003';
const DELETED = '+48601000004';
const OLGA = '+48601000005';

let db: LabDb;
beforeEach(() => {
  db = openDb(`corpus-${crypto.randomUUID()}`);
  setRuntime({ db, realNow: () => FIXED });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Organization, the standard attributes and the pre-existing users; returns attribute ids. */
async function setUp(region: string): Promise<Record<string, string>> {
  await run('org-create', {
    orgName: 'Contoso',
    region,
    locale: 'en',
    adminName: 'Ada Admin',
    adminPhone: ADMIN,
  });
  const attribute = (name: string, type: 'text' | 'number' | 'yesno' | 'datetime') => ({
    name,
    type,
    mandatory: name === 'Employee ID',
    userEditable: true,
    visibleToAll: true,
  });
  await run('attributes-save', {
    add: [
      attribute('Employee ID', 'text'),
      attribute('Department', 'text'),
      attribute('Salary', 'number'),
      attribute('Forklift', 'yesno'),
      attribute('Joined', 'datetime'),
    ],
  });
  const ids = Object.fromEntries((await db.attributes.toArray()).map((a) => [a.name, a.id]));
  const add = async (
    phone: string,
    name: string,
    network: Network,
    attrs: Record<string, string>,
  ) =>
    run('user-add', {
      phone,
      region: 'PL',
      name,
      network,
      attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [ids[k]!, v])),
    });
  await add(JAN, 'Jan Kowalski', 'employee', {
    'Employee ID': 'E-002',
    Department: 'Sales',
    Salary: '5000',
    Forklift: 'Yes',
    Joined: '2020-01-15',
  });
  await add(DELETED, 'Dorota Deleted', 'employee', { 'Employee ID': 'E-004' });
  await run('users-delete', { phones: [DELETED] });
  await add(OLGA, 'Olga Others', 'others', { 'Employee ID': 'E-005', Department: 'Canteen' });
  // Directory sync has no command in the lab; the user is stored as the sync would store it.
  const synced: User = {
    phone: SYNCED,
    name: 'Sylwia Sync',
    network: 'employee',
    orgRole: 'member',
    source: 'directory-sync',
    attrs: { [ids['Employee ID']!]: 'E-003', [ids['Department']!]: 'IT' },
    createdAt: FIXED,
    updatedAt: FIXED,
  };
  await db.users.put(toStored(synced));
  return ids;
}

async function allTables(): Promise<unknown[]> {
  return Promise.all(db.tables.map((t) => t.toArray()));
}

async function usersByPhone(): Promise<Map<string, User>> {
  return new Map((await db.users.toArray()).map((u) => [u.phone, stripIndex(u)]));
}

/** A log's lines without the BOM, the header and line ends. */
async function logLines(log: Blob | undefined): Promise<string[]> {
  if (!log) return [];
  const text = (await log.text()).replace(/^\uFEFF/, '');
  const lines = text.split('\r\n');
  expect(lines.shift()).toBe('Row,Column,Value,Error');
  expect(lines.pop()).toBe('');
  return lines;
}

describe('import bad-input corpus', () => {
  test('has at least 40 files, each listed once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
  });

  for (const c of cases) {
    test(`${c.file}: ${c.about}`, async () => {
      const region = c.region ?? 'PL';
      const network = c.network ?? 'employee';
      const ids = await setUp(region);
      const names = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
      const bytes = readFileSync(new URL(c.file, FIXTURES));
      const file = new Blob([bytes]);

      // Check: a dry run that writes nothing.
      const tables = await allTables();
      const report = await checkImport(db, file, {
        attributes: await db.attributes.orderBy('order').toArray(),
        region,
        network,
        locale: 'en',
        simNow: () => FIXED,
      });
      expect(await allTables()).toEqual(tables);

      // Upload.
      const before = await usersByPhone();
      const { jobId } = await startJob('user-import', {
        file,
        fileName: c.file,
        network,
        locale: 'en',
      });
      const job = (await runImportJob({ db, realNow: () => FIXED }, jobId)) as ImportJob;
      const log = await logLines(await query('job-file', { jobId: jobId, file: 'log' }));
      const after = await usersByPhone();

      expect(job.status).toBe(c.status);
      if (c.status === 'failed') {
        expect(problemMessage('en', job.reason!)).toBe(c.reason);
        expect(report.fatal && problemMessage('en', report.fatal)).toBe(c.reason);
        expect(job.counts).toEqual(NO_COUNTS);
        expect(log).toEqual([]);
        expect(after).toEqual(before);
        return;
      }

      expect(report.fatal).toBeUndefined();
      expect(job.counts).toEqual(c.counts);
      expect(report.counts).toEqual(c.counts);
      expect(log).toEqual(c.log);
      expect(await logLines(report.log)).toEqual(log);
      expect(report.problemCount).toBe(log.length);

      const expected = c.users ?? {};
      for (const [phone, want] of Object.entries(expected)) {
        const user = after.get(phone);
        expect(user, phone).toBeDefined();
        const attrs = Object.fromEntries(
          Object.entries(user!.attrs).map(([id, value]) => [names[id], value]),
        );
        expect({ phone, name: user!.name, network: user!.network, attrs }).toEqual({
          phone,
          name: want.name,
          network: want.network ?? network,
          attrs: want.attrs,
        });
        const old = before.get(phone);
        if (old) {
          expect(user, `${phone} is listed but unchanged`).not.toEqual(old);
          expect(user).toMatchObject({ source: old.source, createdAt: old.createdAt });
        } else {
          expect(user).toMatchObject({ source: 'import', orgRole: 'member' });
        }
      }
      const listed = Object.keys(expected);
      expect(listed.filter((p) => !before.has(p)).length).toBe(c.counts!.created);
      expect(listed.filter((p) => before.has(p)).length).toBe(c.counts!.updated);
      for (const [phone, user] of before)
        if (!(phone in expected)) expect(after.get(phone)).toEqual(user);
      expect(after.size).toBe(before.size + c.counts!.created);
    });
  }
});

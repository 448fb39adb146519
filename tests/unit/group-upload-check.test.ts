import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/app/kernel/client';
import { checkGroupUpload } from '../../src/app/imports/group-check';
import type { GroupUploadFiles } from '../../src/app/imports/group-read';
import { fixture, logOf, upload, type UploadFiles, db, useFreshOrg } from './group-upload-harness';

/**
 * Check = the group upload's own pipeline as a dry run: it finds what the upload finds,
 * predicts exactly what it does, and writes nothing.
 */

useFreshOrg();

function filesOf(f: { mapping: string; parent?: string }): GroupUploadFiles {
  return {
    mapping: fixture(f.mapping),
    mappingName: f.mapping,
    ...(f.parent ? { parent: fixture(f.parent), parentName: f.parent } : {}),
  };
}

async function everything(): Promise<unknown[]> {
  return Promise.all(db.tables.map((t) => t.toArray()));
}

const PAIRS: Array<{ mapping: string; parent?: string }> = [
  { mapping: 'mapping-three-levels.csv', parent: 'parents-three-levels.csv' },
  { mapping: 'mapping-abc.csv', parent: 'parents-cycle-direct.csv' },
  { mapping: 'mapping-abc.csv', parent: 'parents-cycle-three.csv' },
  { mapping: 'mapping-abc.csv', parent: 'parents-child-missing.csv' },
  { mapping: 'no-admin.csv' },
  { mapping: 'duplicate-rows.csv' },
  { mapping: 'blank-group-name.csv' },
  { mapping: 'semicolon-1250.csv' },
];

describe('check and upload agree', () => {
  for (const pair of PAIRS) {
    test(`${pair.mapping}${pair.parent ? ` + ${pair.parent}` : ''}`, async () => {
      // Against a sandbox that already holds some of it, so unchanged rows are predicted too.
      await upload(db, { mapping: 'mapping-abc.csv' });
      const before = await everything();
      const report = await checkGroupUpload(db, filesOf(pair), { region: 'PL', locale: 'en' });
      expect(await everything()).toEqual(before);
      const job = await upload(db, pair as UploadFiles);
      expect(report.counts).toEqual(job.counts);
      expect(report.warnings).toBe(job.warnings);
      const checkLog = report.log ? (await report.log.text()).replace(/^\uFEFF/, '') : '';
      const lines = checkLog.split('\r\n').slice(1).filter(Boolean);
      expect(lines).toEqual(await logOf(job.id));
    });
  }
});

describe('the report', () => {
  test('names each problem’s file, lists ignored rows apart, and counts what would happen', async () => {
    const report = await checkGroupUpload(
      db,
      filesOf({ mapping: 'unknown-user-type.csv', parent: 'parents-child-missing.csv' }),
      { region: 'PL', locale: 'en' },
    );
    expect(report.fatal).toBeUndefined();
    expect(report.problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['unknown-user-type.csv', 3, 'User Type', 'group.upload.userType'],
    ]);
    // This mapping file names only Alpha, so both children are missing from it.
    expect(report.ignored.map((p) => [p.file, p.row, p.value])).toEqual([
      ['parents-child-missing.csv', 2, 'Beta'],
      ['parents-child-missing.csv', 3, 'Ghost'],
    ]);
    expect(report.counts).toMatchObject({ read: 2, parentRead: 2, groupsCreated: 1, ignored: 2 });
  });

  test('a file that cannot be used is the one fatal problem, with its name', async () => {
    const report = await checkGroupUpload(
      db,
      filesOf({ mapping: 'mapping-abc.csv', parent: 'binary.csv' }),
      { region: 'PL', locale: 'en' },
    );
    expect(report.fatal).toMatchObject({ code: 'import.file.binary.binary', file: 'binary.csv' });
    expect(report.problems).toEqual([]);
  });

  test('without an organization it checks against an empty sandbox', async () => {
    await run('sandbox-reset');
    const report = await checkGroupUpload(undefined, filesOf({ mapping: 'mapping-abc.csv' }), {
      region: 'PL',
      locale: 'en',
    });
    expect(report.counts).toMatchObject({ groupsCreated: 3, membershipsAdded: 4, usersCreated: 4 });
  });

  test('progress: bytes while scanning both files, then rows', async () => {
    const seen: string[] = [];
    await checkGroupUpload(
      db,
      filesOf({ mapping: 'mapping-abc.csv', parent: 'parents-three-levels.csv' }),
      { region: 'PL', locale: 'en' },
      (p) => seen.push(`${p.phase}:${p.phase === 'scanning' ? p.bytes : `${p.rows}/${p.total}`}`),
    );
    const mapping = fixture('mapping-abc.csv').size;
    const parent = fixture('parents-three-levels.csv').size;
    expect(seen).toEqual([
      `scanning:${mapping}`,
      `scanning:${mapping + parent}`,
      'checking:4/6',
      'checking:6/6',
    ]);
  });
});

describe('the wrong kind of file is refused, naming the right one', () => {
  const check = (f: { mapping: string; parent?: string }) =>
    checkGroupUpload(db, filesOf(f), { region: 'PL', locale: 'en' });

  test('a users file or a parent file given as the User Group Mapping', async () => {
    expect((await check({ mapping: 'users-file.csv' })).fatal).toMatchObject({
      code: 'group.upload.file.isUsers',
      file: 'users-file.csv',
      row: 1,
    });
    expect((await check({ mapping: 'parents-three-levels.csv' })).fatal).toMatchObject({
      code: 'group.upload.file.isParents',
    });
  });

  test('a users file or a mapping file given as the Parent Group Mapping', async () => {
    const as = (parent: string) => check({ mapping: 'mapping-abc.csv', parent });
    expect((await as('users-file.csv')).fatal).toMatchObject({
      code: 'group.upload.file.isUsersAsParents',
      file: 'users-file.csv',
    });
    expect((await as('mapping-abc.csv')).fatal).toMatchObject({
      code: 'group.upload.file.isMappingAsParents',
    });
  });

  test('a mapping file missing one column still says which column is missing', async () => {
    expect((await check({ mapping: 'missing-user-type.csv' })).fatal).toMatchObject({
      code: 'group.upload.missingColumn',
    });
  });
});

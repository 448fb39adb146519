import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import {
  ADA,
  FIXED,
  csv,
  hierarchy,
  logOf,
  membersByGroup,
  upload,
  uploadTables,
  startInput,
  db,
  useFreshOrg,
} from './group-upload-harness';
import { NO_GROUP_COUNTS, type GroupUploadJob } from '../../src/domain/jobs';
import { startJob } from '../../src/app/kernel/client';
import { noticesDuring } from './users-notices';

useFreshOrg();

const THREE = { mapping: 'mapping-three-levels.csv', parent: 'parents-three-levels.csv' };

describe('a good upload', () => {
  test('creates the groups with their members and a three-level hierarchy', async () => {
    const job = await upload(db, THREE);
    expect(job.status).toBe('completed');
    expect(job.counts).toEqual({
      read: 8,
      parentRead: 2,
      groupsCreated: 4,
      membershipsAdded: 8,
      membershipsChanged: 0,
      membershipsUnchanged: 0,
      linksSet: 2,
      usersCreated: 7,
      failed: 0,
      ignored: 0,
    });
    expect(await hierarchy(db)).toEqual({
      'Region North': null,
      'Warehouse A': 'Region North',
      'Shift A1': 'Warehouse A',
      'Region South': null,
    });
    expect(await membersByGroup(db)).toEqual({
      'Region North': ['+48601200001 admin', '+48601200002 member'],
      'Warehouse A': ['+48601200003 admin', '+48601200004 member'],
      'Shift A1': ['+48601200002 member', '+48601200005 admin'],
      'Region South': ['+48601200006 admin', '+48601200007 member'],
    });
    for (const g of await db.groups.toArray())
      expect(g).toMatchObject({ kind: 'organization', createdBy: ADA, createdAt: FIXED });
    expect(await logOf(job.id)).toEqual([]);
  });

  test('unknown numbers join the directory in Others, unnamed, from an import', async () => {
    await upload(db, THREE);
    const user = await db.users.get('+48601200004');
    expect(user).toMatchObject({
      name: '',
      network: 'others',
      source: 'import',
      orgRole: 'member',
    });
    expect(user?.attrs).toEqual({});
    // The directory's read model hears of every new number through the change log.
    const changed = (await db.changes.toArray()).flatMap((c) => c.phones);
    for (let i = 1; i <= 7; i++) expect(changed).toContain(`+4860120000${i}`);
  });

  test('each batch that adds users but the last tells the directory that more follow', async () => {
    // Batches of whole groups: 2 + 2 + 2 + 2 memberships; Shift A1 adds only one number.
    const { notices } = await noticesDuring(() => upload(db, THREE, { batchRows: 2 }));
    expect(notices).toEqual([
      [2, true],
      [2, true],
      [1, true],
      [2, false],
      [0, false], // the job's end
    ]);
  });

  test('an existing user keeps their network and name', async () => {
    const job = await upload(db, {
      mapping: csv('Group Name,Phone Number,User Type', `Crew,${ADA},Admin`),
    });
    expect(job.counts.usersCreated).toBe(0);
    expect(await db.users.get(ADA)).toMatchObject({ name: 'Ada Admin', network: 'employee' });
  });

  test('records the upload, each group created and each parent set in the audit log', async () => {
    const job = await upload(db, THREE);
    const events = (await db.audit.orderBy('id').toArray()).slice(-8);
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['groups.upload.start', ADA],
      ['group.create', ADA],
      ['group.create', ADA],
      ['group.create', ADA],
      ['group.create', ADA],
      ['group.parent.set', ADA],
      ['group.parent.set', ADA],
      ['groups.upload.completed', ADA],
    ]);
    expect(events.at(-1)).toMatchObject({ target: job.id, details: { linksSet: 2 } });
  });

  test('uploading the same files again changes nothing and says so', async () => {
    await upload(db, THREE);
    const groups = await db.groups.toArray();
    const job = await upload(db, THREE);
    expect(job.counts).toMatchObject({
      groupsCreated: 0,
      membershipsAdded: 0,
      membershipsChanged: 0,
      membershipsUnchanged: 8,
      linksSet: 0,
      usersCreated: 0,
      failed: 0,
    });
    expect(await db.groups.toArray()).toEqual(groups);
  });

  test('a new role is a change; the member keeps the date they joined', async () => {
    await upload(db, THREE);
    const north = (await db.groups.toArray()).find((g) => g.name === 'Region North')!;
    await db.memberships.update([north.id, '+48601200002'], { addedAt: 1 });
    const job = await upload(db, {
      mapping: csv('Group Name,Phone Number,User Type', 'REGION north,+48601200002,Admin'),
    });
    expect(job.counts).toMatchObject({
      membershipsChanged: 1,
      membershipsAdded: 0,
      groupsCreated: 0,
    });
    expect(await db.memberships.get([north.id, '+48601200002'])).toMatchObject({
      role: 'admin',
      addedAt: 1,
    });
  });

  test('a semicolon-separated Windows-1250 file with Polish names and headers', async () => {
    const job = await upload(db, { mapping: 'semicolon-1250.csv' });
    expect(job.status).toBe('completed');
    expect(await membersByGroup(db)).toEqual({
      'Łódź — magazyn': ['+48601200001 admin', '+48601200002 member'],
      'Gdańsk Żuraw': ['+48601200003 admin'],
    });
  });
});

describe('rows with problems are left out, the rest is applied', () => {
  const cases: Array<{
    about: string;
    mapping: string;
    parent?: string;
    counts: Record<string, number>;
    log: string[];
    groups: Record<string, string | null>;
  }> = [
    {
      about: 'a blank group name',
      mapping: 'blank-group-name.csv',
      counts: { read: 2, groupsCreated: 1, membershipsAdded: 1, failed: 1 },
      log: [
        'blank-group-name.csv,3,Group Name,,Group Name: the group name is empty. Write the name of the group this person joins.',
      ],
      groups: { Alpha: null },
    },
    {
      about: 'an unknown user type',
      mapping: 'unknown-user-type.csv',
      counts: { read: 2, membershipsAdded: 1, failed: 1 },
      log: [
        'unknown-user-type.csv,3,User Type,Owner,User Type: “Owner” is not a user type. Write Admin or Member.',
      ],
      groups: { Alpha: null },
    },
    {
      about: 'a number not valid for the region',
      mapping: 'phone-wrong-region.csv',
      counts: { read: 2, membershipsAdded: 1, usersCreated: 1, failed: 1 },
      log: [
        'phone-wrong-region.csv,3,Phone Number,(212) 555-0123,"Phone number: “(212) 555-0123” is not a valid PL number. If it belongs to another country, write it with + and the country code."',
      ],
      groups: { Alpha: null },
    },
    {
      about: 'a group with no admin: none of its rows, and it is not created',
      mapping: 'no-admin.csv',
      counts: { read: 3, groupsCreated: 1, membershipsAdded: 1, failed: 2 },
      log: [
        'no-admin.csv,3,Group Name,Team X,Group “Team X” would have no admin after the upload. Add a row for it with User Type Admin.',
      ],
      groups: { Alpha: null },
    },
    {
      about: 'a membership twice: the later row wins, the earlier is a warning',
      mapping: 'duplicate-rows.csv',
      counts: { read: 3, membershipsAdded: 2, failed: 0 },
      log: [
        'duplicate-rows.csv,3,Phone Number,+48601200002,"Warning: Phone number: “+48601200002” appears again with Alpha in row 4, which is used instead of this row. Remove one of the two rows."',
      ],
      groups: { Alpha: null },
    },
    {
      about: 'a direct cycle: the second link is refused',
      mapping: 'mapping-abc.csv',
      parent: 'parents-cycle-direct.csv',
      counts: { parentRead: 2, linksSet: 1, failed: 1 },
      log: [
        'parents-cycle-direct.csv,3,Parent Group Name,Beta,This row would make a cycle in the hierarchy: Alpha → Beta → Alpha. A group cannot be above itself; remove or change one of these rows.',
      ],
      groups: { Alpha: null, Beta: 'Alpha', Gamma: null },
    },
    {
      about: 'a three-group cycle: the link that closes it is refused',
      mapping: 'mapping-abc.csv',
      parent: 'parents-cycle-three.csv',
      counts: { parentRead: 3, linksSet: 2, failed: 1 },
      log: [
        'parents-cycle-three.csv,4,Parent Group Name,Gamma,This row would make a cycle in the hierarchy: Alpha → Beta → Gamma → Alpha. A group cannot be above itself; remove or change one of these rows.',
      ],
      groups: { Alpha: null, Beta: 'Alpha', Gamma: 'Beta' },
    },
    {
      about: 'a child missing from the mapping file: the row is ignored and listed',
      mapping: 'mapping-abc.csv',
      parent: 'parents-child-missing.csv',
      counts: { parentRead: 2, linksSet: 1, failed: 0, ignored: 1 },
      log: [
        'parents-child-missing.csv,3,Child Group Name,Ghost,"Warning: Child Group Name: “Ghost” is not in the User Group Mapping file, so this row is ignored. Add rows for Ghost to the mapping file, or remove this row."',
      ],
      groups: { Alpha: null, Beta: 'Alpha', Gamma: null },
    },
    {
      about: 'a parent file with a header only sets no links, with a warning',
      mapping: 'mapping-abc.csv',
      parent: 'parents-header-only.csv',
      counts: { parentRead: 0, linksSet: 0, failed: 0 },
      log: [
        'parents-header-only.csv,,,,"Warning: The Parent Group Mapping file has a header but no rows, so no parent groups are set. Add one row per sub-group, or leave the file out."',
      ],
      groups: { Alpha: null, Beta: null, Gamma: null },
    },
  ];
  for (const c of cases) {
    test(c.about, async () => {
      const job = await upload(db, {
        mapping: c.mapping,
        ...(c.parent ? { parent: c.parent } : {}),
      });
      expect(job.status).toBe('completed');
      expect(job.counts).toMatchObject(c.counts);
      expect(await logOf(job.id)).toEqual(c.log);
      expect(await hierarchy(db)).toEqual(c.groups);
    });
  }
});

describe('files that cannot be used: Failed with the reason, nothing written', () => {
  const cases: Array<{ about: string; mapping: string; parent?: string; reason: object }> = [
    {
      about: 'a mapping file with a header only',
      mapping: 'header-only.csv',
      reason: { code: 'import.file.noRows', params: { file: 'header-only.csv' } },
    },
    {
      about: 'a binary file named .csv',
      mapping: 'binary.csv',
      reason: { code: 'import.file.binary.binary', params: { kind: 'binary', file: 'binary.csv' } },
    },
    {
      about: 'no User Type column',
      mapping: 'missing-user-type.csv',
      reason: {
        code: 'group.upload.missingColumn',
        params: { header: 'User Type', line: 1, file: 'missing-user-type.csv' },
      },
    },
    {
      about: 'a good mapping file with a binary parent file',
      mapping: 'mapping-abc.csv',
      parent: 'binary.csv',
      reason: { code: 'import.file.binary.binary', params: { kind: 'binary', file: 'binary.csv' } },
    },
    {
      about: 'a parent file that is not one (no Parent Group Name column)',
      mapping: 'mapping-abc.csv',
      parent: 'missing-user-type.csv',
      reason: {
        code: 'group.upload.missingColumn',
        params: { header: 'Parent Group Name', line: 1, file: 'missing-user-type.csv' },
      },
    },
  ];
  for (const c of cases) {
    test(c.about, async () => {
      const before = await uploadTables(db);
      const job = await upload(db, {
        mapping: c.mapping,
        ...(c.parent ? { parent: c.parent } : {}),
      });
      expect(job.status).toBe('failed');
      expect(job.reason).toEqual(c.reason);
      expect(job.counts).toEqual(NO_GROUP_COUNTS);
      expect(await uploadTables(db)).toEqual(before);
    });
  }

  test('a parent file over 200 MB: Failed at once, naming it; no file is stored', async () => {
    const big = new Blob([new Uint8Array(200 * 2 ** 20 + 1)]);
    const { jobId } = await startJob('group-upload', {
      ...startInput({ mapping: 'mapping-abc.csv' }),
      parentFile: big,
      parentFileName: 'huge.csv',
    });
    const job = (await db.jobs.get(jobId)) as GroupUploadJob;
    expect(job.status).toBe('failed');
    expect(job.reason).toEqual({
      code: 'import.file.tooBig',
      params: { size: 201, max: 200, file: 'huge.csv' },
    });
    expect(await db.jobFiles.count()).toBe(0);
  });

  test('an empty file', async () => {
    const job = await upload(db, { mapping: new Blob([]) });
    expect(job.reason).toEqual({ code: 'import.file.empty', params: { file: 'upload.csv' } });
  });
});

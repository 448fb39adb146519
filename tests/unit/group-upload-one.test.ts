import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { query, run, startJob } from '../../src/app/kernel/client';
import { DomainError } from '../../src/domain/errors';
import {
  ADA,
  csv,
  logOf,
  membersByGroup,
  startInput,
  upload,
  uploadTables,
  db,
  useFreshOrg,
} from './group-upload-harness';

/**
 * A group's Users tab → Import via CSV: the bulk upload's job for one group. Its file has
 * `Phone Number*,User Type*` and maybe a Group Name column that must name that group; the
 * group's admins may run it; it creates no group and sets no parent.
 */

const BOB = '+48601000002';
const CAROL = '+48601000003';

let crew: string;
let other: string;

useFreshOrg();
beforeEach(async () => {
  crew = (await run('group-create', { name: 'Night crew', kind: 'organization' })).groupId;
  other = (await run('group-create', { name: 'Day crew', kind: 'organization' })).groupId;
  // Bob is an admin of Night crew only; Carol is a member of it.
  await run('group-members-add', { groupId: crew, text: '601000002', region: 'PL', role: 'admin' });
  await run('group-members-add', {
    groupId: crew,
    text: '601000003',
    region: 'PL',
    role: 'member',
  });
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('Import via CSV into one group', () => {
  test('a group admin imports Phone Number and User Type rows into their group', async () => {
    await run('actor-set', { phone: BOB });
    const job = await upload(db, { mapping: 'one-group.csv', groupId: crew });
    expect(job).toMatchObject({ status: 'completed', groupId: crew, groupName: 'Night crew' });
    expect(job.counts).toMatchObject({
      read: 2,
      groupsCreated: 0,
      membershipsAdded: 2,
      usersCreated: 2,
      failed: 0,
    });
    expect((await membersByGroup(db))['Night crew']).toEqual([
      `${ADA} admin`,
      `${BOB} admin`,
      `${CAROL} member`,
      '+48601200001 admin',
      '+48601200002 member',
    ]);
    expect((await membersByGroup(db))['Day crew']).toEqual([`${ADA} admin`]);
  });

  test('rows naming another group are errors; a blank Group Name means this group', async () => {
    const before = (await membersByGroup(db))['Day crew'];
    const job = await upload(db, { mapping: 'one-group-other.csv', groupId: crew });
    expect(job.counts).toMatchObject({ read: 3, membershipsAdded: 2, failed: 1, groupsCreated: 0 });
    expect(await logOf(job.id)).toEqual([
      'one-group-other.csv,3,Group Name,Other group,"Group Name: “Other group” is not the group you are importing into (Night crew). Import this row from that group’s page, or write Night crew here."',
    ]);
    expect(await db.groups.count()).toBe(2);
    expect((await membersByGroup(db))['Day crew']).toEqual(before);
  });

  test('a member may not import into the group: permission.denied, nothing changes', async () => {
    await run('actor-set', { phone: CAROL });
    const before = await uploadTables(db);
    const jobs = await db.jobs.count();
    expect(
      await refusal(
        startJob('group-upload', startInput({ mapping: 'one-group.csv', groupId: crew })),
      ),
    ).toBe('permission.denied');
    expect(await uploadTables(db)).toEqual(before);
    expect(await db.jobs.count()).toBe(jobs);
  });

  test('an admin of one group may not import into another, nor bulk upload', async () => {
    await run('actor-set', { phone: BOB });
    expect(
      await refusal(
        startJob('group-upload', startInput({ mapping: 'one-group.csv', groupId: other })),
      ),
    ).toBe('permission.denied');
    expect(
      await refusal(startJob('group-upload', startInput({ mapping: 'mapping-abc.csv' }))),
    ).toBe('permission.denied');
  });

  test('no parent file with one group', async () => {
    const input = startInput({
      mapping: 'one-group.csv',
      parent: 'parents-three-levels.csv',
      groupId: crew,
    });
    expect(await refusal(startJob('group-upload', input))).toBe('group.upload.parentForOneGroup');
  });

  test('demoting the last admin leaves the group as it was', async () => {
    const mapping = csv('Phone Number,User Type', `${ADA},Member`, `${BOB},Member`);
    const job = await upload(db, { mapping, groupId: crew });
    expect(job.counts).toMatchObject({ membershipsChanged: 0, failed: 2 });
    expect((await membersByGroup(db))['Night crew']).toContain(`${BOB} admin`);
  });

  test('a private group adds only people already in the directory', async () => {
    const mine = (await run('group-create', { name: 'Carpool', kind: 'private' })).groupId;
    const mapping = csv('Phone Number,User Type', `${BOB},Member`, '+48601299999,Member');
    const job = await upload(db, { mapping, groupId: mine });
    expect(job.counts).toMatchObject({ membershipsAdded: 1, usersCreated: 0, failed: 1 });
    expect(await logOf(job.id)).toEqual([
      'upload.csv,3,Phone Number,+48601299999,"Phone number: +48601299999 is not in the directory. A private group can add only people who are; add them to the directory first, or check the number."',
    ]);
    expect(await db.users.get('+48601299999')).toBeUndefined();
  });

  test('the group’s history lists only its own imports', async () => {
    const mine = await upload(db, { mapping: 'one-group.csv', groupId: crew });
    const bulk = await upload(db, { mapping: 'mapping-abc.csv' });
    expect((await query('jobs', { kind: 'group-upload', groupId: crew })).map((j) => j.id)).toEqual(
      [mine.id],
    );
    expect((await query('jobs', { kind: 'group-upload' })).map((j) => j.id).sort()).toEqual(
      [mine.id, bulk.id].sort(),
    );
  });
});

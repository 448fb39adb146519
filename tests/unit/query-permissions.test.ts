import { describe, expect, test } from 'vitest';
import { cancelJob, query, run, startJob } from '../../src/app/kernel/client';
import { DEMO, actAs, db, phone, refused, useDemoSandbox } from './demo-sandbox';
import { closeDirectories, openDirectory } from './directory-harness';

/**
 * Every read is a permission check too (SPEC §10, STYLE 15): what an actor may not see never
 * leaves src/app — another user's private groups, admin-only attribute values, other people's
 * audit trails, jobs and deleted users. Each test reads through the client as one role.
 *
 * Demo people: 0 Anna (org admin), 60 (admin of "North — night shift"), 5 (a member of
 * "everyone" only), 14 (member of "everyone" and admin of the private "Friday football"),
 * 33 (admin of the private "Carpool Kraków").
 */
useDemoSandbox();

const ORG_ADMIN = 0;
const GROUP_ADMIN = 60;
const MEMBER = 5;
const FOOTBALL_ADMIN = 14;
/** The demo's admin-only attribute ("visible to all users" off). */
const HIDDEN = 'salaryBand';

const everyone = DEMO.users.map((u) => u.phone);
const withHidden = DEMO.users.findIndex((u) => u.attrs[HIDDEN] !== undefined);

describe('attributes only org admins may see', () => {
  test('the session lists them for org admins only', async () => {
    expect((await query('session')).attributes.map((a) => a.id)).toContain(HIDDEN);
    for (const who of [GROUP_ADMIN, MEMBER]) {
      await actAs(who);
      expect((await query('session')).attributes.map((a) => a.id)).not.toContain(HIDDEN);
    }
  });

  test('their values are in the rows of org admins only', async () => {
    expect(withHidden).toBeGreaterThanOrEqual(0);
    const target = [phone(withHidden)];
    const asAdmin = await query('directory-rows', { phones: target });
    expect(asAdmin[0]!.attrs[HIDDEN]).toBeDefined();
    for (const who of [GROUP_ADMIN, MEMBER]) {
      await actAs(who);
      const rows = await query('directory-rows', { phones: everyone });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.some((r) => HIDDEN in r.attrs)).toBe(false);
      // The first rows the read model saved, read as this actor.
      const model = openDirectory(db);
      await model.start();
      await closeDirectories();
      const first = await query('directory-first-page', { network: 'employee', limit: 500 });
      expect(first?.length).toBeGreaterThan(0);
      expect(first!.some((r) => HIDDEN in r.attrs)).toBe(false);
      const details = await query('user-details', { phone: phone(withHidden) });
      expect(details?.user.attrs).not.toHaveProperty(HIDDEN);
      // Only what is stored for them, minus the hidden value: nothing else was cut.
      const { [HIDDEN]: _hidden, ...visible } = DEMO.users[withHidden]!.attrs;
      expect(details?.user.attrs).toEqual(visible);
    }
  });

  test('group member rows carry them for org admins only', async () => {
    const rows = async () =>
      (await query('group-members', { groupId: 'g-all' })).map((m) => m.user);
    expect((await rows()).some((u) => u && HIDDEN in u.attrs)).toBe(true);
    await actAs(GROUP_ADMIN);
    expect(await query('group-members', { groupId: 'g-north-night' })).not.toEqual([]);
    expect(
      (await query('group-members', { groupId: 'g-north-night' })).some(
        (m) => m.user && HIDDEN in m.user.attrs,
      ),
    ).toBe(false);
  });
});

describe('private groups', () => {
  test('nobody but their members receives them, org admins included', async () => {
    const names = async () => (await query('groups')).groups.map((g) => g.id);
    expect(await names()).not.toContain('p-football');
    expect(await names()).not.toContain('p-carpool');
    expect(await query('group', { groupId: 'p-football' })).toBeUndefined();
    expect(await query('group-members', { groupId: 'p-football' })).toEqual([]);
    await actAs(FOOTBALL_ADMIN);
    expect(await names()).toContain('p-football');
    expect(await names()).not.toContain('p-carpool');
    expect(await query('group', { groupId: 'p-carpool' })).toBeUndefined();
  });

  test("another user's details list only the groups the actor can see", async () => {
    // As an org admin, the football admin's private group stays out of their details.
    const seen = await query('user-details', { phone: phone(FOOTBALL_ADMIN) });
    expect(seen?.memberships.map((m) => m.groupId)).toEqual(['g-all']);
    // A member of both sees both.
    await actAs(FOOTBALL_ADMIN);
    const own = await query('user-details', { phone: phone(FOOTBALL_ADMIN) });
    expect(own?.memberships.map((m) => m.groupId).sort()).toEqual(['g-all', 'p-football']);
  });

  test('a group admin sees their groups and the hierarchy around them, nothing else', async () => {
    await actAs(GROUP_ADMIN);
    const view = await query('groups');
    expect(view.visible).toEqual(['g-north-night']);
    // The groups above it: the hierarchy everyone may see, not openable. No sibling, no
    // other branch, no private group.
    expect(view.groups.map((g) => g.id).sort()).toEqual(['g-all', 'g-north', 'g-north-night']);
    expect(await query('group', { groupId: 'g-north' })).toBeUndefined();
    expect(await query('group-members', { groupId: 'g-north' })).toEqual([]);
  });
});

describe('audit trails', () => {
  test("an org admin reads anyone's; others only their own", async () => {
    const target = phone(MEMBER);
    const asAdmin = await query('user-details', { phone: target });
    expect(asAdmin?.auditShown).toBe(true);
    await actAs(GROUP_ADMIN);
    const asGroupAdmin = await query('user-details', { phone: target });
    expect(asGroupAdmin?.auditShown).toBe(false);
    expect(asGroupAdmin?.audit).toEqual([]);
    await actAs(MEMBER);
    expect((await query('user-details', { phone: target }))?.auditShown).toBe(true);
    expect((await query('user-details', { phone: phone(ORG_ADMIN) }))?.audit).toEqual([]);
  });
});

describe('jobs and deleted users', () => {
  test('deleted users are refused to everyone but org admins', async () => {
    expect(await query('deleted-users')).toEqual([]);
    for (const who of [GROUP_ADMIN, MEMBER]) {
      await actAs(who);
      expect((await refused(query('deleted-users'))).code).toBe('permission.denied');
    }
  });

  test('an export, its history and its file are org admins’ only', async () => {
    const { jobId } = await startJob('user-export', { scope: 'all' });
    expect((await query('jobs', { kind: 'user-export' })).map((j) => j.id)).toEqual([jobId]);
    for (const who of [GROUP_ADMIN, MEMBER]) {
      await actAs(who);
      expect(await query('jobs', { kind: 'user-export' })).toEqual([]);
      expect(await query('job', { jobId })).toBeUndefined();
      expect(await query('job-file', { jobId, file: 'output' })).toBeUndefined();
      expect((await refused(startJob('user-export', { scope: 'all' }))).code).toBe(
        'permission.denied',
      );
    }
  });
});

describe('imports and their checks', () => {
  test('users imports — files and logs hold the whole directory — are org admins’ only', async () => {
    const { jobId } = await startJob('user-import', {
      file: new Blob([`Phone Number,Name\n${phone(7)},Renamed\n`]),
      fileName: 'staff.csv',
      network: 'employee',
      locale: 'en',
    });
    expect((await query('jobs', { kind: 'user-import' })).map((j) => j.id)).toEqual([jobId]);
    await actAs(GROUP_ADMIN);
    expect(await query('jobs', { kind: 'user-import' })).toEqual([]);
    expect(await query('job-file', { jobId, file: 'original' })).toBeUndefined();
    // Nor may they stop it.
    expect((await refused(cancelJob(jobId))).code).toBe('permission.denied');
  });

  test('checking group files says who is in which group: org admins, or that group’s admins', async () => {
    const files = {
      mapping: new Blob([
        `Group Name,Phone Number,User Type\nFriday football,${phone(14)},Admin\n`,
      ]),
      mappingName: 'm.csv',
    };
    await actAs(MEMBER);
    expect((await refused(query('check-group-upload', { files, locale: 'en' }))).code).toBe(
      'permission.denied',
    );
    const one = {
      mapping: new Blob([`Phone Number,User Type\n${phone(15)},Member\n`]),
      mappingName: 'one.csv',
    };
    expect(
      (
        await refused(
          query('check-group-upload', { files: one, locale: 'en', groupId: 'p-football' }),
        )
      ).code,
    ).toBe('permission.denied');
    await actAs(FOOTBALL_ADMIN);
    const report = await query('check-group-upload', {
      files: one,
      locale: 'en',
      groupId: 'p-football',
    });
    expect(report.fatal).toBeUndefined();
  });

  test('checking a users file tells only org admins what it would do to stored users', async () => {
    await run('users-delete', { phones: [phone(9)] });
    const file = new Blob([
      `Phone Number,Name,Employee ID\n${phone(9)},Back again,X-9\n${phone(10)},Known,X-10\n`,
    ]);
    const asAdmin = await query('check-users-file', { file, network: 'employee', locale: 'en' });
    expect(asAdmin.counts).toMatchObject({ updated: 1, failed: 1 });
    await actAs(MEMBER);
    const asMember = await query('check-users-file', { file, network: 'employee', locale: 'en' });
    // Read against an empty directory: nobody exists, nobody is deleted.
    expect(asMember.counts).toMatchObject({ created: 2, updated: 0, failed: 0 });
  });
});

describe('users in their restore window', () => {
  test('are no longer in the directory for anyone but org admins', async () => {
    await run('users-delete', { phones: [phone(9)] });
    expect(await query('directory-rows', { phones: [phone(9)] })).toHaveLength(1);
    expect(await query('user-details', { phone: phone(9) })).toBeDefined();
    await actAs(GROUP_ADMIN);
    expect(await query('directory-rows', { phones: [phone(9), phone(10)] })).toEqual([
      expect.objectContaining({ phone: phone(10) }),
    ]);
    expect(await query('user-details', { phone: phone(9) })).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import { run } from '../../src/app/kernel/client';
import { DEMO, actAs, db, refused, snapshot, useDemoSandbox } from './demo-sandbox';

useDemoSandbox();

describe('group-create', () => {
  test('an org admin creates an organization group and is its first admin', async () => {
    const { groupId } = await run('group-create', {
      name: '  Night   drivers ',
      kind: 'organization',
    });
    expect(await db.groups.get(groupId)).toMatchObject({
      name: 'Night drivers',
      kind: 'organization',
      createdBy: DEMO.actor,
    });
    expect(await db.memberships.get([groupId, DEMO.actor])).toMatchObject({ role: 'admin' });
  });

  test('a duplicate organization name (any case) is refused with the problem, nothing written', async () => {
    const before = await snapshot();
    const error = await refused(
      run('group-create', { name: 'warehouse NORTH', kind: 'organization' }),
    );
    expect(error.problems).toEqual([
      {
        column: 'name',
        value: 'warehouse NORTH',
        code: 'group.name.duplicate',
        params: { other: 'Warehouse North' },
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('a member may not create an organization group, but may make a private one', async () => {
    const member = DEMO.users.findIndex((u, i) => i > 0 && u.orgRole === 'member');
    await actAs(member);
    const before = await snapshot();
    expect((await refused(run('group-create', { name: 'Mine', kind: 'organization' }))).code).toBe(
      'permission.denied',
    );
    expect(await snapshot()).toEqual(before);
    // A private group may even share an organization group's name: it is not organization data.
    const { groupId } = await run('group-create', { name: 'Warehouse North', kind: 'private' });
    expect(await db.memberships.get([groupId, DEMO.users[member]!.phone])).toMatchObject({
      role: 'admin',
    });
  });
});

describe('group-set-parent / group-remove-parent', () => {
  test('adds a sub-group and takes it out again', async () => {
    const { groupId } = await run('group-create', { name: 'Forklift team', kind: 'organization' });
    await run('group-set-parent', { parentId: 'g-north-night', childId: groupId });
    expect((await db.groups.get(groupId))?.parentId).toBe('g-north-night');
    await run('group-remove-parent', { childId: groupId });
    expect((await db.groups.get(groupId))?.parentId).toBeUndefined();
  });

  test('a cycle through three levels is refused and nothing changes', async () => {
    // g-all → g-north → g-north-night; making g-all a child of g-north-night closes a cycle.
    await run('group-remove-parent', { childId: 'g-north' });
    await run('group-set-parent', { parentId: 'g-all', childId: 'g-north' });
    const before = await snapshot();
    const error = await refused(
      run('group-set-parent', { parentId: 'g-north-night', childId: 'g-all' }),
    );
    expect(error.problems.map((p) => p.code)).toEqual(['group.parent.cycle']);
    expect(await snapshot()).toEqual(before);
  });

  test('a group that already has a parent must be removed from it first', async () => {
    const error = await refused(run('group-set-parent', { parentId: 'g-south', childId: 'g-it' }));
    expect(error.problems).toEqual([
      expect.objectContaining({
        code: 'group.parent.alreadyHasParent',
        params: { parent: 'Warehouse South', child: 'IT helpdesk', current: 'Head office' },
      }),
    ]);
  });

  test('private groups stay out of the hierarchy', async () => {
    expect(
      (await refused(run('group-set-parent', { parentId: 'g-north', childId: 'p-football' }))).code,
    ).toBe('group.parent.private');
  });

  test('a member of the parent group may not change its sub-groups', async () => {
    const member = DEMO.memberships.find(
      (m) => m.groupId === 'g-north-night' && m.role === 'member',
    )!;
    await run('actor-set', { phone: member.phone });
    const { groupId } = await run('group-create', { name: 'Side project', kind: 'private' });
    expect(
      (await refused(run('group-set-parent', { parentId: 'g-north-night', childId: groupId })))
        .code,
    ).toBe('permission.denied');
  });
});

describe('group-members-add', () => {
  const NIGHT = 'g-north-night';

  test('adds directory users and unknown numbers; unknown ones join the directory in Others', async () => {
    await actAs(60); // the night shift's admin, not an org admin
    const out = await run('group-members-add', {
      groupId: NIGHT,
      text: `${DEMO.users[5]!.phone}; 699 100 200\n${DEMO.users[61]!.phone}`,
      region: 'PL',
      role: 'admin',
    });
    expect(out).toMatchObject({
      added: [DEMO.users[5]!.phone, '+48699100200'],
      created: ['+48699100200'],
      present: [DEMO.users[61]!.phone],
    });
    expect(out.outcomes.map((o) => [o.entry, o.status])).toEqual([
      [1, 'added'],
      [2, 'added'],
      [3, 'present'],
    ]);
    expect(await db.users.get('+48699100200')).toMatchObject({
      network: 'others',
      source: 'group-admin',
      orgRole: 'member',
    });
    expect(await db.memberships.get([NIGHT, '+48699100200'])).toMatchObject({ role: 'admin' });
    // An existing member keeps the role they had.
    expect(await db.memberships.get([NIGHT, DEMO.users[61]!.phone])).toMatchObject({
      role: 'member',
    });
  });

  test('every entry gets its own result: the valid ones are added, the bad ones say why (SPEC §7)', async () => {
    const out = await run('group-members-add', {
      groupId: NIGHT,
      text: '699100201, 12, 699100201, 601 23, 699100205',
      region: 'PL',
      role: 'member',
    });
    expect(
      out.outcomes.map((o) => [o.entry, o.raw, o.status === 'invalid' ? o.problem.code : o.phone]),
    ).toEqual([
      [1, '699100201', '+48699100201'],
      [2, '12', 'phone.tooShort'],
      [3, '699100201', 'list.duplicate'],
      [4, '601 23', 'phone.tooShort'],
      [5, '699100205', '+48699100205'],
    ]);
    const duplicate = out.outcomes[2]!;
    expect(duplicate.status === 'invalid' && duplicate.problem).toMatchObject({
      row: 3,
      column: 'phone',
      params: { entry: 1 },
    });
    expect(out.added).toEqual(['+48699100201', '+48699100205']);
    expect(out.created).toEqual(['+48699100201', '+48699100205']);
    expect(await db.memberships.get([NIGHT, '+48699100201'])).toBeDefined();
    expect(await db.memberships.get([NIGHT, '+48699100205'])).toBeDefined();
  });

  test('a list of only bad entries adds nothing and changes nothing', async () => {
    const before = await snapshot();
    const out = await run('group-members-add', {
      groupId: NIGHT,
      text: '12, 601 23',
      region: 'PL',
      role: 'member',
    });
    expect(out.outcomes.map((o) => o.status)).toEqual(['invalid', 'invalid']);
    expect(out.added).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  test('a number that is invalid for the chosen region is not added, with the reason', async () => {
    const out = await run('group-members-add', {
      groupId: NIGHT,
      text: '601234567',
      region: 'US',
      role: 'member',
    });
    expect(out.outcomes[0]).toMatchObject({
      status: 'invalid',
      problem: { row: 1, column: 'phone' },
    });
  });

  test('a member may not add users: refused, nothing changes', async () => {
    await actAs(61);
    const before = await snapshot();
    const error = await refused(
      run('group-members-add', { groupId: NIGHT, text: '699100202', region: 'PL', role: 'member' }),
    );
    expect(error.code).toBe('permission.denied');
    expect(await snapshot()).toEqual(before);
  });

  test('a group admin may not add users to another group', async () => {
    await actAs(60);
    const error = await refused(
      run('group-members-add', {
        groupId: 'g-north-day',
        text: '699100203',
        region: 'PL',
        role: 'member',
      }),
    );
    expect(error.code).toBe('permission.denied');
  });

  test('a private group adds only people already in the directory', async () => {
    await actAs(14); // admin of Friday football
    const out = await run('group-members-add', {
      groupId: 'p-football',
      text: `699100204, ${DEMO.users[3]!.phone}`,
      region: 'PL',
      role: 'member',
    });
    expect(out.outcomes[0]).toMatchObject({
      status: 'invalid',
      problem: { row: 1, code: 'group.member.notInDirectory' },
    });
    expect(out.outcomes[1]).toMatchObject({ status: 'added', phone: DEMO.users[3]!.phone });
    expect(await db.users.get('+48699100204')).toBeUndefined();
    expect(await db.memberships.get(['p-football', DEMO.users[3]!.phone])).toBeDefined();
  });
});

describe('group-map / group-make-private', () => {
  test('the admin of a private group maps it; org admins then see it', async () => {
    await actAs(14);
    await run('group-map', { groupId: 'p-football' });
    expect(await db.groups.get('p-football')).toMatchObject({ kind: 'organization' });
  });

  test('an org admin who is not a member may not map a private group', async () => {
    const before = await snapshot();
    expect((await refused(run('group-map', { groupId: 'p-football' }))).code).toBe(
      'permission.denied',
    );
    expect(await snapshot()).toEqual(before);
  });

  test('mapping a group whose name an organization group already has is refused with the name', async () => {
    await actAs(0);
    await run('group-create', { name: 'Friday Football', kind: 'organization' });
    await actAs(14);
    const before = await snapshot();
    const error = await refused(run('group-map', { groupId: 'p-football' }));
    expect(error.problems[0]).toMatchObject({ code: 'group.name.duplicate' });
    expect(await snapshot()).toEqual(before);
  });

  test('making a group private takes it out of the hierarchy and hides it from non-member org admins', async () => {
    await run('group-make-private', { groupId: 'g-north' });
    const north = await db.groups.get('g-north');
    expect(north).toMatchObject({ kind: 'private' });
    expect(north?.parentId).toBeUndefined();
    expect((await db.groups.get('g-north-night'))?.parentId).toBeUndefined();
    expect((await db.groups.get('g-north-day'))?.parentId).toBeUndefined();
    // Anna (org admin) is not a member of Warehouse North: she can no longer map it back.
    expect((await refused(run('group-map', { groupId: 'g-north' }))).code).toBe(
      'permission.denied',
    );
  });

  test('a member may not make a group private; a group already private is refused', async () => {
    await actAs(121);
    expect((await refused(run('group-make-private', { groupId: 'g-north' }))).code).toBe(
      'permission.denied',
    );
    await actAs(14);
    expect((await refused(run('group-make-private', { groupId: 'p-football' }))).code).toBe(
      'group.already.private',
    );
  });
});

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run } from '../../src/app/commands';
import { setRuntime } from '../../src/app/runtime';
import { openDb, type LabDb } from '../../src/storage/db';
import { DomainError } from '../../src/domain/errors';
import { buildDemo } from '../../src/domain/demo';

const FIXED = Date.UTC(2024, 5, 3, 9, 0, 0);
const DEMO = buildDemo(FIXED, 0);
let db: LabDb;

beforeEach(async () => {
  db = openDb(`test-${crypto.randomUUID()}`);
  setRuntime({ db, realNow: () => FIXED });
  await run('demo-load', {});
});

afterEach(async () => {
  await db.delete();
});

async function refused(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Every row of every table, to prove a refusal changed nothing. */
async function snapshot(): Promise<unknown[]> {
  return Promise.all(db.tables.map((t) => t.toArray()));
}

/** Acts as the demo user `index` (0 is Anna Nowak, the org admin). */
async function actAs(index: number): Promise<void> {
  await run('actor-set', { phone: DEMO.users[index]!.phone });
}

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

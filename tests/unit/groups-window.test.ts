import { afterEach, describe, expect, test } from 'vitest';
import { query, run } from '../../src/app/kernel/client';
import { getRuntime } from '../../src/app/kernel/runtime';
import {
  createGroupsModel,
  followGroupsView,
  type Follow,
  type FollowTiming,
  type GroupsModel,
} from '../../src/app/groups/groups-model';
import {
  FIRST_REQUEST,
  groupsWindow,
  type GroupsWindowRequest,
} from '../../src/app/groups/groups-window';
import { firstGroupsWindow } from '../../src/app/groups/read-model';
import { GROUPS_CACHE } from '../../src/storage/db';
import type { GroupsView } from '../../src/app/groups/queries';
import { DomainError } from '../../src/domain/errors';
import { DEMO, actAs, db, useDemoSandbox } from './demo-sandbox';

/**
 * The Groups page's lines as the groups worker cuts them (groups-window.ts, groups-model.ts):
 * the same groups, order, hierarchy and paths the page drew from the whole view, and live.
 */
useDemoSandbox();

const ORG: GroupsWindowRequest = { tab: 'organization', filter: '', toggled: [], limit: 200 };
const names = (rows: ReadonlyArray<{ group: { name: string } }> | undefined) =>
  (rows ?? []).map((r) => r.group.name);

let models: GroupsModel[] = [];
afterEach(() => {
  models.forEach((m) => m.close());
  models = [];
});

/** A model over the real live query, with the number of `changed` calls so far. */
function liveModel(timing: FollowTiming = { quietMs: 30, maxWaitMs: 300 }) {
  const seen = { changed: 0 };
  const model = createGroupsModel(followGroupsView(getRuntime(), timing), () => seen.changed++);
  models.push(model);
  return { model, seen };
}

describe('groupsWindow', () => {
  test('the hierarchy opens its top level; a group toggled opens or closes', async () => {
    const view = await query('groups');
    const first = groupsWindow(view, ORG);
    expect(first.counts).toEqual({ organization: 8, private: 0 });
    expect(names(first.tree?.rows)).toEqual([
      'Contoso Logistics — everyone',
      'Head office',
      'Warehouse North',
      'Warehouse South',
    ]);
    expect(first.tree?.rows.map((r) => [r.depth, r.children, r.expanded, r.visible])).toEqual([
      [0, 3, true, true],
      [1, 1, false, true],
      [1, 2, false, true],
      [1, 1, false, true],
    ]);
    const opened = groupsWindow(view, { ...ORG, toggled: ['g-north'] });
    expect(names(opened.tree?.rows)).toEqual([
      'Contoso Logistics — everyone',
      'Head office',
      'Warehouse North',
      'North — day shift',
      'North — night shift',
      'Warehouse South',
    ]);
    const closed = groupsWindow(view, { ...ORG, toggled: ['g-all', 'g-north'] });
    expect(names(closed.tree?.rows)).toEqual(['Contoso Logistics — everyone']);
    expect(closed.tree?.rows[0]?.expanded).toBe(false);
  });

  test('gives `limit` lines and the total, so "Show more" knows what is left', async () => {
    const view = await query('groups');
    const two = groupsWindow(view, { ...ORG, toggled: ['g-north'], limit: 2 });
    expect(two.tree).toMatchObject({ total: 6 });
    expect(names(two.tree?.rows)).toEqual(['Contoso Logistics — everyone', 'Head office']);
  });

  test('a filter lists the tab’s matching groups (any case, spaces collapsed) with their path', async () => {
    const view = await query('groups');
    const found = groupsWindow(view, { ...ORG, filter: '  NORTH   — ' });
    expect(found.tree).toBeUndefined();
    expect(found.list?.total).toBe(2);
    expect(found.list?.rows.map((r) => [r.group.name, r.path])).toEqual([
      ['North — day shift', ['Contoso Logistics — everyone', 'Warehouse North']],
      ['North — night shift', ['Contoso Logistics — everyone', 'Warehouse North']],
    ]);
    expect(groupsWindow(view, { ...ORG, filter: 'nothing like it' }).list).toEqual({
      rows: [],
      total: 0,
    });
  });

  test('the Private tab lists the actor’s own private groups, without paths', async () => {
    await actAs(14); // admin of Friday football
    const view = await query('groups');
    const own = groupsWindow(view, { ...ORG, tab: 'private' });
    expect(own.counts.private).toBe(1);
    expect(own.list?.rows).toEqual([
      { group: expect.objectContaining({ id: 'p-football' }), path: [] },
    ]);
  });

  test('a group admin sees the groups above theirs open, and those are not theirs', async () => {
    await actAs(60); // admin of North — night shift
    const view = await query('groups');
    const rows = groupsWindow(view, ORG).tree?.rows ?? [];
    expect(rows.map((r) => [r.group.name, r.visible, r.expanded])).toEqual([
      ['Contoso Logistics — everyone', false, true],
      ['Warehouse North', false, true],
      ['North — night shift', true, false],
    ]);
  });
});

describe('the groups model', () => {
  test('answers what the page drew from the `groups` query, for every actor', async () => {
    for (const actor of [0, 60, 14]) {
      await actAs(actor);
      const view = await query('groups');
      const { model } = liveModel();
      for (const tab of ['organization', 'private'] as const)
        for (const filter of ['', 'shift', 'o'])
          expect(await model.window({ ...ORG, tab, filter }), `${actor} ${tab} ${filter}`).toEqual(
            groupsWindow(view, { ...ORG, tab, filter }),
          );
      model.close();
    }
  });

  test('follows changes: a new group, a group moved, and another actor', async () => {
    const { model, seen } = liveModel();
    expect(names((await model.window(ORG)).tree?.rows)).not.toContain('Yard crew');
    const first = seen.changed;
    await run('group-create', { name: 'Yard crew', kind: 'organization' });
    await expect.poll(() => seen.changed).toBeGreaterThan(first);
    await expect
      .poll(async () => names((await model.window(ORG)).tree?.rows))
      .toContain('Yard crew');
    // An edit that adds no group is followed too.
    expect(names((await model.window(ORG)).tree?.rows)).not.toContain('North — night shift');
    await run('group-remove-parent', { childId: 'g-north-night' });
    await expect
      .poll(async () => names((await model.window(ORG)).tree?.rows))
      .toContain('North — night shift');
    const before = seen.changed;
    await actAs(60);
    await expect.poll(() => seen.changed).toBeGreaterThan(before);
    await expect
      .poll(async () => names((await model.window(ORG)).tree?.rows))
      .toEqual(['North — night shift']);
  });

  test('waits for the first answer; a failed read is the window’s refusal', async () => {
    let answer:
      { value: (v: GroupsView) => void; error: (e: unknown) => void; read: () => void } | undefined;
    const follow: Follow = (value, error, read) => {
      answer = { value, error, read };
      return () => undefined;
    };
    let changed = 0;
    const model = createGroupsModel(follow, () => changed++);
    const pending = model.window(ORG);
    answer!.error(new DomainError('org.missing'));
    await expect(pending).rejects.toMatchObject({ code: 'org.missing' });
    answer!.value(await query('groups'));
    expect(changed).toBe(1);
    expect((await model.window(ORG)).counts.organization).toBe(DEMO.groups.length - 2);
  });

  test('a window asked while the groups are read again waits for the new answer', async () => {
    let answer: { value: (v: GroupsView) => void; read: () => void } | undefined;
    const model = createGroupsModel(
      (value, _error, read) => {
        answer = { value, read };
        return () => undefined;
      },
      () => undefined,
    );
    model.start();
    const view = await query('groups');
    answer!.read();
    answer!.value(view);
    expect((await model.window(ORG)).counts.organization).toBe(8);
    // A change: the reading starts; the page shown again asks before it has answered.
    await run('group-create', { name: 'Yard crew', kind: 'organization' });
    answer!.read();
    let got: number | undefined;
    const pending = model.window(ORG).then((w) => (got = w.counts.organization));
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toBeUndefined();
    answer!.value(await query('groups'));
    await pending;
    expect(got).toBe(9);
  });

  test('changes that keep coming are read together, and the last one is not missed', async () => {
    const reads: number[] = [];
    const follow = followGroupsView(getRuntime(), { quietMs: 200, maxWaitMs: 10_000 });
    const views: GroupsView[] = [];
    const stop = follow(
      (v) => views.push(v),
      (e) => {
        throw e;
      },
      () => reads.push(Date.now()),
    );
    try {
      await expect.poll(() => views.length).toBe(1);
      const readsBefore = reads.length;
      for (let i = 0; i < 5; i++)
        await run('group-create', { name: `Crew ${i}`, kind: 'organization' });
      await expect.poll(() => views.at(-1)?.organization.length, { timeout: 3000 }).toBe(13);
      // The first change is read at once; the four that followed it, together (the groups
      // copy written once things are quiet may add one more reading).
      expect(views.length).toBeLessThanOrEqual(4);
      expect(reads.length - readsBefore).toBeLessThanOrEqual(5);
    } finally {
      stop();
    }
  });

  test('stores the first lines for the next visit; they are shown to the same actor only', async () => {
    // No groups copy yet (the demo just wrote the groups): the groups are read from the
    // table; once things are quiet the copy is written, read, and the lines cut from it kept.
    expect(await db.snapshots.get(GROUPS_CACHE)).toBeUndefined();
    const { model } = liveModel();
    const lines = await model.window(FIRST_REQUEST);
    await expect.poll(() => firstGroupsWindow()).toEqual(lines);
    expect((await db.snapshots.get(GROUPS_CACHE))?.stamp).toEqual(expect.any(String));
    // Another actor (or the same one with other roles) does not get them.
    await actAs(60);
    expect(await firstGroupsWindow()).toBeUndefined();
    await actAs(0);
    expect(await firstGroupsWindow()).toEqual(lines);
    // A group written: they are gone until the worker has cut new ones.
    model.close();
    await run('group-create', { name: 'Yard crew', kind: 'organization' });
    expect(await firstGroupsWindow()).toBeUndefined();
  });
});

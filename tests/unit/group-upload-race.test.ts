import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/app/kernel/client';
import type { LabDb } from '../../src/storage/db';
import { csv, db, hierarchy, logOf, upload, useFreshOrg } from './group-upload-harness';

/**
 * Issue 15: a group upload plans its parent links against the hierarchy before its batches
 * run, and another tab may change the hierarchy meanwhile. The links are checked again when
 * they are set: one that no longer holds is not set, fails, and its row is in the log.
 */

useFreshOrg();

/** Alpha, Beta and Gamma, each with an admin; Beta under Alpha, Gamma under Beta. */
const FILES = {
  mapping: 'mapping-abc.csv',
  parent: csv('Parent Group Name,Child Group Name', 'Alpha,Beta', 'Beta,Gamma'),
};

/** The id of the group named `name`. */
async function idOf(db: LabDb, name: string): Promise<string> {
  return (await db.groups.toArray()).find((g) => g.name === name)!.id;
}

/** Every stored group's line up ends at a root: the hierarchy holds no cycle. */
async function expectNoCycle(db: LabDb) {
  const groups = await db.groups.toArray();
  const parentOf = new Map(groups.map((g) => [g.id, g.parentId]));
  for (const g of groups) {
    const seen = new Set<string>();
    for (let id: string | undefined = g.id; id !== undefined; id = parentOf.get(id)) {
      expect(seen.has(id), `a cycle through ${g.name}`).toBe(false);
      seen.add(id);
    }
  }
}

/** Runs `change` once: after the batches that create the groups, before the links are set. */
function betweenPlanAndLinks(change: () => Promise<unknown>) {
  let done = false;
  return {
    afterCommit: async () => {
      if (done) return;
      done = true;
      await change();
    },
  };
}

describe('the hierarchy changes while an upload runs', () => {
  test('without interference every planned link is set', async () => {
    const job = await upload(db, FILES);
    expect(job.status).toBe('completed');
    expect(job.counts).toMatchObject({ parentRead: 2, linksSet: 2, failed: 0 });
    expect(await hierarchy(db)).toEqual({ Alpha: null, Beta: 'Alpha', Gamma: 'Beta' });
    expect(await logOf(job.id)).toEqual([]);
  });

  test('a link that another tab made into a cycle is not set: it fails, naming its row', async () => {
    // Another tab puts Alpha under Gamma: Gamma under Beta (row 3) would now close a cycle.
    const job = await upload(
      db,
      FILES,
      betweenPlanAndLinks(async () =>
        run('group-set-parent', {
          parentId: await idOf(db, 'Gamma'),
          childId: await idOf(db, 'Alpha'),
        }),
      ),
    );
    expect(job.status).toBe('completed');
    expect(job.counts).toEqual({
      read: 4,
      parentRead: 2,
      groupsCreated: 3,
      membershipsAdded: 4,
      membershipsChanged: 0,
      membershipsUnchanged: 0,
      linksSet: 1,
      usersCreated: 4,
      failed: 1,
      ignored: 0,
    });
    expect(job.doneRows).toBe(job.totalRows);
    expect(await hierarchy(db)).toEqual({ Alpha: 'Gamma', Beta: 'Alpha', Gamma: null });
    await expectNoCycle(db);
    expect(await logOf(job.id)).toEqual([
      'upload.csv,3,Parent Group Name,Beta,"The hierarchy changed while the upload ran: making “Gamma” a sub-group of “Beta” would now make a cycle (Gamma → Alpha → Beta → Gamma), so this row was not applied. Check the hierarchy on the Groups page; to keep this link, first remove the one that closes the cycle, then upload this row again."',
    ]);
    // The other tab's link and the one the upload set; none for the refused row.
    const sets = (await db.audit.toArray()).filter((e) => e.action === 'group.parent.set');
    expect(sets.map((e) => [e.target, e.details?.['job']])).toEqual([
      [await idOf(db, 'Alpha'), undefined],
      [await idOf(db, 'Beta'), job.id],
    ]);
  });

  test('a link to a group made private meanwhile is not set: it fails, naming its row', async () => {
    const job = await upload(
      db,
      FILES,
      betweenPlanAndLinks(async () =>
        run('group-make-private', { groupId: await idOf(db, 'Alpha') }),
      ),
    );
    expect(job.status).toBe('completed');
    expect(job.counts).toMatchObject({ parentRead: 2, linksSet: 1, failed: 1 });
    expect(await hierarchy(db)).toEqual({ Beta: null, Gamma: 'Beta' });
    expect((await db.groups.get(await idOf(db, 'Alpha')))?.parentId).toBeUndefined();
    expect(await logOf(job.id)).toEqual([
      'upload.csv,2,Parent Group Name,Alpha,"The group “Alpha” was made private or deleted while the upload ran, so “Beta” was not made a sub-group of “Alpha”: only organization groups have parent groups. Map it to the organization (or create it again), then upload this row again."',
    ]);
  });

  test('the log keeps the plan’s problems and adds the link that failed when set', async () => {
    const parent = csv('Parent Group Name,Child Group Name', 'Alpha,Beta', 'Beta,Gamma', ',Gamma');
    const job = await upload(
      db,
      { ...FILES, parent },
      betweenPlanAndLinks(async () =>
        run('group-set-parent', {
          parentId: await idOf(db, 'Gamma'),
          childId: await idOf(db, 'Alpha'),
        }),
      ),
    );
    expect(job.counts).toMatchObject({ parentRead: 3, linksSet: 1, failed: 2 });
    const rows = (await logOf(job.id)).map((line) => line.split(',').slice(0, 2).join(','));
    expect(rows).toEqual(['upload.csv,4', 'upload.csv,3']);
  });
});

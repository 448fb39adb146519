import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { query, run } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { MAPPING_FILE, PARENT_FILE, groupExportRows } from '../../src/app/exports/group-export';
import { templateLines } from '../../src/app/imports/templates';
import { buildDemo } from '../../src/domain/demo';
import type { Group, Membership } from '../../src/domain/types';
import { unzipBlobs } from '../../src/io/zip';
import { openDb, type LabDb } from '../../src/storage/db';
import { FIXED, freshOrg, hierarchy, membersByGroup, upload } from './group-upload-harness';

/**
 * Export Existing Groups: a zip of the two mapping files in the templates' format, which
 * uploads again unchanged — into the same sandbox (nothing to do) or a new one (the same
 * groups, members, roles and hierarchy).
 */

const DEMO = buildDemo(FIXED, 0);
const opened: LabDb[] = [];

async function demoSandbox(): Promise<LabDb> {
  const db = openDb(`test-${crypto.randomUUID()}`);
  opened.push(db);
  setRuntime({ db, realNow: () => FIXED });
  await run('demo-load', {});
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function exportFiles(): Promise<{
  mapping: Blob;
  parent: Blob;
  result: { skipped: string[]; groups: number };
}> {
  const result = await query('groups-export');
  const files = await unzipBlobs(result.blob);
  expect([...files.keys()]).toEqual([MAPPING_FILE, PARENT_FILE]);
  return { mapping: files.get(MAPPING_FILE)!, parent: files.get(PARENT_FILE)!, result };
}

async function text(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

describe('Export Existing Groups', () => {
  test('round trip: demo → export → a new sandbox → upload → the same groups', async () => {
    const demo = await demoSandbox();
    // A name a spreadsheet would run as a formula travels escaped and comes back as it was.
    await run('group-create', { name: '=Totals', kind: 'organization' });
    const groups = await hierarchy(demo);
    const members = await membersByGroup(demo);
    const { mapping, parent } = await exportFiles();

    const fresh = await freshOrg();
    opened.push(fresh);
    const job = await upload(fresh, { mapping, parent });
    expect(job.status).toBe('completed');
    expect(job.counts).toMatchObject({ failed: 0, ignored: 0, groupsCreated: 9, linksSet: 7 });
    expect(await hierarchy(fresh)).toEqual(groups);
    expect(await membersByGroup(fresh)).toEqual(members);
    expect(Object.keys(groups)).toContain('=Totals');
  });

  test('the files are the templates’ format: BOM, the header row, CRLF, formulas escaped', async () => {
    await demoSandbox();
    await run('group-create', { name: '=Totals', kind: 'organization' });
    const { mapping, parent } = await exportFiles();
    const bytes = new Uint8Array(await mapping.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await text(mapping)).slice(1).split('\r\n');
    expect(lines[0]).toBe(templateLines('group-members', [], 'en').header.join(','));
    expect(lines[1]).toBe(`'=Totals,${DEMO.actor},Admin`);
    expect(lines.at(-1)).toBe('');
    const parents = (await text(parent)).slice(1).split('\r\n');
    expect(parents[0]).toBe(templateLines('group-parents', [], 'en').header.join(','));
    expect(parents).toContain('Warehouse North,North — night shift');
  });

  test('uploaded again into the same sandbox, it changes nothing', async () => {
    const demo = await demoSandbox();
    const before = await Promise.all([demo.groups.toArray(), demo.memberships.toArray()]);
    const { mapping, parent } = await exportFiles();
    const job = await upload(demo, { mapping, parent });
    expect(job.counts).toMatchObject({
      groupsCreated: 0,
      membershipsAdded: 0,
      membershipsChanged: 0,
      linksSet: 0,
      failed: 0,
      membershipsUnchanged: job.counts.read,
    });
    expect(await Promise.all([demo.groups.toArray(), demo.memberships.toArray()])).toEqual(before);
  });

  test('private groups are not exported; groups without members are left out and named', async () => {
    const demo = await demoSandbox();
    const empty: Group = {
      id: 'g-empty',
      name: 'Empty room',
      kind: 'organization',
      parentId: 'g-all',
      createdBy: DEMO.actor,
      createdAt: FIXED,
    };
    await demo.groups.put(empty);
    const { mapping, parent, result } = await exportFiles();
    expect(result.skipped).toEqual(['Empty room']);
    expect(result.groups).toBe(8);
    const all = `${await text(mapping)}${await text(parent)}`;
    expect(all).not.toContain('Friday football');
    expect(all).not.toContain('Carpool');
    expect(all).not.toContain('Empty room');
  });

  test('a group admin exports only the groups they administer', async () => {
    await demoSandbox();
    // Demo user 60 is the admin of North — night shift only.
    await run('actor-set', { phone: DEMO.users[60]!.phone });
    const { mapping, parent } = await exportFiles();
    const names = new Set(
      (await text(mapping))
        .split('\r\n')
        .slice(1, -1)
        .map((l) => l.split(',')[0]),
    );
    expect([...names]).toEqual(['North — night shift']);
    // Its parent is not exported, so neither is the link to it.
    expect((await text(parent)).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('groupExportRows', () => {
  const g = (id: string, name: string, parentId?: string): Group => ({
    id,
    name,
    kind: 'organization',
    ...(parentId ? { parentId } : {}),
    createdBy: 'x',
    createdAt: 0,
  });
  const m = (groupId: string, phone: string, role: Membership['role']): Membership => ({
    groupId,
    phone,
    role,
    addedAt: 0,
  });

  test('groups by name (Team 2 before Team 10), admins first, then numbers; links by child', () => {
    const groups = [g('a', 'Team 10', 'b'), g('b', 'Team 2'), g('c', 'Alone')];
    const rows = groupExportRows(
      groups,
      [
        m('a', '+482', 'member'),
        m('a', '+489', 'admin'),
        m('b', '+481', 'admin'),
        m('a', '+481', 'member'),
      ],
      new Set(['a', 'b', 'c']),
    );
    expect(rows.mapping).toEqual([
      ['Team 2', '+481', 'Admin'],
      ['Team 10', '+489', 'Admin'],
      ['Team 10', '+481', 'Member'],
      ['Team 10', '+482', 'Member'],
    ]);
    expect(rows.parents).toEqual([['Team 2', 'Team 10']]);
    expect(rows.skipped).toEqual(['Alone']);
    expect(rows.groups).toBe(2);
  });
});

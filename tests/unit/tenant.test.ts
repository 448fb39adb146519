import { describe, expect, test } from 'vitest';
import { query, run, startJob } from '../../src/app/kernel/client';
import { runTenantExportJob } from '../../src/app/tenant/tenant-export';
import { PackageChanged, writePackage } from '../../src/app/tenant/package';
import { TENANT_RESOURCES } from '../../src/domain/tenant';
import { FIXED, DEMO, actAs, db, refused, snapshot, useDemoSandbox } from './demo-sandbox';
import { readPackage } from './tenant-package-reader';
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { errorMessage } from '../../src/i18n';

/**
 * Tenant data (SPEC §9): Export Tenant Data writes a Data Package that an independent
 * reader accepts, and Restore brings it back into an empty sandbox so that it exports the
 * same again.
 */

useDemoSandbox();

/** Runs a tenant export to its end and returns the zip's bytes. */
async function exportTenant(): Promise<Uint8Array> {
  const { jobId } = await startJob('tenant-export', undefined);
  const ended = await runTenantExportJob({ db, realNow: () => FIXED }, jobId);
  expect(ended?.status, JSON.stringify(ended?.reason)).toBe('completed');
  const zip = await query('job-file', { jobId, file: 'output' });
  return new Uint8Array(await zip!.arrayBuffer());
}

/** Restores `bytes` into the (emptied) sandbox. */
function restore(bytes: Uint8Array, fileName = 'tenant.zip') {
  return run('tenant-restore', { file: new Blob([bytes as BlobPart]), fileName });
}

describe('Export Tenant Data', () => {
  test('the zip is a Data Package an independent reader accepts: hashes, sizes, rows, types, keys', async () => {
    const report = await readPackage(await exportTenant());
    expect(report.problems).toEqual([]);
    const d = report.descriptor as {
      name: string;
      version: string;
      'kaizala:exportedBy': string;
      resources: Array<{ path: string; schema: { primaryKey?: string[] } }>;
    };
    expect(d.name).toBe('kaizala-lab-tenant');
    expect(d.version).toBe('1.1.0');
    expect(d['kaizala:exportedBy']).toBe(DEMO.actor);
    expect(d.resources.map((r) => r.path).sort()).toEqual(
      TENANT_RESOURCES.map((n) => `${n}.csv`).sort(),
    );
    // The demo's organization data is all there; its private groups are not.
    const rows = (path: string) => report.tables.get(path)!.length - 1;
    expect(rows('users.csv')).toBe(DEMO.users.filter((u) => u.deletedAt === undefined).length);
    const orgGroups = DEMO.groups.filter((g) => g.kind === 'organization');
    expect(rows('groups.csv')).toBe(orgGroups.length);
    expect(rows('group-hierarchy.csv')).toBe(orgGroups.filter((g) => g.parentId).length);
    expect(rows('messages.csv')).toBeGreaterThan(0);
    expect(rows('action-responses.csv')).toBeGreaterThan(0);
    const groupIds = report.tables
      .get('groups.csv')!
      .slice(1)
      .map((r) => r[0]);
    for (const g of DEMO.groups.filter((g) => g.kind === 'private'))
      expect(groupIds).not.toContain(g.id);
  });

  test('connector secrets never leave: only that one exists', async () => {
    const report = await readPackage(await exportTenant());
    const connectors = report.tables.get('connectors.csv')!;
    expect(connectors[0]).toContain('Has Secret');
    const all = [...report.tables.values()].flat(2).join('\n');
    for (const c of await db.connectors.toArray()) expect(all).not.toContain(c.secretHash);
  });

  test('nothing of a private group is in any file, also what happened in it', async () => {
    // The admin of "Friday football" (private) adds someone to it: an audit event that names
    // the group in its details, not as its target.
    const football = DEMO.groups.find((g) => g.id === 'p-football')!;
    const admin = DEMO.memberships.find((m) => m.groupId === football.id && m.role === 'admin')!;
    await run('actor-set', { phone: admin.phone });
    await run('group-members-add', {
      groupId: football.id,
      text: DEMO.users[200]!.phone,
      region: 'PL',
      role: 'member',
    });
    expect(
      (await db.audit.toArray()).some((e) => JSON.stringify(e.details ?? {}).includes(football.id)),
    ).toBe(true);
    await run('actor-set', { phone: DEMO.actor });
    const report = await readPackage(await exportTenant());
    const everything = [...report.tables.values()].flat(2).join('\n');
    for (const g of DEMO.groups.filter((x) => x.kind === 'private')) {
      expect(everything).not.toContain(g.id);
      expect(everything).not.toContain(g.name);
    }
  });

  test('only org admins export tenant data, see its jobs or download its file', async () => {
    const { jobId } = await startJob('tenant-export', undefined);
    await runTenantExportJob({ db, realNow: () => FIXED }, jobId);
    // A group admin who is no org admin (the admin of "North — night shift").
    await actAs(60);
    expect((await refused(startJob('tenant-export', undefined))).code).toBe('permission.denied');
    expect(await query('jobs', { kind: 'tenant-export' })).toEqual([]);
    expect(await query('job-file', { jobId, file: 'output' })).toBeUndefined();
  });

  test('an organization that changes while it is exported is exported again', async () => {
    const phone = DEMO.users[5]!.phone;
    let done = false;
    const outcome = await writePackage(db, {
      exportedBy: DEMO.actor,
      now: FIXED,
      chunk: 50,
      // Once users.csv is written, someone deletes a user: they would be in both files.
      progress: async (read) => {
        if (done || read <= DEMO.users.length + 10) return;
        done = true;
        await run('users-delete', { phones: [phone] });
      },
    }).then(
      () => 'written',
      (e: unknown) => (e instanceof PackageChanged ? e.link : String(e)),
    );
    expect(outcome).toBe(`user ${phone} twice`);
    // Written again, it holds the user once, as deleted, and every link resolves.
    const report = await readPackage(await exportTenant());
    expect(report.problems).toEqual([]);
    expect(report.tables.get('deleted-users.csv')!.map((r) => r[0])).toContain(phone);
    expect(report.tables.get('users.csv')!.map((r) => r[0])).not.toContain(phone);
  });
});

/** `zip` with messages.csv edited, its size and hash in the descriptor made to match. */
function withMessages(zip: Uint8Array, edit: (csv: string) => string): Uint8Array {
  const files = unzipSync(zip);
  const csv = strToU8(edit(strFromU8(files['messages.csv']!)));
  files['messages.csv'] = csv;
  const d = JSON.parse(strFromU8(files['datapackage.json']!)) as {
    resources: Array<{ path: string; bytes: number; hash: string }>;
  };
  const r = d.resources.find((x) => x.path === 'messages.csv')!;
  r.bytes = csv.length;
  r.hash = `sha256:${createHash('sha256').update(csv).digest('hex')}`;
  files['datapackage.json'] = strToU8(JSON.stringify(d));
  return zipSync(files);
}

describe('Likes in a package (format 1.1.0)', () => {
  test('messages.csv carries them, and a bad one is refused with its line, nothing written', async () => {
    const zip = await exportTenant();
    const text = strFromU8(unzipSync(zip)['messages.csv']!);
    expect(text.split('\r\n')[0]).toMatch(/,Reactions$/);
    const liked = text.split('\r\n').findIndex((l) => l.includes('""phone""'));
    expect(liked).toBeGreaterThan(0);
    const cases: Array<[string, (line: string) => string]> = [
      ['tenant.reaction.who', (l) => l.replace('""phone"":""+48', '""phone"":""+1999')],
      ['tenant.reaction.when', (l) => l.replace(/""at"":\d+/, '""at"":""soon""')],
      [
        'tenant.reaction.twice',
        (l) => l.replace(/\[(\{[^}]*\})/, (_all, first: string) => `[${first},${first}`),
      ],
    ];
    await run('sandbox-reset');
    for (const [code, edit] of cases) {
      const bad = withMessages(zip, (csv) =>
        csv
          .split('\r\n')
          .map((l, i) => (i === liked ? edit(l) : l))
          .join('\r\n'),
      );
      const before = await snapshot();
      const e = await refused(restore(bad));
      expect(e.code, code).toBe(code);
      expect(e.params['line']).toBe(liked + 1);
      expect(errorMessage('en', e.code, e.params)).toContain(`messages.csv, line ${liked + 1}`);
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe('Restore from a tenant export', () => {
  test('round trip: export → restore → export is the same package apart from its time', async () => {
    const zip = await exportTenant();
    const first = await readPackage(zip);
    await run('sandbox-reset');
    const restored = await restore(zip);
    expect(restored).toMatchObject({
      organization: DEMO.org.name,
      users: first.tables.get('users.csv')!.length - 1,
    });
    const again = await exportTenant();
    const second = await readPackage(again);
    expect(second.problems).toEqual([]);
    expect([...second.tables.keys()].sort()).toEqual([...first.tables.keys()].sort());
    for (const [path, rows] of first.tables) expect(second.tables.get(path), path).toEqual(rows);
    const { created: _a, ...d1 } = first.descriptor;
    const { created: _b, ...d2 } = second.descriptor;
    expect(d2).toEqual(d1);
  });

  test('only into an empty sandbox: a sandbox with an organization is refused, unchanged', async () => {
    const zip = await exportTenant();
    const before = await snapshot();
    const error = await refused(restore(zip));
    expect(error.code).toBe('tenant.notEmpty');
    expect(await snapshot()).toEqual(before);
  });
});

describe('deletion end to end (SPEC §9)', () => {
  test('a deleted user is in deleted-users.csv with their content left out; after 30 days they are purged from the database and from later exports', async () => {
    // A member who wrote in an organization group.
    const messages = await db.messages.toArray();
    const orgGroups = new Set(
      DEMO.groups.filter((g) => g.kind === 'organization').map((g) => g.id),
    );
    const admins = new Set(DEMO.memberships.filter((m) => m.role === 'admin').map((m) => m.phone));
    const author = messages.find(
      (m) => orgGroups.has(m.groupId) && m.author !== DEMO.actor && !admins.has(m.author),
    )!.author;
    const written = messages.filter((m) => m.author === author).length;
    expect(written).toBeGreaterThan(0);
    await run('users-delete', { phones: [author] });

    const during = await readPackage(await exportTenant());
    const column = (path: string, name: string) => {
      const rows = during.tables.get(path)!;
      const i = rows[0]!.indexOf(name);
      return rows.slice(1).map((r) => r[i]);
    };
    expect(column('deleted-users.csv', 'Phone Number')).toEqual([author]);
    expect(column('users.csv', 'Phone Number')).not.toContain(author);
    expect(column('messages.csv', 'Author')).not.toContain(author);
    expect(column('action-responses.csv', 'Author')).not.toContain(author);
    expect(column('group-members.csv', 'Phone Number')).not.toContain(author);

    await run('clock-advance', { days: 30 });
    // Gone from IndexedDB itself: the account, its memberships, its content in organization groups.
    expect(await db.users.get(author)).toBeUndefined();
    expect(await db.memberships.where('phone').equals(author).count()).toBe(0);
    const left = await db.messages.filter((m) => m.author === author).toArray();
    expect(left.filter((m) => orgGroups.has(m.groupId))).toEqual([]);
    expect(
      (await db.responses.filter((r) => r.author === author).toArray()).filter((r) =>
        orgGroups.has(r.groupId),
      ),
    ).toEqual([]);
    const after = await readPackage(await exportTenant());
    expect(after.tables.get('deleted-users.csv')!.slice(1)).toEqual([]);
    expect(after.problems).toEqual([]);
  });
});

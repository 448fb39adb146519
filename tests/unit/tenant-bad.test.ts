import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { run } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { writePackage } from '../../src/app/tenant/package';
import { errorMessage } from '../../src/i18n';
import { toStored } from '../../src/domain/users';
import type { User } from '../../src/domain/types';
import { openDb, type LabDb } from '../../src/storage/db';
import { DomainError } from '../../src/domain/errors';

/**
 * Restore refuses bad packages (SPEC §9, §13): each fixture in tests/fixtures/tenant/ is a
 * small tenant export with one defect. The restore names the file, the line and the fix,
 * and the sandbox stays exactly as it was. `KL_WRITE_FIXTURES=1 npx vitest run
 * tests/unit/tenant-bad.test.ts` writes the fixtures again from the package writer.
 */

const DIR = new URL('../fixtures/tenant/', import.meta.url);
const T0 = Date.UTC(2026, 2, 1, 10, 0, 0);
let db: LabDb;

beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
  setRuntime({ db, realNow: () => T0 });
});
afterEach(async () => {
  await db.delete();
});

function user(phone: string, name: string, orgRole: 'admin' | 'member' = 'member'): User {
  return {
    phone,
    name,
    network: 'employee',
    orgRole,
    source: 'portal',
    attrs: { dept: 'Magazyn, hala "B"' },
    createdAt: T0,
    updatedAt: T0,
  };
}

/** A small organization: three users, a two-level hierarchy, memberships, one attribute. */
async function basePackage(): Promise<Uint8Array> {
  await db.org.put({
    id: 'org',
    name: 'Fixture Sp. z o.o.',
    region: 'PL',
    clockOffset: 0,
    locale: 'pl',
    createdAt: T0,
  });
  await db.attributes.put({
    id: 'dept',
    name: 'Dział',
    type: 'text',
    mandatory: false,
    userEditable: false,
    visibleToAll: true,
    createdAt: T0,
    order: 0,
  });
  await db.users.bulkPut(
    [
      user('+48601000001', 'Anna Admin', 'admin'),
      user('+48601000002', 'Bartek Łęcki'),
      user('+48601000003', 'Celina Źrebna'),
    ].map(toStored),
  );
  await db.groups.bulkPut([
    {
      id: 'g-root',
      name: 'Cała firma',
      kind: 'organization',
      createdBy: '+48601000001',
      createdAt: T0,
    },
    {
      id: 'g-north',
      name: 'Północ',
      kind: 'organization',
      parentId: 'g-root',
      createdBy: '+48601000001',
      createdAt: T0,
    },
    {
      id: 'g-south',
      name: 'Południe',
      kind: 'organization',
      parentId: 'g-root',
      createdBy: '+48601000001',
      createdAt: T0,
    },
  ]);
  await db.memberships.bulkPut([
    { groupId: 'g-root', phone: '+48601000001', role: 'admin', addedAt: T0 },
    { groupId: 'g-north', phone: '+48601000002', role: 'member', addedAt: T0 },
    { groupId: 'g-south', phone: '+48601000003', role: 'member', addedAt: T0 },
  ]);
  const { zip } = await writePackage(db, { exportedBy: '+48601000001', now: T0 });
  return new Uint8Array(await zip.arrayBuffer());
}

type Files = Record<string, Uint8Array>;

/** Re-zips `files`; `consistent` rewrites the descriptor's bytes and hash of changed files. */
function rezip(files: Files, changed: readonly string[] = []): Uint8Array {
  if (changed.length > 0) {
    const d = JSON.parse(strFromU8(files['datapackage.json']!)) as {
      resources: Array<{ path: string; bytes: number; hash: string; 'kaizala:rows': number }>;
    };
    for (const r of d.resources) {
      if (!changed.includes(r.path)) continue;
      const data = files[r.path]!;
      r.bytes = data.length;
      r.hash = `sha256:${createHash('sha256').update(data).digest('hex')}`;
      r['kaizala:rows'] = strFromU8(data).split('\r\n').length - 2;
    }
    files['datapackage.json'] = strToU8(JSON.stringify(d, null, 2));
  }
  return zipSync(files);
}

/** A CSV file of the package, edited as text (the descriptor is made to match). */
function editCsv(files: Files, path: string, edit: (text: string) => string): Uint8Array {
  files[path] = strToU8(edit(strFromU8(files[path]!)));
  return rezip(files, [path]);
}

function editDescriptor(files: Files, edit: (d: Record<string, unknown>) => unknown): Uint8Array {
  const d = JSON.parse(strFromU8(files['datapackage.json']!)) as Record<string, unknown>;
  files['datapackage.json'] = strToU8(JSON.stringify(edit(d)));
  return rezip(files);
}

/** A valid zip whose directory declares 4 GB for users.csv (the real data is tiny). */
function bomb(files: Files): Uint8Array {
  const bytes = zipSync({
    'users.csv': files['users.csv']!,
    'datapackage.json': files['datapackage.json']!,
  });
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const sig = view.getUint32(i, true);
    // Local file header: uncompressed size at +22; central directory entry: at +24.
    if (sig === 0x04034b50) view.setUint32(i + 22, 0xfffffff0, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
  }
  return bytes;
}

const FIXTURES: ReadonlyArray<{
  file: string;
  make: (files: Files) => Uint8Array;
  message: string;
}> = [
  {
    file: 'empty.zip',
    make: () => new Uint8Array(0),
    message:
      'empty.zip is empty. Choose the zip that Reports → Tenant data → Export Tenant Data made.',
  },
  {
    file: 'not-a-zip.zip',
    make: () => strToU8('Phone Number,Name\r\n+48601000001,Anna\r\n'),
    message:
      'not-a-zip.zip is not a zip file. Choose the zip that Reports → Tenant data → Export Tenant Data made (kaizala-tenant-….zip).',
  },
  {
    file: 'zip-bomb.zip',
    make: bomb,
    message:
      'The zip declares 4,096 MB of unpacked data (at users.csv), more than the 1,024 MB a tenant export may hold, so it was not unpacked. Use the zip as it was exported.',
  },
  {
    file: 'missing-file.zip',
    make: (files) => {
      delete files['groups.csv'];
      return rezip(files);
    },
    message:
      'groups.csv is listed in datapackage.json but is not in the zip. Use the whole zip as it was exported.',
  },
  {
    file: 'extra-file.zip',
    make: (files) => {
      files['notes.txt'] = strToU8('my notes');
      return rezip(files);
    },
    message:
      'notes.txt is in the zip but not listed in datapackage.json. Remove it, or use the zip as it was exported.',
  },
  {
    file: 'byte-changed.zip',
    make: (files) => {
      const data = files['users.csv']!;
      const at = strFromU8(data).indexOf('Anna');
      data[at] = 'E'.charCodeAt(0);
      return rezip(files);
    },
    message:
      'users.csv does not match its SHA-256 hash in datapackage.json: the file was changed after the export. Use the zip as it was exported.',
  },
  {
    file: 'wrong-bytes.zip',
    make: (files) =>
      editDescriptor(files, (d) => {
        const r = (d.resources as Array<{ path: string; bytes: number }>).find(
          (x) => x.path === 'group-members.csv',
        )!;
        r.bytes += 7;
        return d;
      }),
    message:
      'group-members.csv has 197 bytes, but datapackage.json says 204: the file was changed after the export. Use the zip as it was exported.',
  },
  {
    file: 'unknown-version.zip',
    make: (files) => editDescriptor(files, (d) => ({ ...d, version: '2.0.0' })),
    message:
      'This package has format version 2.0.0; this lab reads version 1.x. Export it again from a lab of this version.',
  },
  {
    file: 'descriptor-not-json.zip',
    make: (files) => {
      files['datapackage.json'] = strToU8('{ "name": "kaizala-lab-tenant", ');
      return rezip(files);
    },
    message:
      'datapackage.json is not valid JSON. Use the zip as it was exported; do not edit the descriptor by hand.',
  },
  {
    file: 'descriptor-no-resources.zip',
    make: (files) =>
      editDescriptor(files, (d) => {
        delete d.resources;
        return d;
      }),
    message:
      'datapackage.json has no valid “resources”, so it does not describe a Kaizala Lab tenant export. Use the zip as it was exported.',
  },
  {
    file: 'header-mismatch.zip',
    make: (files) => editCsv(files, 'users.csv', (t) => t.replace('Phone Number,', 'Phone,')),
    message:
      'The header of users.csv does not match its schema: column 1 is “Phone”, the schema says “Phone Number”.',
  },
  {
    file: 'too-many-fields.zip',
    make: (files) =>
      editCsv(files, 'group-members.csv', (t) =>
        t.replace('g-north,+48601000002,member,', 'g-north,+48601000002,member,extra,'),
      ),
    message:
      'group-members.csv, line 2: 5 fields, but the header has 4. Check the quotes and commas on that line.',
  },
  {
    file: 'member-without-user.zip',
    make: (files) =>
      editCsv(files, 'group-members.csv', (t) => t.replace('+48601000003', '+48601000099')),
    message:
      'group-members.csv, line 4: Phone Number “+48601000099” is not in users.csv. Every link must point at a row that exists.',
  },
  {
    file: 'member-without-group.zip',
    make: (files) => editCsv(files, 'group-members.csv', (t) => t.replace('g-south,', 'g-west,')),
    message:
      'group-members.csv, line 4: Group Id “g-west” is not in groups.csv. Every link must point at a row that exists.',
  },
  {
    file: 'bad-phone.zip',
    make: (files) => editCsv(files, 'users.csv', (t) => t.replace('+48601000002', '601000002')),
    message:
      'users.csv, line 3, column “Phone Number”: “601000002” is not in the form the schema requires (a phone number like +48601234567, a date like 2024-03-01).',
  },
  {
    file: 'no-org-admin.zip',
    make: (files) => editCsv(files, 'users.csv', (t) => t.replace(',admin,', ',member,')),
    message:
      'users.csv has no org admin, so nobody could manage the restored organization. Use the zip as it was exported.',
  },
  {
    file: 'hierarchy-cycle.zip',
    make: (files) => editCsv(files, 'group-hierarchy.csv', (t) => `${t}g-root,g-north\r\n`),
    message:
      'group-hierarchy.csv: the parent links form a loop through the group “g-north”. A group cannot be its own ancestor.',
  },
];

describe('restore refuses a bad package and changes nothing', () => {
  test.skipIf(!process.env.KL_WRITE_FIXTURES)('writes the fixtures', async () => {
    const base = await basePackage();
    await mkdir(DIR, { recursive: true });
    await writeFile(new URL('valid.zip', DIR), base);
    for (const f of FIXTURES) await writeFile(new URL(f.file, DIR), f.make(unzipSync(base)));
  });

  test('the valid fixture restores (so each refusal below is its one defect)', async () => {
    const bytes = await readFile(new URL('valid.zip', DIR));
    const out = await run('tenant-restore', { file: new Blob([bytes]), fileName: 'valid.zip' });
    expect(out).toMatchObject({ organization: 'Fixture Sp. z o.o.', users: 3, groups: 3 });
    expect((await db.groups.get('g-north'))?.parentId).toBe('g-root');
    expect(await db.users.get('+48601000002')).toMatchObject({
      attrs: { dept: 'Magazyn, hala "B"' },
    });
  });

  test('the fixtures are format 1.0.0, before messages had Likes: an older minor version still restores', async () => {
    const bytes = await readFile(new URL('valid.zip', DIR));
    const files = unzipSync(new Uint8Array(bytes));
    const d = JSON.parse(new TextDecoder().decode(files['datapackage.json'])) as {
      version: string;
    };
    expect(d.version).toBe('1.0.0');
    expect(new TextDecoder().decode(files['messages.csv']).split('\r\n')[0]).not.toContain(
      'Reactions',
    );
    await run('tenant-restore', { file: new Blob([bytes]), fileName: 'valid.zip' });
    expect(await db.users.count()).toBe(3);
  });

  test('a write that fails inside the transaction leaves nothing behind', async () => {
    const bytes = await readFile(new URL('valid.zip', DIR));
    await db.prefs.put({ key: 'ui.locale', value: 'en' });
    const before = await Promise.all(db.tables.map((t) => t.toArray()));
    // The users are written first; the memberships after them fail (a full disk, say).
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.memberships, 'bulkPut').mockRejectedValue(quota);
    await expect(
      run('tenant-restore', { file: new Blob([bytes]), fileName: 'valid.zip' }),
    ).rejects.toBeDefined();
    spy.mockRestore();
    expect(await Promise.all(db.tables.map((t) => t.toArray()))).toEqual(before);
  });

  test.each(FIXTURES)('$file', async ({ file, message }) => {
    const bytes = await readFile(new URL(file, DIR));
    await db.prefs.put({ key: 'ui.locale', value: 'en' });
    const before = await Promise.all(db.tables.map((t) => t.toArray()));
    let error: unknown;
    try {
      await run('tenant-restore', { file: new Blob([bytes]), fileName: file });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const { code, params } = error as DomainError;
    expect(errorMessage('en', code, params)).toBe(message);
    expect(await Promise.all(db.tables.map((t) => t.toArray()))).toEqual(before);
  });
});

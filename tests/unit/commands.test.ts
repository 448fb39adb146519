import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import {
  cancelJob,
  query,
  run,
  startJob,
  type CommandName,
  type JobKindName,
} from '../../src/app/kernel/client';
import { registry } from '../../src/app/areas';

/** Every command the areas declare, and the start and cancel of every job kind. */
const COMMANDS = Object.fromEntries(
  [
    ...registry.areas.flatMap((a) => Object.keys(a.commands)),
    ...registry.areas.flatMap((a) =>
      Object.keys(a.jobs).flatMap((k) => [`${k}:start`, `${k}:cancel`]),
    ),
  ].map((name) => [name, true]),
);
type Audited = CommandName | `${JobKindName}:${'start' | 'cancel'}`;
import { setRuntime } from '../../src/app/kernel/runtime';
import type { UserAddInput } from '../../src/app/directory/users';
import { openDb, type LabDb } from '../../src/storage/db';
import { DomainError, type Problem } from '../../src/domain/errors';
import { DAY_MS } from '../../src/domain/clock';
import { buildDemo } from '../../src/domain/demo';
import type { AttributeDraft } from '../../src/domain/attributes';
import type { AttributeType, Network, SortKey, User } from '../../src/domain/types';
import { fold, indexFields, listCode, type ListCode } from '../../src/domain/users';
import { groupAdmins } from '../../src/storage/repos';
import { onUsersChanged, type UsersChange } from '../../src/storage/users-changes';
import { openDirectoryStore } from '../../src/storage/directory-store';
import { closeDirectories, openDirectory, type DirectoryHarness } from './directory-harness';

const FIXED = Date.UTC(2024, 5, 3, 9, 0, 0);
const ADMIN = '+48601000001';

let db: LabDb;

beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
  setRuntime({ db, realNow: () => FIXED });
});

afterEach(async () => {
  await closeDirectories();
  await db.delete();
});

// ---------------------------------------------------------------- helpers

/** Awaits a command that must be refused and returns its DomainError. */
async function refused(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the command to be refused');
}

/** Every row of every table, to prove a refused command changed nothing. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    db.tables.map(async (t) => [t.name, await t.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

async function auditActions(): Promise<string[]> {
  return (await db.audit.orderBy('id').toArray()).map((e) => e.action);
}

async function createOrg(region = 'PL'): Promise<void> {
  await run('org-create', {
    orgName: ' Contoso ',
    region,
    locale: 'en',
    adminName: 'Ada Admin',
    adminPhone: '601 000 001',
  });
}

function draft(name: string, type: AttributeType = 'text', mandatory = false): AttributeDraft {
  return { name, type, mandatory, userEditable: true, visibleToAll: true };
}

/** Saves attributes and returns their ids by name. */
async function addAttributes(...drafts: AttributeDraft[]): Promise<Record<string, string>> {
  const { attributes } = await run('attributes-save', { add: drafts });
  return Object.fromEntries(attributes.map((a) => [a.name, a.id]));
}

async function addUser(
  phone: string,
  name = '',
  attrs: Record<string, string> = {},
  network: Network = 'employee',
): Promise<string> {
  return (await run('user-add', { phone, region: 'PL', name, network, attrs })).phone;
}

async function storedUser(phone: string) {
  return db.users.get(phone);
}

/** Lower-case, without diacritics: how a person expects names to be ordered. */
function collate(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

function expectNonDecreasing<T>(values: readonly T[], label: string): void {
  for (let i = 1; i < values.length; i++) {
    if (values[i - 1]! > values[i]!)
      throw new Error(`${label}: ${String(values[i - 1])} comes before ${String(values[i])}`);
  }
}

const DEMO = buildDemo(FIXED, 0);
const demoUser = (i: number): User => DEMO.users[i]!;

async function loadDemo(): Promise<void> {
  await run('demo-load', {});
}

/** The directory as the page sees it: a started read model on the test database. */
async function startDirectory(): Promise<DirectoryHarness> {
  const directory = openDirectory(db);
  await directory.start();
  return directory;
}

/** Phones found by a search in one tab of the directory, in name order. */
function searchDirectory(directory: DirectoryHarness, list: ListCode, text: string): string[] {
  return directory.page({ list, text }).phones;
}

/** Users stored in one list (`e`, `o` or `x`), in name order, as their records place them. */
function storedInList(list: ListCode) {
  return db.users
    .filter((u) => listCode(u) === list)
    .toArray()
    .then((users) => {
      const key = (u: (typeof users)[number]) => indexFields(u).nameKey;
      return users.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    });
}

// ---------------------------------------------------------------- org-create

describe('org-create', () => {
  test('creates the organization and its first org admin, who becomes the actor', async () => {
    const { phone } = await run('org-create', {
      orgName: ' Contoso ',
      region: 'PL',
      locale: 'pl',
      adminName: ' Ada Admin ',
      adminPhone: '601 000 001',
    });
    expect(phone).toBe(ADMIN);
    expect(await db.org.get('org')).toEqual({
      id: 'org',
      name: 'Contoso',
      region: 'PL',
      clockOffset: 0,
      locale: 'pl',
      createdAt: FIXED,
    });
    expect(await storedUser(ADMIN)).toMatchObject({
      name: 'Ada Admin',
      orgRole: 'admin',
      network: 'employee',
      source: 'portal',
      createdAt: FIXED,
    });
    const session = await query('session');
    expect(session.actor?.phone).toBe(ADMIN);
    expect(session.actorCtx.orgAdmin).toBe(true);
    expect(await auditActions()).toEqual(['org.create', 'user.add']);
  });

  test('is refused a second time, changing nothing', async () => {
    await createOrg();
    const before = await snapshot();
    const error = await refused(
      run('org-create', {
        orgName: 'Other',
        region: 'IN',
        locale: 'en',
        adminName: 'Bob',
        adminPhone: '98765 43210',
      }),
    );
    expect(error.code).toBe('org.exists');
    expect(await snapshot()).toEqual(before);
  });

  test('lists every bad field at once: phone, name, organization name', async () => {
    const error = await refused(
      run('org-create', {
        orgName: '  ',
        region: 'PL',
        locale: 'en',
        adminName: '',
        adminPhone: '4.86E+10',
      }),
    );
    expect(error.code).toBe('form.invalid');
    expect(error.problems.map((p) => [p.column, p.code]).sort()).toEqual([
      ['name', 'name.required'],
      ['orgName', 'org.name.empty'],
      ['phone', 'phone.scientific'],
    ]);
    expect(await db.org.count()).toBe(0);
    expect(await db.users.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  test('a number for the wrong region is listed with its reason', async () => {
    const error = await refused(
      run('org-create', {
        orgName: 'Contoso',
        region: 'PL',
        locale: 'en',
        adminName: 'Ada',
        adminPhone: '9876543210',
      }),
    );
    expect(error.problems).toEqual([
      expect.objectContaining({ column: 'phone', code: 'phone.invalid', value: '9876543210' }),
    ]);
  });
});

// ---------------------------------------------------------------- user-add

describe('user-add', () => {
  let ids: Record<string, string>;

  beforeEach(async () => {
    await createOrg();
    ids = await addAttributes(
      draft('Employee ID', 'text', true),
      draft('Badge', 'number'),
      draft('Forklift', 'yesno'),
      draft('Joined', 'datetime'),
    );
  });

  const id = (name: string): string => {
    const value = ids[name];
    if (value === undefined) throw new Error(`no attribute ${name}`);
    return value;
  };

  test('adds a user with normalized values and an audit event', async () => {
    const directory = await startDirectory();
    const phone = await run('user-add', {
      phone: '602 000 002',
      region: 'PL',
      name: '  Łukasz Mazur ',
      network: 'others',
      attrs: {
        [id('Employee ID')]: ' CL-1 ',
        [id('Badge')]: '7.5',
        [id('Forklift')]: 'Tak',
        [id('Joined')]: '05/03/2024',
      },
    });
    expect(phone).toEqual({ phone: '+48602000002' });
    const user = await storedUser('+48602000002');
    expect(user).toMatchObject({
      name: 'Łukasz Mazur',
      network: 'others',
      orgRole: 'member',
      source: 'portal',
      createdAt: FIXED,
      updatedAt: FIXED,
      attrs: {
        [id('Employee ID')]: 'CL-1',
        [id('Badge')]: 7.5,
        [id('Forklift')]: true,
        [id('Joined')]: '2024-03-05',
      },
    });
    expect(user?.deletedAt).toBeUndefined();
    const events = await db.audit.where('target').equals('+48602000002').toArray();
    expect(events).toEqual([
      expect.objectContaining({ action: 'user.add', actor: ADMIN, at: FIXED }),
    ]);
    // Found in the directory by the folded name, once the read model replayed the commit.
    expect(await directory.changed()).toBe(true);
    expect(searchDirectory(directory, 'o', 'lukasz')).toEqual(['+48602000002']);
    expect(searchDirectory(directory, 'e', 'lukasz')).toEqual([]);
  });

  test("dates are read with the tenant's region, not the region picked for the phone", async () => {
    await run('user-add', {
      phone: '(415) 555-2671',
      region: 'US',
      name: 'Emily Smith',
      network: 'employee',
      attrs: { [id('Employee ID')]: 'US-1', [id('Joined')]: '05/03/2024' },
    });
    expect((await storedUser('+14155552671'))?.attrs[id('Joined')]).toBe('2024-03-05');
  });

  type RefusalCase = {
    title: string;
    input: () => UserAddInput;
    problems: Array<Partial<Problem>>;
  };
  const base = (): UserAddInput => ({
    phone: '603 000 003',
    region: 'PL',
    name: 'Anna Nowak',
    network: 'employee',
    attrs: { [id('Employee ID')]: 'CL-3' },
  });

  const cases: RefusalCase[] = [
    {
      title: 'a number already in the directory (written differently)',
      input: () => ({ ...base(), phone: '+48 602 000 002' }),
      problems: [{ column: 'phone', code: 'user.exists', value: '+48602000002' }],
    },
    {
      title: 'a missing mandatory attribute',
      input: () => ({ ...base(), attrs: {} }),
      problems: [{ column: 'Employee ID', code: 'attribute.mandatory.missing' }],
    },
    {
      title: 'a blank mandatory attribute',
      input: () => ({ ...base(), attrs: { [id('Employee ID')]: '   ' } }),
      problems: [{ column: 'Employee ID', code: 'attribute.mandatory.missing' }],
    },
    {
      title: '`abc` in a number attribute',
      input: () => ({ ...base(), attrs: { ...base().attrs, [id('Badge')]: 'abc' } }),
      problems: [{ column: 'Badge', code: 'value.number.format', value: 'abc' }],
    },
    {
      title: '`maybe` in a yes/no attribute and 31/02/2024 in a date',
      input: () => ({
        ...base(),
        attrs: { ...base().attrs, [id('Forklift')]: 'maybe', [id('Joined')]: '31/02/2024' },
      }),
      problems: [
        { column: 'Forklift', code: 'value.yesno.format' },
        { column: 'Joined', code: 'value.date.day' },
      ],
    },
    {
      title: 'a 10,000-character name',
      input: () => ({ ...base(), name: 'N'.repeat(10_000) }),
      problems: [{ column: 'name', code: 'name.tooLong' }],
    },
    {
      title: 'a name holding <script>',
      input: () => ({ ...base(), name: '<script>alert(1)</script>' }),
      problems: [{ column: 'name', code: 'name.markup' }],
    },
    {
      title: 'a number in scientific notation',
      input: () => ({ ...base(), phone: '4.86E+10' }),
      problems: [{ column: 'phone', code: 'phone.scientific' }],
    },
    {
      title: 'every problem of the form at once',
      input: () => ({ ...base(), phone: 'abc', name: '<b>', attrs: { [id('Badge')]: 'abc' } }),
      problems: [
        { column: 'phone', code: 'phone.letters' },
        { column: 'name', code: 'name.markup' },
        { column: 'Badge', code: 'value.number.format' },
        { column: 'Employee ID', code: 'attribute.mandatory.missing' },
      ],
    },
  ];

  test.each(cases)(
    'refuses $title with form.invalid and writes nothing',
    async ({ input, problems }) => {
      await addUser('602 000 002', 'Existing', { [id('Employee ID')]: 'CL-2' });
      const before = await snapshot();
      const error = await refused(run('user-add', input()));
      expect(error.code).toBe('form.invalid');
      expect(error.problems).toHaveLength(problems.length);
      expect(error.problems).toEqual(
        expect.arrayContaining(problems.map((p) => expect.objectContaining(p))),
      );
      expect(await snapshot()).toEqual(before);
    },
  );

  test('a long value is shown shortened in the problem', async () => {
    const error = await refused(run('user-add', { ...base(), name: 'N'.repeat(10_000) }));
    expect(error.problems[0]?.value?.length).toBeLessThanOrEqual(40);
    expect(error.problems[0]?.params).toMatchObject({ length: 10_000 });
  });

  test('the number of a deleted user is refused with its own code', async () => {
    const phone = await addUser('602 000 002', 'Gone', { [id('Employee ID')]: 'CL-2' });
    await run('users-delete', { phones: [phone] });
    const error = await refused(run('user-add', { ...base(), phone: '602000002' }));
    expect(error.problems).toEqual([expect.objectContaining({ code: 'user.existsDeleted' })]);
  });

  test('is refused before the organization exists', async () => {
    await run('sandbox-reset');
    expect((await refused(run('user-add', base()))).code).toBe('org.missing');
  });
});

// ---------------------------------------------------------------- user-add-list

describe('user-add-list', () => {
  beforeEach(() => createOrg());

  test('gives every entry its own outcome and writes only the valid new numbers', async () => {
    await addUser('602 000 002', 'Present');
    const deleted = await addUser('603 000 003', 'Deleted');
    await run('users-delete', { phones: [deleted] });
    const before = await db.users.toArray();
    const auditBefore = await db.audit.count();

    const outcomes = await run('user-add-list', {
      text: '601 234 567, abc, +48601234567, 602000002, 9876543210, 919876543210, 4.86E+10, +91 98765 43210, 603 000 003, 12345',
      region: 'PL',
      network: 'others',
    });
    const summary = outcomes.map((o) =>
      o.status === 'invalid'
        ? [o.entry, o.status, o.problem.code, o.problem.row]
        : [o.entry, o.status, o.phone],
    );
    expect(summary).toEqual([
      [1, 'added', '+48601234567'],
      [2, 'invalid', 'phone.letters', 2],
      [3, 'invalid', 'list.duplicate', 3],
      [4, 'present', '+48602000002'],
      [5, 'invalid', 'phone.invalid', 5],
      [6, 'invalid', 'phone.lostPlus', 6],
      [7, 'invalid', 'phone.scientific', 7],
      [8, 'added', '+919876543210'],
      [9, 'invalid', 'user.existsDeleted', 9],
      [10, 'invalid', 'phone.tooShort', 10],
    ]);
    const duplicate = outcomes[2];
    expect(duplicate?.status === 'invalid' && duplicate.problem.params).toEqual({ entry: 1 });
    const lostPlus = outcomes[5];
    expect(lostPlus?.status === 'invalid' && lostPlus.problem.params?.['suggestion']).toBe(
      '+919876543210',
    );

    const after = await db.users.toArray();
    expect(after.map((u) => u.phone).sort()).toEqual(
      [...before.map((u) => u.phone), '+48601234567', '+919876543210'].sort(),
    );
    for (const phone of ['+48601234567', '+919876543210']) {
      expect(await storedUser(phone)).toMatchObject({
        network: 'others',
        source: 'portal',
        name: '',
        orgRole: 'member',
      });
    }
    // Existing rows are untouched, including the deleted one.
    for (const u of before) expect(await storedUser(u.phone)).toEqual(u);
    const events = (await db.audit.orderBy('id').toArray()).slice(auditBefore);
    expect(events.map((e) => [e.action, e.target]).sort()).toEqual([
      ['user.add', '+48601234567'],
      ['user.add', '+919876543210'],
    ]);
  });

  test('with a mandatory attribute no bare number can be added', async () => {
    await addUser('602 000 002', 'Present');
    await addAttributes(draft('Employee ID', 'text', true));
    const before = await snapshot();
    const outcomes = await run('user-add-list', {
      text: '601234567, 602000002',
      region: 'PL',
      network: 'employee',
    });
    expect(outcomes[0]).toMatchObject({
      status: 'invalid',
      problem: { code: 'list.mandatoryAttributes', params: { attributes: 'Employee ID' } },
    });
    expect(outcomes[1]).toMatchObject({ status: 'present', phone: '+48602000002' });
    expect(await snapshot()).toEqual(before);
  });

  test('an empty list is refused', async () => {
    expect(
      (await refused(run('user-add-list', { text: ' , ', region: 'PL', network: 'employee' })))
        .code,
    ).toBe('list.empty');
  });
});

// ---------------------------------------------------------------- attributes-save

describe('attributes-save', () => {
  beforeEach(() => createOrg());

  test('saves several attributes at once, in order, with distinct ids', async () => {
    const { attributes } = await run('attributes-save', {
      add: [
        draft('Employee ID', 'text', true),
        draft('Department'),
        { ...draft('Salary band', 'number'), visibleToAll: false },
      ],
    });
    expect(attributes.map((a) => [a.name, a.type, a.mandatory, a.visibleToAll])).toEqual([
      ['Employee ID', 'text', true, true],
      ['Department', 'text', false, true],
      ['Salary band', 'number', false, false],
    ]);
    expect(new Set(attributes.map((a) => a.id)).size).toBe(3);
    expect((await db.attributes.orderBy('order').toArray()).map((a) => a.name)).toEqual([
      'Employee ID',
      'Department',
      'Salary band',
    ]);
    expect((await auditActions()).filter((a) => a === 'attribute.add')).toHaveLength(3);
  });

  test('a duplicate among several drafts saves nothing at all', async () => {
    await addAttributes(draft('Department'));
    await addUser('602000002', 'Anna');
    const before = await snapshot();
    const error = await refused(
      run('attributes-save', { add: [draft('Shift'), draft('Badge', 'number'), draft(' shift ')] }),
    );
    expect(error.code).toBe('form.invalid');
    expect(error.problems).toEqual([
      expect.objectContaining({
        row: 3,
        code: 'attribute.name.duplicate',
        params: { other: 'Shift' },
      }),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('a clash with a saved attribute, an empty or a 65-character name saves nothing', async () => {
    await addAttributes(draft('Department'));
    const before = await snapshot();
    const error = await refused(
      run('attributes-save', {
        add: [draft('DEPARTMENT'), draft(''), draft('x'.repeat(65)), draft('Fine')],
      }),
    );
    expect(error.problems.map((p) => [p.row, p.code])).toEqual([
      [1, 'attribute.name.duplicate'],
      [2, 'attribute.name.empty'],
      [3, 'attribute.name.tooLong'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('removing an attribute removes its values from every user', async () => {
    const ids = await addAttributes(draft('Department'), draft('Office'));
    const dept = ids['Department']!;
    const office = ids['Office']!;
    await addUser('602000002', 'Anna', { [dept]: 'IT', [office]: 'Warsaw' });
    await addUser('603000003', 'Bob', { [dept]: 'Sales' });
    const directory = await startDirectory();
    const byDept = () => directory.page({ list: 'e', sort: `attr:${dept}` }).phones;
    expect(byDept()).toEqual(['+48602000002', '+48603000003', ADMIN]);
    await run('attributes-save', { add: [], remove: [dept] });

    expect((await db.attributes.toArray()).map((a) => a.id)).toEqual([office]);
    const anna = await storedUser('+48602000002');
    expect(anna?.attrs).toEqual({ [office]: 'Warsaw' });
    expect(anna).not.toHaveProperty('attrSort');
    expect((await storedUser('+48603000003'))?.attrs).toEqual({});
    // Every user changed, so the read model is told to reload rather than given a list.
    expect((await db.changes.toArray()).at(-1)).toMatchObject({ phones: [], reload: true });
    expect(await directory.changed()).toBe(true);
    // No user has a value any more: all sort as missing, in phone order.
    expect(byDept()).toEqual([ADMIN, '+48602000002', '+48603000003']);
    expect(directory.page({ list: 'e', sort: `attr:${office}` }).phones).toEqual([
      '+48602000002',
      ADMIN,
      '+48603000003',
    ]);
    expect(await db.audit.where('target').equals(dept).toArray()).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'attribute.remove' })]),
    );
  });

  test('a removed name can be added again in the same save', async () => {
    const ids = await addAttributes(draft('Department'));
    const { attributes } = await run('attributes-save', {
      add: [draft('department', 'number')],
      remove: [ids['Department']!],
    });
    expect(attributes.map((a) => [a.name, a.type])).toEqual([['department', 'number']]);
  });

  test('removing an unknown attribute is refused', async () => {
    expect((await refused(run('attributes-save', { add: [], remove: ['nope'] }))).code).toBe(
      'attribute.notFound',
    );
  });

  test('an attribute made mandatory later marks users incomplete without changing them', async () => {
    const ids = await addAttributes(draft('Employee ID'));
    const emp = ids['Employee ID']!;
    await addUser('602000002', 'With', { [emp]: 'CL-1' });
    await addUser('603000003', 'Without');
    const usersBefore = await db.users.toArray();
    const changesBefore = await db.changes.count();
    await run('attributes-save', {
      add: [],
      update: [{ id: emp, mandatory: true, userEditable: true, visibleToAll: true }],
    });
    expect(await db.users.toArray()).toEqual(usersBefore);
    // Making an attribute mandatory changes no user, so the change log has nothing new.
    expect(await db.changes.count()).toBe(changesBefore);
    const directory = await startDirectory();
    const { phones } = directory.page({ list: 'e', sort: 'phone' });
    const rows = await query('directory-rows', { phones: phones });
    expect(rows.map((r) => [r.phone, r.incomplete])).toEqual([
      [ADMIN, true],
      ['+48602000002', false],
      ['+48603000003', true],
    ]);
    expect(await auditActions()).toContain('attribute.update');
  });
});

// ---------------------------------------------------------------- permissions through commands

describe('acting as a member', () => {
  test('user-add and every org-admin command is refused and nothing is written', async () => {
    await createOrg();
    const member = await addUser('602000002', 'Mia Member');
    await run('actor-set', { phone: member });
    const before = await snapshot();
    const attempts: Array<() => Promise<unknown>> = [
      () =>
        run('user-add', {
          phone: '603000003',
          region: 'PL',
          name: 'New',
          network: 'employee',
          attrs: {},
        }),
      () => run('user-add-list', { text: '603000003', region: 'PL', network: 'employee' }),
      () => run('attributes-save', { add: [draft('Shift')] }),
      () => run('users-delete', { phones: [ADMIN] }),
      () => run('users-move-network', { phones: [ADMIN], to: 'others' }),
      () => run('user-set-org-role', { phone: member, role: 'admin' }),
      () => run('org-update', { name: 'Mine now' }),
    ];
    for (const attempt of attempts) {
      const error = await refused(attempt());
      expect(error.code).toBe('permission.denied');
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('group admins and the directory', () => {
  beforeEach(loadDemo);

  test('a group admin may edit users of their group, not of other groups', async () => {
    // Demo: user 60 administers "North — night shift", where user 61 is a member; user 120 is in "Warehouse North".
    await run('actor-set', { phone: demoUser(60).phone });
    await run('user-edit', { phone: demoUser(61).phone, name: 'Renamed By Group Admin' });
    expect((await storedUser(demoUser(61).phone))?.name).toBe('Renamed By Group Admin');
    const before = await snapshot();
    expect(
      (await refused(run('user-edit', { phone: demoUser(120).phone, name: 'Nope' }))).code,
    ).toBe('permission.denied');
    expect(await snapshot()).toEqual(before);
  });

  test('administering a private group gives no power over its members in the directory', async () => {
    // Demo: user 14 is the admin of the private group "Friday football", where user 21 is a member.
    const football = await db.memberships
      .where('[groupId+phone]')
      .equals(['p-football', demoUser(14).phone])
      .first();
    expect(football?.role).toBe('admin');
    expect(
      await db.memberships
        .where('[groupId+phone]')
        .equals(['p-football', demoUser(21).phone])
        .count(),
    ).toBe(1);
    await run('actor-set', { phone: demoUser(14).phone });
    const before = await snapshot();
    expect(
      (await refused(run('user-edit', { phone: demoUser(21).phone, name: 'Hijacked' }))).code,
    ).toBe('permission.denied');
    expect(await snapshot()).toEqual(before);
  });
});

// ---------------------------------------------------------------- users-move-network

describe('users-move-network', () => {
  test('moves portal users, refuses synced users, and says which is which', async () => {
    await loadDemo();
    const employees = await storedInList('e');
    const synced = employees.find((u) => u.source === 'directory-sync' && u.orgRole === 'member');
    const portal = employees.find((u) => u.source === 'portal' && u.orgRole === 'member');
    if (!synced || !portal) throw new Error('demo lacks a synced or portal employee');
    const directory = await startDirectory();
    const countsBefore = directory.counts();
    expect(countsBefore.e).toBe(employees.length);
    const auditBefore = await db.audit.count();

    const outcomes = await run('users-move-network', {
      phones: [synced.phone, portal.phone],
      to: 'others',
    });
    expect(outcomes).toEqual([
      { phone: synced.phone, status: 'refused', code: 'network.syncedStaysEmployee' },
      { phone: portal.phone, status: 'moved' },
    ]);
    expect(await storedUser(synced.phone)).toEqual(synced);
    const moved = await storedUser(portal.phone);
    expect(moved).toMatchObject({ network: 'others', updatedAt: FIXED });
    expect(listCode(moved!)).toBe('o');
    // Only the moved user is in the change log: the refused one was not written.
    expect((await db.changes.toArray()).at(-1)).toEqual(
      expect.objectContaining({ phones: [portal.phone], reload: false }),
    );
    expect(await directory.changed()).toBe(true);
    expect(directory.counts()).toEqual({
      e: countsBefore.e - 1,
      o: countsBefore.o + 1,
      x: countsBefore.x,
    });
    expect(searchDirectory(directory, 'o', portal.phone.slice(3))).toContain(portal.phone);
    expect(searchDirectory(directory, 'e', portal.phone.slice(3))).not.toContain(portal.phone);
    expect(searchDirectory(directory, 'e', synced.phone.slice(3))).toContain(synced.phone);
    const events = (await db.audit.orderBy('id').toArray()).slice(auditBefore);
    expect(events.map((e) => [e.action, e.target])).toEqual([['user.network', portal.phone]]);
  });
});

// ---------------------------------------------------------------- deletion and restore

describe('users-delete', () => {
  test('at most 100 users at once', async () => {
    await loadDemo();
    const before = await snapshot();
    // Users who are no group's admin (an only admin is refused: its own test below).
    const admins = new Set(DEMO.memberships.filter((m) => m.role === 'admin').map((m) => m.phone));
    const tooMany = DEMO.users
      .slice(2)
      .filter((u) => !admins.has(u.phone))
      .slice(0, 101)
      .map((u) => u.phone);
    const error = await refused(run('users-delete', { phones: tooMany }));
    expect(error.code).toBe('delete.tooMany');
    expect(error.params).toMatchObject({ max: 100, count: 101 });
    expect(await snapshot()).toEqual(before);
    const { deleted } = await run('users-delete', { phones: tooMany.slice(0, 100) });
    expect(deleted).toBe(100);
    expect(await storedInList('x')).toHaveLength(100);
    expect(await db.users.where('deletedAt').above(0).count()).toBe(100);
  });

  test('the only admin of an organization group is refused, with the groups and the fix', async () => {
    await loadDemo();
    const only = demoUser(60); // the only admin of "North — night shift"
    const before = await snapshot();
    const error = await refused(run('users-delete', { phones: [only.phone, demoUser(61).phone] }));
    expect(error.code).toBe('delete.onlyGroupAdmin');
    const night = DEMO.groups.find((g) => g.id === 'g-north-night')!;
    expect(error.params).toMatchObject({ phone: only.phone, groups: night.name, count: 1 });
    expect(await snapshot()).toEqual(before);
    // With another admin in the group, the same deletion goes through.
    await run('membership-set-role', {
      groupId: night.id,
      phone: demoUser(61).phone,
      role: 'admin',
    });
    const error2 = await refused(run('users-delete', { phones: [only.phone, demoUser(61).phone] }));
    expect(error2.code).toBe('delete.onlyGroupAdmin'); // both admins leave: still none left
    expect(await run('users-delete', { phones: [only.phone] })).toEqual({ deleted: 1 });
  });

  test('the last org admin cannot be deleted', async () => {
    await createOrg();
    const before = await snapshot();
    expect((await refused(run('users-delete', { phones: [ADMIN] }))).code).toBe(
      'orgAdmin.lastDelete',
    );
    expect(await snapshot()).toEqual(before);
  });

  test('an org admin cannot delete themselves while another admin remains', async () => {
    await loadDemo();
    const before = await snapshot();
    expect((await refused(run('users-delete', { phones: [DEMO.actor] }))).code).toBe('delete.self');
    expect(await snapshot()).toEqual(before);
  });

  test('an unknown or already deleted user is refused', async () => {
    await loadDemo();
    expect((await refused(run('users-delete', { phones: ['+48999999999'] }))).code).toBe(
      'user.notFound',
    );
    await run('users-delete', { phones: [demoUser(5).phone] });
    expect((await refused(run('users-delete', { phones: [demoUser(5).phone] }))).code).toBe(
      'user.notFound',
    );
  });

  test('the user leaves organization groups but keeps private ones, and leaves the directory', async () => {
    await loadDemo();
    const phone = demoUser(14).phone; // member of "everyone", admin of the private "Friday football"
    const groupsBefore = (await db.memberships.where('phone').equals(phone).toArray())
      .map((m) => m.groupId)
      .sort();
    expect(groupsBefore).toEqual(['g-all', 'p-football']);
    const directory = await startDirectory();
    const counts = directory.counts();

    await run('users-delete', { phones: [phone] });

    expect(
      (await db.memberships.where('phone').equals(phone).toArray()).map((m) => [m.groupId, m.role]),
    ).toEqual([['p-football', 'admin']]);
    const stored = await storedUser(phone);
    expect(stored).toMatchObject({ deletedAt: FIXED, deletedBy: DEMO.actor });
    expect(listCode(stored!)).toBe('x');
    expect(stored?.removedMemberships?.map((m) => m.groupId)).toEqual(['g-all']);
    expect(await directory.changed()).toBe(true);
    expect(directory.counts()).toEqual({ e: counts.e - 1, o: counts.o, x: counts.x + 1 });
    expect(searchDirectory(directory, 'e', phone.slice(1))).toEqual([]);
    expect(searchDirectory(directory, 'x', phone.slice(1))).toEqual([phone]);
    const deleted = await query('deleted-users');
    expect(deleted.map((u) => [u.phone, u.daysLeft])).toEqual([[phone, 30]]);
    expect(await db.audit.where('target').equals(phone).toArray()).toEqual([
      expect.objectContaining({ action: 'user.delete', actor: DEMO.actor }),
    ]);
  });

  test('a deleted actor can no longer act', async () => {
    await loadDemo();
    await run('users-delete', { phones: [demoUser(1).phone] });
    expect((await refused(run('actor-set', { phone: demoUser(1).phone }))).code).toBe(
      'user.notFound',
    );
  });
});

describe('users-restore', () => {
  beforeEach(loadDemo);

  test('brings back the account, network, attributes, memberships and roles', async () => {
    const admin = demoUser(1); // second org admin, admin of "everyone"
    const groupAdmin = demoUser(60); // admin of "North — night shift"
    const phones = [admin.phone, groupAdmin.phone];
    const usersBefore = await db.users.bulkGet(phones);
    const membershipsBefore = await db.memberships.where('phone').anyOf(phones).toArray();
    expect(membershipsBefore.map((m) => [m.phone, m.groupId, m.role]).sort()).toEqual(
      [
        [admin.phone, 'g-all', 'admin'],
        [groupAdmin.phone, 'g-north-night', 'admin'],
      ].sort(),
    );

    // Their groups keep an admin: a member of each is promoted first.
    for (const groupId of ['g-all', 'g-north-night']) {
      const other = (await db.memberships
        .where('[groupId+phone]')
        .between([groupId, Dexie.minKey], [groupId, Dexie.maxKey])
        .filter((m) => m.role === 'member')
        .first())!;
      await run('membership-set-role', { groupId, phone: other.phone, role: 'admin' });
    }
    await run('users-delete', { phones });
    expect(await db.memberships.where('phone').anyOf(phones).count()).toBe(0);
    await run('clock-advance', { days: 29 });
    expect((await query('deleted-users')).map((u) => u.daysLeft)).toEqual([1, 1]);

    const { restored } = await run('users-restore', { phones });
    expect(restored).toBe(2);
    const membershipsAfter = await db.memberships.where('phone').anyOf(phones).toArray();
    expect(membershipsAfter.sort((a, b) => a.phone.localeCompare(b.phone))).toEqual(
      membershipsBefore.sort((a, b) => a.phone.localeCompare(b.phone)),
    );
    const usersAfter = await db.users.bulkGet(phones);
    usersAfter.forEach((after, i) => {
      const before = usersBefore[i]!;
      expect(after).toMatchObject({
        network: before.network,
        orgRole: before.orgRole,
        attrs: before.attrs,
        name: before.name,
      });
      expect(listCode(after!)).toBe(listCode(before));
      expect(after?.deletedAt).toBeUndefined();
      expect(after?.removedMemberships).toBeUndefined();
    });
    expect((await query('deleted-users')).length).toBe(0);
    const restoreEvents = (await db.audit.toArray()).filter((e) => e.action === 'user.restore');
    expect(restoreEvents.map((e) => e.target).sort()).toEqual([...phones].sort());
  });

  test('after 30 simulated days the user is purged for good and cannot be restored', async () => {
    const phone = demoUser(30).phone;
    await run('users-delete', { phones: [phone] });
    await run('clock-advance', { days: 30 });
    expect(await storedUser(phone)).toBeUndefined();
    expect(await query('deleted-users')).toEqual([]);
    const events = (await db.audit.toArray())
      .filter((e) => e.target === phone)
      .map((e) => e.action);
    expect(events).toEqual(['user.delete', 'user.purge']);
    const before = await snapshot();
    expect((await refused(run('users-restore', { phones: [phone] }))).code).toBe(
      'restore.notDeleted',
    );
    expect(await snapshot()).toEqual(before);
  });

  test('Advance 30 days names the users it purged, and only those', async () => {
    const gone = demoUser(30);
    const kept = demoUser(31);
    await run('users-delete', { phones: [gone.phone] });
    await run('clock-advance', { days: 10 });
    await run('users-delete', { phones: [kept.phone] });
    const out = await run('clock-advance', { days: 20 });
    expect(out.purged).toEqual([{ phone: gone.phone, name: gone.name }]);
    expect((await query('deleted-users')).map((u) => u.phone)).toEqual([kept.phone]);
    expect((await run('clock-advance', { days: 1 })).purged).toEqual([]);
  });

  test('a window that ran out in real time is refused even before the purge ran', async () => {
    const phone = demoUser(30).phone;
    await run('users-delete', { phones: [phone] });
    setRuntime({ db, realNow: () => FIXED + 30 * DAY_MS });
    const before = await snapshot();
    const error = await refused(run('users-restore', { phones: [phone] }));
    expect(error.code).toBe('restore.expired');
    expect(await snapshot()).toEqual(before);
    // What the page's boot asks before it loads and runs the purge: the same users.
    expect(await query('users-purge-pending')).toBe(1);
    expect(await run('users-purge-due')).toEqual({ purged: 1 });
    expect(await storedUser(phone)).toBeUndefined();
    expect(await query('users-purge-pending')).toBe(0);
  });

  test('nothing is pending while every window is still open (a day before the end)', async () => {
    await run('users-delete', { phones: [demoUser(30).phone] });
    setRuntime({ db, realNow: () => FIXED + 29 * DAY_MS });
    expect(await query('users-purge-pending')).toBe(0);
    setRuntime({ db, realNow: () => FIXED + 30 * DAY_MS });
    expect(await query('users-purge-pending')).toBe(1);
  });

  test('a user who is not deleted cannot be restored', async () => {
    expect((await refused(run('users-restore', { phones: [demoUser(3).phone] }))).code).toBe(
      'restore.notDeleted',
    );
  });
});

// ---------------------------------------------------------------- demo and directory queries

describe('demo-load and the directory', () => {
  let directory: DirectoryHarness;

  beforeEach(async () => {
    await createOrg();
    await loadDemo();
    directory = await startDirectory();
  });

  const employees = DEMO.users.filter((u) => u.network === 'employee');
  const others = DEMO.users.filter((u) => u.network === 'others');
  /** Rows of one window, as the directory shows them: picked by the read model, read by phone. */
  const page = (
    sort: SortKey,
    dir: 'asc' | 'desc',
    network: Network = 'employee',
    offset = 0,
    limit = 1000,
  ) =>
    query('directory-rows', {
      phones: directory.page({ list: network === 'employee' ? 'e' : 'o', sort, dir, offset, limit })
        .phones,
    });
  const search = (network: Network, text: string, limit = 1000) => {
    const { phones, total } = directory.page({
      list: network === 'employee' ? 'e' : 'o',
      text,
      limit,
    });
    return { phones, more: total > phones.length };
  };

  test('replaces the sandbox with the demo organization and acts as its org admin', async () => {
    expect(await storedUser(ADMIN)).toBeUndefined();
    expect((await db.org.get('org'))?.name).toBe(DEMO.org.name);
    expect(await db.users.count()).toBe(DEMO.users.length);
    expect(await db.groups.count()).toBe(DEMO.groups.length);
    expect(await db.memberships.count()).toBe(DEMO.memberships.length);
    expect((await query('session')).actor?.phone).toBe(DEMO.actor);
    expect(await auditActions()).toEqual(['demo.load']);
  });

  test('counts each tab', () => {
    expect(directory.counts()).toEqual({ e: employees.length, o: others.length, x: 0 });
  });

  test('sorts by name ascending and descending, every user exactly once', async () => {
    const asc = await page('name', 'asc');
    expect(asc.map((r) => r.phone).sort()).toEqual(employees.map((u) => u.phone).sort());
    expectNonDecreasing(
      asc.map((r) => collate(r.name)),
      'name asc',
    );
    const desc = await page('name', 'desc');
    expect(desc.map((r) => r.phone)).toEqual(asc.map((r) => r.phone).reverse());
  });

  test("the first page read from the index while the model loads is the model's first page", async () => {
    for (const network of ['employee', 'others'] as const) {
      const first = await query('directory-first-page', { network, limit: 25 });
      const model = await page('name', 'asc', network, 0, 25);
      expect(first, network).toEqual(model);
    }
  });

  test('pages join up into the whole list', async () => {
    const whole = await page('name', 'asc');
    const pages = [];
    for (let offset = 0; offset < whole.length; offset += 37)
      pages.push(...(await page('name', 'asc', 'employee', offset, 37)));
    expect(pages.map((r) => r.phone)).toEqual(whole.map((r) => r.phone));
  });

  test('sorts by an attribute: text case-insensitively, numbers numerically, missing values last', async () => {
    const byDept = await page('attr:department', 'asc');
    expect(byDept).toHaveLength(employees.length);
    expectNonDecreasing(
      byDept.map((r) => collate(String(r.attrs['department']))),
      'department asc',
    );
    const byDeptDesc = await page('attr:department', 'desc');
    expect(byDeptDesc.map((r) => r.attrs['department'])).toEqual(
      byDept.map((r) => r.attrs['department']).reverse(),
    );

    const byBand = await page('attr:salaryBand', 'asc');
    expectNonDecreasing(
      byBand.map((r) => r.attrs['salaryBand'] as number),
      'salary band asc',
    );

    const byEmployeeId = await page('attr:employeeId', 'asc');
    const missing = byEmployeeId.filter((r) => r.attrs['employeeId'] === undefined);
    expect(missing.length).toBeGreaterThan(0);
    expect(
      byEmployeeId
        .slice(-missing.length)
        .every((r) => r.attrs['employeeId'] === undefined && r.incomplete),
    ).toBe(true);
  });

  test('sorts by the built-in columns', async () => {
    for (const sort of ['phone', 'source', 'createdAt', 'updatedAt', 'orgRole'] as const) {
      const rows = await page(sort, 'asc');
      expect(rows, sort).toHaveLength(employees.length);
      expectNonDecreasing(
        rows.map((r) => r[sort]),
        sort,
      );
    }
  });

  test('the Others tab lists only Others', async () => {
    const rows = await page('name', 'asc', 'others');
    expect(rows.map((r) => r.phone).sort()).toEqual(others.map((u) => u.phone).sort());
  });

  test('search by a name prefix finds exactly the users with a word starting with it', async () => {
    const wordStarts = (u: User, prefix: string) =>
      collate(u.name)
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => w.startsWith(prefix));
    const expected = employees
      .filter((u) => wordStarts(u, 'ann'))
      .map((u) => u.phone)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    for (const text of ['ann', 'ANN', ' Ann ']) {
      const { phones, more } = search('employee', text);
      expect([...phones].sort(), text).toEqual(expected);
      expect(more).toBe(false);
    }
    const both = await query('directory-rows', { phones: search('employee', 'anna now').phones });
    expect(both.map((r) => r.phone)).toContain(DEMO.actor);
    expect(both.every((r) => wordStarts(r, 'anna') && wordStarts(r, 'now'))).toBe(true);
  });

  test('search by digits from the middle of a number', () => {
    const target = demoUser(7);
    const digits = target.phone.replace(/\D/g, '');
    const middle = digits.slice(4, 9);
    const expected = employees
      .filter((u) => u.phone.replace(/\D/g, '').includes(middle))
      .map((u) => u.phone)
      .sort();
    expect([...search('employee', middle).phones].sort()).toEqual(expected);
    expect(expected).toContain(target.phone);
    // Spaces and dashes as people type them are ignored.
    const spaced = search(
      'employee',
      `${middle.slice(0, 2)} ${middle.slice(2, 4)}-${middle.slice(4)}`,
    );
    expect([...spaced.phones].sort()).toEqual(expected);
  });

  test('search results stop at the limit and say there are more', () => {
    const { phones, more } = search('employee', '48', 5);
    expect(phones).toHaveLength(5);
    expect(more).toBe(true);
  });

  test('a search in one tab does not show users of the other', () => {
    const other = others[0]!;
    expect(search('employee', other.phone.slice(1)).phones).toEqual([]);
    expect(search('others', other.phone.slice(1)).phones).toEqual([other.phone]);
  });
});

// ---------------------------------------------------------------- actor candidates

describe('actorCandidates', () => {
  beforeEach(loadDemo);

  test('finds users as the directory does: any word’s start, accents folded; org admins first', async () => {
    const anna = DEMO.users.filter((u) => collate(u.name).startsWith('anna '));
    expect(anna.length).toBeGreaterThan(1);
    const found = await query('actor-candidates', ' ANNA ');
    expect(found.map((u) => u.phone).sort()).toEqual(anna.map((u) => u.phone).sort());
    expect(found[0]?.phone).toBe(DEMO.actor);
    // The start of any word of the name, several words in any order.
    expect((await query('actor-candidates', 'nowak')).map((u) => u.phone)).toContain(DEMO.actor);
    expect((await query('actor-candidates', 'now ann')).map((u) => u.phone)).toContain(DEMO.actor);
    expect(await query('actor-candidates', 'owak')).toEqual([]);
    // Accents folded: the plain letters and the accented ones find the same surname.
    const ACCENT = /[ąćęłńóśźż]/i;
    const accented = DEMO.users.find((u) => ACCENT.test(u.name.split(' ')[1] ?? ''))!;
    const surname = accented.name.split(' ')[1]!;
    for (const typed of [surname.slice(0, 4), fold(surname).slice(0, 4)]) {
      expect(
        (await query('actor-candidates', typed)).map((u) => u.phone),
        typed,
      ).toContain(accented.phone);
    }
  });

  test('finds a user by digits anywhere in the number, but never a deleted user', async () => {
    const target = demoUser(9);
    expect((await query('actor-candidates', target.phone)).map((u) => u.phone)).toEqual([
      target.phone,
    ]);
    // Without the +, and only the middle of the number, as the directory's search.
    const middle = target.phone.slice(4, 10);
    const found = await query('actor-candidates', middle);
    expect(found.map((u) => u.phone)).toContain(target.phone);
    expect(found.every((u) => u.phone.includes(middle))).toBe(true);
    await run('users-delete', { phones: [target.phone] });
    expect(await query('actor-candidates', target.phone)).toEqual([]);
    const anna = DEMO.users.find(
      (u) => collate(u.name).startsWith('anna ') && u.phone !== DEMO.actor,
    )!;
    await run('users-delete', { phones: [anna.phone] });
    expect((await query('actor-candidates', 'anna')).map((u) => u.phone)).not.toContain(anna.phone);
  });
});

// ---------------------------------------------------------------- other commands

describe('user-edit, user-set-org-role, memberships', () => {
  beforeEach(loadDemo);

  test('user-edit clearing a mandatory value is refused; a user already incomplete stays editable', async () => {
    const complete = demoUser(2);
    const incomplete = DEMO.users.find(
      (u) => u.network === 'employee' && u.attrs['employeeId'] === undefined,
    )!;
    const before = await snapshot();
    const error = await refused(
      run('user-edit', { phone: complete.phone, attrs: { employeeId: '' } }),
    );
    expect(error.problems).toEqual([
      expect.objectContaining({ code: 'attribute.mandatory.missing' }),
    ]);
    expect(await snapshot()).toEqual(before);
    await run('user-edit', { phone: incomplete.phone, attrs: { department: 'IT' } });
    expect((await storedUser(incomplete.phone))?.attrs['department']).toBe('IT');
  });

  test('the organization keeps at least one org admin', async () => {
    await run('user-set-org-role', { phone: demoUser(1).phone, role: 'member' });
    expect(
      (await refused(run('user-set-org-role', { phone: DEMO.actor, role: 'member' }))).code,
    ).toBe('orgAdmin.last');
  });

  test('a group keeps at least one admin', async () => {
    expect(
      (
        await refused(
          run('membership-remove', { groupId: 'g-north-night', phone: demoUser(60).phone }),
        )
      ).code,
    ).toBe('group.lastAdmin');
    expect(
      (
        await refused(
          run('membership-set-role', {
            groupId: 'g-north-night',
            phone: demoUser(60).phone,
            role: 'member',
          }),
        )
      ).code,
    ).toBe('group.lastAdmin');
    await run('membership-set-role', {
      groupId: 'g-north-night',
      phone: demoUser(61).phone,
      role: 'admin',
    });
    await run('membership-remove', { groupId: 'g-north-night', phone: demoUser(60).phone });
    expect(await groupAdmins(db, 'g-north-night')).toEqual([
      expect.objectContaining({ phone: demoUser(61).phone }),
    ]);
  });
});

// ---------------------------------------------------------------- audit

/** What each command records. Preferences of this browser and the reset itself are not organization changes. */
const AUDITED: Record<
  Audited,
  | readonly string[]
  | 'browser preference'
  | 'empties the log'
  | 'the package brings its own log'
  | 'lab control'
> = {
  'org-create': ['org.create', 'user.add'],
  'org-update': ['org.update'],
  'clock-advance': ['clock.advance'],
  'user-add': ['user.add'],
  'user-add-list': ['user.add', 'user.add'],
  'user-edit': ['user.edit'],
  'users-move-network': ['user.network'],
  'user-set-org-role': ['user.orgRole'],
  'attributes-save': ['attribute.add', 'attribute.remove', 'attribute.update'],
  'users-delete': ['user.delete'],
  'users-restore': ['user.restore'],
  'users-purge-due': ['user.purge'], // one per purged user; none when nothing is due
  'demo-load': ['demo.load'],
  'membership-remove': ['group.member.remove'],
  'membership-set-role': ['group.member.role'],
  'actor-set': 'browser preference',
  'columns-set': 'browser preference',
  // Audited when it changes the organization's language; the browser preference alone is not.
  'locale-set': ['org.locale'],
  'sandbox-reset': 'empties the log',
  'user-import:start': ['users.import.start'],
  // A queued job ends at once: Failed (nothing was imported) or Cancelled.
  'user-import:cancel': ['users.import.cancel', 'users.import.failed'],
  'group-upload:start': ['groups.upload.start'],
  'group-upload:cancel': ['groups.upload.cancel', 'groups.upload.failed'],
  'user-export:start': ['users.export.start'],
  'user-export:cancel': ['users.export.cancel', 'users.export.cancelled'],
  'tenant-export:start': ['tenant.export.start'],
  'tenant-export:cancel': ['tenant.export.cancel', 'tenant.export.cancelled'],
  // The restored log is the package's own: an export of it is the package again.
  'tenant-restore': 'the package brings its own log',
  'group-create': ['group.create'],
  'group-set-parent': ['group.parent.set'],
  'group-remove-parent': ['group.parent.remove'],
  'group-members-add': ['user.add', 'group.member.add', 'group.member.add'],
  'group-make-private': ['group.unmap'],
  'group-map': ['group.map'],
  'connector-register': ['connector.register'],
  'connector-deactivate': ['connector.deactivate'],
  'group-connector-add': ['group.connector.add'],
  'group-connector-remove': ['group.connector.remove'],
  'action-create': ['action.create'],
  'action-delete': ['action.delete'],
  'action-publish': ['action.publish'],
  'action-unpublish': ['action.unpublish'],
  'message-post': ['message.post'],
  'action-send': ['action.send'],
  'action-respond': ['action.respond'],
  'message-react': ['message.like'],
  // Start empties the log (like the demo) and records itself: checked on its own below.
  'practice-start': ['practice.start'],
  // The typed answer and Check's grade are the lab's, not the organization's.
  'practice-answer': 'lab control',
  'practice-check': 'lab control',
};

describe('audit', () => {
  test('the table names every command', () => {
    expect(Object.keys(AUDITED).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  test('every command that changes the organization writes its audit events, by the actor, at simulated time', async () => {
    const seen = new Set<Audited>();
    let count = 0;
    /** Runs one command and checks the events it added; returns them. */
    const step = async (name: Audited, action: () => Promise<unknown>) => {
      await action();
      const events = (await db.audit.orderBy('id').toArray()).slice(count);
      count += events.length;
      seen.add(name);
      const expected = AUDITED[name];
      if (typeof expected === 'string') expect(events, name).toEqual([]);
      else
        expect(
          events.map((e) => e.action),
          name,
        ).toEqual(expected);
      for (const e of events) expect(e.at, name).toBe(FIXED);
      return events;
    };

    await step('org-create', () => createOrg());
    await step('sandbox-reset', () => run('sandbox-reset'));
    expect(await db.audit.count()).toBe(0);
    expect(await db.org.count()).toBe(0);
    count = 0;
    await step('demo-load', loadDemo);
    const renamed = await step('org-update', () => run('org-update', { name: 'Contoso Ltd' }));
    expect(renamed[0]?.actor).toBe(DEMO.actor);
    expect(renamed[0]?.target).toBe('org');
    // Employee ID is mandatory in the demo; make it optional so bare numbers can be added.
    const saved = await step('attributes-save', () =>
      run('attributes-save', {
        add: [draft('Shift')],
        remove: ['forklift'],
        update: [{ id: 'employeeId', mandatory: false, userEditable: false, visibleToAll: true }],
      }),
    );
    expect(saved.map((e) => e.target)).toEqual([expect.any(String), 'forklift', 'employeeId']);
    const added = await step('user-add', () => addUser('699 000 001', 'New Person'));
    expect(added.map((e) => [e.target, e.actor])).toEqual([['+48699000001', DEMO.actor]]);
    const listed = await step('user-add-list', () =>
      run('user-add-list', { text: '699000002, 699000003, abc', region: 'PL', network: 'others' }),
    );
    expect(listed.map((e) => e.target)).toEqual(['+48699000002', '+48699000003']);
    await step('user-edit', () => run('user-edit', { phone: '+48699000001', name: 'Edited' }));
    await step('users-move-network', () =>
      run('users-move-network', { phones: ['+48699000002'], to: 'employee' }),
    );
    await step('user-set-org-role', () =>
      run('user-set-org-role', { phone: '+48699000001', role: 'admin' }),
    );
    await step('membership-set-role', () =>
      run('membership-set-role', {
        groupId: 'g-north-night',
        phone: demoUser(61).phone,
        role: 'admin',
      }),
    );
    await step('membership-remove', () =>
      run('membership-remove', { groupId: 'g-north-night', phone: demoUser(62).phone }),
    );
    const job = await step('user-import:start', () =>
      startJob('user-import', {
        file: new Blob(['Phone Number\n699000009\n']),
        fileName: 'staff.csv',
        network: 'employee',
        locale: 'en',
      }),
    );
    await step('user-import:cancel', () => cancelJob(job[0]!.target));
    const exported = await step('user-export:start', () =>
      startJob('user-export', { scope: 'all' }),
    );
    await step('user-export:cancel', () => cancelJob(exported[0]!.target));
    const tenant = await step('tenant-export:start', () => startJob('tenant-export', undefined));
    await step('tenant-export:cancel', () => cancelJob(tenant[0]!.target));
    const upload = await step('group-upload:start', () =>
      startJob('group-upload', {
        mappingFile: new Blob([`Group Name,Phone Number,User Type\nCrew,${ADMIN},Admin\n`]),
        mappingFileName: 'crew.csv',
        locale: 'en',
      }),
    );
    await step('group-upload:cancel', () => cancelJob(upload[0]!.target));
    const made = await step('group-create', () =>
      run('group-create', { name: 'Audit crew', kind: 'organization' }),
    );
    await step('group-set-parent', () =>
      run('group-set-parent', { parentId: 'g-north-night', childId: made[0]!.target }),
    );
    await step('group-remove-parent', () =>
      run('group-remove-parent', { childId: made[0]!.target }),
    );
    const joined = await step('group-members-add', () =>
      run('group-members-add', {
        groupId: made[0]!.target,
        text: `699000012, ${demoUser(5).phone}`,
        region: 'PL',
        role: 'member',
      }),
    );
    expect(joined.map((e) => e.target)).toEqual([
      '+48699000012',
      '+48699000012',
      demoUser(5).phone,
    ]);
    await step('group-make-private', () => run('group-make-private', { groupId: made[0]!.target }));
    await step('group-map', () => run('group-map', { groupId: made[0]!.target }));
    const registered = await step('connector-register', () =>
      run('connector-register', { name: 'Audit feed' }),
    );
    const connectorId = registered[0]!.target;
    await step('group-connector-add', () =>
      run('group-connector-add', { groupId: 'g-all', connectorId }),
    );
    await step('group-connector-remove', () =>
      run('group-connector-remove', { groupId: 'g-all', connectorId }),
    );
    await step('connector-deactivate', () => run('connector-deactivate', { connectorId }));
    const created = await step('action-create', () =>
      run('action-create', { name: 'Audit poll', type: 'poll' }),
    );
    const actionId = created[0]!.target;
    await step('action-publish', () =>
      run('action-publish', { groupId: 'g-all', actionId, roles: ['admin'] }),
    );
    await step('message-post', () => run('message-post', { groupId: 'g-all', text: 'Hello' }));
    const sent = await step('action-send', () =>
      run('action-send', {
        groupId: 'g-all',
        actionId,
        card: { type: 'poll', question: 'Q?', options: ['A', 'B'] },
      }),
    );
    await step('action-respond', () =>
      run('action-respond', {
        messageId: sent[0]!.details!['messageId'] as number,
        response: { type: 'poll', option: 0 },
      }),
    );
    await step('message-react', () =>
      run('message-react', { messageId: sent[0]!.details!['messageId'] as number, like: true }),
    );
    await step('action-unpublish', () => run('action-unpublish', { groupId: 'g-all', actionId }));
    await step('action-delete', () => run('action-delete', { actionId }));
    await step('users-delete', () => run('users-delete', { phones: ['+48699000003'] }));
    await step('users-restore', () => run('users-restore', { phones: ['+48699000003'] }));
    await step('actor-set', () => run('actor-set', { phone: '+48699000001' }));
    await step('columns-set', () =>
      run('columns-set', { columns: [{ kind: 'attr', id: 'department' }] }),
    );
    const locale = await step('locale-set', () => run('locale-set', { locale: 'pl' }));
    expect(locale.map((e) => [e.target, e.details])).toEqual([['org', { locale: 'pl' }]]);
    // The same language again changes nothing in the organization, so nothing is recorded.
    await run('locale-set', { locale: 'pl' });
    expect(await db.audit.count()).toBe(count);
    // The new org admin acts now: the events name them.
    const deleted = await step('users-delete', () =>
      run('users-delete', { phones: ['+48699000002'] }),
    );
    expect(deleted[0]?.actor).toBe('+48699000001');
    // Nothing is due yet, so a purge records nothing.
    expect(await run('users-purge-due')).toEqual({ purged: 0 });
    expect(await db.audit.count()).toBe(count);

    // Advancing the clock records itself, then purges what fell due, at the new simulated time.
    await run('clock-advance', { days: 30 });
    seen.add('clock-advance');
    seen.add('users-purge-due');
    const tail = (await db.audit.orderBy('id').toArray()).slice(count);
    expect(tail.map((e) => [e.action, e.target, e.at])).toEqual([
      ['clock.advance', 'org', FIXED],
      ['user.purge', '+48699000002', FIXED + 30 * DAY_MS],
    ]);
    // An exercise's Start empties the log as the demo does, puts the clock back at today
    // and records the start.
    await run('practice-start', { id: 'activity-report' });
    expect((await db.audit.toArray()).map((e) => [e.action, e.actor, e.at])).toEqual([
      ['practice.start', DEMO.actor, FIXED],
    ]);
    seen.add('practice-start');
    count = 1;
    await step('practice-answer', () =>
      run('practice-answer', { id: 'activity-report', answer: 'IT helpdesk' }),
    );
    await step('practice-check', () => run('practice-check', { id: 'activity-report' }));
    // A restore replaces the log with the package's own (tests/unit/tenant.test.ts).
    seen.add('tenant-restore');
    expect([...seen].sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  test('a refused command records nothing', async () => {
    await createOrg();
    const count = await db.audit.count();
    await refused(
      run('user-add', { phone: 'abc', region: 'PL', name: '', network: 'employee', attrs: {} }),
    );
    await refused(run('clock-advance', { days: 0 }));
    expect(await db.audit.count()).toBe(count);
  });

  test('a command refused after writing users leaves no change record and announces nothing', async () => {
    await loadDemo();
    const notices: UsersChange[] = [];
    const stop = onUsersChanged((change) => notices.push(change));
    try {
      const before = await snapshot();
      const moved = demoUser(2); // a portal employee: the move itself is allowed
      const error = await refused(
        run('users-move-network', { phones: [moved.phone, '+48999999999'], to: 'others' }),
      );
      expect(error.code).toBe('user.notFound');
      // The first user was already written when the second was refused: all of it rolled back,
      // the change-log entry included.
      expect(await snapshot()).toEqual(before);
      const log = openDirectoryStore(db.name);
      const lastBefore = await log.lastChangeId();
      await run('users-move-network', { phones: [moved.phone], to: 'others' });
      expect(await log.changesSince(lastBefore)).toEqual([
        { id: expect.any(Number), phones: [moved.phone], reload: false },
      ]);
      // Notices arrive in order, so the first one about this user is the committed move's.
      const aboutMoved = () => notices.filter((n) => n.phones.includes(moved.phone));
      await expect.poll(() => aboutMoved().length).toBeGreaterThan(0);
      expect(aboutMoved()).toEqual([{ phones: [moved.phone], reload: false }]);
    } finally {
      stop();
    }
  });
});

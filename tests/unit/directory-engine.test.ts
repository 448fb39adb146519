import { describe, expect, test } from 'vitest';
import {
  buildSearchIndex,
  count,
  createState,
  fromSnapshot,
  matching,
  order,
  page,
  removeUsers,
  searchIndexDue,
  toSnapshot,
  upsertUsers,
  warm,
  type EngineState,
  type PageRequest,
} from '../../src/app/directory/engine';
import { buildDemo } from '../../src/domain/demo';
import { fold, nameWords, type ListCode } from '../../src/domain/users';
import type { Attribute, AttributeValue, SortKey, User } from '../../src/domain/types';

const NOW = Date.UTC(2024, 5, 3, 9, 0, 0);
const DEMO = buildDemo(NOW, 0);

/** A hand-made employee; phones are given without `+48` for brevity. */
function person(phone: string, name: string, over: Partial<User> = {}): User {
  return {
    phone: `+48${phone}`,
    name,
    network: 'employee',
    orgRole: 'member',
    source: 'portal',
    attrs: {},
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

function engine(users: readonly User[], attributes: readonly Pick<Attribute, 'id'>[] = []) {
  const state = createState();
  upsertUsers(state, users, attributes);
  return state;
}

function demoEngine(): EngineState {
  return engine(DEMO.users, DEMO.attributes);
}

function counts(state: EngineState) {
  return { e: count(state, 'e'), o: count(state, 'o'), x: count(state, 'x') };
}

/** The phones of one window; defaults: Employee tab, name order, ascending, everything. */
function phones(state: EngineState, request: Partial<PageRequest> = {}): string[] {
  return page(state, {
    list: 'e',
    sort: 'name',
    dir: 'asc',
    text: '',
    offset: 0,
    limit: 100_000,
    ...request,
  }).phones;
}

function orderedPhones(state: EngineState, list: ListCode, sort: SortKey): string[] {
  return [...order(state, list, sort)].map((slot) => state.phone[slot]!);
}

const tab = (u: User): ListCode =>
  u.deletedAt !== undefined ? 'x' : u.network === 'employee' ? 'e' : 'o';
const byPhone = (a: User, b: User) => (a.phone < b.phone ? -1 : a.phone > b.phone ? 1 : 0);
const inTab = (users: readonly User[], list: ListCode) => users.filter((u) => tab(u) === list);

/** What a person expects: a stable order by `key`, equal keys by phone. */
function expectedOrder(users: readonly User[], key: (u: User) => string | number): string[] {
  return [...users]
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : byPhone(a, b);
    })
    .map((u) => u.phone);
}

describe('counts', () => {
  test('each tab counts its users as they are added, moved, deleted and removed', () => {
    const state = createState();
    expect(counts(state)).toEqual({ e: 0, o: 0, x: 0 });

    const anna = person('601000001', 'Anna Nowak');
    const piotr = person('601000002', 'Piotr Kowalski');
    const ola = person('601000003', 'Ola Wójcik', { network: 'others' });
    upsertUsers(state, [anna, piotr, ola], []);
    expect(counts(state)).toEqual({ e: 2, o: 1, x: 0 });

    // Writing the same user again changes nothing.
    upsertUsers(state, [anna], []);
    expect(counts(state)).toEqual({ e: 2, o: 1, x: 0 });

    upsertUsers(state, [{ ...piotr, network: 'others' }], []);
    expect(counts(state)).toEqual({ e: 1, o: 2, x: 0 });

    // Deleted users go to the deleted list, whatever their network.
    upsertUsers(state, [{ ...ola, deletedAt: NOW }], []);
    expect(counts(state)).toEqual({ e: 1, o: 1, x: 1 });

    // Purged users are forgotten; forgetting twice or an unknown number is harmless.
    removeUsers(state, [ola.phone]);
    removeUsers(state, [ola.phone, '+48999999999']);
    expect(counts(state)).toEqual({ e: 1, o: 1, x: 0 });
    expect(phones(state, { list: 'x' })).toEqual([]);

    // A purged number can come back as a new user.
    upsertUsers(state, [ola], []);
    expect(counts(state)).toEqual({ e: 1, o: 2, x: 0 });
    expect(phones(state, { list: 'o' })).toEqual([ola.phone, piotr.phone]);
  });

  test('the demo organization', () => {
    const state = demoEngine();
    expect(counts(state)).toEqual({
      e: inTab(DEMO.users, 'e').length,
      o: inTab(DEMO.users, 'o').length,
      x: 0,
    });
    expect(count(state, 'e') + count(state, 'o')).toBe(DEMO.users.length);
  });
});

describe('order', () => {
  test('by name, ascending and descending, every user exactly once', () => {
    const state = demoEngine();
    for (const list of ['e', 'o'] as const) {
      const users = inTab(DEMO.users, list);
      const asc = phones(state, { list });
      expect(asc).toHaveLength(users.length);
      expect(new Set(asc).size).toBe(users.length);
      expect([...asc].sort()).toEqual(users.map((u) => u.phone).sort());
      expect(asc).toEqual(expectedOrder(users, (u) => fold(u.name)));
      expect(phones(state, { list, dir: 'desc' })).toEqual([...asc].reverse());
    }
  });

  test('equal names are ordered by phone, and users without a name come last', () => {
    const state = engine([
      person('601000005', 'anna nowak'),
      person('601000002', ''),
      person('601000003', 'Anna Nowak'),
      person('601000004', 'Żaneta Zych'),
      person('601000001', 'ANNA NOWAK'),
    ]);
    expect(phones(state)).toEqual([
      '+48601000001',
      '+48601000003',
      '+48601000005',
      '+48601000004',
      '+48601000002',
    ]);
  });

  test('by each built-in column', () => {
    const state = demoEngine();
    const employees = inTab(DEMO.users, 'e');
    const columns = {
      phone: (u: User) => u.phone,
      source: (u: User) => u.source,
      orgRole: (u: User) => u.orgRole,
      createdAt: (u: User) => u.createdAt,
      updatedAt: (u: User) => u.updatedAt,
    } as const;
    for (const [sort, key] of Object.entries(columns) as Array<
      [SortKey, (u: User) => string | number]
    >) {
      expect(orderedPhones(state, 'e', sort), sort).toEqual(expectedOrder(employees, key));
      expect(phones(state, { sort, dir: 'desc' }), sort).toEqual(
        expectedOrder(employees, key).reverse(),
      );
    }
  });

  test('by a text attribute: case-insensitive and without diacritics, missing values last', () => {
    const attrs = [{ id: 'dept' }];
    const withDept = (phone: string, dept?: AttributeValue) =>
      person(phone, `P ${phone}`, dept === undefined ? {} : { attrs: { dept } });
    const state = engine(
      [
        withDept('601000001'),
        withDept('601000002', 'sales'),
        withDept('601000003', 'Łódź office'),
        withDept('601000004', 'IT'),
        withDept('601000005', 'Sales'),
        withDept('601000006', 'it'),
        withDept('601000007', 'logistics'),
      ],
      attrs,
    );
    expect(phones(state, { sort: 'attr:dept' })).toEqual([
      '+48601000004', // IT
      '+48601000006', // it — equal to IT, so by phone
      '+48601000003', // Łódź office → lodz office
      '+48601000007', // logistics
      '+48601000002', // sales
      '+48601000005', // Sales
      '+48601000001', // no value
    ]);
  });

  test('by a number or yes/no attribute: numerically, missing last, numbers before text', () => {
    const state = engine(
      [
        person('601000001', 'A', { attrs: { band: 10, forklift: true } }),
        person('601000002', 'B', { attrs: { band: 9, forklift: false } }),
        person('601000003', 'C', { attrs: {} }),
        person('601000004', 'D', { attrs: { band: 100, forklift: true } }),
        person('601000005', 'E', { attrs: { band: -1.5 } }),
        // A value left over from when the attribute was text.
        person('601000006', 'F', { attrs: { band: '7' } }),
      ],
      [{ id: 'band' }, { id: 'forklift' }],
    );
    // As strings 10 < 100 < 9 and "7" < 9: a numeric sort and numbers before text show otherwise.
    expect(phones(state, { sort: 'attr:band' })).toEqual([
      '+48601000005',
      '+48601000002',
      '+48601000001',
      '+48601000004',
      '+48601000006',
      '+48601000003',
    ]);
    expect(phones(state, { sort: 'attr:forklift' })).toEqual([
      '+48601000002', // no
      '+48601000001', // yes
      '+48601000004', // yes
      '+48601000003', // no value
      '+48601000005',
      '+48601000006',
    ]);
  });

  test('by the demo attributes, and by an attribute nobody has', () => {
    const state = demoEngine();
    const employees = inTab(DEMO.users, 'e');
    const byDept = phones(state, { sort: 'attr:department' });
    expect(byDept).toEqual(
      expectedOrder(employees, (u) => fold(String(u.attrs['department'] ?? '\uffff'))),
    );
    const byBand = phones(state, { sort: 'attr:salaryBand' });
    expect(byBand).toEqual(
      expectedOrder(employees, (u) => (u.attrs['salaryBand'] as number | undefined) ?? Infinity),
    );
    // Employees who lack the mandatory Employee ID come last.
    const byId = phones(state, { sort: 'attr:employeeId' });
    const lacking = employees.filter((u) => u.attrs['employeeId'] === undefined);
    expect(lacking.length).toBeGreaterThan(0);
    expect(byId.slice(-lacking.length)).toEqual(lacking.map((u) => u.phone).sort());
    // An unknown attribute: everyone is missing it, so the order is by phone.
    expect(phones(state, { sort: 'attr:nope' })).toEqual(employees.map((u) => u.phone).sort());
  });

  test('an attribute saved after the users were loaded sorts them all as missing', () => {
    const state = engine([person('601000002', 'B'), person('601000001', 'A')], []);
    upsertUsers(
      state,
      [person('601000003', 'C', { attrs: { shift: 'night' } })],
      [{ id: 'shift' }],
    );
    expect(phones(state, { sort: 'attr:shift' })).toEqual([
      '+48601000003',
      '+48601000001',
      '+48601000002',
    ]);
  });

  test('a change to a user moves them in every order', () => {
    const state = engine(
      [
        person('601000001', 'Anna', { attrs: { band: 1 } }),
        person('601000002', 'Bartek', { attrs: { band: 2 } }),
      ],
      [{ id: 'band' }],
    );
    expect(phones(state)).toEqual(['+48601000001', '+48601000002']);
    expect(phones(state, { sort: 'attr:band' })).toEqual(['+48601000001', '+48601000002']);
    upsertUsers(state, [person('601000001', 'Zenon', { attrs: { band: 3 } })], [{ id: 'band' }]);
    expect(phones(state)).toEqual(['+48601000002', '+48601000001']);
    expect(phones(state, { sort: 'attr:band' })).toEqual(['+48601000002', '+48601000001']);
  });
});

describe('page', () => {
  test('windows join up into the whole list, ascending and descending', () => {
    const state = demoEngine();
    for (const sort of ['name', 'phone', 'attr:department'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const whole = phones(state, { sort, dir });
        const joined: string[] = [];
        for (let offset = 0; offset < whole.length; offset += 37) {
          const window = page(state, { list: 'e', sort, dir, text: '', offset, limit: 37 });
          expect(window.total).toBe(whole.length);
          joined.push(...window.phones);
        }
        expect(joined, `${sort} ${dir}`).toEqual(whole);
      }
    }
  });

  test('a window past the end is empty; the total is still the whole tab', () => {
    const state = demoEngine();
    const total = count(state, 'e');
    const request = { list: 'e', sort: 'name', dir: 'asc', text: '' } as const;
    expect(page(state, { ...request, offset: total, limit: 10 })).toEqual({ phones: [], total });
    expect(page(state, { ...request, offset: total - 3, limit: 10 }).phones).toHaveLength(3);
    expect(page(state, { ...request, offset: 0, limit: 0 })).toEqual({ phones: [], total });
  });
});

describe('search', () => {
  const users = [
    person('601000001', 'Anna Nowak'),
    person('601000002', 'Joanna Nowak'),
    person('601000003', 'Anna Kowalska'),
    person('601000004', 'Łukasz Nowak'),
    person('601000005', 'Annabelle Smith'),
    person('601000006', 'Hanna Zielińska'),
    person('601123405', 'Piotr Annowski'),
    person('601000008', ''),
    person('601000009', 'Anna Nowak', { network: 'others' }),
    person('601000010', 'Anna Nowak', { deletedAt: NOW }),
    person('712345678', 'Zofia Lis'),
  ];
  const state = engine(users);
  const find = (text: string, list: ListCode = 'e', sort: SortKey = 'name') =>
    phones(state, { list, sort, text }).map((p) => p.slice(3));

  test('a name word prefix: `ann` finds Anna and Annabelle, not Joanna or Hanna', () => {
    expect(find('ann')).toEqual(['601000003', '601000001', '601000005', '601123405']);
    expect(find('ANN')).toEqual(find('ann'));
    expect(find('  Ann ')).toEqual(find('ann'));
    expect(find('oanna')).toEqual([]);
  });

  test('every word must match: `nowak an` finds Anna Nowak only', () => {
    expect(find('nowak an')).toEqual(['601000001']);
    expect(find('an nowak')).toEqual(['601000001']);
    expect(find('anna kow')).toEqual(['601000003']);
    // Each word is a prefix: `anna` also starts Annabelle.
    expect(find('anna smith')).toEqual(['601000005']);
    expect(find('anna lis')).toEqual([]);
  });

  test('diacritics are ignored both ways', () => {
    expect(find('lukasz')).toEqual(['601000004']);
    expect(find('Łuk')).toEqual(['601000004']);
    expect(find('zielinska')).toEqual(['601000006']);
    expect(find('zielińs')).toEqual(['601000006']);
  });

  test('digits are found anywhere in the number, also as people type them', () => {
    // 1234 is in the middle of +48601123405 and of +48712345678.
    expect(find('1234')).toEqual(['601123405', '712345678']);
    expect(find('12 34')).toEqual(find('1234'));
    expect(find('+48 712')).toEqual(['712345678']);
    expect(find('48')).toHaveLength(count(state, 'e'));
    expect(find('999')).toEqual([]);
  });

  test('a search in one tab never shows the users of another', () => {
    expect(find('anna nowak', 'e')).toEqual(['601000001']);
    expect(find('anna nowak', 'o')).toEqual(['601000009']);
    expect(find('anna nowak', 'x')).toEqual(['601000010']);
    expect(find('601000009', 'e')).toEqual([]);
    expect(find('601000010', 'e')).toEqual([]);
  });

  test('results come in the current sort order, and `desc` reverses them', () => {
    const byName = find('nowak');
    expect(byName).toEqual(['601000001', '601000002', '601000004']);
    const byPhoneDesc = phones(state, { sort: 'phone', dir: 'desc', text: 'nowak' });
    expect(byPhoneDesc.map((p) => p.slice(3))).toEqual(['601000004', '601000002', '601000001']);
    const window = page(state, {
      list: 'e',
      sort: 'name',
      dir: 'asc',
      text: 'nowak',
      offset: 1,
      limit: 1,
    });
    expect(window).toEqual({ phones: ['+48601000002'], total: 3 });
  });

  test('empty or meaningless text matches the whole tab', () => {
    for (const text of ['', '   ', '--', '!!!'])
      expect(find(text), JSON.stringify(text)).toEqual(find(''));
    expect(find('')).toHaveLength(count(state, 'e'));
  });

  test('the demo: exactly the users with a word starting with the text, in sort order', () => {
    const demo = demoEngine();
    const employees = inTab(DEMO.users, 'e');
    for (const text of ['ann', 'now', 'ana', 'łuk', 'anna now', 'kam wis', 'smith']) {
      const words = nameWords(text);
      const expected = expectedOrder(
        employees.filter((u) => words.every((w) => nameWords(u.name).some((n) => n.startsWith(w)))),
        (u) => fold(u.name),
      );
      expect(phones(demo, { text }), text).toEqual(expected);
    }
    const middle = DEMO.users[7]!.phone.slice(6, 10);
    const expected = employees.filter((u) => u.phone.slice(1).includes(middle));
    expect(phones(demo, { text: middle, sort: 'phone' })).toEqual(
      expected.map((u) => u.phone).sort(),
    );
  });

  test('a search made before a change is answered afresh after it', () => {
    const state = engine([person('601000001', 'Anna Nowak'), person('601000002', 'Ewa Lis')]);
    expect(phones(state, { text: 'ewa' })).toEqual(['+48601000002']);
    expect([...matching(state, 'e', 'name', 'ewa')]).toHaveLength(1);
    upsertUsers(state, [person('601000001', 'Ewa Nowak')], []);
    expect(phones(state, { text: 'ewa' })).toEqual(['+48601000002', '+48601000001']);
    removeUsers(state, ['+48601000002']);
    expect(phones(state, { text: 'ewa' })).toEqual(['+48601000001']);
  });
});

describe('snapshot', () => {
  /** The questions a directory asks, to compare two read models. */
  function answers(state: EngineState) {
    const requests: Array<Partial<PageRequest>> = [];
    for (const list of ['e', 'o', 'x'] as const)
      for (const sort of [
        'name',
        'phone',
        'createdAt',
        'attr:department',
        'attr:salaryBand',
      ] as const)
        for (const dir of ['asc', 'desc'] as const)
          for (const text of ['', 'ann', 'nowak an', 'lukasz', '1234', '0'])
            requests.push({ list, sort, dir, text });
    return {
      counts: counts(state),
      pages: requests.map((r) =>
        page(state, { list: 'e', sort: 'name', dir: 'asc', text: '', offset: 3, limit: 20, ...r }),
      ),
      whole: requests.map((r) => phones(state, r)),
    };
  }

  /** IndexedDB keeps a structured clone; so does this. */
  const saveAndLoad = (state: EngineState) => fromSnapshot(structuredClone(toSnapshot(state)));

  test('a revived read model gives identical answers', () => {
    const state = demoEngine();
    // Some history: moved, deleted and purged users, and a name change.
    upsertUsers(
      state,
      [
        { ...DEMO.users[3]!, network: 'others' },
        { ...DEMO.users[4]!, deletedAt: NOW },
      ],
      DEMO.attributes,
    );
    upsertUsers(state, [{ ...DEMO.users[5]!, name: 'Łukasz Annowski' }], DEMO.attributes);
    removeUsers(state, [DEMO.users[6]!.phone]);
    const revived = saveAndLoad(state);
    if (!revived) throw new Error('the snapshot was not usable');
    warm(revived);
    expect(answers(revived)).toEqual(answers(state));
    expect(count(revived, 'x')).toBe(1);
  });

  test('a revived read model takes further changes like the original', () => {
    const original = demoEngine();
    const revived = saveAndLoad(original)!;
    const change = (state: EngineState) => {
      upsertUsers(
        state,
        [person('601999111', 'Anna Zzz'), { ...DEMO.users[10]!, deletedAt: NOW }],
        DEMO.attributes,
      );
      removeUsers(state, [DEMO.users[11]!.phone]);
    };
    change(original);
    change(revived);
    expect(answers(revived)).toEqual(answers(original));
  });

  test('a revived read model keeps its search index and answers like a scan', () => {
    const scanning = demoEngine();
    const indexed = demoEngine();
    buildSearchIndex(indexed);
    // Changes after the build are searched from the index's delta, also once revived.
    const change = (state: EngineState) => {
      upsertUsers(
        state,
        [person('601999111', 'Anna Zzz'), { ...DEMO.users[5]!, name: 'Łukasz Annowski' }],
        DEMO.attributes,
      );
      removeUsers(state, [DEMO.users[11]!.phone]);
    };
    change(scanning);
    change(indexed);
    const revived = saveAndLoad(indexed)!;
    expect(searchIndexDue(scanning)).toBe(true);
    expect(searchIndexDue(revived)).toBe(false);
    expect(answers(revived)).toEqual(answers(scanning));
    expect(answers(indexed)).toEqual(answers(scanning));
  });

  test('an empty read model survives a snapshot too', () => {
    const revived = saveAndLoad(createState())!;
    expect(counts(revived)).toEqual({ e: 0, o: 0, x: 0 });
    expect(phones(revived)).toEqual([]);
  });

  test('a snapshot of another format, or an incomplete one, is not used', () => {
    const current = toSnapshot(demoEngine());
    expect(fromSnapshot(undefined)).toBeUndefined();
    expect(fromSnapshot({})).toBeUndefined();
    expect(fromSnapshot({ ...current, format: Number(current.format) + 1 })).toBeUndefined();
    // Format 3 had no search index: such a snapshot is read again from the database.
    expect(fromSnapshot({ ...current, format: 3 })).toBeUndefined();
    expect(fromSnapshot({ format: current.format })).toBeUndefined();
  });

  test('any attribute text survives, line breaks included', () => {
    // Text values are trimmed, not flattened: a pasted address keeps its line breaks.
    const attributes = [{ id: 'address' }, { id: 'note' }];
    const state = engine(
      [
        person('601000001', 'Anna', { attrs: { address: 'ul. Długa 1\nWarszawa', note: 2 } }),
        person('601000002', 'Bartek', { attrs: { address: 'Zielona 5', note: 'a\n\nb' } }),
        person('601000003', 'Celina', { attrs: { address: 'Akacjowa 3\r\nKraków', note: 1 } }),
        person('601000004', 'Dorota', { attrs: { note: 'x' } }),
      ],
      attributes,
    );
    const revived = saveAndLoad(state);
    if (!revived) throw new Error('the snapshot was not usable');
    for (const sort of ['name', 'attr:address', 'attr:note'] as const)
      for (const dir of ['asc', 'desc'] as const)
        expect(phones(revived, { sort, dir }), `${sort} ${dir}`).toEqual(
          phones(state, { sort, dir }),
        );
    expect(phones(revived, { sort: 'attr:address' })).toEqual([
      '+48601000003',
      '+48601000001',
      '+48601000002',
      '+48601000004',
    ]);
  });
});

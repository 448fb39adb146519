import { describe, expect, test } from 'vitest';
import {
  MAX_NAME,
  NO_VALUE,
  fold,
  indexFields,
  listCode,
  nameMatches,
  nameWords,
  networkMoveProblem,
  parseSearch,
  stripIndex,
  toStored,
  validateName,
  valueSortKey,
  wordsOf,
} from '../../src/domain/users';
import { RESTORE_WINDOW_DAYS, daysLeft, isPurgeDue } from '../../src/domain/deletion';
import { DAY_MS, advanceOffset, simulatedNow } from '../../src/domain/clock';
import { DEMO_USER_COUNT, buildDemo, demoPhone } from '../../src/domain/demo';
import { missingMandatory } from '../../src/domain/attributes';
import { parsePhone } from '../../src/io/phone';
import type { Network, User, UserSource } from '../../src/domain/types';

const NOW = Date.UTC(2024, 5, 3, 9, 0, 0);

function user(over: Partial<User> = {}): User {
  return {
    phone: '+48601234567',
    name: 'Łukasz Wiśniewski',
    network: 'employee',
    orgRole: 'member',
    source: 'portal',
    attrs: {},
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

describe('validateName', () => {
  test('trims and accepts an ordinary name, also an empty one', () => {
    expect(validateName('  Anna Nowak \t')).toEqual({ name: 'Anna Nowak' });
    expect(validateName('   ')).toEqual({ name: '' });
    expect(validateName('Zofia Dąbrowska-Łęcka')).toEqual({ name: 'Zofia Dąbrowska-Łęcka' });
  });

  test('a 10,000-character name is too long, and the message shows only a preview', () => {
    const { problem } = validateName('A'.repeat(10_000));
    expect(problem).toMatchObject({
      column: 'name',
      code: 'name.tooLong',
      params: { max: MAX_NAME, length: 10_000 },
    });
    expect(problem?.value?.length).toBeLessThanOrEqual(40);
  });

  test('exactly the maximum is accepted, one more is not', () => {
    expect(validateName('b'.repeat(MAX_NAME)).problem).toBeUndefined();
    expect(validateName('b'.repeat(MAX_NAME + 1)).problem?.code).toBe('name.tooLong');
  });

  test('markup is refused', () => {
    expect(validateName('<script>alert(1)</script>').problem).toMatchObject({
      column: 'name',
      code: 'name.markup',
    });
    expect(validateName('Anna <b>').problem?.code).toBe('name.markup');
  });

  test('control characters are refused', () => {
    expect(validateName('Anna\u0000Nowak').problem?.code).toBe('name.control');
    expect(validateName('Anna\nNowak').problem?.code).toBe('name.control');
  });
});

describe('networkMoveProblem', () => {
  const sources: UserSource[] = [
    'portal',
    'import',
    'group-admin',
    'directory-sync',
    'office365-sign-in',
  ];

  test('synced and Office 365 users cannot go to Others; everyone else can', () => {
    for (const source of sources) {
      const synced = source === 'directory-sync' || source === 'office365-sign-in';
      expect(networkMoveProblem({ source, network: 'employee' }, 'others'), source).toBe(
        synced ? 'network.syncedStaysEmployee' : null,
      );
    }
  });

  test('anyone may go to Employee', () => {
    for (const source of sources)
      expect(networkMoveProblem({ source, network: 'others' }, 'employee'), source).toBeNull();
  });

  test('a move to the same network is reported', () => {
    const networks: Network[] = ['employee', 'others'];
    for (const network of networks)
      expect(networkMoveProblem({ source: 'portal', network }, network)).toBe('network.same');
  });
});

describe('fold, wordsOf and nameWords', () => {
  test('Łukasz is found by lukasz', () => {
    expect(fold('Łukasz')).toBe('lukasz');
    expect(fold('ŁUKASZ')).toBe('lukasz');
    expect(fold('Wiśniewska Dąbrowska Żółć')).toBe('wisniewska dabrowska zolc');
  });

  test('plain ASCII is only lower-cased', () => {
    expect(fold('Anna NOWAK-Smith')).toBe('anna nowak-smith');
    expect(fold('')).toBe('');
  });

  test('wordsOf splits an already folded name on anything but letters and digits', () => {
    expect(wordsOf('anna-maria  nowak, 2nd')).toEqual(['anna', 'maria', 'nowak', '2nd']);
    expect(wordsOf(fold('Zofia Dąbrowska-Łęcka'))).toEqual(['zofia', 'dabrowska', 'lecka']);
    // Letters that do not fold to ASCII are still letters, not separators.
    expect(wordsOf(fold('Jürgen Straße'))).toEqual(['jurgen', 'straße']);
    expect(wordsOf('')).toEqual([]);
    expect(wordsOf(' -- ')).toEqual([]);
  });

  test('nameWords folds, splits on punctuation and deduplicates', () => {
    expect(nameWords('Anna-Maria  NOWAK, anna')).toEqual(['anna', 'maria', 'nowak']);
    expect(nameWords('Łukasz Wiśniewski')).toEqual(['lukasz', 'wisniewski']);
    expect(nameWords('')).toEqual([]);
  });
});

describe('indexFields', () => {
  test('the list code and the folded name are computed, and nothing is stored beside a user', () => {
    const fields = indexFields(user());
    expect(fields).toEqual({ list: 'e', nameKey: 'lukasz wisniewski' });
    // No index fields, search or attribute tokens: the directory read model serves those.
    const plain = user({ attrs: { dept: 'IT' } });
    expect(toStored(plain)).toEqual(plain);
    expect(toStored(plain)).not.toBe(plain);
    // A record of an older layout reads as the user alone.
    expect(stripIndex({ ...plain, list: 'e', nameKey: 'lukasz wisniewski' })).toEqual(plain);
  });

  test('the list code: Others and deleted users', () => {
    expect(indexFields(user({ network: 'others' })).list).toBe('o');
    expect(indexFields(user({ deletedAt: NOW })).list).toBe('x');
    expect(indexFields(user({ network: 'others', deletedAt: NOW })).list).toBe('x');
  });

  test('listCode: deleted wins over the network', () => {
    expect(listCode({ network: 'employee' })).toBe('e');
    expect(listCode({ network: 'others' })).toBe('o');
    expect(listCode({ network: 'others', deletedAt: 1 })).toBe('x');
  });

  test('users without a name sort last', () => {
    expect(indexFields(user({ name: '' })).nameKey).toBe(NO_VALUE);
    expect('zzzz' < NO_VALUE).toBe(true);
    expect(fold('Żółć') < NO_VALUE).toBe(true);
  });

  test('attribute sort keys: numbers stay numbers, text folds, booleans are 0/1, missing sorts last', () => {
    expect(valueSortKey('Łódź Office')).toBe('lodz office');
    expect(valueSortKey(10)).toBe(10);
    expect(valueSortKey(true)).toBe(1);
    expect(valueSortKey(false)).toBe(0);
    expect(valueSortKey(undefined)).toBe(NO_VALUE);
    // Line breaks sort as spaces; the directory snapshot uses them as separators.
    expect(valueSortKey('Długa 1\nWarszawa')).toBe('dluga 1 warszawa');
    expect(valueSortKey('a\r\n\nb')).not.toContain('\n');
  });

  test('toStored and stripIndex are inverse', () => {
    const u = user({ attrs: { dept: 'IT' } });
    expect(stripIndex(toStored(u))).toEqual(u);
  });

  test('stripIndex also drops the index fields of the older record layout', () => {
    const u = user({ attrs: { dept: 'IT' } });
    const old = { ...toStored(u), search: ['e:lukasz'], attrSort: [['dept', 'e', 'it']] };
    expect(stripIndex(old)).toEqual(u);
  });
});

describe('parseSearch and nameMatches', () => {
  test('digits and phone punctuation search numbers', () => {
    expect(parseSearch(' 601 234 ')).toEqual({ kind: 'phone', digits: '601234' });
    expect(parseSearch('+48 (601) 23-4')).toEqual({ kind: 'phone', digits: '48601234' });
  });

  test('anything else searches name words, folded', () => {
    expect(parseSearch('Łuk')).toEqual({ kind: 'name', words: ['luk'] });
    expect(parseSearch('anna NOW')).toEqual({ kind: 'name', words: ['anna', 'now'] });
  });

  test('empty or meaningless input searches nothing', () => {
    expect(parseSearch('   ')).toEqual({ kind: 'none' });
    expect(parseSearch('--')).toEqual({ kind: 'none' });
    expect(parseSearch('!!!')).toEqual({ kind: 'none' });
  });

  test('every query word must prefix some word of the name', () => {
    expect(nameMatches('Anna Nowak', ['ann'])).toBe(true);
    expect(nameMatches('Anna Nowak', ['now', 'an'])).toBe(true);
    expect(nameMatches('Anna Nowak', ['anna', 'kow'])).toBe(false);
    expect(nameMatches('Anna Nowak', ['owak'])).toBe(false);
    expect(nameMatches('Łukasz Mazur', ['lukasz'])).toBe(true);
  });
});

describe('deletion window', () => {
  const deletedAt = NOW;

  test('30 days left right after deletion, counting partial days up', () => {
    expect(RESTORE_WINDOW_DAYS).toBe(30);
    expect(daysLeft(deletedAt, deletedAt)).toBe(30);
    expect(daysLeft(deletedAt, deletedAt + 1)).toBe(30);
    expect(daysLeft(deletedAt, deletedAt + DAY_MS)).toBe(29);
    expect(daysLeft(deletedAt, deletedAt + 29 * DAY_MS)).toBe(1);
  });

  test('the boundary: one millisecond before 30 days is still restorable, 30 days is not', () => {
    const end = deletedAt + 30 * DAY_MS;
    expect(daysLeft(deletedAt, end - 1)).toBe(1);
    expect(isPurgeDue(deletedAt, end - 1)).toBe(false);
    expect(daysLeft(deletedAt, end)).toBe(0);
    expect(isPurgeDue(deletedAt, end)).toBe(true);
    expect(isPurgeDue(deletedAt, end + 5 * DAY_MS)).toBe(true);
    expect(daysLeft(deletedAt, end + 5 * DAY_MS)).toBe(0);
  });
});

describe('clock', () => {
  test('simulated time is real time plus the offset; advancing adds whole days', () => {
    expect(simulatedNow(0, NOW)).toBe(NOW);
    expect(advanceOffset(0, 30)).toBe(30 * DAY_MS);
    expect(simulatedNow(advanceOffset(DAY_MS, 2), NOW)).toBe(NOW + 3 * DAY_MS);
  });
});

describe('demo organization', () => {
  const demo = buildDemo(NOW, 0);

  test('is deterministic', () => {
    expect(buildDemo(NOW, 0)).toEqual(demo);
  });

  test('only timestamps (and dates of joining) follow the clock', () => {
    const later = buildDemo(NOW + 10 * DAY_MS, 10 * DAY_MS);
    const people = (d: typeof demo) =>
      d.users.map(({ phone, name, network, attrs: { joined: _j, ...attrs } }) => [
        phone,
        name,
        network,
        attrs,
      ]);
    expect(people(later)).toEqual(people(demo));
    expect(later.users[0]!.createdAt - demo.users[0]!.createdAt).toBe(10 * DAY_MS);
    expect(later.org.clockOffset).toBe(10 * DAY_MS);
  });

  test('every demo phone is a valid, unique Polish number in E.164', () => {
    expect(demo.users).toHaveLength(DEMO_USER_COUNT);
    const seen = new Set<string>();
    for (let i = 0; i < DEMO_USER_COUNT; i++) {
      const phone = demoPhone(i);
      const parsed = parsePhone(phone, 'PL');
      expect(parsed, phone).toEqual({ ok: true, e164: phone });
      expect(phone.startsWith('+48')).toBe(true);
      seen.add(phone);
    }
    expect(seen.size).toBe(DEMO_USER_COUNT);
    expect(new Set(demo.users.map((u) => u.phone)).size).toBe(DEMO_USER_COUNT);
  });

  test('memberships and the actor refer to demo users and groups', () => {
    const phones = new Set(demo.users.map((u) => u.phone));
    const groups = new Set(demo.groups.map((g) => g.id));
    for (const m of demo.memberships) {
      expect(phones.has(m.phone)).toBe(true);
      expect(groups.has(m.groupId)).toBe(true);
    }
    const actor = demo.users.find((u) => u.phone === demo.actor);
    expect(actor?.orgRole).toBe('admin');
  });

  test('every group has at least one admin', () => {
    for (const g of demo.groups) {
      expect(
        demo.memberships.some((m) => m.groupId === g.id && m.role === 'admin'),
        g.id,
      ).toBe(true);
    }
  });

  test('has a three-level hierarchy of organization groups, without cycles', () => {
    const byId = new Map(demo.groups.map((g) => [g.id, g]));
    const depth = (id: string, seen: Set<string> = new Set()): number => {
      if (seen.has(id)) throw new Error(`cycle at ${id}`);
      seen.add(id);
      const parent = byId.get(id)?.parentId;
      return parent === undefined ? 1 : 1 + depth(parent, seen);
    };
    const depths = demo.groups.map((g) => depth(g.id));
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(3);
    for (const g of demo.groups) {
      if (g.parentId !== undefined) expect(byId.get(g.parentId)?.kind).toBe('organization');
    }
    expect(demo.groups.some((g) => g.kind === 'private')).toBe(true);
  });

  test('has both networks and at least one employee missing the mandatory Employee ID', () => {
    expect(demo.users.some((u) => u.network === 'others')).toBe(true);
    const employeeId = demo.attributes.find((a) => a.name === 'Employee ID');
    expect(employeeId?.mandatory).toBe(true);
    const incomplete = demo.users.filter(
      (u) => u.network === 'employee' && missingMandatory(u.attrs, demo.attributes).length > 0,
    );
    expect(incomplete.length).toBeGreaterThanOrEqual(1);
    for (const u of incomplete)
      expect(missingMandatory(u.attrs, demo.attributes).map((a) => a.name)).toContain(
        'Employee ID',
      );
  });

  test('stored attribute values are valid for their types', () => {
    const types = new Map(demo.attributes.map((a) => [a.id, a.type]));
    for (const u of demo.users) {
      for (const [id, value] of Object.entries(u.attrs)) {
        const type = types.get(id);
        expect(type, id).toBeDefined();
        if (type === 'number') expect(typeof value).toBe('number');
        if (type === 'yesno') expect(typeof value).toBe('boolean');
        if (type === 'datetime') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

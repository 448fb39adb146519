import { describe, expect, test } from 'vitest';
import {
  buildSearchIndex,
  createState,
  fromSnapshot,
  matching,
  page,
  removeUsers,
  searchIndexDue,
  toSnapshot,
  upsertUsers,
  type EngineState,
} from '../../src/app/directory/engine';
import { DELTA_LIMIT, buildIndex, prefixRange } from '../../src/app/directory/search';
import { NO_VALUE, fold, matchesSearch, parseSearch, type ListCode } from '../../src/domain/users';
import type { SortKey, User } from '../../src/domain/types';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

/** Few words sharing many prefixes, some with diacritics or outside the BMP, and digits. */
const WORDS = [
  'Anna',
  'Ann',
  'Annabelle',
  'Joanna',
  'Jan',
  'Janina',
  'Jakub',
  'Łukasz',
  'Lukas',
  'Zofia',
  'Zoë',
  'Priya',
  'Pri',
  'Nowak',
  'Nowakowska',
  'Kowal',
  'Kowalski',
  'Smith',
  'Smithson',
  'Sharma',
  'Shah',
  'Gupta',
  'Ωmega',
  '𝒜lice',
  '7',
  '42',
];
const QUERY_EXTRAS = [
  'a',
  'ANN ',
  'łuk',
  'zoe',
  'x',
  'sh an',
  'n n',
  '4',
  '60',
  '+48 601',
  '0',
  '!!',
];

function randomName(r: () => number): string {
  if (r() < 0.05) return '';
  const count = 1 + Math.floor(r() * 3);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(WORDS[Math.floor(r() * WORDS.length)]!);
  // Repeated words, hyphens and stray punctuation all happen in real names.
  return r() < 0.1 ? parts.join('-') : parts.join(r() < 0.1 ? ', ' : ' ');
}

function randomQuery(r: () => number): string {
  if (r() < 0.2) return QUERY_EXTRAS[Math.floor(r() * QUERY_EXTRAS.length)]!;
  const count = 1 + Math.floor(r() * (r() < 0.7 ? 1 : 3));
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = WORDS[Math.floor(r() * WORDS.length)]!;
    parts.push(word.slice(0, 1 + Math.floor(r() * word.length)));
  }
  return parts.join(' ');
}

const tab = (u: User): ListCode =>
  u.deletedAt !== undefined ? 'x' : u.network === 'employee' ? 'e' : 'o';

/** What a search must find, worked out the slow, obvious way. */
function reference(users: Iterable<User>, list: ListCode, sort: SortKey, text: string): string[] {
  const query = parseSearch(text);
  const key = (u: User) =>
    sort === 'name'
      ? u.name === ''
        ? NO_VALUE
        : fold(u.name)
      : sort === 'phone'
        ? ''
        : u.createdAt;
  return [...users]
    .filter((u) => tab(u) === list)
    .filter((u) => matchesSearch(u, query))
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x !== y) return x < y ? -1 : 1;
      return a.phone < b.phone ? -1 : a.phone > b.phone ? 1 : 0;
    })
    .map((u) => u.phone);
}

const SORTS = ['name', 'phone', 'createdAt'] as const;

/** Compares whole results, totals and windows from both ends with the reference. */
function expectLikeReference(
  state: EngineState,
  users: Map<string, User>,
  r: () => number,
  label: string,
  queries = 25,
) {
  for (let q = 0; q < queries; q++) {
    const text = randomQuery(r);
    const list = (['e', 'o', 'x'] as const)[Math.floor(r() * 3)]!;
    const sort = SORTS[Math.floor(r() * SORTS.length)]!;
    const expected = reference(users.values(), list, sort, text);
    const where = `${label}: ${JSON.stringify(text)} in ${list} by ${sort}`;
    // Windows first, from both ends, so results are put in order a little at a time.
    const offset = Math.floor(r() * 5);
    const desc = page(state, { list, sort, dir: 'desc', text, offset, limit: 3 });
    expect(desc, where).toEqual({
      phones: [...expected].reverse().slice(offset, offset + 3),
      total: expected.length,
    });
    const asc = page(state, { list, sort, dir: 'asc', text, offset, limit: 4 });
    expect(asc.phones, where).toEqual(expected.slice(offset, offset + 4));
    expect(
      [...matching(state, list, sort, text)].map((s) => state.phone[s]),
      where,
    ).toEqual(expected);
  }
}

function user(r: () => number, phone: string, now: number): User {
  return {
    phone,
    name: randomName(r),
    network: r() < 0.7 ? 'employee' : 'others',
    orgRole: 'member',
    source: 'portal',
    attrs: {},
    createdAt: Math.floor(r() * 50),
    updatedAt: now,
    ...(r() < 0.1 ? { deletedAt: now } : {}),
  };
}

/** One batch of random changes: adds, renames, moves, deletes, restores and purges. */
function change(state: EngineState, users: Map<string, User>, r: () => number, round: number) {
  const phones = [...users.keys()];
  const pick = () => phones[Math.floor(r() * phones.length)]!;
  const batch = new Map<string, User>();
  for (let k = 0; k < 1 + Math.floor(r() * 12); k++) {
    const roll = r();
    const phone = pick();
    const old = batch.get(phone) ?? users.get(phone);
    let next: User;
    if (roll < 0.25 || !old) {
      const fresh = `+4860${String(1_000_000 + Math.floor(r() * 600)).padStart(7, '0')}`;
      next = user(r, fresh, round);
    } else if (roll < 0.5) next = { ...old, name: randomName(r) };
    else if (roll < 0.65)
      next = { ...old, network: old.network === 'employee' ? 'others' : 'employee' };
    else if (roll < 0.8) next = { ...old, deletedAt: round };
    else {
      const { deletedAt: _, ...restored } = old;
      next = restored;
    }
    batch.set(next.phone, next);
  }
  for (const u of batch.values()) users.set(u.phone, u);
  upsertUsers(state, [...batch.values()], []);
  if (r() < 0.4) {
    const gone = [pick(), pick()];
    for (const p of gone) users.delete(p);
    removeUsers(state, gone);
  }
}

describe('search index', () => {
  test('finds exactly what a scan finds: fresh, with changes since the build, and revived', () => {
    const r = rng(20240603);
    const users = new Map<string, User>();
    for (let i = 0; i < 400; i++) {
      const u = user(r, `+4860${String(1_000_000 + i).padStart(7, '0')}`, 0);
      users.set(u.phone, u);
    }
    let state = createState();
    upsertUsers(state, [...users.values()], []);
    expect(searchIndexDue(state)).toBe(true);
    expectLikeReference(state, users, r, 'scan');
    buildSearchIndex(state);
    expect(searchIndexDue(state)).toBe(false);
    expectLikeReference(state, users, r, 'fresh index');
    for (let round = 1; round <= 30; round++) {
      change(state, users, r, round);
      expectLikeReference(state, users, r, `round ${round}`);
      if (round % 10 === 5) {
        // The delta travels with the snapshot.
        expect(state.search!.delta.size).toBeGreaterThan(0);
        state = fromSnapshot(structuredClone(toSnapshot(state)))!;
        expect(searchIndexDue(state)).toBe(false);
        expectLikeReference(state, users, r, `revived at round ${round}`);
      }
      if (round === 20) {
        buildSearchIndex(state);
        expect(state.search!.delta.size).toBe(0);
        expectLikeReference(state, users, r, 'rebuilt');
      }
    }
  });

  test('after more changes than the delta holds, searches scan until the index is rebuilt', () => {
    const r = rng(5);
    const users = new Map<string, User>();
    const state = createState();
    const batch = (from: number, count: number) => {
      const list: User[] = [];
      for (let i = from; i < from + count; i++) {
        const u = user(r, `+4861${String(i).padStart(7, '0')}`, 0);
        users.set(u.phone, u);
        list.push(u);
      }
      upsertUsers(state, list, []);
    };
    batch(0, 100);
    buildSearchIndex(state);
    batch(100, DELTA_LIMIT + 1);
    expect(searchIndexDue(state)).toBe(true);
    expectLikeReference(state, users, r, 'over the limit', 4);
    buildSearchIndex(state);
    expectLikeReference(state, users, r, 'rebuilt', 4);
  });

  test('a prefix selects exactly the words that start with it, in any script', () => {
    const lines = [' anna nowak', ' annabelle', ' joanna ann', ' ωmega 𝒜lice', ' 42 anna', ' '];
    const index = buildIndex(lines);
    const slotsOf = (prefix: string) => {
      const [from, to] = prefixRange(index, prefix);
      return [...index.slots.subarray(from, to)].sort();
    };
    expect(slotsOf('ann')).toEqual([0, 1, 2, 4]);
    expect(slotsOf('anna')).toEqual([0, 1, 4]);
    expect(slotsOf('annab')).toEqual([1]);
    expect(slotsOf('oanna')).toEqual([]);
    expect(slotsOf('ω')).toEqual([3]);
    expect(slotsOf('𝒜')).toEqual([3]);
    expect(slotsOf('4')).toEqual([4]);
    expect(slotsOf('zzz')).toEqual([]);
    // Each (word, user) pair once, however often the word repeats in a name.
    expect(buildIndex([' anna anna ann']).slots).toHaveLength(2);
  });
});

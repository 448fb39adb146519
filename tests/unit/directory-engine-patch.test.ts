import { describe, expect, it } from 'vitest';
import {
  createState,
  order,
  page,
  removeUsers,
  toSnapshot,
  fromSnapshot,
  upsertUsers,
  type EngineState,
} from '../../src/app/directory/engine';
import type { Network, User } from '../../src/domain/types';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

const NAMES = [
  'Anna Nowak',
  'anna nowak',
  'Zofia Mazur',
  '',
  'Łukasz Wójcik',
  'Priya Iyer',
  'Bob',
  'bob',
];
const attributes = [{ id: 'dept' }, { id: 'band' }];

function user(r: () => number, phone: string): User {
  const network: Network = r() < 0.7 ? 'employee' : 'others';
  const attrs: User['attrs'] = {};
  if (r() < 0.6) attrs['dept'] = ['Ops', 'it', 'IT', 'Sales'][Math.floor(r() * 4)]!;
  if (r() < 0.6) attrs['band'] = Math.floor(r() * 5);
  return {
    phone,
    name: NAMES[Math.floor(r() * NAMES.length)]!,
    network,
    orgRole: 'member',
    source: r() < 0.5 ? 'portal' : 'import',
    attrs,
    createdAt: Math.floor(r() * 1000),
    updatedAt: Math.floor(r() * 1000),
    ...(r() < 0.1 ? { deletedAt: 1 } : {}),
  };
}

const SORTS = ['name', 'phone', 'createdAt', 'source', 'attr:dept', 'attr:band'] as const;

/** Every cached order, compared with the order a fresh model sorts from scratch. */
function expectOrdersLikeFresh(state: EngineState, users: Map<string, User>) {
  const fresh = createState();
  upsertUsers(fresh, [...users.values()], attributes);
  for (const list of ['e', 'o', 'x'] as const) {
    for (const sort of SORTS) {
      const phones = (s: EngineState) => [...order(s, list, sort)].map((i) => s.phone[i]);
      expect(phones(state), `${list} by ${sort}`).toEqual(phones(fresh));
    }
  }
}

describe('cached orders patched after changes', () => {
  it('stay equal to a full re-sort through random batches of adds, edits, moves and purges', () => {
    const r = rng(7);
    const users = new Map<string, User>();
    const state = createState();
    const phone = () => `+4860${String(1_000_000 + Math.floor(r() * 400)).padStart(7, '0')}`;
    for (let i = 0; i < 300; i++) {
      const p = phone();
      users.set(p, user(r, p));
    }
    upsertUsers(state, [...users.values()], attributes);
    // Build every order once so the later batches patch them instead of re-sorting.
    for (const list of ['e', 'o', 'x'] as const) for (const sort of SORTS) order(state, list, sort);
    for (let round = 0; round < 25; round++) {
      const batch: User[] = [];
      for (let k = 0; k < 1 + Math.floor(r() * 20); k++) {
        const p = phone();
        const u = user(r, p);
        users.set(p, u);
        batch.push(u);
      }
      upsertUsers(state, batch, attributes);
      if (round % 3 === 0) {
        const gone = [...users.keys()].filter(() => r() < 0.03);
        for (const p of gone) users.delete(p);
        removeUsers(state, gone);
      }
      expectOrdersLikeFresh(state, users);
    }
  });

  it('a revived snapshot keeps its orders and patches them the same way', () => {
    const r = rng(11);
    const users = new Map<string, User>();
    for (let i = 0; i < 200; i++) {
      const p = `+4860${String(2_000_000 + i).padStart(7, '0')}`;
      users.set(p, user(r, p));
    }
    const state = createState();
    upsertUsers(state, [...users.values()], attributes);
    order(state, 'e', 'name');
    const revived = fromSnapshot(structuredClone(toSnapshot(state)))!;
    const changed = user(r, '+48602000005');
    users.set(changed.phone, { ...changed, network: 'employee', deletedAt: undefined as never });
    delete (users.get(changed.phone) as { deletedAt?: number }).deletedAt;
    upsertUsers(revived, [users.get(changed.phone)!], attributes);
    expectOrdersLikeFresh(revived, users);
    expect(
      page(revived, { list: 'e', sort: 'name', dir: 'desc', text: '', offset: 0, limit: 5 }).phones,
    ).toHaveLength(5);
  });
});

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createState, cutFirstRows, page, upsertUsers } from '../../src/app/directory/engine';
import { firstPhones } from '../../src/app/directory/first-rows';
import { toStored, type StoredUser } from '../../src/domain/users';
import type { User } from '../../src/domain/types';

/**
 * The first rows a page shows while the read model loads (src/app/directory/first-rows.ts):
 * rows cut from the model, brought up to date with the users changed since, must be exactly
 * what a model of the users as they are now puts first — or a shorter prefix of it.
 */

const NAMES = ['Anna Nowak', 'anna nowak', 'Zofia Mazur', '', 'Łukasz Wójcik', 'Bob', 'bob', 'Ala'];

const userArb = (phone: string) =>
  fc
    .record({
      name: fc.constantFrom(...NAMES),
      network: fc.constantFrom('employee' as const, 'others' as const),
      deleted: fc.boolean(),
    })
    .map(({ name, network, deleted }): User => ({
      phone,
      name,
      network,
      orgRole: 'member',
      source: 'portal',
      attrs: {},
      createdAt: 1,
      updatedAt: 1,
      ...(deleted ? { deletedAt: 2 } : {}),
    }));

const phones = Array.from({ length: 30 }, (_, i) => `+4860100${String(i).padStart(4, '0')}`);

function modelOf(users: readonly User[]) {
  const state = createState();
  upsertUsers(state, users, []);
  return state;
}

function truth(users: readonly User[], tab: 'e' | 'o', limit: number): string[] {
  return page(modelOf(users), { list: tab, sort: 'name', dir: 'asc', text: '', offset: 0, limit })
    .phones;
}

describe('first rows', () => {
  test('cut, then brought up to date with the changes since, they are the true first rows', () => {
    fc.assert(
      fc.property(
        fc.tuple(...phones.map((p) => fc.option(userArb(p), { nil: undefined }))),
        fc.tuple(...phones.map((p) => fc.option(fc.option(userArb(p), { nil: undefined })))),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 15 }),
        (before, edits, keep, limit) => {
          const was = before.filter((u): u is User => u !== undefined);
          const saved = cutFirstRows(modelOf(was), keep);
          // `edits[i]`: null leaves user i alone, undefined deletes the record, a user writes it.
          const changed = new Map<string, StoredUser | undefined>();
          const now = new Map(was.map((u) => [u.phone, u]));
          edits.forEach((edit, i) => {
            if (edit === null) return;
            changed.set(phones[i]!, edit && toStored(edit));
            if (edit) now.set(phones[i]!, edit);
            else now.delete(phones[i]!);
          });
          for (const tab of ['e', 'o'] as const) {
            const got = firstPhones(saved, tab, changed, limit);
            const want = truth([...now.values()], tab, limit);
            // Exact as far as it goes; complete when nothing was cut off at the save.
            expect(got).toEqual(want.slice(0, got.length));
            if (!saved[tab].more) expect(got).toEqual(want);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('with nothing changed, a page as long as was kept is complete', () => {
    const users = phones.map((phone, i): User => ({
      phone,
      name: NAMES[i % NAMES.length]!,
      network: 'employee',
      orgRole: 'member',
      source: 'portal',
      attrs: {},
      createdAt: 1,
      updatedAt: 1,
    }));
    const saved = cutFirstRows(modelOf(users), 10);
    expect(saved.e.more).toBe(true);
    expect(saved.o).toEqual({ rows: [], more: false });
    expect(firstPhones(saved, 'e', new Map(), 10)).toEqual(truth(users, 'e', 10));
    // A renamed user that moves past the kept rows leaves a shorter, still exact, page.
    const first = users.find((u) => u.phone === saved.e.rows[0]!.phone)!;
    const renamed = toStored({ ...first, name: 'Żaneta' });
    const got = firstPhones(saved, 'e', new Map([[first.phone, renamed]]), 10);
    expect(got).toHaveLength(9);
    expect(got).toEqual(truth([...users.filter((u) => u !== first), renamed], 'e', 9));
  });
});

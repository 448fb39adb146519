import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { query, run } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { createDirectoryModel } from '../../src/app/directory/model';
import type { EngineSnapshot, PageRequest } from '../../src/app/directory/engine';
import type { DirectoryEvent } from '../../src/app/directory/protocol';
import { openDb, type LabDb } from '../../src/storage/db';
import { openDirectoryStore } from '../../src/storage/directory-store';
import { buildDemo } from '../../src/domain/demo';
import { toStored } from '../../src/domain/users';
import type { Network } from '../../src/domain/types';
import { inTransaction } from '../../src/storage/repos';
import { deleteUsers, putUsers } from '../../src/storage/users-repo';
import { DomainError } from '../../src/domain/errors';
import { closeDirectories, openDirectory, type DirectoryHarness } from './directory-harness';

const FIXED = Date.UTC(2024, 5, 3, 9, 0, 0);
const DEMO = buildDemo(FIXED, 0);
const EMPLOYEES = DEMO.users.filter((u) => u.network === 'employee');
const OTHERS = DEMO.users.filter((u) => u.network === 'others');
/** A new Polish mobile number, not in the demo. */
const NEW_PHONE = '+48601999111';
/** The demo's Employee ID is mandatory; bare numbers can be added once it is not. */
const OPTIONAL_EMPLOYEE_ID = {
  id: 'employeeId',
  mandatory: false,
  userEditable: false,
  visibleToAll: true,
};

let name: string;
let db: LabDb;
/** Further connections to the same database, as another tab's worker would open. */
const connections: LabDb[] = [];

beforeEach(() => {
  name = `t-${crypto.randomUUID()}`;
  db = openDb(name);
  setRuntime({ db, realNow: () => FIXED });
});

afterEach(async () => {
  await closeDirectories();
  for (const c of connections.splice(0)) c.close();
  db.close();
  await db.delete();
});

function secondConnection(): LabDb {
  const other = openDb(name);
  connections.push(other);
  return other;
}

async function startDirectory(on: LabDb = db, saveWhenIdleMs = 0): Promise<DirectoryHarness> {
  const directory = openDirectory(on, { saveWhenIdleMs });
  await directory.start();
  return directory;
}

/** The answers a page would ask for, to compare two models. */
function answers(directory: DirectoryHarness) {
  const requests: Array<Partial<PageRequest> & Pick<PageRequest, 'list'>> = [];
  for (const list of ['e', 'o', 'x'] as const)
    for (const sort of ['name', 'phone', 'updatedAt', 'attr:department'] as const)
      for (const text of ['', 'anna', 'now', '999', '0'])
        requests.push({ list, sort, text }, { list, sort, text, dir: 'desc', offset: 5, limit: 7 });
  return { counts: directory.counts(), pages: requests.map((r) => directory.page(r)) };
}

async function refused(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the command to be refused');
}

const of = <T extends DirectoryEvent['type']>(d: DirectoryHarness, type: T) =>
  d.messages.filter((m): m is Extract<DirectoryEvent, { type: T }> => m.type === type);

describe('start', () => {
  test('without a snapshot the model reads every user and says so', async () => {
    await run('demo-load', {});
    const directory = await startDirectory();
    const ready = of(directory, 'ready');
    expect(ready).toEqual([
      { type: 'ready', loaded: DEMO.users.length, ms: expect.any(Number), source: 'full' },
    ]);
    const progress = of(directory, 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ type: 'progress', loaded: DEMO.users.length });
    // Progress comes before ready.
    expect(directory.messages.indexOf(ready[0]!)).toBeGreaterThan(
      directory.messages.indexOf(progress.at(-1)!),
    );
    expect(directory.counts()).toEqual({ e: EMPLOYEES.length, o: OTHERS.length, x: 0 });
  });

  test('pages give the right phones and totals', async () => {
    await run('demo-load', {});
    const directory = await startDirectory();
    const byPhone = EMPLOYEES.map((u) => u.phone).sort();
    expect(directory.page({ list: 'e', sort: 'phone', offset: 10, limit: 5 })).toEqual({
      phones: byPhone.slice(10, 15),
      total: EMPLOYEES.length,
    });
    expect(directory.page({ list: 'e', sort: 'phone', dir: 'desc', limit: 3 })).toEqual({
      phones: byPhone.slice(-3).reverse(),
      total: EMPLOYEES.length,
    });
    expect(directory.page({ list: 'o', sort: 'phone' })).toEqual({
      phones: OTHERS.map((u) => u.phone).sort(),
      total: OTHERS.length,
    });
    expect(directory.page({ list: 'e', text: 'anna nowak' }).phones).toContain(DEMO.actor);
  });

  test('before it is ready, requests are answered with nothing', async () => {
    await run('demo-load', {});
    const store = openDirectoryStore(db.name);
    const model = createDirectoryModel(store, () => {}, { saveWhenIdleMs: 0 });
    expect(model.counts()).toBeUndefined();
    expect(model.page({ list: 'e', sort: 'name', dir: 'asc', text: '', offset: 0, limit: 5 })).toBe(
      undefined,
    );
    await model.start();
    expect(model.counts()).toEqual({ e: EMPLOYEES.length, o: OTHERS.length, x: 0 });
    await model.flush();
    store.close();
  });

  test('an empty sandbox gives an empty directory', async () => {
    const directory = await startDirectory();
    expect(of(directory, 'ready')[0]).toMatchObject({ loaded: 0, source: 'full' });
    expect(directory.counts()).toEqual({ e: 0, o: 0, x: 0 });
    expect(directory.page({ list: 'e' })).toEqual({ phones: [], total: 0 });
  });
});

/**
 * A started model on its own store that counts its reads: `asked` the sizes of its lookups by
 * phone, `fullReads()` its reads of every user.
 */
async function countedModel() {
  const store = openDirectoryStore(name);
  const asked: number[] = [];
  let fullReads = 0;
  const model = createDirectoryModel(
    {
      ...store,
      getUsers: (phones) => {
        asked.push(phones.length);
        return store.getUsers(phones);
      },
      forEachUserChunk: (...args) => {
        fullReads++;
        return store.forEachUserChunk(...args);
      },
    },
    () => {},
    { saveWhenIdleMs: 60_000 },
  );
  await model.start();
  return { model, store, asked, fullReads: () => fullReads };
}

/** `count` new users (phones from +48789`from`), committed 2,000 to a transaction. */
async function commitNewUsers(count: number, from: number, network: (i: number) => Network) {
  const made = Array.from({ length: count }, (_, i) =>
    toStored({
      phone: `+48789${String(from + i)}`,
      name: `Bulk ${i}`,
      network: network(i),
      orgRole: 'member',
      source: 'import',
      attrs: {},
      createdAt: FIXED,
      updatedAt: FIXED,
    }),
  );
  for (let k = 0; k < made.length; k += 2_000)
    await inTransaction(db, () => putUsers(db, made.slice(k, k + 2_000)));
  return made;
}

describe('changes', () => {
  let directory: DirectoryHarness;

  beforeEach(async () => {
    await run('demo-load', {});
    directory = await startDirectory();
  });

  test('an added user is counted, listed and found after `changed`', async () => {
    await run('user-add', {
      phone: '601 999 111',
      region: 'PL',
      name: 'Zuzanna Łęcka',
      network: 'employee',
      attrs: { employeeId: 'CL-99999' },
    });
    // Not before the model replays the change…
    expect(directory.counts().e).toBe(EMPLOYEES.length);
    expect(await directory.changed()).toBe(true);
    // …and then everywhere.
    expect(directory.counts()).toEqual({ e: EMPLOYEES.length + 1, o: OTHERS.length, x: 0 });
    expect(directory.page({ list: 'e', text: 'lecka' })).toEqual({
      phones: [NEW_PHONE],
      total: 1,
    });
    expect(directory.page({ list: 'e', text: '999111' }).phones).toEqual([NEW_PHONE]);
    // "zuzanna" sorts after every demo name.
    expect(directory.page({ list: 'e', sort: 'name', dir: 'desc', limit: 1 }).phones).toEqual([
      NEW_PHONE,
    ]);
  });

  test('a deleted user leaves their tab for the deleted list', async () => {
    const phone = EMPLOYEES[5]!.phone;
    await run('users-delete', { phones: [phone] });
    expect(await directory.changed()).toBe(true);
    expect(directory.counts()).toEqual({ e: EMPLOYEES.length - 1, o: OTHERS.length, x: 1 });
    expect(directory.page({ list: 'e', sort: 'phone' }).phones).not.toContain(phone);
    expect(directory.page({ list: 'x' })).toEqual({ phones: [phone], total: 1 });
  });

  test('a moved user changes tabs', async () => {
    const portal = EMPLOYEES.find((u) => u.source === 'portal' && u.orgRole === 'member')!;
    await run('users-move-network', { phones: [portal.phone], to: 'others' });
    expect(await directory.changed()).toBe(true);
    expect(directory.counts()).toEqual({ e: EMPLOYEES.length - 1, o: OTHERS.length + 1, x: 0 });
    expect(directory.page({ list: 'o', text: portal.phone.slice(3) }).phones).toContain(
      portal.phone,
    );
    expect(directory.page({ list: 'e', text: portal.phone.slice(3) }).phones).not.toContain(
      portal.phone,
    );
  });

  test('several commits are replayed at once', async () => {
    const [a, b] = [EMPLOYEES[3]!.phone, EMPLOYEES[4]!.phone];
    await run('users-delete', { phones: [a] });
    await run('users-delete', { phones: [b] });
    await run('users-restore', { phones: [a] });
    expect(await directory.changed()).toBe(true);
    expect(directory.page({ list: 'x' }).phones).toEqual([b]);
    expect(directory.counts().e).toBe(EMPLOYEES.length - 1);
  });

  test('a catch-up naming more users than one read holds reads them a chunk at a time', async () => {
    const { model, store, asked } = await countedModel();
    const before = model.counts()!;
    // Six commits of 2,000 new users and one that removes a user again, replayed in one
    // catch-up: read in requests of at most 5,000, ending where a fresh full read ends.
    const made = await commitNewUsers(12_000, 100_000, (i) =>
      i % 2 === 0 ? 'employee' : 'others',
    );
    const gone = made[7_000]!.phone;
    await inTransaction(db, () => deleteUsers(db, [gone]));
    asked.length = 0;
    await model.changed();
    expect(asked).toEqual([5_000, 5_000, 2_000]);
    const fresh = await startDirectory();
    const request = { sort: 'phone', dir: 'asc', text: '', offset: 0, limit: 20_000 } as const;
    for (const list of ['e', 'o', 'x'] as const) {
      expect(model.page({ ...request, list })).toEqual(fresh.page({ ...request, list }));
      expect(model.page({ ...request, list })!.phones).not.toContain(gone);
    }
    expect(model.counts()).toEqual({ e: before.e + 5_999, o: before.o + 6_000, x: before.x });
    store.close();
  });

  test('a catch-up naming most users reads every user again, in key order', async () => {
    const { model, store, asked, fullReads } = await countedModel();
    const before = model.counts()!;
    const readsBefore = fullReads();
    // An import's worth of new users, more than the model held: one full read, no lookups.
    const made = await commitNewUsers(24_000, 200_000, () => 'employee');
    await model.changed();
    expect(asked).toEqual([]);
    expect(fullReads()).toBe(readsBefore + 1);
    expect(model.counts()).toEqual({ ...before, e: before.e + 24_000 });
    const fresh = await startDirectory();
    const request = { sort: 'name', dir: 'asc', text: 'bulk 2', offset: 0, limit: 20_000 } as const;
    expect(model.page({ ...request, list: 'e' })).toEqual(fresh.page({ ...request, list: 'e' }));
    // Later small changes are looked up one by one again.
    await run('users-delete', { phones: [made[5]!.phone] });
    await model.changed();
    expect(asked).toEqual([1]);
    expect(model.counts()).toEqual({ ...before, e: before.e + 23_999, x: before.x + 1 });
    store.close();
  });

  test('a purged user is forgotten', async () => {
    const phone = EMPLOYEES[5]!.phone;
    await run('users-delete', { phones: [phone] });
    await run('clock-advance', { days: 30 });
    expect(await db.users.get(phone)).toBeUndefined();
    expect(await directory.changed()).toBe(true);
    expect(directory.counts()).toEqual({ e: EMPLOYEES.length - 1, o: OTHERS.length, x: 0 });
    expect(directory.page({ list: 'x' })).toEqual({ phones: [], total: 0 });
  });

  test('nothing committed, or a refused command: no `changed` message', async () => {
    // Let the first snapshot be written (and the log pruned) before counting entries.
    await directory.flush();
    const changes = await db.changes.count();
    expect(await directory.changed()).toBe(false);
    await refused(run('users-delete', { phones: [DEMO.actor] }));
    await refused(
      run('users-move-network', { phones: [EMPLOYEES[2]!.phone, '+48999999999'], to: 'others' }),
    );
    expect(await db.changes.count()).toBe(changes);
    expect(await directory.changed()).toBe(false);
    expect(of(directory, 'changed')).toEqual([]);
  });

  test('sandbox-reset makes the model reload: every tab is empty', async () => {
    await run('sandbox-reset');
    expect((await db.changes.toArray()).at(-1)).toMatchObject({ phones: [], reload: true });
    expect(await directory.changed()).toBe(true);
    expect(directory.counts()).toEqual({ e: 0, o: 0, x: 0 });
    expect(directory.page({ list: 'e' })).toEqual({ phones: [], total: 0 });
    // The demo again: a reload again.
    await run('demo-load', {});
    expect(await directory.changed()).toBe(true);
    expect(directory.counts()).toEqual({ e: EMPLOYEES.length, o: OTHERS.length, x: 0 });
  });

  test('removing an attribute makes the model reload without its values', async () => {
    const before = directory.page({ list: 'e', sort: 'attr:department' }).phones;
    expect(before).not.toEqual(EMPLOYEES.map((u) => u.phone).sort());
    await run('attributes-save', { add: [], remove: ['department'] });
    expect(await directory.changed()).toBe(true);
    // Nobody has a department any more: the order falls back to the phone.
    expect(directory.page({ list: 'e', sort: 'attr:department' }).phones).toEqual(
      EMPLOYEES.map((u) => u.phone).sort(),
    );
  });

  test('after any mix of commands the model answers like a fresh full read', async () => {
    const member = EMPLOYEES.find((u) => u.source === 'portal' && u.orgRole === 'member')!;
    await run('attributes-save', { add: [], update: [OPTIONAL_EMPLOYEE_ID] });
    await run('user-add', {
      phone: NEW_PHONE,
      region: 'PL',
      name: 'Anna Zając',
      network: 'others',
      attrs: {},
    });
    await directory.changed();
    await run('user-add-list', { text: '601999112, 601999113', region: 'PL', network: 'others' });
    await run('user-edit', {
      phone: member.phone,
      name: 'Anna Nowakowska',
      attrs: { department: 'Zoo' },
    });
    await directory.changed();
    await run('users-move-network', { phones: [NEW_PHONE], to: 'employee' });
    await run('user-set-org-role', { phone: EMPLOYEES[9]!.phone, role: 'admin' });
    await run('users-delete', { phones: [EMPLOYEES[10]!.phone, EMPLOYEES[11]!.phone] });
    await directory.changed();
    await run('users-restore', { phones: [EMPLOYEES[11]!.phone] });
    await directory.changed();

    const fresh = await startDirectory(secondConnection());
    expect(of(fresh, 'ready')[0]?.source).toBe('snapshot');
    const full = openDirectory(secondConnection(), { saveWhenIdleMs: 0 });
    // A model that cannot use the snapshot reads everything: compare with that too.
    await db.snapshots.clear();
    await full.start();
    expect(of(full, 'ready')[0]?.source).toBe('full');
    expect(answers(directory)).toEqual(answers(full));
    expect(answers(fresh)).toEqual(answers(full));
    expect(directory.page({ list: 'e', text: 'nowakowska' }).phones).toEqual([member.phone]);
  });
});

describe('change log', () => {
  test('every command that changes users writes one entry listing them; others write none', async () => {
    const last = async () => (await db.changes.toArray()).at(-1);
    const entries = () => db.changes.count();

    await run('demo-load', {});
    expect(await last()).toMatchObject({ phones: [], reload: true });
    const afterDemo = await entries();
    await run('attributes-save', { add: [], update: [OPTIONAL_EMPLOYEE_ID] });
    expect(await entries()).toBe(afterDemo);

    const cases: Array<[string, () => Promise<unknown>, string[]]> = [
      [
        'user-add',
        () =>
          run('user-add', {
            phone: NEW_PHONE,
            region: 'PL',
            name: 'New',
            network: 'others',
            attrs: {},
          }),
        [NEW_PHONE],
      ],
      [
        'user-add-list',
        () =>
          run('user-add-list', { text: '601999112\n601999113', region: 'PL', network: 'others' }),
        ['+48601999112', '+48601999113'],
      ],
      ['user-edit', () => run('user-edit', { phone: NEW_PHONE, name: 'Newer' }), [NEW_PHONE]],
      [
        'users-move-network',
        () => run('users-move-network', { phones: [NEW_PHONE], to: 'employee' }),
        [NEW_PHONE],
      ],
      [
        'user-set-org-role',
        () => run('user-set-org-role', { phone: NEW_PHONE, role: 'admin' }),
        [NEW_PHONE],
      ],
      [
        'users-delete',
        () => run('users-delete', { phones: ['+48601999112', '+48601999113'] }),
        ['+48601999112', '+48601999113'],
      ],
      ['users-restore', () => run('users-restore', { phones: ['+48601999112'] }), ['+48601999112']],
      // Advancing the clock purges in a transaction of its own.
      [
        'clock-advance + users-purge-due',
        () => run('clock-advance', { days: 31 }),
        ['+48601999113'],
      ],
    ];
    for (const [label, command, phones] of cases) {
      const before = await entries();
      await command();
      expect(await entries(), label).toBe(before + 1);
      const entry = await last();
      expect([...entry!.phones].sort(), label).toEqual(phones);
      expect(entry!.reload, label).toBe(false);
    }

    const quiet: Array<[string, () => Promise<unknown>]> = [
      ['columns-set', () => run('columns-set', { columns: [{ kind: 'builtin', key: 'source' }] })],
      ['locale-set', () => run('locale-set', { locale: 'pl' })],
      ['actor-set', () => run('actor-set', { phone: NEW_PHONE })],
      ['org-update', () => run('org-update', { name: 'Contoso Two' })],
      [
        'attributes-save (add only)',
        () =>
          run('attributes-save', {
            add: [
              {
                name: 'Shift',
                type: 'text',
                mandatory: false,
                userEditable: true,
                visibleToAll: true,
              },
            ],
          }),
      ],
      [
        'membership-remove',
        () => run('membership-remove', { groupId: 'g-all', phone: DEMO.users[5]!.phone }),
      ],
      ['users-purge-due (nothing due)', () => run('users-purge-due')],
    ];
    for (const [label, command] of quiet) {
      const before = await entries();
      await command();
      expect(await entries(), label).toBe(before);
    }

    // Too much changes to list: the model is told to read everything again.
    const reloads: Array<[string, () => Promise<unknown>]> = [
      ['sandbox-reset', () => run('sandbox-reset')],
      ['demo-load', () => run('demo-load', {})],
      ['attributes-save (remove)', () => run('attributes-save', { add: [], remove: ['office'] })],
      ['sandbox-reset again', () => run('sandbox-reset')],
    ];
    for (const [label, command] of reloads) {
      const before = await entries();
      await command();
      expect(await entries(), label).toBe(before + 1);
      expect(await last(), label).toMatchObject({ phones: [], reload: true });
    }
    await run('org-create', {
      orgName: 'Contoso',
      region: 'PL',
      locale: 'en',
      adminName: 'Ada Admin',
      adminPhone: '601 000 001',
    });
    expect(await last()).toMatchObject({ phones: ['+48601000001'], reload: false });
  });

  test('the log keeps counting up across a reset, so no change is mistaken for an old one', async () => {
    await run('demo-load', {});
    const before = await db.changes.toArray();
    await run('sandbox-reset');
    const after = await db.changes.toArray();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)!.id).toBeGreaterThan(before.at(-1)!.id!);
  });
});

describe('snapshots', () => {
  test('flush writes a snapshot and prunes the log entries it contains', async () => {
    await run('demo-load', {});
    expect(await db.changes.count()).toBe(1);
    const directory = await startDirectory(db, 60_000);
    expect(await db.snapshots.get('directory')).toBeUndefined();
    await directory.flush();
    const saved = of(directory, 'saved');
    expect(saved).toHaveLength(1);
    const snapshot = await db.snapshots.get('directory');
    expect(snapshot?.seq).toBe(saved[0]!.seq);
    expect(await db.changes.where(':id').belowOrEqual(snapshot!.seq).count()).toBe(0);
    // A later change stays in the log until the next snapshot.
    await run('user-add', {
      phone: NEW_PHONE,
      region: 'PL',
      name: '',
      network: 'employee',
      attrs: { employeeId: 'CL-1' },
    });
    expect(await directory.changed()).toBe(true);
    await directory.flush();
    expect((await db.changes.toArray()).map((c) => c.phones)).toEqual([[NEW_PHONE]]);
  });

  test('the search index is built when idle and saved with the snapshot', async () => {
    await run('demo-load', {});
    const directory = await startDirectory(db, 60_000);
    // Until then name searches scan; the index gives the same answers.
    const scanned = answers(directory);
    await directory.flush();
    const data = (await db.snapshots.get('directory'))?.data as EngineSnapshot;
    expect(data.format).toBe(4);
    expect(data.search?.slots.length).toBeGreaterThanOrEqual(DEMO.users.length);
    expect(answers(directory)).toEqual(scanned);
    // A model revived with the index has no snapshot to write.
    const second = await startDirectory(secondConnection());
    await second.flush();
    expect(of(second, 'saved')).toEqual([]);
    expect(answers(second)).toEqual(scanned);
  });

  test('with no wait set, the snapshot is written soon after a full read', async () => {
    await run('demo-load', {});
    const directory = await startDirectory(db, 0);
    await expect.poll(() => of(directory, 'saved').length).toBe(1);
    expect((await db.snapshots.get('directory'))?.seq).toBe(of(directory, 'saved')[0]!.seq);
  });

  test('a second model starts from the snapshot and gives the same answers', async () => {
    await run('demo-load', {});
    const first = await startDirectory();
    await run('users-delete', { phones: [EMPLOYEES[7]!.phone] });
    await first.changed();
    await first.flush();
    const second = await startDirectory(secondConnection());
    expect(of(second, 'ready')).toEqual([
      { type: 'ready', loaded: DEMO.users.length, ms: expect.any(Number), source: 'snapshot' },
    ]);
    // Nothing is read user by user.
    expect(of(second, 'progress')).toEqual([]);
    expect(answers(second)).toEqual(answers(first));
  });

  test('a change committed after the snapshot is replayed when the next model starts', async () => {
    await run('demo-load', {});
    const first = await startDirectory();
    await first.flush();
    const seq = (await db.snapshots.get('directory'))!.seq;
    await run('user-add', {
      phone: NEW_PHONE,
      region: 'PL',
      name: 'Anna Ostatnia',
      network: 'employee',
      attrs: { employeeId: 'CL-1' },
    });
    await run('users-delete', { phones: [EMPLOYEES[8]!.phone] });
    expect((await db.changes.toArray()).every((c) => c.id! > seq)).toBe(true);

    const second = await startDirectory(secondConnection());
    expect(of(second, 'ready')[0]?.source).toBe('snapshot');
    expect(second.counts()).toEqual({ e: EMPLOYEES.length, o: OTHERS.length, x: 1 });
    expect(second.page({ list: 'e', text: 'ostatnia' }).phones).toEqual([NEW_PHONE]);
    expect(second.page({ list: 'x' }).phones).toEqual([EMPLOYEES[8]!.phone]);
    // The first model catches up to the same place.
    expect(await first.changed()).toBe(true);
    expect(answers(first)).toEqual(answers(second));
  });

  test('a reset after the snapshot: the next model reads everything, finding nothing', async () => {
    await run('demo-load', {});
    const first = await startDirectory();
    await first.flush();
    await run('sandbox-reset');
    expect(await db.snapshots.count()).toBe(0);
    const second = await startDirectory(secondConnection());
    expect(of(second, 'ready')[0]).toMatchObject({ source: 'full', loaded: 0 });
    expect(second.counts()).toEqual({ e: 0, o: 0, x: 0 });
  });

  test('a model that fell behind while another saved a snapshot starts again from it', async () => {
    // Two tabs, two workers: A saves a snapshot and prunes the log before B has caught up.
    await run('demo-load', {});
    const a = await startDirectory(db, 60_000);
    const b = await startDirectory(secondConnection(), 60_000);
    const phone = EMPLOYEES[12]!.phone;
    await run('users-delete', { phones: [phone] });
    await run('user-add', {
      phone: NEW_PHONE,
      region: 'PL',
      name: 'Anna Późna',
      network: 'others',
      attrs: { employeeId: 'CL-2' },
    });
    await a.changed();
    // A read every user at start, so a snapshot is due: it prunes the entries B still needs.
    await a.flush();
    expect(await db.changes.count()).toBe(0);

    expect(await b.changed()).toBe(true);
    expect(b.counts()).toEqual({ e: EMPLOYEES.length - 1, o: OTHERS.length + 1, x: 1 });
    expect(b.page({ list: 'x' }).phones).toEqual([phone]);
    expect(b.page({ list: 'o', text: 'pozna' }).phones).toEqual([NEW_PHONE]);
    expect(answers(b)).toEqual(answers(a));
    // B's own snapshot is not older than A's, and B keeps following the log.
    await b.flush();
    expect((await db.snapshots.get('directory'))?.seq).toBe(of(a, 'saved').at(-1)!.seq);
    await run('users-restore', { phones: [phone] });
    expect(await b.changed()).toBe(true);
    expect(b.page({ list: 'x' }).phones).toEqual([]);
  });

  test('a lagging model does not replace a newer snapshot with its own', async () => {
    await run('demo-load', {});
    const a = await startDirectory(db, 60_000);
    const b = await startDirectory(secondConnection(), 60_000);
    await run('users-delete', { phones: [EMPLOYEES[13]!.phone] });
    await a.changed();
    await a.flush();
    const saved = (await db.snapshots.get('directory'))!.seq;
    // B has not replayed the delete; its pending snapshot would be older than A's.
    await b.flush();
    expect(of(b, 'saved')).toEqual([]);
    expect((await db.snapshots.get('directory'))?.seq).toBe(saved);
    // A third model starting now sees the delete.
    const c = await startDirectory(secondConnection());
    expect(of(c, 'ready')[0]?.source).toBe('snapshot');
    expect(c.counts().x).toBe(1);
  });

  test('an unusable snapshot is ignored', async () => {
    await run('demo-load', {});
    await db.snapshots.put({ id: 'directory', seq: 999_999, data: { format: 0 } });
    const directory = await startDirectory();
    expect(of(directory, 'ready')[0]?.source).toBe('full');
    expect(directory.counts()).toEqual({ e: EMPLOYEES.length, o: OTHERS.length, x: 0 });
  });
});

describe('a snapshot while changes keep coming', () => {
  test('waits until they pause', async () => {
    await run('demo-load', {});
    const directory = await startDirectory(db, 60);
    // Changes arrive every 20 ms for 300 ms: the pending snapshot keeps waiting…
    for (let i = 0; i < 15; i++) {
      directory.postponeSave();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(of(directory, 'saved')).toHaveLength(0);
    // …and is written once they have paused.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await directory.flush();
    expect(of(directory, 'saved')).toHaveLength(1);
  });
});

describe('the first rows a page shows while the model loads', () => {
  const firstPage = async (network: 'employee' | 'others') => {
    const rows = await query('directory-first-page', { network, limit: 100 });
    return rows && rows.map((r) => r.phone);
  };

  test('are unknown until a model has run, then what the model puts first, kept up to date', async () => {
    await run('demo-load', {});
    // Users carry no name index: until a model has cut them, the page waits for one.
    expect(await firstPage('employee')).toBeNull();
    const directory = await startDirectory();
    const want = (list: 'e' | 'o') => directory.page({ list, limit: 100 }).phones;
    expect(await firstPage('employee')).toEqual(want('e'));
    expect(await firstPage('others')).toEqual(want('o'));

    // Changes after the cut are applied as the rows are read, before any model replays them.
    await run('user-add', {
      phone: '601 999 111',
      region: 'PL',
      name: 'Aaron Abel',
      network: 'employee',
      attrs: { employeeId: 'CL-99999' },
    });
    await run('users-delete', { phones: [want('e')[1]!] });
    const read = await firstPage('employee');
    expect(read?.[0]).toBe(NEW_PHONE);
    expect(read).not.toContain(want('e')[1]);
    expect(await directory.changed()).toBe(true);
    expect(read).toEqual(want('e').slice(0, read!.length));

    // A change the log cannot describe (a reload) makes them unknown again, until the model
    // has caught up.
    await db.changes.add({ phones: [], reload: true });
    expect(await firstPage('employee')).toBeNull();
    expect(await directory.changed()).toBe(true);
    expect(await firstPage('employee')).toEqual(want('e'));
  });
});

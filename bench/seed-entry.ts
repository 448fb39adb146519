/**
 * Bundled by bench/run.mjs and injected into the portal page: fills the lab's own database
 * (real schema, real index fields) with a deterministic organization of `n` users.
 */
import { openDb } from '../src/storage/db';
import { toStored, type StoredUser } from '../src/domain/users';
import { FIRST_NAMES as FIRST, LAST_NAMES as LAST, buildDemo, demoPhone } from '../src/domain/demo';
import type { User } from '../src/domain/types';
import { importRecord } from './import-data';

const DEPTS = ['Operations', 'Logistics', 'Sales', 'Finance', 'IT'];

declare global {
  interface Window {
    klSeed: (n: number, batch: number) => Promise<{ ms: number }>;
    klSeedOrg: () => Promise<void>;
    klBaseline: (n: number, batch: number) => Promise<{ ms: number }>;
  }
}

window.klSeed = async (n, batch) => {
  const started = performance.now();
  const db = openDb();
  const demo = buildDemo(Date.now(), 0);
  const attributes = demo.attributes.slice(0, 5);
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    await db.org.put(demo.org);
    await db.attributes.bulkPut(attributes);
    await db.prefs.put({ key: 'actor', value: demoPhone(0) });
  });
  const now = Date.now();
  for (let start = 0; start < n; start += batch) {
    const rows: StoredUser[] = [];
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const user: User = {
        phone: demoPhone(i),
        name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
        network: i % 10 === 9 ? 'others' : 'employee',
        orgRole: i === 0 ? 'admin' : 'member',
        source: 'import',
        attrs: {
          employeeId: `E${i}`,
          department: DEPTS[i % DEPTS.length]!,
          jobTitle: 'Associate',
          office: 'Warsaw',
          joined: '2024-01-15',
        },
        createdAt: now - i,
        updatedAt: now - i,
      };
      rows.push(toStored(user));
    }
    await db.users.bulkPut(rows);
  }
  // Written behind the commands' back: tell the directory read model to re-read everything.
  await db.snapshots.clear();
  await db.changes.add({ phones: [], reload: true });
  db.close();
  return { ms: performance.now() - started };
};

/** An organization with the 5 benchmark attributes and its admin, and no other user. */
window.klSeedOrg = async () => {
  const db = openDb();
  const demo = buildDemo(Date.now(), 0);
  const admin: User = {
    phone: demoPhone(0),
    name: 'Anna Nowak',
    network: 'employee',
    orgRole: 'admin',
    source: 'portal',
    attrs: { employeeId: 'E0' },
    createdAt: Date.now(),
    updatedAt: Date.now(),
  };
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    await db.org.put(demo.org);
    await db.attributes.bulkPut(demo.attributes.slice(0, 5));
    await db.users.put(toStored(admin));
    await db.prefs.put({ key: 'actor', value: admin.phone });
    await db.changes.add({ phones: [], reload: true });
  });
  db.close();
};

/**
 * The raw baseline of SPEC §14: the records an import of rows 1..n stores, written with
 * plain bulkPut in transactions of `batch` into the same schema. Removed again afterwards.
 */
window.klBaseline = async (n, batch) => {
  const db = openDb();
  const now = Date.now();
  const started = performance.now();
  for (let start = 1; start <= n; start += batch) {
    const rows: StoredUser[] = [];
    for (let i = start; i < Math.min(n + 1, start + batch); i++) {
      const r = importRecord(i);
      rows.push(
        toStored({
          ...r,
          network: 'employee',
          orgRole: 'member',
          source: 'import',
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    await db.users.bulkPut(rows);
  }
  const ms = performance.now() - started;
  const admin = await db.users.get(demoPhone(0));
  await db.users.clear();
  if (admin) await db.users.put(admin);
  db.close();
  return { ms };
};

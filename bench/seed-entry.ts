/**
 * Bundled by bench/run.mjs and injected into the portal page: fills the lab's own database
 * (real schema, real index fields) with a deterministic organization of `n` users.
 */
import { openDb } from '../src/storage/db';
import { toStored, type StoredUser } from '../src/domain/users';
import { FIRST_NAMES as FIRST, LAST_NAMES as LAST, buildDemo, demoPhone } from '../src/domain/demo';
import type { User } from '../src/domain/types';

const DEPTS = ['Operations', 'Logistics', 'Sales', 'Finance', 'IT'];

declare global {
  interface Window {
    klSeed: (n: number, batch: number) => Promise<{ ms: number }>;
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

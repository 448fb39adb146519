/**
 * Bundled by bench/run.mjs and injected into the portal page: fills the lab's own database
 * (real schema, real index fields) with a deterministic organization of `n` users.
 */
import { openDb } from '../src/storage/db';
import { indexFields, toStored, type StoredUser } from '../src/domain/users';
import { FIRST_NAMES as FIRST, demoName, buildDemo, demoPhone } from '../src/domain/demo';
import type { AuditEvent, User } from '../src/domain/types';
import { importRecord } from './import-data';
import { BENCH_TENANT, REPORTS_TENANT, tenantRecords } from './tenant-data';
import { buildActivity } from '../src/domain/activity';
import { Zip, ZipDeflate } from 'fflate';
import JSZip from 'jszip';

const DEPTS = ['Operations', 'Logistics', 'Sales', 'Finance', 'IT'];

declare global {
  interface Window {
    klSeed: (n: number, batch: number) => Promise<{ ms: number }>;
    klSeedOrg: () => Promise<void>;
    klBaseline: (n: number, batch: number) => Promise<{ ms: number }>;
    klImportFloor: (n: number, options?: FloorOptions) => Promise<{ ms: number }>;
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
        name: `${demoName(i, Math.floor(i / FIRST.length))} ${i}`,
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
    for (let i = start; i < Math.min(n + 1, start + batch); i++) rows.push(importedUser(i, now));
    await db.users.bulkPut(rows);
  }
  const ms = performance.now() - started;
  const admin = await db.users.get(demoPhone(0));
  await db.users.clear();
  if (admin) await db.users.put(admin);
  db.close();
  return { ms };
};

/** Which of the import floor's conditions a probe changes (bench/import.mjs `--import-levers`). */
export interface FloorOptions {
  /** Secondary indexes of the store, as `createIndex` takes them: [name, keyPath]. */
  indexes?: Array<[string, string | string[]]>;
  /** Records per transaction (10,000 for the floor). */
  chunk?: number;
  durability?: IDBTransactionDurability;
  /** Users per record: > 1 packs that many users into one record (keyed by its first phone). */
  packed?: number;
  /** Writes records as schema 5 stored them: with the name index's `list` and `nameKey`. */
  nameFields?: boolean;
}

/** The users record the import stores for row `i` of the benchmark file. */
function importedUser(i: number, now: number): StoredUser {
  return toStored({
    ...importRecord(i),
    network: 'employee',
    orgRole: 'member',
    source: 'import',
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * The import floor of SPEC §14: the records an import of rows 1..n stores, written with
 * plain IndexedDB `put` into a store keyed by phone with no secondary index, in transactions
 * of 10,000 with relaxed durability, into a database of its own. Each transaction's records
 * are built before its clock starts; only the writes are timed. `options` changes one
 * condition at a time, to measure what it costs.
 */
window.klImportFloor = async (n, options = {}) => {
  const {
    indexes = [],
    chunk = 10_000,
    durability = 'relaxed',
    packed = 1,
    nameFields = false,
  } = options;
  const name = `import-floor-${Date.now()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('users', {
        keyPath: packed > 1 ? 'first' : 'phone',
      });
      for (const [index, keyPath] of indexes) store.createIndex(index, keyPath);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const now = Date.now();
  let ms = 0;
  for (let start = 1; start <= n; start += chunk) {
    let rows: unknown[] = [];
    for (let i = start; i < Math.min(n + 1, start + chunk); i++) {
      const user = importedUser(i, now);
      rows.push(nameFields ? { ...user, ...indexFields(user) } : user);
    }
    if (packed > 1) {
      const blocks = [];
      for (let k = 0; k < rows.length; k += packed) {
        const users = rows.slice(k, k + packed) as StoredUser[];
        blocks.push({ first: users[0]!.phone, users });
      }
      rows = blocks;
    }
    const started = performance.now();
    const tx = db.transaction('users', 'readwrite', { durability });
    const store = tx.objectStore('users');
    for (const r of rows) store.put(r);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    ms += performance.now() - started;
  }
  db.close();
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = resolve;
  });
  return { ms };
};

// ---- tenant data (SPEC §9, §14) ----

declare global {
  interface Window {
    klSeedTenant: (which?: 'tenant' | 'reports') => Promise<{ ms: number; records: number }>;
    klTenantRestoreFloor: () => Promise<{ ms: number; records: number }>;
    klTenantExportFloor: (withZip: 'fflate' | 'jszip') => Promise<{
      ms: number;
      readMs: number;
      records: number;
      bytes: number;
      zipBytes: number;
    }>;
  }
}

/** The benchmark tenant written into the lab's own database (real schema and indexes). */
window.klSeedTenant = async (which = 'tenant') => {
  const started = performance.now();
  const t = tenantRecords(which === 'reports' ? REPORTS_TENANT : BENCH_TENANT, Date.now());
  const db = openDb();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((x) => x.clear()));
    await db.org.put(t.org);
    await db.attributes.bulkPut(t.attributes);
    await db.prefs.put({ key: 'actor', value: demoPhone(0) });
  });
  const tables = [
    [db.users, t.users],
    [db.groups, t.groups],
    [db.memberships, t.memberships],
    [db.messages, t.messages],
    [db.responses, t.responses],
  ] as const;
  let records = 0;
  for (const [table, rows] of tables)
    for (let i = 0; i < rows.length; i += 10_000) {
      await (table as { bulkPut: (r: unknown[]) => Promise<unknown> }).bulkPut(
        rows.slice(i, i + 10_000) as unknown[],
      );
      records += Math.min(10_000, rows.length - i);
    }
  // The reports' activity log, as a restore of these records would make it.
  await db.activity.bulkPut(buildActivity(t.messages, t.responses));
  if (which === 'reports') {
    // The audit log these messages and responses wrote when they were posted (SPEC §8: every
    // change), so the Audit log report pages through a tenant-sized log.
    const audit: AuditEvent[] = [
      ...t.messages.map((m) =>
        m.kind === 'card'
          ? {
              at: m.at,
              actor: m.author,
              action: 'action.send',
              target: m.groupId,
              details: { messageId: m.id, actionId: m.actionId },
            }
          : {
              at: m.at,
              actor: m.author,
              action: 'message.post',
              target: m.groupId,
              details: { messageId: m.id },
            },
      ),
      ...t.responses.map((r) => ({
        at: r.at,
        actor: r.author,
        action: 'action.respond',
        target: r.groupId,
        details: { messageId: r.messageId },
      })),
    ].sort((a, b) => a.at - b.at);
    for (let i = 0; i < audit.length; i += 10_000)
      await db.audit.bulkAdd(audit.slice(i, i + 10_000));
    records += audit.length;
  }
  await db.snapshots.clear();
  await db.changes.add({ phones: [], reload: true });
  db.close();
  return { ms: performance.now() - started, records };
};

/** Primary keys of the lab's tables, as the floor's stores are keyed (no secondary index). */
const KEYS: Record<string, string | string[]> = {
  org: 'id',
  jobs: 'id',
  audit: 'id',
  attributes: 'id',
  users: 'phone',
  groups: 'id',
  memberships: ['groupId', 'phone'],
  messages: 'id',
  responses: 'id',
};

function openPlain(name: string, stores: Record<string, string | string[]>): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      for (const [store, keyPath] of Object.entries(stores))
        req.result.createObjectStore(store, { keyPath });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * The restore floor of SPEC §14: the same records written with plain IndexedDB `put` into
 * object stores keyed by their primary key with no secondary index, in transactions of
 * 10,000 with relaxed durability. The records are built before the clock starts.
 */
window.klTenantRestoreFloor = async () => {
  const t = tenantRecords(BENCH_TENANT, Date.now());
  const db = await openPlain(`floor-${Date.now()}`, KEYS);
  const all: Array<[string, unknown[]]> = [
    ['org', [t.org]],
    ['attributes', t.attributes],
    ['users', t.users],
    ['groups', t.groups],
    ['memberships', t.memberships],
    ['messages', t.messages],
    ['responses', t.responses],
  ];
  const started = performance.now();
  let records = 0;
  for (const [store, rows] of all)
    for (let i = 0; i < rows.length; i += 10_000) {
      const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
      const s = tx.objectStore(store);
      for (const r of rows.slice(i, i + 10_000)) s.put(r);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      records += Math.min(10_000, rows.length - i);
    }
  const ms = performance.now() - started;
  db.close();
  return { ms, records };
};

/** A value as plain CSV text: objects as JSON, no escaping, no quoting. */
const plain = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

/**
 * The export floor of SPEC §14: the lab's tables read in chunks of 5,000 with plain
 * IndexedDB, each chunk written as plain comma-joined text, deflated into one zip (level 6)
 * with `withZip` — fflate streaming each chunk as it comes, or JSZip given every file's
 * text parts at the end (it has no streaming input). No hashing, no escaping.
 */
window.klTenantExportFloor = async (withZip) => {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('kaizala-lab');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const started = performance.now();
  let readMs = 0;
  let records = 0;
  let bytes = 0;
  const out: BlobPart[] = [];
  const encoder = new TextEncoder();
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk as BlobPart);
  });
  const jszip = new JSZip();
  for (const store of [
    'org',
    'users',
    'attributes',
    'groups',
    'memberships',
    'messages',
    'responses',
    'jobs',
    'audit',
  ]) {
    const entry = withZip === 'fflate' ? new ZipDeflate(`${store}.csv`, { level: 6 }) : undefined;
    if (entry) zip.add(entry);
    const parts: string[] = [];
    let after: IDBValidKey | undefined;
    for (;;) {
      const r0 = performance.now();
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
        const req = db.transaction(store).objectStore(store).getAll(range, 5_000);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      readMs += performance.now() - r0;
      let text = '';
      for (const row of rows)
        text += `${Object.values(row as object)
          .map(plain)
          .join(',')}\r\n`;
      records += rows.length;
      if (entry) {
        const data = encoder.encode(text);
        bytes += data.length;
        entry.push(data);
      } else {
        parts.push(text);
        bytes += text.length;
      }
      if (rows.length < 5_000) break;
      const last = rows[rows.length - 1] as Record<string, IDBValidKey>;
      const keyPath = KEYS[store] ?? 'id';
      after = Array.isArray(keyPath) ? keyPath.map((k) => last[k]!) : last[keyPath];
    }
    if (entry) entry.push(new Uint8Array(0), true);
    else jszip.file(`${store}.csv`, new Blob(parts));
  }
  let blob: Blob;
  if (withZip === 'fflate') {
    zip.end();
    blob = new Blob(out);
  } else {
    blob = await jszip.generateAsync({
      type: 'blob',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    });
  }
  const ms = performance.now() - started;
  db.close();
  return { ms, readMs, records, bytes, zipBytes: blob.size };
};

import Dexie, { type DBCore, type EntityTable, type Middleware, type Table } from 'dexie';
import { buildActivity, type ActivityDay } from '../domain/activity';
import type {
  ActionResponse,
  Attribute,
  AuditEvent,
  Connector,
  Group,
  Membership,
  Message,
  OrgAction,
  Organization,
  Publication,
} from '../domain/types';
import type { StoredUser } from '../domain/users';
import type { JobRecordBase } from '../domain/jobs';
import { DB_NAME, FIRST_ROWS } from './names';

/** A per-browser preference: chosen columns, acting user, … */
export interface Pref {
  key: string;
  value: unknown;
}

/** A job (import, export…): what every kind records (src/domain/jobs.ts). */
export type JobRecord = JobRecordBase;

/** One committed transaction's user changes; the directory read model replays these. */
export interface ChangeRecord {
  id?: number;
  /** Phones whose records changed; empty with `reload`. */
  phones: string[];
  /** Too much changed to list: re-read every user. */
  reload: boolean;
}

/**
 * The directory read model saved by its worker, valid up to change `seq`. `directory` holds
 * the model; `directory-seq` repeats only its `seq`, cheap to read on every catch-up.
 * `groups` is every group in one record (see `GROUPS_CACHE`), `groups-first` the Groups
 * page's first lines for one actor (see `GROUPS_FIRST`).
 */
export interface SnapshotRecord {
  id: 'directory' | 'directory-seq' | typeof FIRST_ROWS | typeof GROUPS_CACHE | typeof GROUPS_FIRST;
  seq: number;
  data: unknown;
  /** The groups copy's own id, new with each copy: what was worked out from it names it. */
  stamp?: string;
}

export interface LabTables {
  changes: EntityTable<ChangeRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  org: EntityTable<Organization, 'id'>;
  users: EntityTable<StoredUser, 'phone'>;
  attributes: EntityTable<Attribute, 'id'>;
  groups: EntityTable<Group, 'id'>;
  memberships: Table<Membership, [string, string]>;
  connectors: EntityTable<Connector, 'id'>;
  /** Custom Actions only: the built-in catalog is not stored (src/domain/catalog.ts). */
  actions: EntityTable<OrgAction, 'id'>;
  publications: EntityTable<Publication, 'id'>;
  messages: EntityTable<Message, 'id'>;
  responses: EntityTable<ActionResponse, 'id'>;
  jobs: EntityTable<JobRecord, 'id'>;
  jobFiles: Table<{ jobId: string; file: Blob }, string>;
  audit: EntityTable<AuditEvent, 'id'>;
  prefs: EntityTable<Pref, 'key'>;
  /** The reports' activity log per UTC day, derived from messages and responses. */
  activity: EntityTable<ActivityDay, 'day'>;
}

export type LabDb = Dexie & LabTables;

export { DB_NAME, FIRST_ROWS };

/**
 * Index fields that exist only so an index holds few entries: a field the index reads is set
 * on the few records that should be found (admins), and absent on the rest, which IndexedDB
 * then leaves out of the index. Every index entry is a write, and a restore or an import of
 * hundreds of thousands of records pays for each one. They are derived from the record on
 * every write by `indexFieldsMiddleware`, never set by hand.
 */
const SPARSE_FIELDS: Record<string, Record<string, (row: Record<string, unknown>) => unknown>> = {
  /** `orgAdmin: 1` on organization admins: `orgAdmins()`. */
  users: { orgAdmin: (u) => (u['orgRole'] === 'admin' ? 1 : undefined) },
  /** `adminOf: <groupId>` on a group admin's membership: `groupAdmins()`. */
  memberships: { adminOf: (m) => (m['role'] === 'admin' ? m['groupId'] : undefined) },
};

/** `row` with its sparse index fields as `fields` derive them; the same object when they are. */
export function withSparseFields(
  row: Record<string, unknown>,
  fields: Record<string, (row: Record<string, unknown>) => unknown>,
): Record<string, unknown> {
  let out = row;
  // for…in: no array of entries per record (an import writes a million).
  for (const field in fields) {
    const value = fields[field]!(row);
    if (value === row[field]) continue;
    if (out === row) out = { ...row };
    if (value === undefined) delete out[field];
    else out[field] = value;
  }
  return out;
}

/** Sets the sparse index fields on every record written, whichever code writes it. */
const indexFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sparse-index-fields',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      const fields = SPARSE_FIELDS[name];
      if (!fields) return table;
      return {
        ...table,
        mutate: (req) =>
          table.mutate(
            req.type === 'add' || req.type === 'put'
              ? {
                  ...req,
                  values: req.values.map((v: Record<string, unknown>) =>
                    withSparseFields(v, fields),
                  ),
                }
              : req,
          ),
      };
    },
  }),
};

/**
 * Key of the copy of every group kept in one record of `snapshots`. Reading 10,000 groups
 * record by record costs IndexedDB ~100–200 ms on a 2-core machine, one record of them a
 * tenth of that, and the Groups page reads them all before its first row. The copy is
 * dropped in the transaction of any write to `groups` (`groupsCacheMiddleware`), so it is
 * never older than the table; a reader that finds none reads the table and has a new copy
 * written (src/storage/repos.ts `listGroups`).
 */
export const GROUPS_CACHE = 'groups';

/**
 * Key of the Groups page's first lines as the groups worker last cut them for one actor, so
 * a page opened on the Groups page shows them before the worker has started. Dropped with
 * the groups copy on any write to `groups`; written only while the copy it was cut from is
 * still the stored one.
 */
export const GROUPS_FIRST = 'groups-first';

/**
 * Drops the groups copy (and the first lines cut from it) with every write to `groups`,
 * whoever writes: a read-write transaction over `groups` always covers `snapshots` too, and the delete goes through the
 * layers above IndexedDB, so live queries that read the copy see it go.
 */
const groupsCacheMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'groups-cache',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes('groups') && !stores.includes('snapshots')
          ? [...stores, 'snapshots']
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (name !== 'groups') return table;
      const snapshots = down.table('snapshots');
      return {
        ...table,
        mutate: async (req) => {
          await snapshots.mutate({
            type: 'delete',
            trans: req.trans,
            keys: [GROUPS_CACHE, GROUPS_FIRST],
          });
          return table.mutate(req);
        },
      };
    },
  }),
};

/**
 * The whole database, declared once. Versions are only ever appended: a change is a new
 * `version(n)` with an upgrade function and a test that upgrades a database of version n-1.
 *
 * Users carry no index that every user has an entry in: each entry is a write, and an import
 * of a million rows pays for every one. `deletedAt` holds only deleted users and `orgAdmin`
 * only admins. Counting, sorting and searching the directory is done by the in-memory read
 * model (src/app/directory/engine.ts), which also keeps the first rows of each tab for the
 * next page load (`FIRST_ROWS`).
 *
 * Version 2 adds the sparse admin indexes (`users.orgAdmin`, `memberships.adminOf`) and fills
 * them through the old ones, which version 3 then drops (`users.orgRole`,
 * `memberships.[groupId+role]`: an entry for every user and every membership).
 */
export function openDb(name: string = DB_NAME): LabDb {
  const db = new Dexie(name) as LabDb;
  db.use(indexFieldsMiddleware);
  db.use(groupsCacheMiddleware);
  const v1 = {
    org: 'id',
    users: 'phone, [list+nameKey], deletedAt, orgRole',
    attributes: 'id, order',
    groups: 'id, kind, parentId',
    memberships: '[groupId+phone], phone, [groupId+role]',
    connectors: 'id',
    actions: 'id',
    publications: 'id, groupId',
    messages: '++id, groupId, author',
    responses: '++id, messageId, author',
    jobs: 'id, kind, [kind+createdAt], status',
    jobFiles: 'jobId',
    audit: '++id, at, target, actor',
    prefs: 'key',
    changes: '++id',
    snapshots: 'id',
  };
  db.version(1).stores(v1);
  db.version(2)
    .stores({
      users: `${v1.users}, orgAdmin`,
      memberships: `${v1.memberships}, adminOf`,
    })
    // The middleware sets the new fields as each admin's record is written again.
    .upgrade(async (tx) => {
      await tx
        .table('users')
        .where('orgRole')
        .equals('admin')
        .modify(() => undefined);
      await tx
        .table('memberships')
        .filter((m: Membership) => m.role === 'admin')
        .modify(() => undefined);
    });
  db.version(3).stores({
    users: 'phone, [list+nameKey], deletedAt, orgAdmin',
    memberships: '[groupId+phone], phone, adminOf',
  });
  // The reports' activity log, built from the messages and responses already stored.
  db.version(4)
    .stores({ activity: 'day' })
    .upgrade(async (tx) => {
      const messages = (await tx.table('messages').toArray()) as Message[];
      const responses = (await tx.table('responses').toArray()) as ActionResponse[];
      await tx.table('activity').bulkPut(buildActivity(messages, responses));
    });
  // Who wrote what is in the activity log: the author indexes of messages and responses (an
  // entry for each of them) go.
  db.version(5).stores({
    messages: '++id, groupId',
    responses: '++id, messageId',
  });
  // The name index goes: an entry for every user made an import ~25 % slower than the
  // IndexedDB floor (bench/results.md, issue 15). The directory's first rows, all it served,
  // are kept by its read model instead (`FIRST_ROWS`).
  db.version(6).stores({ users: 'phone, deletedAt, orgAdmin' });
  return db;
}

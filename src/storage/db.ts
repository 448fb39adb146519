import Dexie, { type EntityTable, type Table } from 'dexie';
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
 */
export interface SnapshotRecord {
  id: 'directory' | 'directory-seq';
  seq: number;
  data: unknown;
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
}

export type LabDb = Dexie & LabTables;

export const DB_NAME = 'kaizala-lab';

/**
 * The whole database, declared once. Versions are only ever appended: a change is a new
 * `version(n)` with an upgrade function and a test that upgrades a database of version n-1.
 *
 * Users carry few indexes on purpose: each index entry is a write, and an import of a
 * million rows pays for every one. Counting, sorting and searching the directory is done by
 * the in-memory read model (src/app/directory-engine.ts); `[list+nameKey]` only serves the
 * first rows while that model loads.
 */
export function openDb(name: string = DB_NAME): LabDb {
  const db = new Dexie(name) as LabDb;
  db.version(1).stores({
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
  });
  return db;
}

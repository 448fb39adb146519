import type { JobRecordBase } from '../../domain/jobs';
import { isUnfinished } from '../../domain/jobs';
import {
  DATA_PACKAGE_PROFILE,
  DATA_RESOURCE_PROFILE,
  TENANT_FORMAT_VERSION,
  TENANT_PACKAGE_NAME,
  TENANT_RESOURCES,
  rowOf,
  tableSchema,
  tenantResources,
  type HierarchyLink,
  type ResourceDef,
  type TableSchema,
  type TenantResourceName,
} from '../../domain/tenant';
import type {
  ActionResponse,
  AuditEvent,
  Group,
  Membership,
  Message,
  Publication,
} from '../../domain/types';
import { stripIndex, type StoredUser } from '../../domain/users';
import { toCsvLine } from '../../io/csv-write';
import { zipStream, type ZipStream } from '../../io/package-zip';
import type { LabDb } from '../../storage/db';
import { getOrg, listAttributes, listGroups } from '../../storage/repos';
import { tableChunks, type TenantTable } from '../../storage/tenant-repo';
import { deletedUsers } from '../../storage/users-repo';

/** Records read per IndexedDB request while a package is written. */
export const PACKAGE_CHUNK = 5_000;

/** A resource as `datapackage.json` lists it. */
export interface PackageResource {
  name: string;
  path: string;
  profile: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  'kaizala:rows': number;
  schema: TableSchema;
}

/** `datapackage.json`: the descriptor of a tenant data package (Data Package v2). */
export interface PackageDescriptor {
  $schema: string;
  name: string;
  version: string;
  created: string;
  'kaizala:exportedBy': string;
  resources: PackageResource[];
}

const HISTORY: Record<string, 'import-history' | 'export-history'> = {
  'user-import': 'import-history',
  'group-upload': 'import-history',
  'user-export': 'export-history',
  'tenant-export': 'export-history',
};

/**
 * The keys a package holds and the links between its files, gathered while it is written:
 * the package is read in many short transactions (the page keeps working meanwhile), so a
 * change made during the export could leave a link without its row. `broken` says so, and
 * the export starts again.
 */
class Links {
  readonly users = new Set<string>();
  readonly deleted = new Set<string>();
  readonly groups = new Set<string>();
  readonly messages = new Set<number>();
  readonly toUsers = new Set<string>();
  readonly toGroups = new Set<string>();
  readonly toMessages = new Set<number>();
  readonly authors = new Set<string>();

  /** The first broken link, or undefined when every link resolves. */
  broken(): string | undefined {
    for (const p of this.toUsers) if (!this.users.has(p)) return `user ${p}`;
    for (const g of this.toGroups) if (!this.groups.has(g)) return `group ${g}`;
    for (const m of this.toMessages) if (!this.messages.has(m)) return `message ${m}`;
    for (const p of this.deleted) if (this.users.has(p)) return `user ${p} twice`;
    for (const p of this.authors) if (this.deleted.has(p)) return `content of ${p}`;
    return undefined;
  }
}

/** What is written, read chunk by chunk: each resource's table and which of its rows. */
interface Source<R> {
  table: TenantTable;
  /** Reads the rows through an index (few) when their file is written, instead of the table. */
  read?: () => Promise<unknown[]>;
  /** The rows of a chunk that go into the file, as the resource's records. */
  pick: (rows: unknown[]) => R[];
}

/**
 * Where each resource's rows come from, and which are organization data (SPEC §9): private
 * groups and everything in them stay out, and so does the content of users in their restore
 * window (their messages and responses are hidden while they are deleted).
 */
function sources(
  orgGroups: ReadonlySet<string>,
  readDeleted: () => Promise<StoredUser[]>,
  hidden: ReadonlySet<string>,
  allGroups: ReadonlyMap<string, Group>,
  ownJob: string | undefined,
  links: Links,
): { [K in TenantResourceName]: Source<unknown> } {
  const inOrg = (groupId: string) => orgGroups.has(groupId);
  /** Whether an audit event is about a private group (its target, or the group it names). */
  const privateEvent = (e: AuditEvent) =>
    [e.target, e.details?.['groupId'], e.details?.['via']].some(
      (id) => typeof id === 'string' && allGroups.get(id)?.kind === 'private',
    );
  // Responses go with their message: one hidden with its author takes its responses along.
  const written = new Set<number>();
  return {
    organization: { table: 'org', pick: (rows) => rows },
    users: {
      table: 'users',
      pick: (rows) => {
        const live = (rows as StoredUser[]).filter((u) => u.deletedAt === undefined);
        for (const u of live) links.users.add(u.phone);
        return live.map(stripIndex);
      },
    },
    attributes: {
      table: 'attributes',
      // In the order of Manage Attributes, the order of the users file's columns.
      pick: (rows) => rows,
    },
    groups: {
      table: 'groups',
      pick: (rows) => {
        const kept = (rows as Group[]).filter((g) => inOrg(g.id));
        for (const g of kept) links.groups.add(g.id);
        return kept;
      },
    },
    'group-members': {
      table: 'memberships',
      pick: (rows) => {
        const kept = (rows as Membership[]).filter((m) => inOrg(m.groupId));
        for (const m of kept) {
          links.toGroups.add(m.groupId);
          links.toUsers.add(m.phone);
        }
        return kept;
      },
    },
    'group-hierarchy': {
      table: 'groups',
      pick: (rows) =>
        (rows as Group[])
          .filter((g) => inOrg(g.id) && g.parentId !== undefined && inOrg(g.parentId))
          .map((g): HierarchyLink => {
            links.toGroups.add(g.id).add(g.parentId!);
            return { groupId: g.id, parentId: g.parentId! };
          }),
    },
    connectors: { table: 'connectors', pick: (rows) => rows },
    actions: { table: 'actions', pick: (rows) => rows },
    'action-publications': {
      table: 'publications',
      pick: (rows) => {
        const kept = (rows as Publication[]).filter((p) => inOrg(p.groupId));
        for (const p of kept) links.toGroups.add(p.groupId);
        return kept;
      },
    },
    messages: {
      table: 'messages',
      pick: (rows) => {
        const kept = (rows as Message[]).filter((m) => inOrg(m.groupId) && !hidden.has(m.author));
        for (const m of kept) {
          written.add(m.id!);
          links.messages.add(m.id!);
          links.toGroups.add(m.groupId);
          links.authors.add(m.author);
          for (const r of m.reactions ?? []) if (!hidden.has(r.phone)) links.authors.add(r.phone);
        }
        // A deleted user's Likes are out of view with the rest of what they did.
        return kept.map((m) => {
          if (!m.reactions?.some((r) => hidden.has(r.phone))) return m;
          const reactions = m.reactions.filter((r) => !hidden.has(r.phone));
          const { reactions: _all, ...rest } = m;
          return reactions.length > 0 ? { ...rest, reactions } : rest;
        });
      },
    },
    'action-responses': {
      table: 'responses',
      pick: (rows) => {
        const kept = (rows as ActionResponse[]).filter(
          (r) => written.has(r.messageId) && inOrg(r.groupId) && !hidden.has(r.author),
        );
        for (const r of kept) {
          links.toMessages.add(r.messageId);
          links.toGroups.add(r.groupId);
          links.authors.add(r.author);
        }
        return kept;
      },
    },
    'import-history': {
      table: 'jobs',
      pick: (rows) => historyOf(rows, 'import-history', allGroups),
    },
    'export-history': {
      table: 'jobs',
      pick: (rows) => historyOf(rows, 'export-history', allGroups),
    },
    'audit-log': {
      table: 'audit',
      // What happened in private groups is their members' business, not the organization's;
      // the export's own request is not yet part of what it exports.
      pick: (rows) => (rows as AuditEvent[]).filter((e) => !privateEvent(e) && e.target !== ownJob),
    },
    'deleted-users': {
      table: 'users',
      // Read when its file is written, last: a user deleted after users.csv shows up twice.
      read: readDeleted,
      pick: (rows) =>
        (rows as StoredUser[])
          .filter((u) => u.deletedAt !== undefined)
          .map((stored) => {
            links.deleted.add(stored.phone);
            const user = stripIndex(stored);
            // Memberships of groups made private since the deletion stay out with the group.
            return user.removedMemberships
              ? {
                  ...user,
                  removedMemberships: user.removedMemberships.filter((m) => inOrg(m.groupId)),
                }
              : user;
          }),
    },
  };
}

/** Ended jobs of the history's kinds; a job about a private group stays out. */
function historyOf(
  rows: unknown[],
  history: 'import-history' | 'export-history',
  groups: ReadonlyMap<string, Group>,
): JobRecordBase[] {
  return (rows as Array<JobRecordBase & { access?: { groupId?: string } }>).filter((job) => {
    if (HISTORY[job.kind] !== history || isUnfinished(job)) return false;
    const groupId = job.access?.groupId;
    return groupId === undefined || groups.get(groupId)?.kind !== 'private';
  });
}

/** The organization changed while its package was written: a link of it does not resolve. */
export class PackageChanged extends Error {
  constructor(readonly link: string) {
    super(`the organization changed during the export (${link})`);
    this.name = 'PackageChanged';
  }
}

/** How a package's writing is going: records read so far. */
export type PackageProgress = (rows: number) => Promise<void>;

/**
 * Writes the tenant data package (SPEC §9) from the database: each resource read in chunks,
 * each chunk turned into CSV text, hashed and deflated into the zip as it goes; then
 * `datapackage.json` with every file's size, hash and row count. Returns the zip and its
 * descriptor.
 */
export async function writePackage(
  db: LabDb,
  options: {
    exportedBy: string;
    now: number;
    /** The exporting job: its own events are not part of what it exports. */
    jobId?: string;
    chunk?: number;
    level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
    progress?: PackageProgress;
  },
): Promise<{ zip: Blob; descriptor: PackageDescriptor; rows: number }> {
  const chunk = options.chunk ?? PACKAGE_CHUNK;
  const org = await getOrg(db);
  const attributes = await listAttributes(db);
  const groups = await listGroups(db);
  const allGroups = new Map(groups.map((g) => [g.id, g]));
  const orgGroups = new Set(groups.filter((g) => g.kind === 'organization').map((g) => g.id));
  // Users in their restore window, through the index that holds only them.
  const hidden = new Set((await deletedUsers(db)).map((u) => u.phone));
  const defs = tenantResources(attributes);
  const links = new Links();
  const from = sources(orgGroups, () => deletedUsers(db), hidden, allGroups, options.jobId, links);
  const zip: ZipStream = zipStream(options.level ?? 6);
  const resources: PackageResource[] = [];
  let total = 0;
  for (const name of TENANT_RESOURCES) {
    const def = defs[name] as ResourceDef<unknown>;
    const file = zip.file(def.path);
    file.write(`\uFEFF${toCsvLine(def.columns.map((c) => c.field.name))}\r\n`);
    let rows = 0;
    const source = from[name];
    const chunks =
      name === 'organization'
        ? (async function* () {
            if (org) yield [org];
          })()
        : name === 'attributes'
          ? (async function* () {
              if (attributes.length > 0) yield attributes;
            })()
          : source.read
            ? (async function* (read: () => Promise<unknown[]>) {
                const rows = await read();
                if (rows.length > 0) yield rows;
              })(source.read)
            : tableChunks<unknown>(db, source.table, chunk);
    for await (const read of chunks) {
      let text = '';
      for (const record of source.pick(read)) {
        text += `${toCsvLine(rowOf(def, record))}\r\n`;
        rows++;
      }
      file.write(text);
      total += read.length;
      await options.progress?.(total);
    }
    const { bytes, sha256 } = file.end();
    resources.push({
      name: def.name,
      path: def.path,
      profile: DATA_RESOURCE_PROFILE,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes,
      hash: `sha256:${sha256}`,
      'kaizala:rows': rows,
      schema: tableSchema(def),
    });
  }
  const descriptor: PackageDescriptor = {
    $schema: DATA_PACKAGE_PROFILE,
    name: TENANT_PACKAGE_NAME,
    version: TENANT_FORMAT_VERSION,
    created: new Date(options.now).toISOString(),
    'kaizala:exportedBy': options.exportedBy,
    resources,
  };
  const broken = links.broken();
  if (broken !== undefined) throw new PackageChanged(broken);
  const json = zip.file('datapackage.json');
  json.write(`${JSON.stringify(descriptor, null, 2)}\n`);
  json.end();
  return {
    zip: zip.finish(),
    descriptor,
    rows: resources.reduce((sum, r) => sum + r['kaizala:rows'], 0),
  };
}

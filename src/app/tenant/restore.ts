import { DomainError } from '../../domain/errors';
import type { JobRecordBase } from '../../domain/jobs';
import {
  TENANT_PACKAGE_NAME,
  TENANT_RESOURCES,
  hierarchyCycle,
  recordOf,
  tableSchema,
  tenantError,
  tenantResources,
  type ResourceDef,
  type SchemaField,
  type TenantRecords,
  type TenantResourceName,
} from '../../domain/tenant';
import type { Attribute, Group, Organization } from '../../domain/types';
import { toStored, type StoredUser } from '../../domain/users';
import { createCsvReader } from '../../io/csv';
import { unescapeFormula } from '../../io/csv-write';
import { ZipRefused, unzipChecked } from '../../io/package-zip';
import { sha256Hex } from '../../domain/sha256';
import type { TenantTable } from '../../storage/tenant-repo';
import type { PackageDescriptor } from './package';

/**
 * Restore from a tenant export (SPEC §9): everything is checked before the first write —
 * the zip (not a bomb), `datapackage.json` (a Data Package of the lab's format), every
 * listed file present and no other, sizes and SHA-256 hashes, headers against their
 * schemas, every cell against its type, keys unique and resolving, a hierarchy without
 * loops. The first problem refuses the package, naming the file, the line and the reason.
 */

/** The largest a tenant package may unpack to; a zip that declares more is refused unread. */
export const MAX_TENANT_BYTES = 1024 * 1024 * 1024;
const DESCRIPTOR = 'datapackage.json';
const SUPPORTED_MAJOR = 1;
const HASH = /^sha256:[0-9a-f]{64}$/;
/** Characters of a file's text the CSV reader takes at a time. */
const SLICE = 1 << 20;

/** A checked package, as the tables it restores. */
export interface CheckedTenant {
  org: Organization;
  rows: Record<TenantTable, unknown[]>;
  /** Data rows per file, as read. */
  counts: Record<TenantResourceName, number>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
/** The line of its file each record was read from, for the key checks' messages. */
const lineOf = new WeakMap<object, number>();

/** The descriptor, or the refusal that names what is wrong with it. */
function readDescriptor(bytes: Uint8Array | undefined): PackageDescriptor {
  if (!bytes) throw tenantError('tenant.noDescriptor');
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(bytes));
  } catch {
    throw tenantError('tenant.descriptorJson');
  }
  const d = parsed as Partial<PackageDescriptor> | null;
  if (typeof d !== 'object' || d === null || Array.isArray(d))
    throw tenantError('tenant.descriptorShape', { property: 'resources' });
  if (!Array.isArray(d.resources) || d.resources.length === 0)
    throw tenantError('tenant.descriptorShape', { property: 'resources' });
  if (d.name !== TENANT_PACKAGE_NAME)
    throw tenantError('tenant.descriptorShape', { property: 'name' });
  const version = typeof d.version === 'string' ? d.version : '';
  const major = /^(\d+)\.\d+\.\d+$/.exec(version)?.[1];
  if (major === undefined || Number(major) !== SUPPORTED_MAJOR)
    throw tenantError('tenant.version', {
      version: version || '—',
      supported: `${SUPPORTED_MAJOR}.x`,
    });
  for (const r of d.resources) {
    const ok =
      typeof r === 'object' &&
      r !== null &&
      typeof r.name === 'string' &&
      typeof r.path === 'string' &&
      r.path === `${r.name}.csv` &&
      Number.isInteger(r.bytes) &&
      Number.isInteger(r['kaizala:rows']) &&
      typeof r.hash === 'string' &&
      HASH.test(r.hash) &&
      typeof r.schema === 'object' &&
      r.schema !== null &&
      Array.isArray(r.schema.fields);
    if (!ok)
      throw tenantError('tenant.resourceShape', {
        file: typeof r?.path === 'string' ? r.path : String(r?.name ?? '?'),
      });
  }
  return d as PackageDescriptor;
}

/** The same fields, in the same order, with the same types. */
function sameFields(a: readonly SchemaField[], b: readonly SchemaField[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]?.name !== b[i]?.name || a[i]?.type !== b[i]?.type)
      return (b[i] ?? a[i])?.name ?? String(i + 1);
  }
  return undefined;
}

/** Reads one CSV file's rows as records, checking its header and every row's width. */
function readRows<R>(def: ResourceDef<R>, bytes: Uint8Array): R[] {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw tenantError('tenant.encoding', { file: def.path });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const reader = createCsvReader();
  const expected = def.columns.map((c) => c.field.name);
  const out: R[] = [];
  let header: string[] | undefined;
  // Read a slice at a time, each row turned into its record at once: the file's rows are
  // never all held as arrays of strings beside their records.
  const take = (rows: ReturnType<typeof reader.push>) => {
    for (const { line, fields } of rows) {
      if (!header) {
        header = fields.map(unescapeFormula);
        for (let i = 0; i < Math.max(header.length, expected.length); i++) {
          if (header[i] !== expected[i])
            throw tenantError('tenant.header', {
              file: def.path,
              position: i + 1,
              actual: header[i] ?? '—',
              expected: expected[i] ?? '—',
            });
        }
        continue;
      }
      if (fields.length !== expected.length)
        throw tenantError('tenant.fields', {
          file: def.path,
          line,
          actual: fields.length,
          expected: expected.length,
        });
      const record = recordOf(def, fields.map(unescapeFormula), line);
      lineOf.set(record as object, line);
      out.push(record);
    }
  };
  for (let at = 0; at < text.length; at += SLICE) take(reader.push(text.slice(at, at + SLICE)));
  take(reader.end());
  if (!header)
    throw tenantError('tenant.header', {
      file: def.path,
      position: 1,
      actual: '—',
      expected: expected[0] ?? '—',
    });
  return out;
}

/**
 * Checks a tenant package and reads it into records, or refuses it with the first problem.
 * Nothing is written: the caller writes what this returns.
 */
export function checkPackage(bytes: Uint8Array, name: string): CheckedTenant {
  if (bytes.length === 0) throw tenantError('tenant.empty', { file: name });
  let files: Map<string, Uint8Array>;
  try {
    files = unzipChecked(bytes, MAX_TENANT_BYTES);
  } catch (e) {
    if (!(e instanceof ZipRefused)) throw e;
    const r = e.refusal;
    if (r.code === 'bomb')
      throw tenantError('tenant.zipBomb', {
        file: r.file,
        size: Math.ceil(r.size / 2 ** 20),
        limit: MAX_TENANT_BYTES / 2 ** 20,
      });
    throw tenantError('tenant.notZip', { file: name });
  }
  const descriptor = readDescriptor(files.get(DESCRIPTOR));
  const listed = new Map(descriptor.resources.map((r) => [r.path, r]));
  // Every file of the format is listed, and every listed file is in the zip…
  for (const resource of TENANT_RESOURCES) {
    const path = `${resource}.csv`;
    if (!listed.has(path)) throw tenantError('tenant.resourceMissing', { file: path });
  }
  for (const r of descriptor.resources) {
    if (!TENANT_RESOURCES.some((n) => `${n}.csv` === r.path))
      throw tenantError('tenant.resourceUnknown', { file: r.path });
    if (!files.has(r.path)) throw tenantError('tenant.fileMissing', { file: r.path });
  }
  // …and nothing else is.
  for (const path of files.keys())
    if (path !== DESCRIPTOR && !listed.has(path))
      throw tenantError('tenant.fileExtra', { file: path });
  // Sizes and hashes before any file is read.
  for (const r of descriptor.resources) {
    const data = files.get(r.path)!;
    if (data.length !== r.bytes)
      throw tenantError('tenant.bytes', { file: r.path, actual: data.length, expected: r.bytes });
    if (`sha256:${sha256Hex(data)}` !== r.hash) throw tenantError('tenant.hash', { file: r.path });
  }
  const read = <K extends TenantResourceName>(
    defs: ReturnType<typeof tenantResources>,
    name: K,
  ): Array<TenantRecords[K]> => {
    const def = defs[name] as ResourceDef<TenantRecords[K]>;
    const listedSchema = listed.get(def.path)!.schema;
    const wrong = sameFields(tableSchema(def as ResourceDef<unknown>).fields, listedSchema.fields);
    if (wrong !== undefined) throw tenantError('tenant.schema', { file: def.path, column: wrong });
    const rows = readRows(def, files.get(def.path)!);
    // Its bytes are done with: only the records stay.
    files.delete(def.path);
    const count = listed.get(def.path)!['kaizala:rows'];
    if (count !== rows.length)
      throw tenantError('tenant.rows', { file: def.path, actual: rows.length, expected: count });
    return rows;
  };
  // The attributes first: they are columns of the users files.
  // A package of an older minor version is read with the columns it was written with.
  const version = descriptor.version;
  const attributes = read(tenantResources([], version), 'attributes') as Attribute[];
  const defs = tenantResources(
    [...attributes].sort((a, b) => a.order - b.order),
    version,
  );
  const records = {} as { [K in TenantResourceName]: Array<TenantRecords[K]> };
  for (const name of TENANT_RESOURCES) {
    (records as Record<string, unknown[]>)[name] =
      name === 'attributes' ? attributes : read(defs, name);
  }
  checkKeys(defs, records);
  const org = records.organization[0];
  if (!org || records.organization.length !== 1)
    throw tenantError('tenant.organizationRows', {
      file: 'organization.csv',
      actual: records.organization.length,
    });
  // Someone must be able to act on the restored organization.
  if (!records.users.some((u) => u.orgRole === 'admin'))
    throw tenantError('tenant.noOrgAdmin', { file: 'users.csv' });
  const parents = new Map(records['group-hierarchy'].map((l) => [l.groupId, l.parentId]));
  const groups: Group[] = records.groups.map((g) => {
    const parentId = parents.get(g.id);
    return parentId === undefined ? g : { ...g, parentId };
  });
  const users: StoredUser[] = [
    ...records.users.map(toStored),
    ...records['deleted-users'].map(toStored),
  ];
  const jobs: JobRecordBase[] = [...records['import-history'], ...records['export-history']];
  const counts = Object.fromEntries(
    TENANT_RESOURCES.map((n) => [n, (records[n] as unknown[]).length]),
  ) as Record<TenantResourceName, number>;
  return {
    org,
    counts,
    rows: {
      org: [org],
      users,
      attributes,
      groups,
      memberships: records['group-members'],
      connectors: records.connectors,
      actions: records.actions,
      publications: records['action-publications'],
      messages: records.messages,
      responses: records['action-responses'],
      jobs,
      audit: records['audit-log'],
    },
  };
}

/** Primary keys unique, foreign keys resolving, a user not both live and deleted, no loops. */
function checkKeys(
  defs: ReturnType<typeof tenantResources>,
  records: { [K in TenantResourceName]: Array<TenantRecords[K]> },
): void {
  const keys = new Map<TenantResourceName, Set<string>>();
  const keyOf = (def: ResourceDef<unknown>, fields: readonly string[], record: unknown) =>
    fields
      .map((f) => {
        const c = def.columns.find((col) => col.field.name === f)!;
        return String(c.get(record as never));
      })
      .join('\u0000');
  const line = (record: unknown, i: number) => lineOf.get(record as object) ?? i + 2;
  for (const name of TENANT_RESOURCES) {
    const def = defs[name] as ResourceDef<unknown>;
    if (!def.primaryKey) continue;
    const seen = new Set<string>();
    (records[name] as unknown[]).forEach((record, i) => {
      const key = keyOf(def, def.primaryKey!, record);
      if (seen.has(key))
        throw tenantError('tenant.duplicateKey', {
          file: def.path,
          line: line(record, i),
          column: def.primaryKey!.join(', '),
          value: key.replace(/\u0000/g, ', ').slice(0, 60),
        });
      seen.add(key);
    });
    keys.set(name, seen);
  }
  const live = keys.get('users')!;
  // Likes: each a person of the directory (live or deleted) with a time, at most one each.
  const people = new Set([...live, ...records['deleted-users'].map((u) => u.phone)]);
  records.messages.forEach((m, i) => {
    const given = new Set<string>();
    for (const r of (m.reactions ?? []) as unknown[]) {
      const { phone, at } = (typeof r === 'object' && r !== null ? r : {}) as Record<
        string,
        unknown
      >;
      const bad =
        typeof phone !== 'string' || !people.has(phone)
          ? 'tenant.reaction.who'
          : typeof at !== 'number' || !Number.isFinite(at)
            ? 'tenant.reaction.when'
            : given.has(phone)
              ? 'tenant.reaction.twice'
              : undefined;
      if (bad)
        throw tenantError(bad, {
          file: 'messages.csv',
          line: line(m, i),
          value: JSON.stringify(r).slice(0, 60),
        });
      given.add(phone as string);
    }
  });
  records['deleted-users'].forEach((u, i) => {
    if (live.has(u.phone))
      throw tenantError('tenant.deletedTwice', {
        file: 'deleted-users.csv',
        line: line(u, i),
        value: u.phone,
      });
  });
  for (const name of TENANT_RESOURCES) {
    const def = defs[name] as ResourceDef<unknown>;
    for (const fk of def.foreignKeys ?? []) {
      const target = keys.get(fk.reference.resource as TenantResourceName)!;
      (records[name] as unknown[]).forEach((record, i) => {
        const value = keyOf(def, fk.fields, record);
        if (!target.has(value))
          throw tenantError('tenant.foreignKey', {
            file: def.path,
            line: line(record, i),
            column: fk.fields.join(', '),
            value: value.slice(0, 60),
            target: `${fk.reference.resource}.csv`,
          });
      });
    }
  }
  const loop = hierarchyCycle(
    new Map(records['group-hierarchy'].map((l) => [l.groupId, l.parentId])),
  );
  if (loop !== undefined)
    throw tenantError('tenant.cycle', { file: 'group-hierarchy.csv', value: loop });
}

/** A refusal as it is reported: the sandbox is untouched whatever the reason. */
export function isTenantRefusal(error: unknown): error is DomainError {
  return error instanceof DomainError && error.code.startsWith('tenant.');
}

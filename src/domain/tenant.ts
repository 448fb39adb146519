import { plainNumber } from './attributes';
import { fileStamp } from './clock';
import { DomainError, type Params } from './errors';
import type { JobRecordBase } from './jobs';
import type {
  ActionResponse,
  Attribute,
  AttributeType,
  AuditEvent,
  Connector,
  Group,
  Membership,
  Message,
  OrgAction,
  Organization,
  Publication,
  User,
} from './types';

/**
 * The tenant data package (SPEC §9): one zip that is a Frictionless Data Package (v2) — a
 * `datapackage.json` describing fifteen CSV files, each with a Table Schema. Each resource is
 * declared once here, field by field: its column, its Table Schema type, how a record gives
 * the value and how a value goes back into a record. The writer and the restore both read
 * these declarations, so what is written is exactly what is read back.
 */

export const TENANT_PACKAGE_NAME = 'kaizala-lab-tenant';
/**
 * The lab's tenant format. A package of another major version is refused; an older minor
 * version lacks the columns added since, and is read without them (1.1.0 added the Likes of
 * messages, `Reactions`).
 */
export const TENANT_FORMAT_VERSION = '1.1.0';

/** The minor version of a `1.x.y` format version (0 when it is none). */
export function formatMinor(version: string): number {
  return Number(/^\d+\.(\d+)\.\d+$/.exec(version)?.[1] ?? 0);
}
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const DATA_RESOURCE_PROFILE = 'https://datapackage.org/profiles/2.0/dataresource.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/** A Table Schema field type the package uses. */
export type FieldType =
  'string' | 'integer' | 'number' | 'boolean' | 'datetime' | 'object' | 'array';

/** A value of a field as the lab holds it (before it becomes a cell). */
export type FieldValue = string | number | boolean | Record<string, unknown> | unknown[];

/** A Table Schema field as written into `datapackage.json`. */
export interface SchemaField {
  name: string;
  type: FieldType;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  $schema: string;
  fields: SchemaField[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
  missingValues: string[];
}

/** One column of a resource: its field, and how it is read from and set on a record. */
interface Column<R> {
  field: SchemaField;
  get: (record: R) => FieldValue | undefined;
  set: (record: R, value: FieldValue) => void;
}

export interface ResourceDef<R> {
  name: TenantResourceName;
  path: string;
  columns: Array<Column<R>>;
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
  /** A new, empty record that `set` fills. */
  blank: () => R;
}

export const TENANT_RESOURCES = [
  'organization',
  'users',
  'attributes',
  'groups',
  'group-members',
  'group-hierarchy',
  'connectors',
  'actions',
  'action-publications',
  'messages',
  'action-responses',
  'import-history',
  'export-history',
  'audit-log',
  'deleted-users',
] as const;
export type TenantResourceName = (typeof TENANT_RESOURCES)[number];

/** A hierarchy link: `groupId` is a child of `parentId`. */
export interface HierarchyLink {
  groupId: string;
  parentId: string;
}

/** What each resource's rows are. */
export interface TenantRecords {
  organization: Organization;
  users: User;
  attributes: Attribute;
  groups: Group;
  'group-members': Membership;
  'group-hierarchy': HierarchyLink;
  connectors: Connector;
  actions: OrgAction;
  'action-publications': Publication;
  messages: Message;
  'action-responses': ActionResponse;
  'import-history': JobRecordBase;
  'export-history': JobRecordBase;
  'audit-log': AuditEvent;
  'deleted-users': User;
}

const YES = ['Yes'];
const NO = ['No'];

// ---- column builders ----

type Rec = Record<string, unknown>;

function field(
  name: string,
  type: FieldType,
  required = false,
  values?: string[],
  pattern?: string,
): SchemaField {
  const f: SchemaField = { name, type };
  if (type === 'boolean') {
    f.trueValues = YES;
    f.falseValues = NO;
  }
  if (required || values || pattern)
    f.constraints = {
      ...(required ? { required } : {}),
      ...(values ? { enum: values } : {}),
      ...(pattern ? { pattern } : {}),
    };
  return f;
}

/** An E.164 phone number, as every phone the lab stores is. */
export const PHONE_PATTERN = '^\\+[1-9][0-9]{6,14}$';
/** A date attribute's value: a day, or a day and a time (ISO 8601). */
const DATE_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$';

/** A column read from and written to `key` of the record as it is. */
function col<R>(
  name: string,
  type: FieldType,
  key: keyof R & string,
  options: { required?: boolean; values?: readonly string[]; pattern?: string } = {},
): Column<R> {
  return {
    field: field(
      name,
      type,
      options.required,
      options.values ? [...options.values] : undefined,
      options.pattern,
    ),
    get: (r) => (r as Rec)[key] as FieldValue | undefined,
    set: (r, v) => {
      (r as Rec)[key] = v;
    },
  };
}

/** A time column: epoch milliseconds in the record, ISO 8601 in the file. */
function time<R>(name: string, key: keyof R & string, required = false): Column<R> {
  return {
    field: field(name, 'datetime', required),
    get: (r) => {
      const v = (r as Rec)[key];
      return typeof v === 'number' ? new Date(v).toISOString() : undefined;
    },
    set: (r, v) => {
      (r as Rec)[key] = Date.parse(v as string);
    },
  };
}

const NETWORKS = ['employee', 'others'] as const;
const ORG_ROLES = ['admin', 'member'] as const;
const SOURCES = ['portal', 'import', 'group-admin', 'directory-sync', 'office365-sign-in'] as const;
const ATTRIBUTE_TYPES: readonly AttributeType[] = ['text', 'number', 'yesno', 'datetime'];
const GROUP_ROLES = ['admin', 'member'] as const;
const JOB_STATUSES = ['completed', 'failed', 'cancelled'] as const;

/** The Table Schema type an attribute's values take in `users.csv`. */
function attributeFieldType(type: AttributeType): FieldType {
  if (type === 'number') return 'number';
  if (type === 'yesno') return 'boolean';
  // Dates are a day or a day and time (both ISO 8601), so they are strings to a reader.
  return 'string';
}

function userColumns(attributes: readonly Attribute[]): Array<Column<User>> {
  return [
    col<User>('Phone Number', 'string', 'phone', { required: true, pattern: PHONE_PATTERN }),
    col<User>('Name', 'string', 'name'),
    col<User>('Network', 'string', 'network', { required: true, values: NETWORKS }),
    col<User>('Org Role', 'string', 'orgRole', { required: true, values: ORG_ROLES }),
    col<User>('Source', 'string', 'source', { required: true, values: SOURCES }),
    time<User>('Created', 'createdAt', true),
    time<User>('Updated', 'updatedAt', true),
    ...attributes.map((a): Column<User> => ({
      field: field(
        a.name,
        attributeFieldType(a.type),
        false,
        undefined,
        a.type === 'datetime' ? DATE_PATTERN : undefined,
      ),
      get: (u) => u.attrs[a.id],
      set: (u, v) => {
        u.attrs[a.id] = v as string | number | boolean;
      },
    })),
  ];
}

/** A job's own columns; the kind's other fields go into Details. */
const JOB_KEYS = new Set([
  'id',
  'kind',
  'fileName',
  'status',
  'reason',
  'createdBy',
  'createdByName',
  'createdAt',
  'finishedAt',
]);
/** Fields of a running job's bookkeeping: not history, never exported. */
const JOB_TRANSIENT = new Set(['runStartedAt', 'runStartRows', 'progressAt', 'cancelRequested']);

function jobResource(name: 'import-history' | 'export-history'): ResourceDef<JobRecordBase> {
  return {
    name,
    path: `${name}.csv`,
    blank: () => ({ fileName: '', createdByName: '' }) as JobRecordBase,
    primaryKey: ['Job Id'],
    columns: [
      col<JobRecordBase>('Job Id', 'string', 'id', { required: true }),
      col<JobRecordBase>('Kind', 'string', 'kind', {
        required: true,
        values:
          name === 'import-history'
            ? ['user-import', 'group-upload']
            : ['user-export', 'tenant-export'],
      }),
      col<JobRecordBase>('File Name', 'string', 'fileName'),
      col<JobRecordBase>('Status', 'string', 'status', { required: true, values: JOB_STATUSES }),
      col<JobRecordBase>('Reason', 'object', 'reason'),
      col<JobRecordBase>('Created By', 'string', 'createdBy', { required: true }),
      col<JobRecordBase>('Created By Name', 'string', 'createdByName'),
      time<JobRecordBase>('Created', 'createdAt', true),
      time<JobRecordBase>('Finished', 'finishedAt'),
      {
        field: field('Details', 'object'),
        get: (job) => {
          const details: Rec = {};
          for (const [k, v] of Object.entries(job))
            if (!JOB_KEYS.has(k) && !JOB_TRANSIENT.has(k) && v !== undefined) details[k] = v;
          return details;
        },
        // Only the kind's own fields: the columns above are checked, and stay as read.
        set: (job, v) => {
          for (const [k, value] of Object.entries(v as Rec))
            if (!JOB_KEYS.has(k) && !JOB_TRANSIENT.has(k) && k !== '__proto__')
              (job as unknown as Rec)[k] = value;
        },
      },
    ],
  };
}

/** Every resource's declaration, for an organization with these attributes. */
export function tenantResources(
  attributes: readonly Attribute[],
  version: string = TENANT_FORMAT_VERSION,
): {
  [K in TenantResourceName]: ResourceDef<TenantRecords[K]>;
} {
  const users = userColumns(attributes);
  const minor = formatMinor(version);
  return {
    organization: {
      name: 'organization',
      path: 'organization.csv',
      blank: () => ({ id: 'org' }) as Organization,
      columns: [
        col<Organization>('Name', 'string', 'name', { required: true }),
        col<Organization>('Region', 'string', 'region', { required: true }),
        col<Organization>('Language', 'string', 'locale', { required: true, values: ['en', 'pl'] }),
        time<Organization>('Created', 'createdAt', true),
        col<Organization>('Clock Offset', 'integer', 'clockOffset', { required: true }),
      ],
    },
    users: {
      name: 'users',
      path: 'users.csv',
      blank: () => ({ name: '', attrs: {} }) as unknown as User,
      primaryKey: ['Phone Number'],
      columns: users,
    },
    attributes: {
      name: 'attributes',
      path: 'attributes.csv',
      blank: () => ({}) as Attribute,
      primaryKey: ['Attribute Id'],
      columns: [
        col<Attribute>('Attribute Id', 'string', 'id', { required: true }),
        col<Attribute>('Name', 'string', 'name', { required: true }),
        col<Attribute>('Type', 'string', 'type', { required: true, values: ATTRIBUTE_TYPES }),
        col<Attribute>('Mandatory', 'boolean', 'mandatory', { required: true }),
        col<Attribute>('User Editable', 'boolean', 'userEditable', { required: true }),
        col<Attribute>('Visible To All', 'boolean', 'visibleToAll', { required: true }),
        col<Attribute>('Suggested', 'string', 'suggested'),
        time<Attribute>('Created', 'createdAt', true),
        col<Attribute>('Order', 'integer', 'order', { required: true }),
      ],
    },
    groups: {
      name: 'groups',
      path: 'groups.csv',
      blank: () => ({ kind: 'organization' }) as Group,
      primaryKey: ['Group Id'],
      columns: [
        col<Group>('Group Id', 'string', 'id', { required: true }),
        col<Group>('Name', 'string', 'name', { required: true }),
        col<Group>('Created By', 'string', 'createdBy', { required: true }),
        time<Group>('Created', 'createdAt', true),
      ],
    },
    'group-members': {
      name: 'group-members',
      path: 'group-members.csv',
      blank: () => ({}) as Membership,
      primaryKey: ['Group Id', 'Phone Number'],
      foreignKeys: [
        { fields: ['Group Id'], reference: { resource: 'groups', fields: ['Group Id'] } },
        { fields: ['Phone Number'], reference: { resource: 'users', fields: ['Phone Number'] } },
      ],
      columns: [
        col<Membership>('Group Id', 'string', 'groupId', { required: true }),
        col<Membership>('Phone Number', 'string', 'phone', {
          required: true,
          pattern: PHONE_PATTERN,
        }),
        col<Membership>('Role', 'string', 'role', { required: true, values: GROUP_ROLES }),
        time<Membership>('Added', 'addedAt', true),
      ],
    },
    'group-hierarchy': {
      name: 'group-hierarchy',
      path: 'group-hierarchy.csv',
      blank: () => ({}) as HierarchyLink,
      primaryKey: ['Group Id'],
      foreignKeys: [
        { fields: ['Group Id'], reference: { resource: 'groups', fields: ['Group Id'] } },
        { fields: ['Parent Group Id'], reference: { resource: 'groups', fields: ['Group Id'] } },
      ],
      columns: [
        col<HierarchyLink>('Group Id', 'string', 'groupId', { required: true }),
        col<HierarchyLink>('Parent Group Id', 'string', 'parentId', { required: true }),
      ],
    },
    connectors: {
      name: 'connectors',
      path: 'connectors.csv',
      // The secret never leaves the lab (SPEC §9): a restored connector has none to check.
      blank: () => ({ description: '', secretHash: '' }) as Connector,
      primaryKey: ['Connector Id'],
      columns: [
        col<Connector>('Connector Id', 'string', 'id', { required: true }),
        col<Connector>('Name', 'string', 'name', { required: true }),
        col<Connector>('Description', 'string', 'description'),
        col<Connector>('Owner', 'string', 'owner', { required: true }),
        time<Connector>('Created', 'createdAt', true),
        col<Connector>('Active', 'boolean', 'active', { required: true }),
        time<Connector>('Deactivated', 'deactivatedAt'),
        col<Connector>('Deactivated By', 'string', 'deactivatedBy'),
        {
          field: field('Has Secret', 'boolean', true),
          get: (c) => c.secretHash !== '',
          set: (c, v) => {
            // Only that a secret existed is known; the restored connector keeps a marker.
            c.secretHash = v === true ? RESTORED_SECRET : '';
          },
        },
      ],
    },
    actions: {
      name: 'actions',
      path: 'actions.csv',
      blank: () => ({ description: '' }) as OrgAction,
      primaryKey: ['Action Id'],
      columns: [
        col<OrgAction>('Action Id', 'string', 'id', { required: true }),
        col<OrgAction>('Name', 'string', 'name', { required: true }),
        col<OrgAction>('Type', 'string', 'type', { required: true }),
        col<OrgAction>('Description', 'string', 'description'),
        col<OrgAction>('Created By', 'string', 'createdBy', { required: true }),
        time<OrgAction>('Created', 'createdAt', true),
        col<OrgAction>('Built In', 'boolean', 'builtIn', { required: true }),
      ],
    },
    'action-publications': {
      name: 'action-publications',
      path: 'action-publications.csv',
      blank: () => ({}) as Publication,
      primaryKey: ['Publication Id'],
      foreignKeys: [
        { fields: ['Group Id'], reference: { resource: 'groups', fields: ['Group Id'] } },
      ],
      columns: [
        col<Publication>('Publication Id', 'string', 'id', { required: true }),
        col<Publication>('Group Id', 'string', 'groupId', { required: true }),
        col<Publication>('Kind', 'string', 'kind', {
          required: true,
          values: ['action', 'connector'],
        }),
        col<Publication>('Ref Id', 'string', 'refId', { required: true }),
        col<Publication>('Roles', 'array', 'roles'),
        col<Publication>('Published By', 'string', 'publishedBy', { required: true }),
        time<Publication>('Published', 'publishedAt', true),
      ],
    },
    messages: {
      name: 'messages',
      path: 'messages.csv',
      blank: () => ({ text: '' }) as Message,
      primaryKey: ['Message Id'],
      foreignKeys: [
        { fields: ['Group Id'], reference: { resource: 'groups', fields: ['Group Id'] } },
      ],
      columns: [
        col<Message>('Message Id', 'integer', 'id', { required: true }),
        col<Message>('Group Id', 'string', 'groupId', { required: true }),
        col<Message>('Author', 'string', 'author', { required: true }),
        time<Message>('Sent', 'at', true),
        col<Message>('Kind', 'string', 'kind', { required: true, values: ['text', 'card'] }),
        col<Message>('Text', 'string', 'text'),
        col<Message>('Action Id', 'string', 'actionId'),
        col<Message>('Card', 'object', 'card'),
        ...(minor >= 1 ? [col<Message>('Reactions', 'array', 'reactions')] : []),
      ],
    },
    'action-responses': {
      name: 'action-responses',
      path: 'action-responses.csv',
      blank: () => ({}) as ActionResponse,
      primaryKey: ['Response Id'],
      foreignKeys: [
        { fields: ['Message Id'], reference: { resource: 'messages', fields: ['Message Id'] } },
        { fields: ['Group Id'], reference: { resource: 'groups', fields: ['Group Id'] } },
      ],
      columns: [
        col<ActionResponse>('Response Id', 'integer', 'id', { required: true }),
        col<ActionResponse>('Message Id', 'integer', 'messageId', { required: true }),
        col<ActionResponse>('Group Id', 'string', 'groupId', { required: true }),
        col<ActionResponse>('Author', 'string', 'author', { required: true }),
        time<ActionResponse>('Responded', 'at', true),
        col<ActionResponse>('Response', 'object', 'response', { required: true }),
      ],
    },
    'import-history': jobResource('import-history'),
    'export-history': jobResource('export-history'),
    'audit-log': {
      name: 'audit-log',
      path: 'audit-log.csv',
      blank: () => ({ target: '' }) as AuditEvent,
      primaryKey: ['Event Id'],
      columns: [
        col<AuditEvent>('Event Id', 'integer', 'id', { required: true }),
        time<AuditEvent>('At', 'at', true),
        col<AuditEvent>('Actor', 'string', 'actor', { required: true }),
        col<AuditEvent>('Action', 'string', 'action', { required: true }),
        col<AuditEvent>('Target', 'string', 'target'),
        col<AuditEvent>('Details', 'object', 'details'),
      ],
    },
    'deleted-users': {
      name: 'deleted-users',
      path: 'deleted-users.csv',
      blank: () => ({ name: '', attrs: {} }) as unknown as User,
      primaryKey: ['Phone Number'],
      columns: [
        ...users,
        time<User>('Deleted At', 'deletedAt', true),
        col<User>('Deleted By', 'string', 'deletedBy'),
        col<User>('Memberships', 'array', 'removedMemberships'),
      ],
    },
  };
}

/** What a restored connector's secret hash holds: it had one, nobody knows it. */
export const RESTORED_SECRET = 'restored-unknown';

/** The Table Schema of a resource, as written into `datapackage.json`. */
export function tableSchema(def: ResourceDef<unknown>): TableSchema {
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: def.columns.map((c) => c.field),
    ...(def.primaryKey ? { primaryKey: def.primaryKey } : {}),
    ...(def.foreignKeys ? { foreignKeys: def.foreignKeys } : {}),
    missingValues: [''],
  };
}

// ---- cells ----

/** A value as its cell: the field's type decides (SPEC §6 escaping is the writer's). */
export function cellOf(type: FieldType, value: FieldValue | undefined): string {
  if (value === undefined || value === null) return '';
  switch (type) {
    case 'boolean':
      return value === true ? YES[0]! : NO[0]!;
    case 'number':
      return plainNumber(value as number);
    case 'integer':
      return String(value);
    case 'object':
    case 'array':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A cell read back as its value, or a reason it is not one (`tenant.value.*`). An empty
 * cell is a missing value.
 */
export function valueOf(f: SchemaField, cell: string): { value?: FieldValue; problem?: string } {
  if (cell === '') return f.constraints?.required ? { problem: 'tenant.value.required' } : {};
  let value: FieldValue;
  switch (f.type) {
    case 'boolean':
      if (cell === YES[0]) value = true;
      else if (cell === NO[0]) value = false;
      else return { problem: 'tenant.value.boolean' };
      break;
    case 'integer':
      if (!INTEGER.test(cell)) return { problem: 'tenant.value.integer' };
      value = Number(cell);
      break;
    case 'number':
      if (!NUMBER.test(cell)) return { problem: 'tenant.value.number' };
      value = Number(cell);
      break;
    case 'datetime':
      if (!DATETIME.test(cell) || Number.isNaN(Date.parse(cell)))
        return { problem: 'tenant.value.datetime' };
      value = cell;
      break;
    case 'object':
    case 'array': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(cell);
      } catch {
        return { problem: `tenant.value.${f.type}` };
      }
      const isArray = Array.isArray(parsed);
      if (f.type === 'array' ? !isArray : isArray || typeof parsed !== 'object' || parsed === null)
        return { problem: `tenant.value.${f.type}` };
      value = parsed as FieldValue;
      break;
    }
    default:
      value = cell;
  }
  const allowed = f.constraints?.enum;
  if (allowed && !allowed.includes(cell)) return { problem: 'tenant.value.enum' };
  const pattern = f.constraints?.pattern;
  if (pattern !== undefined && !new RegExp(pattern).test(cell))
    return { problem: 'tenant.value.pattern' };
  return { value };
}

/** A record's cells, in its resource's column order. */
export function rowOf<R>(def: ResourceDef<R>, record: R): string[] {
  return def.columns.map((c) => cellOf(c.field.type, c.get(record)));
}

/**
 * A row's cells back as a record; a bad cell is refused with the file, the line and the
 * column (the restore stops at the first one).
 */
export function recordOf<R>(def: ResourceDef<R>, cells: readonly string[], line: number): R {
  const record = def.blank();
  def.columns.forEach((c, i) => {
    const read = valueOf(c.field, cells[i] ?? '');
    if (read.problem)
      throw tenantError(read.problem, {
        file: def.path,
        line,
        column: c.field.name,
        value: (cells[i] ?? '').slice(0, 40),
      });
    if (read.value !== undefined) c.set(record, read.value);
  });
  return record;
}

/** A refusal of a package: the code names the check, the params the file, line and column. */
export function tenantError(code: string, params: Params = {}): DomainError {
  return new DomainError(code, params);
}

/** The name of a tenant export file, e.g. `kaizala-tenant-2026-12-04-1430.zip`. */
export function tenantFileName(now: number): string {
  return `kaizala-tenant-${fileStamp(now)}.zip`;
}

/** A group on a loop of the parent links `links` (child → parent), or undefined when there is none. */
export function hierarchyCycle(links: ReadonlyMap<string, string>): string | undefined {
  const done = new Set<string>();
  for (const start of links.keys()) {
    const path = new Set<string>();
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at)) {
      if (path.has(at)) return at;
      path.add(at);
      at = links.get(at);
    }
    for (const p of path) done.add(p);
  }
  return undefined;
}

/** Plain data shapes shared by every layer. Timestamps are epoch milliseconds of the simulated clock. */

export type Network = 'employee' | 'others';
export type UserSource =
  'portal' | 'import' | 'group-admin' | 'directory-sync' | 'office365-sign-in';
export type OrgRole = 'admin' | 'member';
export type AttributeType = 'text' | 'number' | 'yesno' | 'datetime';
export type Locale = 'en' | 'pl';

export interface Organization {
  id: 'org';
  name: string;
  /** ISO 3166 alpha-2 region used to read phone numbers without a `+` prefix. */
  region: string;
  /** Milliseconds added to the real clock. */
  clockOffset: number;
  locale: Locale;
  createdAt: number;
}

export type AttributeValue = string | number | boolean;

export interface User {
  /** E.164 phone number: the user's key. */
  phone: string;
  name: string;
  network: Network;
  orgRole: OrgRole;
  source: UserSource;
  /** Attribute id → normalized value. A missing key means no value. */
  attrs: Record<string, AttributeValue>;
  createdAt: number;
  updatedAt: number;
  /** Set while the user sits in the 30-day restore window. */
  deletedAt?: number;
  deletedBy?: string;
  /** Organization-group memberships taken away by the deletion, given back by Restore. */
  removedMemberships?: Membership[];
}

export interface Attribute {
  id: string;
  name: string;
  type: AttributeType;
  mandatory: boolean;
  userEditable: boolean;
  visibleToAll: boolean;
  /** Key of the suggested attribute it came from, if any. */
  suggested?: string;
  createdAt: number;
  /** Position in the Manage Attributes list and in templates. */
  order: number;
}

export type GroupKind = 'organization' | 'private';
export type GroupRole = 'admin' | 'member';

export interface Group {
  id: string;
  name: string;
  kind: GroupKind;
  parentId?: string;
  createdBy: string;
  createdAt: number;
}

export interface Membership {
  groupId: string;
  phone: string;
  role: GroupRole;
  addedAt: number;
}

export interface AuditEvent {
  id?: number;
  at: number;
  /** Phone of the acting user, or `system`. */
  actor: string;
  /** Dotted action code, e.g. `user.add`. */
  action: string;
  /** What was acted on: a phone, attribute id, group id… */
  target: string;
  /** Small structured details for the audit trail. */
  details?: Record<string, unknown>;
}

/** Columns of the directory list besides phone and name. */
export type BuiltinColumn = 'source' | 'createdAt' | 'updatedAt' | 'orgRole';
export type DirectoryColumn =
  { kind: 'builtin'; key: BuiltinColumn } | { kind: 'attr'; id: string };
export type SortKey = 'phone' | 'name' | BuiltinColumn | `attr:${string}`;

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

/** Directory → More → Select Columns: extra columns besides phone and name (SPEC §3). */
export const MAX_EXTRA_COLUMNS = 4;

/** Columns of the directory list besides phone and name. */
export type BuiltinColumn = 'source' | 'createdAt' | 'updatedAt' | 'orgRole';
export type DirectoryColumn =
  { kind: 'builtin'; key: BuiltinColumn } | { kind: 'attr'; id: string };
export type SortKey = 'phone' | 'name' | BuiltinColumn | `attr:${string}`;

// ---- Connectors, Actions and group conversations (SPEC §1, §8) ----

/** The Action card types of the Kaizala catalog. */
export type ActionType =
  'announcement' | 'poll' | 'survey' | 'job' | 'checklist' | 'meet' | 'attendance' | 'training';

/** An integration registered in the portal. The secret is shown once and only its hash is kept. */
export interface Connector {
  id: string;
  name: string;
  description: string;
  /** SHA-256 (hex) of the secret. */
  secretHash: string;
  /** Phone of the admin who registered it. */
  owner: string;
  createdAt: number;
  active: boolean;
  deactivatedAt?: number;
  deactivatedBy?: string;
}

/** An organization Action: one of the built-in catalog or a custom one based on a catalog type. */
export interface OrgAction {
  id: string;
  name: string;
  type: ActionType;
  description: string;
  /** Phone of the admin who added it, or `kaizala` for the built-in catalog. */
  createdBy: string;
  createdAt: number;
  builtIn: boolean;
}

export type PublicationKind = 'action' | 'connector';

/** An Action published to a group (with the roles allowed to send it) or a connector attached to one. */
export interface Publication {
  /** `kind:groupId:refId` — one publication of a thing per group. */
  id: string;
  groupId: string;
  kind: PublicationKind;
  /** The Action's or connector's id. */
  refId: string;
  /** Group roles allowed to send the Action; absent for connectors. */
  roles?: GroupRole[];
  publishedBy: string;
  publishedAt: number;
}

/** What a sent Action card carries. */
export type Card =
  | { type: 'announcement'; title: string; text: string }
  | { type: 'poll'; question: string; options: string[] }
  | { type: 'survey'; title: string; questions: string[] }
  | { type: 'job'; title: string; text: string }
  | { type: 'checklist'; title: string; items: string[] }
  | { type: 'meet'; title: string; at: number; place: string }
  | { type: 'attendance'; title: string }
  | { type: 'training'; title: string; text: string };

/** One person's response to a card; a later response replaces their earlier one. */
export type CardResponse =
  | { type: 'announcement'; acknowledged: true }
  | { type: 'poll'; option: number }
  | { type: 'survey'; answers: string[] }
  | { type: 'job'; done: true }
  | { type: 'checklist'; ticked: number[] }
  | { type: 'meet'; going: boolean }
  | { type: 'attendance'; present: true }
  | { type: 'training'; completed: true };

/** A message of a group's conversation: text, or an Action card. */
export interface Message {
  id?: number;
  groupId: string;
  /** Phone of the sender. */
  author: string;
  at: number;
  kind: 'text' | 'card';
  /** The text of a text message; empty for a card. */
  text: string;
  /** The Action a card was sent with. */
  actionId?: string;
  card?: Card;
  /** Likes, one per person at most (SPEC §8 counts them as reactions). */
  reactions?: Reaction[];
}

/** A Like given to a message: who, and when. */
export interface Reaction {
  phone: string;
  at: number;
}

export interface ActionResponse {
  id?: number;
  messageId: number;
  groupId: string;
  author: string;
  at: number;
  response: CardResponse;
}

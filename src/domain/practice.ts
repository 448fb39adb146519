import type { Params } from './errors';
import type { DemoOrganization } from './demo';
import type { JobRecordBase } from './jobs';
import type { Capability } from './permissions';
import { fold } from './users';
import type {
  ActionResponse,
  Attribute,
  AuditEvent,
  Connector,
  Group,
  Membership,
  Message,
  Organization,
  Publication,
  User,
} from './types';

/**
 * Practice (SPEC §11): exercises that start from a known sandbox and check what the trainee
 * did. A check is a pure function of the sandbox's data (read through the kernel) and of
 * the facts of the exercise's starting state: it returns a list of criteria, each passed or
 * not; the UI turns their keys into sentences and, for those not passed, a tip.
 */

/** The sandbox's tables a check may read; each exercise names the ones it needs. */
export type PracticeTable =
  | 'attributes'
  | 'users'
  | 'groups'
  | 'memberships'
  | 'connectors'
  | 'publications'
  | 'messages'
  | 'responses'
  | 'jobs'
  | 'audit';

/** What a check sees. Tables the exercise does not read are empty. */
export interface PracticeData {
  org: Organization | undefined;
  attributes: Attribute[];
  users: User[];
  groups: Group[];
  memberships: Membership[];
  connectors: Connector[];
  publications: Publication[];
  messages: Message[];
  responses: ActionResponse[];
  jobs: (JobRecordBase & { counts?: Record<string, number> })[];
  audit: AuditEvent[];
  /** The answer the trainee typed, for exercises that ask a question. */
  answer: string | undefined;
  /** The tenant package the sandbox was restored from, if it was. */
  restored: { fileName: string; at: number } | undefined;
  /** The exercise whose Start set up the sandbox (none after a reset or the demo). */
  started: string | undefined;
  /** Simulated time of the check. */
  now: number;
}

/** One line of a check: its sentence and tip are `practice.<id>.c.<key>` / `.tip.<key>`. */
export interface Criterion {
  key: string;
  passed: boolean;
  params?: Params;
}

/** Names and numbers of the starting state that the texts and the check use. */
export type Facts = Record<string, string | number>;

export interface Exercise {
  id: string;
  /** The guides (their slugs under /guides/) that teach what the exercise practises. */
  guides: readonly string[];
  /** What the check reads. */
  reads: readonly PracticeTable[];
  /** How many steps and hints its strings hold (`.step.1`…, `.hint.1`…). */
  steps: number;
  hints: number;
  /** The exercise asks a question: the trainee types the answer. */
  answer?: 'text' | 'number';
  /** A file the exercise hands out: its name and its text for the starting state. */
  sample?: { name: string; text: (demo: DemoOrganization) => string };
  /** Turns the demo organization into the exercise's starting state (in place). */
  start?: (demo: DemoOrganization) => void;
  /**
   * The capability whose data the answer comes from (a report, the tenant package): Check
   * grades the answer only for an actor who may see it, so it reveals nothing to others.
   */
  can?: Capability;
  facts: (demo: DemoOrganization) => Facts;
  check: (data: PracticeData, facts: Facts) => Criterion[];
}

/** Progress kept per browser: a pass stays a pass when the exercise is started again. */
export type PracticeStatus = 'started' | 'passed';
export interface PracticeProgress {
  status: PracticeStatus;
  /** Real time it was last started, and of its last pass. */
  startedAt: number;
  passedAt?: number;
}

/**
 * The criterion every check begins with: the sandbox was set up by this exercise's Start,
 * so the demo (or another exercise's state) that happens to fit never passes it.
 */
export function startedHere(data: PracticeData, id: string): Criterion {
  return criterion('started', data.started === id);
}

// ---------------------------------------------------------------- helpers for checks

/** A criterion. */
export const criterion = (key: string, passed: boolean, params?: Params): Criterion =>
  params ? { key, passed, params } : { key, passed };

/** Names compare as people read them: case, accents and outer spaces aside. */
export const sameName = (a: string, b: string): boolean => fold(a.trim()) === fold(b.trim());

/** The directory user with `phone`, if they are in it (not deleted). */
export function liveUser(data: PracticeData, phone: string): User | undefined {
  const user = data.users.find((u) => u.phone === phone);
  return user && user.deletedAt === undefined ? user : undefined;
}

/** The attribute called `name`. */
export const attributeNamed = (data: PracticeData, name: string): Attribute | undefined =>
  data.attributes.find((a) => sameName(a.name, name));

/** The organization groups called `name`. */
export const orgGroupNamed = (data: PracticeData, name: string): Group | undefined =>
  data.groups.find((g) => g.kind === 'organization' && sameName(g.name, name));

/** The membership of `phone` in `groupId`. */
export const membershipOf = (
  data: PracticeData,
  groupId: string | undefined,
  phone: string,
): Membership | undefined =>
  data.memberships.find((m) => m.groupId === groupId && m.phone === phone);

/** Completed jobs of `kind`, oldest first. */
export const completedJobs = (data: PracticeData, kind: string) =>
  data.jobs
    .filter((j) => j.kind === kind && j.status === 'completed')
    .sort((a, b) => a.createdAt - b.createdAt);

/** The phone and name of demo user `index`, as facts `phone`/`name` or `<prefix>Phone`/`<prefix>Name`. */
export function personFacts(demo: DemoOrganization, index: number, prefix = ''): Facts {
  const user = demo.users[index]!;
  const key = (k: string) => (prefix ? `${prefix}${k[0]!.toUpperCase()}${k.slice(1)}` : k);
  return { [key('phone')]: user.phone, [key('name')]: user.name };
}

/** True when every criterion passed (and there is at least one). */
export const allPassed = (criteria: readonly Criterion[]): boolean =>
  criteria.length > 0 && criteria.every((c) => c.passed);

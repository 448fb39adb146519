import { getRuntime } from './runtime';
import { loadActor } from './context';
import { COLUMNS_PREF } from '../sandbox/sandbox';
import { simulatedNow } from '../../domain/clock';
import { daysLeft } from '../../domain/deletion';
import { missingMandatory } from '../../domain/attributes';
import type { ActorContext } from '../../domain/permissions';
import { fold, listCodeOf, stripIndex, type StoredUser } from '../../domain/users';
import type {
  Attribute,
  AuditEvent,
  DirectoryColumn,
  Group,
  Locale,
  Membership,
  Network,
  Organization,
  User,
} from '../../domain/types';
import {
  auditFor,
  getGroups,
  getOrg,
  getPref,
  listAttributes,
  membershipsOf,
  observe,
} from '../../storage/repos';
import { getJob, getJobFile, getLogParts, jobsWithStatus, listJobs } from '../../storage/jobs-repo';
import type { ImportJob } from '../../domain/import';
import type { UploadJob } from '../../domain/jobs';
import {
  deletedUsers,
  getUser,
  getUsers,
  usersByNamePrefix,
  usersFirstPage,
  type SortDir,
} from '../../storage/users-repo';

/** A directory row: the user plus whether a mandatory attribute is missing. */
export interface DirectoryRow extends User {
  incomplete: boolean;
}

export interface Session {
  org: Organization | undefined;
  actor: User | undefined;
  actorCtx: ActorContext;
  attributes: Attribute[];
  columns: DirectoryColumn[];
  locale: Locale | undefined;
  /** Simulated "now" when the session was read. */
  now: number;
}

function toRow(stored: StoredUser, attributes: readonly Attribute[]): DirectoryRow {
  const user = stripIndex(stored);
  return { ...user, incomplete: missingMandatory(user.attrs, attributes).length > 0 };
}

/** The read side: plain async functions. `watch` turns any of them into a live query. */
export const QUERIES = {
  async session(): Promise<Session> {
    const { db, realNow } = getRuntime();
    // Independent reads run together: every island waits for this before it shows anything.
    const [org, { actor, actorCtx }, attributes, columns, locale] = await Promise.all([
      getOrg(db),
      loadActor(db),
      listAttributes(db),
      getPref<DirectoryColumn[]>(db, COLUMNS_PREF),
      getPref<Locale>(db, 'ui.locale'),
    ]);
    return {
      org,
      actor,
      actorCtx,
      attributes,
      columns: columns ?? [],
      locale,
      now: simulatedNow(org?.clockOffset ?? 0, realNow()),
    };
  },
  /** First rows of a tab in name order, read straight from the index (used while the read model loads). */
  async directoryFirstPage(network: Network, limit: number): Promise<DirectoryRow[]> {
    const { db } = getRuntime();
    const [rows, attributes] = await Promise.all([
      usersFirstPage(db, listCodeOf(network), limit),
      listAttributes(db),
    ]);
    return rows.map((r) => toRow(r, attributes));
  },
  /** Rows for phones the read model picked, in the same order; missing ones are skipped. */
  async rowsByPhone(phones: readonly string[]): Promise<DirectoryRow[]> {
    const { db } = getRuntime();
    const [rows, attributes] = await Promise.all([getUsers(db, phones), listAttributes(db)]);
    return rows.flatMap((r) => (r ? [toRow(r, attributes)] : []));
  },
  async userDetails(phone: string): Promise<
    | {
        user: DirectoryRow;
        memberships: Array<Membership & { group: Group }>;
        audit: AuditEvent[];
        missing: Attribute[];
      }
    | undefined
  > {
    const { db } = getRuntime();
    const stored = await getUser(db, phone);
    if (!stored) return undefined;
    const attributes = await listAttributes(db);
    const memberships = await membershipsOf(db, phone);
    const groups = await getGroups(
      db,
      memberships.map((m) => m.groupId),
    );
    return {
      user: toRow(stored, attributes),
      memberships: memberships.flatMap((m, i) => (groups[i] ? [{ ...m, group: groups[i]! }] : [])),
      audit: await auditFor(db, phone),
      missing: missingMandatory(stored.attrs, attributes),
    };
  },
  async deletedUsers(): Promise<Array<User & { daysLeft: number }>> {
    const { db, realNow } = getRuntime();
    const org = await getOrg(db);
    const now = simulatedNow(org?.clockOffset ?? 0, realNow());
    const rows = await deletedUsers(db);
    return rows
      .map((r) => ({ ...stripIndex(r), daysLeft: daysLeft(r.deletedAt!, now) }))
      .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  },
  /** Users the person can act as, by the start of their name or their exact number; org admins first. */
  async actorCandidates(text: string): Promise<User[]> {
    const { db } = getRuntime();
    const prefix = fold(text.trim());
    const [e, o, exact] = await Promise.all([
      usersByNamePrefix(db, 'e', prefix, 20),
      usersByNamePrefix(db, 'o', prefix, 10),
      /^\+\d+$/.test(text.trim()) ? getUser(db, text.trim()) : Promise.resolve(undefined),
    ]);
    const all = [...(exact && exact.deletedAt === undefined ? [exact] : []), ...e, ...o].map(
      stripIndex,
    );
    return all.sort((a, b) => (a.orgRole === b.orgRole ? 0 : a.orgRole === 'admin' ? -1 : 1));
  },
  /** Users import jobs, newest first. */
  importJobs(): Promise<ImportJob[]> {
    return listJobs<ImportJob>(getRuntime().db, 'user-import');
  },
  /** Whether an earlier visit left an import unfinished (it then resumes). */
  async importsToResume(): Promise<boolean> {
    return (await jobsWithStatus(getRuntime().db, 'processing')).length > 0;
  },
  /** The file a job was uploaded with. */
  importOriginal(jobId: string): Promise<Blob | undefined> {
    return getJobFile(getRuntime().db, jobId);
  },
  /** A job's error log as a CSV file (SPEC §5.4), for any kind of upload job. */
  async importErrorLog(jobId: string): Promise<Blob | undefined> {
    const { db } = getRuntime();
    const job = await getJob<UploadJob>(db, jobId);
    if (!job || job.logParts === 0) return undefined;
    // The CSV writing code loads only when a log is downloaded.
    const { errorLogBlob, logHeaderFor } = await import('../imports/error-log');
    return errorLogBlob(await getLogParts(db, jobId, job.logParts), logHeaderFor(job.kind));
  },
};

/**
 * Runs `query` now and again whenever the data it read changes, in this tab or another.
 * Returns the unsubscribe function.
 */
export function watch<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void = console.error,
): () => void {
  return observe(query, onValue, onError);
}

export type { SortDir };

import { firstPhones, MAX_REPLAYED, type FirstRows, type FirstTab } from './first-rows';
import type { ReadContext } from '../kernel/context';
import { daysLeft, purgeCutoff } from '../../domain/deletion';
import { missingMandatory, visibleAttributes, visibleValues } from '../../domain/attributes';
import { listCodeOf, stripIndex, type StoredUser } from '../../domain/users';
import type { Attribute, AuditEvent, Group, Membership, Network, User } from '../../domain/types';
import { auditFor, getGroups, listAttributes, membershipsOf } from '../../storage/repos';
import {
  countDeletedBefore,
  deletedUsers,
  getUser,
  getUsers,
  readFirstRows,
} from '../../storage/users-repo';

/**
 * The directory's read side (SPEC §3). Every user leaves here as the actor may see them:
 * admin-only attribute values only for org admins, group memberships only in groups the
 * actor can see, audit trails only one's own (org admins see every trail), and users in
 * their restore window (no longer in the directory) only for org admins.
 */

/** A directory row: the user plus whether a (visible) mandatory attribute is missing. */
export interface DirectoryRow extends User {
  incomplete: boolean;
}

/** The user as the actor may see them, with whether a mandatory value the actor sees is missing. */
function toRow(stored: StoredUser, visible: readonly Attribute[], orgAdmin: boolean): DirectoryRow {
  const { removedMemberships, ...user } = stripIndex(stored);
  const attrs = visibleValues(user.attrs, visible);
  return {
    ...user,
    attrs,
    // The memberships a deletion took away are an org admin's to restore; nobody else's to see.
    ...(orgAdmin && removedMemberships ? { removedMemberships } : {}),
    incomplete: missingMandatory(attrs, visible).length > 0,
  };
}

async function visibleAttrs(ctx: ReadContext): Promise<Attribute[]> {
  return visibleAttributes(ctx.actorCtx.orgAdmin, await listAttributes(ctx.db));
}

/**
 * First rows of a tab in name order while the read model loads: the rows it saved, brought up
 * to date with the changes since. `null` when they are not known (never saved, or too much
 * changed since): the page then waits for the read model.
 */
export async function directoryFirstPage(
  ctx: ReadContext,
  input: { network: Network; limit: number },
): Promise<DirectoryRow[] | null> {
  // Entries may name a phone more than once: the log is read a little past the bound on
  // distinct phones, which is checked below.
  const saved = await readFirstRows(ctx.db, MAX_REPLAYED * 4);
  if (!saved) return null;
  const changedPhones = [...new Set(saved.changes.flatMap((c) => c.phones))];
  if (changedPhones.length > MAX_REPLAYED) return null;
  const changedUsers = await getUsers(ctx.db, changedPhones);
  const changed = new Map(changedPhones.map((p, i) => [p, changedUsers[i]]));
  const phones = firstPhones(
    saved.data as FirstRows,
    listCodeOf(input.network) as FirstTab,
    changed,
    input.limit,
  );
  const [rows, visible] = await Promise.all([getUsers(ctx.db, phones), visibleAttrs(ctx)]);
  return rows.flatMap((r) => (r ? [toRow(r, visible, ctx.actorCtx.orgAdmin)] : []));
}

/** Rows for phones the read model picked, in the same order; missing ones are skipped. */
export async function directoryRows(
  ctx: ReadContext,
  input: { phones: readonly string[] },
): Promise<DirectoryRow[]> {
  const [rows, visible] = await Promise.all([getUsers(ctx.db, input.phones), visibleAttrs(ctx)]);
  const { orgAdmin } = ctx.actorCtx;
  return rows.flatMap((r) =>
    r && (orgAdmin || r.deletedAt === undefined) ? [toRow(r, visible, orgAdmin)] : [],
  );
}

export interface UserDetails {
  user: DirectoryRow;
  /** Memberships in groups the actor can see. */
  memberships: Array<Membership & { group: Group }>;
  /** The user's audit trail: the actor's own, or anyone's for an org admin; else empty. */
  audit: AuditEvent[];
  /** Whether the actor may read the audit trail at all (the UI says so instead of "none"). */
  auditShown: boolean;
  /** Mandatory attributes (that the actor sees) without a value. */
  missing: Attribute[];
}

/** User details (SPEC §3): profile, values, groups with role, audit trail. */
export async function userDetails(
  ctx: ReadContext,
  input: { phone: string },
): Promise<UserDetails | undefined> {
  const { db, actorCtx } = ctx;
  const stored = await getUser(db, input.phone);
  if (!stored || (stored.deletedAt !== undefined && !actorCtx.orgAdmin)) return undefined;
  const visible = await visibleAttrs(ctx);
  const memberships = await membershipsOf(db, input.phone);
  const groups = await getGroups(
    db,
    memberships.map((m) => m.groupId),
  );
  const seen = memberships.flatMap((m, i) => {
    const group = groups[i];
    if (!group || !ctx.can('groups.see', { groupId: group.id, groupKind: group.kind })) return [];
    return [{ ...m, group }];
  });
  const auditShown = actorCtx.orgAdmin || actorCtx.phone === stored.phone;
  const row = toRow(stored, visible, actorCtx.orgAdmin);
  return {
    user: row,
    memberships: seen,
    audit: auditShown ? await auditFor(db, input.phone) : [],
    auditShown,
    missing: missingMandatory(row.attrs, visible),
  };
}

/** Deleted users inside their window, newest deletion first, with the days left (org admins). */
export async function listDeletedUsers(
  ctx: ReadContext,
): Promise<Array<User & { daysLeft: number }>> {
  const rows = await deletedUsers(ctx.db);
  return rows
    .map((r) => ({ ...stripIndex(r), daysLeft: daysLeft(r.deletedAt!, ctx.now) }))
    .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}

/**
 * How many deleted users' restore windows have ended (what `users-purge-due` would purge):
 * the page's boot asks this first and runs the purge, with its code, only when one is due.
 */
export async function purgePending(ctx: ReadContext): Promise<number> {
  if (!ctx.org) return 0;
  return countDeletedBefore(ctx.db, purgeCutoff(ctx.now));
}

import type { ActorContext } from '../../domain/permissions';
import { can, type Capability, type Target } from '../../domain/permissions';
import { DomainError } from '../../domain/errors';
import { simulatedNow } from '../../domain/clock';
import type { AuditEvent, Organization, User } from '../../domain/types';
import type { LabDb } from '../../storage/db';
import { getGroups, getOrg, getPref, membershipsOf, addAuditMany } from '../../storage/repos';
import { getUser } from '../../storage/users-repo';
import { stripIndex } from '../../domain/users';
import type { Runtime } from './runtime';

/** Per-browser preferences a reset (or a restore) keeps; the acting user is chosen again. */
/** Progress of the practice exercises, kept per browser. */
export const PROGRESS_PREF = 'practice.progress';
export const BROWSER_PREFS: readonly string[] = ['ui.locale', PROGRESS_PREF];
/** The tenant package the sandbox was restored from (sandbox data: a reset forgets it). */
export const RESTORED_PREF = 'tenant.restored';

export const ACTOR_PREF = 'actor';

/**
 * What a query sees: the database, the simulated time, the organization and the actor.
 * Queries read only what the actor may see (SPEC §10): `require` refuses, `can` filters.
 */
export interface ReadContext {
  db: LabDb;
  now: number;
  org: Organization | undefined;
  actor: User | undefined;
  actorCtx: ActorContext;
  /** True when the actor may do `capability` on `target` (the one `can()`). */
  can: (capability: Capability, target?: Target) => boolean;
  /** Throws `permission.denied` unless the actor may do this. */
  require: (capability: Capability, target?: Target) => void;
  /** The organization, or a refusal when onboarding has not happened. */
  requireOrg: () => Organization;
}

/** What a command sees: a query's context, plus the audit events it records. */
export interface CommandContext extends ReadContext {
  /**
   * Records an audit event; events are written with the command's other changes. `by`
   * names the actor when it is not the acting user (onboarding creates its own actor).
   */
  audit: (action: string, target: string, details?: Record<string, unknown>, by?: string) => void;
}

export const NOBODY: ActorContext = {
  phone: '',
  orgAdmin: false,
  adminOf: new Set(),
  memberOf: new Set(),
};

/** Loads the acting user and what the permission check needs to know about them. */
export async function loadActor(
  db: LabDb,
): Promise<{ actor: User | undefined; actorCtx: ActorContext }> {
  const phone = await getPref<string>(db, ACTOR_PREF);
  const stored = phone === undefined ? undefined : await getUser(db, phone);
  if (!stored || stored.deletedAt !== undefined) return { actor: undefined, actorCtx: NOBODY };
  const memberships = await membershipsOf(db, stored.phone);
  const groups = await getGroups(
    db,
    memberships.map((m) => m.groupId),
  );
  return {
    actor: stripIndex(stored),
    actorCtx: {
      phone: stored.phone,
      orgAdmin: stored.orgRole === 'admin',
      adminOf: new Set(memberships.filter((m) => m.role === 'admin').map((m) => m.groupId)),
      memberOf: new Set(memberships.map((m) => m.groupId)),
      privateGroups: new Set(groups.flatMap((g) => (g?.kind === 'private' ? [g.id] : []))),
    },
  };
}

/** The context of one query; inside a live query, what it reads makes the query re-run. */
export async function readContext(runtime: Runtime): Promise<ReadContext> {
  const { db } = runtime;
  const [org, { actor, actorCtx }] = await Promise.all([getOrg(db), loadActor(db)]);
  return {
    db,
    now: simulatedNow(org?.clockOffset ?? 0, runtime.realNow()),
    org,
    actor,
    actorCtx,
    can: (capability, target) => can(actorCtx, capability, target),
    require: (capability, target) => {
      if (!can(actorCtx, capability, target))
        throw new DomainError('permission.denied', { capability });
    },
    requireOrg: () => {
      if (!org) throw new DomainError('org.missing');
      return org;
    },
  };
}

/** Builds the context of one command run; call inside the command's transaction. */
export async function buildContext(
  runtime: Runtime,
): Promise<{ ctx: CommandContext; flush: () => Promise<void> }> {
  const read = await readContext(runtime);
  const events: AuditEvent[] = [];
  const ctx: CommandContext = {
    ...read,
    // Stamped when recorded: a command that moves the clock records later events at the new time.
    audit: (action, target, details, by) =>
      events.push({
        at: ctx.now,
        actor: by ?? read.actor?.phone ?? 'system',
        action,
        target,
        ...(details ? { details } : {}),
      }),
  };
  return {
    ctx,
    flush: async () => void (events.length > 0 && (await addAuditMany(ctx.db, events))),
  };
}

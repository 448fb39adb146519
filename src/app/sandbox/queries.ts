import type { ReadContext } from '../kernel/context';
import { visibleAttributes } from '../../domain/attributes';
import type { ActorContext } from '../../domain/permissions';
import { matchesSearch, parseSearch, stripIndex } from '../../domain/users';
import type { Attribute, DirectoryColumn, Locale, Organization, User } from '../../domain/types';
import { getPref, listAttributes } from '../../storage/repos';
import { usersOfTabWhere } from '../../storage/users-repo';

/** What every island starts from: the organization, who acts, and the per-browser choices. */
export interface Session {
  org: Organization | undefined;
  actor: User | undefined;
  actorCtx: ActorContext;
  /** The attributes the actor may see (SPEC §4): admin-only ones only for org admins. */
  attributes: Attribute[];
  columns: DirectoryColumn[];
  locale: Locale | undefined;
  /** Simulated "now" when the session was read. */
  now: number;
}

/** Where this browser keeps the directory's chosen columns. */
export const COLUMNS_PREF = 'directory.columns';

/** The session of the acting user. */
export async function session(ctx: ReadContext): Promise<Session> {
  // Independent reads run together: every island waits for this before it shows anything.
  const [attributes, columns, locale] = await Promise.all([
    listAttributes(ctx.db),
    getPref<DirectoryColumn[]>(ctx.db, COLUMNS_PREF),
    getPref<Locale>(ctx.db, 'ui.locale'),
  ]);
  return {
    org: ctx.org,
    actor: ctx.actor,
    actorCtx: ctx.actorCtx,
    attributes: visibleAttributes(ctx.actorCtx.orgAdmin, attributes),
    columns: columns ?? [],
    locale,
    now: ctx.now,
  };
}

/**
 * The people the person can act as (the lab's "act as" switcher, open to everyone), found as
 * the directory finds them (`matchesSearch`: name-word prefixes with accents folded, digits
 * anywhere in the number); org admins first, then by name. Deleted users are in neither tab.
 */
export async function actorCandidates(ctx: ReadContext, text: string): Promise<User[]> {
  const { db } = ctx;
  const query = parseSearch(text);
  const test = (u: User) => matchesSearch(u, query);
  const [e, o] = await Promise.all([
    usersOfTabWhere(db, 'e', test, 20),
    usersOfTabWhere(db, 'o', test, 10),
  ]);
  const all = [...e, ...o].map((u) => {
    // The switcher shows names and numbers only: no attribute values leave for it.
    const { attrs: _attrs, removedMemberships: _removed, ...rest } = stripIndex(u);
    return { ...rest, attrs: {} };
  });
  return all.sort((a, b) => (a.orgRole === b.orgRole ? 0 : a.orgRole === 'admin' ? -1 : 1));
}

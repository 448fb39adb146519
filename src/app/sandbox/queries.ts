import type { ReadContext } from '../kernel/context';
import { visibleAttributes } from '../../domain/attributes';
import type { ActorContext } from '../../domain/permissions';
import {
  indexFields,
  listCode,
  matchesSearch,
  parseSearch,
  stripIndex,
  type StoredUser,
} from '../../domain/users';
import type { Attribute, DirectoryColumn, Locale, Organization, User } from '../../domain/types';
import { getPref, listAttributes } from '../../storage/repos';
import { forEachUserChunk } from '../../storage/users-repo';

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

/** How many people of each tab the "act as" switcher offers. */
const CANDIDATES = { e: 20, o: 10 } as const;

/**
 * The people the person can act as (the lab's "act as" switcher, open to everyone), found as
 * the directory finds them (`matchesSearch`: name-word prefixes with accents folded, digits
 * anywhere in the number): the first 20 employees and 10 others found, org admins first, then
 * by name. Deleted users are in neither tab. Users carry no name index, so they are read in
 * number order until both tabs have enough; a rare query reads every user.
 */
export async function actorCandidates(ctx: ReadContext, text: string): Promise<User[]> {
  const query = parseSearch(text);
  const found = { e: [] as StoredUser[], o: [] as StoredUser[] };
  await forEachUserChunk(ctx.db, 2_000, (users) => {
    for (const u of users) {
      const tab = listCode(u);
      if (tab !== 'x' && found[tab].length < CANDIDATES[tab] && matchesSearch(u, query))
        found[tab].push(u);
    }
    return found.e.length === CANDIDATES.e && found.o.length === CANDIDATES.o ? 'stop' : undefined;
  });
  const all = [...found.e, ...found.o].map((u) => {
    // The switcher shows names and numbers only: no attribute values leave for it.
    const { attrs: _attrs, removedMemberships: _removed, ...rest } = stripIndex(u);
    return { ...rest, attrs: {} };
  });
  const key = (u: User) =>
    `${u.orgRole === 'admin' ? 0 : 1}${indexFields(u).nameKey}\u0000${u.phone}`;
  return all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

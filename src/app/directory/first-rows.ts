/**
 * The first rows of each directory tab in name order, kept between page loads: what a page
 * shows while the read model loads. Users carry no name index (an entry for each of them
 * made an import ~25 % slower; src/storage/db.ts version 6), so the read model cuts these
 * rows whenever it has caught up, and a reader brings them up to date with the change log
 * written since: a user changed since is placed again by the name they have now. The read
 * model cuts them with `cutFirstRows` (engine.ts); this side needs no engine.
 */
import { indexFields, listCode, stripIndex, type StoredUser } from '../../domain/users';

/** Rows kept per tab: more than a page shows, so users changed since can leave and it still fills. */
export const FIRST_KEEP = 200;

/** Changes after the cut that a reader still applies; beyond that the read model is nearer. */
export const MAX_REPLAYED = 5_000;

/** A row as the name order places it: by name key, then phone (as the read model sorts). */
export interface FirstRow {
  phone: string;
  key: string;
}

export type FirstTab = 'e' | 'o';

/** What is saved: per tab its first rows, and whether the tab has more users than these. */
export type FirstRows = Record<FirstTab, { rows: FirstRow[]; more: boolean }>;

export function compareFirstRows(a: FirstRow, b: FirstRow): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.phone < b.phone ? -1 : a.phone > b.phone ? 1 : 0;
}

/**
 * The phones of a tab's first `limit` rows now: the saved rows with the users changed since
 * (`changed`: their records now, `undefined` where deleted for good) placed again. Only what
 * is known exactly is returned: when the tab had more users than were saved, rows past the
 * last saved one may belong to users never saved, so the list stops there (and may then be
 * shorter than `limit`).
 */
export function firstPhones(
  saved: FirstRows,
  tab: FirstTab,
  changed: ReadonlyMap<string, StoredUser | undefined>,
  limit: number,
): string[] {
  const { rows, more } = saved[tab];
  const last = more ? rows.at(-1) : undefined;
  const now = rows.filter((r) => !changed.has(r.phone));
  for (const [phone, stored] of changed) {
    if (!stored) continue;
    const user = stripIndex(stored);
    if (listCode(user) === tab) now.push({ phone, key: indexFields(user).nameKey });
  }
  now.sort(compareFirstRows);
  const known = last ? now.filter((r) => compareFirstRows(r, last) <= 0) : now;
  return known.slice(0, limit).map((r) => r.phone);
}

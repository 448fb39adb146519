import { DAY_MS } from './clock';

/** Deleted users stay restorable for this many days of simulated time. */
export const RESTORE_WINDOW_DAYS = 30;

/** At `now`, users deleted at or before this moment are due for purge. */
export const purgeCutoff = (now: number): number => now - RESTORE_WINDOW_DAYS * DAY_MS;
/** At most this many users can be deleted in one request. */
export const MAX_DELETE_BATCH = 100;

/** Whole days left to restore a user deleted at `deletedAt`; 0 means due for purge. */
export function daysLeft(deletedAt: number, now: number): number {
  const remaining = deletedAt + RESTORE_WINDOW_DAYS * DAY_MS - now;
  return remaining <= 0 ? 0 : Math.ceil(remaining / DAY_MS);
}

export function isPurgeDue(deletedAt: number, now: number): boolean {
  return daysLeft(deletedAt, now) === 0;
}

/**
 * The deleted users an advance of the clock by `days` would purge for good: those whose
 * restore window ends by then. Advance 30 days names them before it asks to go on.
 */
export function purgedByAdvance<U extends { deletedAt?: number | undefined }>(
  deleted: readonly U[],
  now: number,
  days: number,
): U[] {
  return deleted.filter(
    (u) => u.deletedAt !== undefined && isPurgeDue(u.deletedAt, now + days * DAY_MS),
  );
}

/**
 * Select all, of a filtered list read in its order (`phones`, at least `max + 1` of them
 * when there are that many): the first `max` users a delete may take, never the acting user
 * (who cannot delete themselves). `capped` says that the list holds more than were taken.
 */
export function selectAllOf(
  phones: readonly string[],
  actor: string | undefined,
  total: number,
  max = MAX_DELETE_BATCH,
): { phones: string[]; capped: boolean } {
  const others = phones.filter((p) => p !== actor);
  const listed = total - (phones.includes(actor ?? '') ? 1 : 0);
  return { phones: others.slice(0, max), capped: listed > max };
}

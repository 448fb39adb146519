import { DAY_MS } from './clock';

/** Deleted users stay restorable for this many days of simulated time. */
export const RESTORE_WINDOW_DAYS = 30;
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

import { toDomainError } from '../../app/kernel/client';

/**
 * What Retry does after `error`. Code that failed to load cannot be fetched again by the
 * same page — the browser remembers a failed module for the page's lifetime — so Retry
 * reloads the page, which keeps its address (the section, the group) and the sandbox (it is
 * in IndexedDB). Anything else is retried in place: `again` builds that part anew.
 */
export function retry(error: unknown, again: () => void): void {
  if (toDomainError(error).code === 'app.loadFailed') window.location.reload();
  else again();
}

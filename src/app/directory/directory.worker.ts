/// <reference lib="webworker" />
/** The worker that hosts the directory read model (see model.ts), behind the kernel's transport. */
import { openDirectoryStore } from '../../storage/directory-store';
import { onUsersChanged } from '../../storage/users-changes';
import { serve } from '../kernel/transport';
import { createDirectoryModel } from './model';
import type { PageRequest } from './engine';

declare const self: DedicatedWorkerGlobalScope;

const { emit } = serve(self, {
  /** The worker loads its model as it starts; the page hears `ready` when it has. */
  start: () => undefined,
  page: (request: PageRequest) => model.page(request),
  counts: () => model.counts(),
});
const model = createDirectoryModel(openDirectoryStore(), ({ type, ...event }) => emit(type, event));
void model.start();

/**
 * A lone change (an edit) is applied at once. Changes that keep coming — an import commits a
 * batch every fraction of a second — are applied together once they pause for `QUIET_MS`,
 * or every `MAX_WAIT_MS` while they last: reading them one batch at a time would compete
 * with the import for the database and the CPU (measured: a 60,000-row import took 44 %
 * longer), and the list only needs to catch up, not to follow every batch. Waiting for the
 * whole of a million-row import instead leaves one catch-up of every user at its end (in the
 * one run that tried it, the tab was lost during it); a pending snapshot, though, waits
 * until the changes pause.
 */
const QUIET_MS = 1_000;
const MAX_WAIT_MS = 30_000;
let lastChange = -Infinity;
let quiet: ReturnType<typeof setTimeout> | undefined;
let deadline: ReturnType<typeof setTimeout> | undefined;
function catchUp(): void {
  clearTimeout(quiet);
  clearTimeout(deadline);
  quiet = deadline = undefined;
  void model.changed();
}
onUsersChanged(() => {
  model.postponeSave();
  const now = performance.now();
  const streaming = now - lastChange < QUIET_MS;
  lastChange = now;
  if (!streaming && deadline === undefined) return catchUp();
  clearTimeout(quiet);
  quiet = setTimeout(catchUp, QUIET_MS);
  deadline ??= setTimeout(catchUp, MAX_WAIT_MS);
});

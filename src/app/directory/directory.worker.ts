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
 * batch every fraction of a second — are applied together once they pause for `QUIET_MS`:
 * the list follows the import at its end, and the job's progress shows in its history
 * meanwhile. Catching up while they came competed with the import for the database and the
 * two cores (measured: a 60,000-row import took 44 % longer; a million-row import that caught
 * up every 30 s cost the browser ~45 s more CPU and took 1.6 × the IndexedDB floor instead of
 * ~1.25 ×). At its end one catch-up names most users, and the model reads every user again in
 * key order (`catchUp` in model.ts), a chunk at a time.
 */
const QUIET_MS = 1_000;
let lastChange = -Infinity;
let quiet: ReturnType<typeof setTimeout> | undefined;
function catchUp(): void {
  clearTimeout(quiet);
  quiet = undefined;
  void model.changed();
}
onUsersChanged(() => {
  model.postponeSave();
  const now = performance.now();
  const streaming = now - lastChange < QUIET_MS;
  lastChange = now;
  if (!streaming && quiet === undefined) return catchUp();
  clearTimeout(quiet);
  quiet = setTimeout(catchUp, QUIET_MS);
});

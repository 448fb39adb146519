/// <reference lib="webworker" />
/** The worker that hosts the directory read model (see model.ts), behind the kernel's transport. */
import { openDirectoryStore } from '../../storage/directory-store';
import { onUsersChanged } from '../../storage/users-changes';
import { serve } from '../kernel/transport';
import { createDirectoryModel } from './model';
import { followUsersChanges } from './follow';
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

/** Committed changes to users: applied at once, or at the end of a stream (follow.ts). */
onUsersChanged(followUsersChanges(model, (behind) => emit('behind', { behind })));

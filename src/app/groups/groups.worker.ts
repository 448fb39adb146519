/// <reference lib="webworker" />
/**
 * The worker that keeps the Groups page's view (groups-model.ts), behind the kernel's
 * transport: the `groups` query's reading runs here, live, and the page asks for the lines
 * it shows.
 */
import { getRuntime } from '../kernel/runtime';
import { serve } from '../kernel/transport';
import type { GroupsWindowRequest } from './groups-window';
import { createGroupsModel, followGroupsView } from './groups-model';

declare const self: DedicatedWorkerGlobalScope;

const model = createGroupsModel(followGroupsView(getRuntime()), () => emit('changed'));

const { emit } = serve(self, {
  /** Starts reading the groups before the page asks for its first lines. */
  start: () => model.start(),
  window: (request: GroupsWindowRequest) => model.window(request),
});

import { listGroupsByName, observe } from '../../storage/repos';
import { readContext } from '../kernel/context';
import type { Runtime } from '../kernel/runtime';
import { groupsWindow, type GroupsWindow, type GroupsWindowRequest } from './groups-window';
import { viewOfGroups, type GroupsView } from './queries';

/**
 * The groups worker's model: the live `groups` query's latest answer, kept where it was read,
 * and the windows of it the page asks for. Reading 10,000 groups, sorting them and building
 * their hierarchy took the page's main thread 60–130 ms in one task; here the page only
 * receives the lines it shows.
 */
export interface GroupsModel {
  /** Starts following the query (once). */
  start(): void;
  /**
   * The window `request` asks for, cut from the query's newest answer (a reading under way
   * is waited for: a page shown again after a change gets the change); its refusal, if it
   * refused.
   */
  window(request: GroupsWindowRequest): Promise<GroupsWindow>;
  /** Stops following the query. */
  close(): void;
}

/**
 * Follows a query: calls `onRead` as each reading starts, then `onValue` with its answer or
 * `onError` with its failure; returns the stop.
 */
export type Follow = (
  onValue: (view: GroupsView) => void,
  onError: (error: unknown) => void,
  onRead: () => void,
) => () => void;

/**
 * A model over `follow` (the live `groups` query, as the runner runs it: same permission
 * checks as on the page). `changed` is called when a new answer replaces the one windows were
 * cut from, so the page asks again.
 */
export function createGroupsModel(follow: Follow, changed: () => void): GroupsModel {
  let latest: { view: GroupsView } | { error: unknown } | undefined;
  /** A reading has started and not answered yet: `latest` may be out of date. */
  let reading = false;
  let waiting: Array<() => void> = [];
  let stop: (() => void) | undefined;
  const settle = (next: { view: GroupsView } | { error: unknown }) => {
    const first = latest === undefined;
    latest = next;
    reading = false;
    const woken = waiting;
    waiting = [];
    woken.forEach((wake) => wake());
    if (!first) changed();
  };
  const model: GroupsModel = {
    start() {
      stop ??= follow(
        (view) => settle({ view }),
        (error) => settle({ error }),
        () => void (reading = true),
      );
    },
    async window(request) {
      model.start();
      if (latest === undefined || reading) await new Promise<void>((wake) => waiting.push(wake));
      const now = latest!;
      if ('error' in now) throw now.error;
      return groupsWindow(now.view, request);
    },
    close() {
      stop?.();
      stop = undefined;
      latest = undefined;
      reading = false;
    },
  };
  return model;
}

/**
 * The `groups` query's answer, live, read as the runner reads it (one read-only transaction
 * that re-runs when what it read changes, in any tab or worker). The query asks no capability
 * of its own: each group is checked with `can()` in `viewOfGroups`. The groups are read while
 * the actor is, not after, and the code comes with the worker rather than through the
 * registry: one load fewer before the first lines.
 */
export function followGroupsView(runtime: Runtime): Follow {
  return (onValue, onError, onRead) =>
    observe(
      runtime.db,
      async () => {
        onRead();
        const [ctx, groups] = await Promise.all([
          readContext(runtime),
          listGroupsByName(runtime.db),
        ]);
        return viewOfGroups(ctx, groups, { byName: true });
      },
      onValue,
      onError,
    );
}

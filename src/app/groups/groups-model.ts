import { copyGroups, countGroups, groupsByName, writeGroupsFirst } from '../../storage/repos';
import { observe } from '../../storage/observe';
import { readContext, type ReadContext } from '../kernel/context';
import type { Runtime } from '../kernel/runtime';
import {
  FIRST_REQUEST,
  actorKey,
  groupsWindow,
  type GroupsWindow,
  type GroupsWindowRequest,
  type StoredFirstWindow,
} from './groups-window';
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

/** How the groups worker follows changes that keep coming (see `followGroupsView`). */
export interface FollowTiming {
  /** Changes this close together are a stream: read once it pauses this long… */
  quietMs: number;
  /** …or this often while it lasts. */
  maxWaitMs: number;
}

/**
 * While a bulk upload commits a batch every fraction of a second, each batch would have the
 * 10,000 groups read and their hierarchy built again, competing with the upload for the
 * CPU; the list only needs to catch up. A lone change (a group created) is read at once.
 */
export const FOLLOW_TIMING: FollowTiming = { quietMs: 1_000, maxWaitMs: 5_000 };

/**
 * The `groups` query's answer, live. The query asks no capability of its own: each group is
 * checked with `can()` in `viewOfGroups`, over the actor's context as the runner reads it.
 * A cheap live read (the actor's context and the number of groups, in one read-only
 * transaction that re-runs when what it read changes, in any tab or worker) says when to
 * read the groups again, at once or, while changes keep coming, as `timing` says. Its first
 * run reads the groups too, and the code comes with the worker rather than through the
 * registry.
 */
export function followGroupsView(runtime: Runtime, timing = FOLLOW_TIMING): Follow {
  return (onValue, onError, onRead) => {
    const { db } = runtime;
    let stopped = false;
    let ctx: ReadContext | undefined;
    /** The groups the first live read read with the context, for the first view. */
    let first: Awaited<ReturnType<typeof groupsByName>> | undefined;
    let busy = false;
    let again = false;
    const read = async (): Promise<void> => {
      if (busy) return void (again = true);
      busy = true;
      onRead();
      try {
        const { groups, stamp } = first ?? (await groupsByName(db));
        if (!stopped && ctx) {
          const view = viewOfGroups(ctx, groups, { byName: true });
          onValue(view);
          if (stamp !== undefined) saveFirst(stamp, ctx, view);
          else copySoon();
        }
      } catch (error) {
        if (!stopped) onError(error);
      } finally {
        first = undefined;
        busy = false;
      }
      if (again && !stopped) {
        again = false;
        changed();
      }
    };
    // The first lines, for the next page opened on the Groups page (see `GROUPS_FIRST`).
    const saveFirst = (stamp: string, readCtx: ReadContext, view: GroupsView) => {
      const stored: StoredFirstWindow = {
        actor: actorKey(readCtx.actorCtx),
        window: groupsWindow(view, FIRST_REQUEST),
      };
      const same = (data: unknown) =>
        (data as StoredFirstWindow | undefined)?.actor === stored.actor;
      writeGroupsFirst(db, stamp, stored, same).catch(() => undefined);
    };
    // Read from the table (no copy yet: a group was just written): once the changes pause,
    // the copy is written and read, and the first lines cut from it can be stored.
    let copyTimer: ReturnType<typeof setTimeout> | undefined;
    const copySoon = () => {
      clearTimeout(copyTimer);
      copyTimer = setTimeout(() => {
        if (stopped) return;
        // Not while changes keep coming (an upload): its batches would drop the copy again.
        const now = performance.now();
        if (now - lastChange < timing.quietMs || now - streamedAt < timing.maxWaitMs)
          return copySoon();
        copyGroups(db).then(
          () => !stopped && readNow(),
          () => undefined,
        );
      }, timing.quietMs);
    };
    let lastChange = -Infinity;
    /** When changes last came as a stream. */
    let streamedAt = -Infinity;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      clearTimeout(quiet);
      clearTimeout(deadline);
      quiet = deadline = undefined;
    };
    const readNow = () => {
      cancel();
      void read();
    };
    function changed(): void {
      const now = performance.now();
      const streaming = now - lastChange < timing.quietMs;
      lastChange = now;
      if (streaming) streamedAt = now;
      if (!streaming && deadline === undefined) return readNow();
      clearTimeout(quiet);
      quiet = setTimeout(readNow, timing.quietMs);
      deadline ??= setTimeout(readNow, timing.maxWaitMs);
    }
    const stop = observe(
      db,
      async () => {
        // A change after a pause is read at once: a window asked meanwhile waits for it.
        if (performance.now() - lastChange >= timing.quietMs) onRead();
        // The first time, the groups are read too, in the same transaction: nothing waits
        // for another step before the first lines, and they match the context.
        const [next, , groups] = await Promise.all([
          readContext(runtime),
          countGroups(db),
          ctx === undefined ? groupsByName(db) : undefined,
        ]);
        return { ctx: next, groups };
      },
      (next) => {
        ctx = next.ctx;
        if (next.groups) first = next.groups;
        changed();
      },
      (error) => !stopped && onError(error),
    );
    return () => {
      stopped = true;
      cancel();
      clearTimeout(copyTimer);
      stop();
    };
  };
}

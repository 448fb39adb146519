import { useEffect, useState, useCallback } from 'preact/hooks';
import {
  DomainError,
  firstGroupsWindow,
  groupsPageWindow,
  isFirstRequest,
  run,
  subscribeGroups,
  toDomainError,
  watch,
  watchJobRunner,
  type CommandInput,
  type CommandName,
  type CommandOutput,
  type GroupsWindow,
  type GroupsWindowRequest,
  type JobKindName,
  type JobRecordOf,
  type QueryInput,
  type QueryName,
  type QueryOutput,
} from '../app/kernel/client';
import type { Problem } from '../domain/errors';
import { tError } from './i18n';

/**
 * Subscribes to a live query by name. `undefined` until the first result; re-runs when the
 * input changes and whenever the data it read changes (in any tab). A query that fails
 * throws its error during render, so the nearest `ErrorBoundary` shows it with Retry
 * instead of "Loading…" forever.
 */
export function useLive<K extends QueryName>(
  /** `null` subscribes to nothing (the query is not wanted yet) and gives `undefined`. */
  name: K | null,
  ...[input, refresh = 0]: undefined extends QueryInput<K>
    ? [input?: QueryInput<K>, refresh?: number]
    : [input: QueryInput<K>, refresh?: number]
): QueryOutput<K> | undefined {
  // Each answer is kept with the query it answers: after the input changes, the answer to
  // the old input is not shown under the new one while the new one loads.
  const key = `${name}\n${JSON.stringify(input ?? null)}`;
  const [state, setState] = useState<{ key?: string; value?: QueryOutput<K>; error?: Error }>({});
  // `refresh`: a history's Refresh button reads again now (it also updates live).
  useEffect(() => {
    if (name === null) return;
    let live = true;
    // Each answer already comes in a task of its own (`observe` in storage): a query over
    // 10,000 groups and the render of what it found, in one task, held the main thread past
    // 50 ms.
    const show = (next: typeof state) => {
      if (live) setState(next);
    };
    const stop = watch(
      name,
      input as QueryInput<K>,
      (value) => show({ key, value }),
      (error) => show({ key, error }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [key, refresh]);
  if (state.key !== key || name === null) return undefined;
  if (state.error) throw state.error;
  return state.value;
}

/**
 * The lines of the Groups page that `request` asks for, from the groups worker, with the
 * request they answer; asked again whenever the groups (or the actor) change. While a new
 * request is on its way the answer to the last one stays, so opening or closing a group does
 * not blank the list. The first lines of a page opened on the Groups page may come from the
 * last visit (`firstGroupsWindow`) until the worker answers. A failure throws during render,
 * for the nearest `ErrorBoundary`, as `useLive` does.
 */
export function useGroupsWindow(
  request: GroupsWindowRequest,
): { window: GroupsWindow; request: GroupsWindowRequest } | undefined {
  const key = JSON.stringify(request);
  const [state, setState] = useState<{
    value?: { window: GroupsWindow; request: GroupsWindowRequest };
    error?: Error;
  }>({});
  useEffect(() => {
    let live = true;
    let asked = 0;
    let answered = false;
    if (isFirstRequest(request))
      void firstGroupsWindow().then((lines) => {
        if (live && !answered && lines) setState({ value: { window: lines, request } });
      });
    const ask = () => {
      const mine = ++asked;
      const settle = (next: typeof state) => {
        answered = true;
        if (live && mine === asked) setState(next);
      };
      groupsPageWindow(request).then(
        (lines) => settle({ value: { window: lines, request } }),
        (error: unknown) => settle({ error: toDomainError(error) }),
      );
    };
    const stop = subscribeGroups(ask);
    ask();
    return () => {
      live = false;
      stop();
    };
  }, [key]);
  if (state.error) throw state.error;
  return state.value;
}

/**
 * The jobs of one kind the actor may see, newest first, live (a history); with `groupId`,
 * that group's only. `refresh` reads again now.
 */
export function useJobs<K extends JobKindName>(
  kind: K,
  options: { groupId?: string | undefined; refresh?: number } = {},
): Array<JobRecordOf<K>> | undefined {
  const { groupId, refresh = 0 } = options;
  // The query answers with the common record; the kind says which record it is.
  return useLive('jobs', { kind, ...(groupId === undefined ? {} : { groupId }) }, refresh) as
    Array<JobRecordOf<K>> | undefined;
}

/** Why jobs cannot run in this tab now (the jobs worker failed…), or undefined. */
export function useJobRunner(): DomainError | undefined {
  const [trouble, setTrouble] = useState<DomainError>();
  useEffect(() => watchJobRunner(setTrouble), []);
  return trouble;
}

/** The outcome of running a command from a form: its error text and per-field problems. */
export interface CommandState {
  busy: boolean;
  error: string | undefined;
  problems: Problem[];
}

/** The message for any failure the client hands back (always a DomainError). */
export function errorText(error: unknown): string {
  const e = toDomainError(error);
  return tError(e.code, e.params);
}

/**
 * Runs commands for a component. `exec` resolves to `{ value }` when the command ran and to
 * `undefined` when it was refused and keeps their refusal as state, so forms can show
 * the message and the problems field by field.
 */
export function useCommand() {
  const [state, setState] = useState<CommandState>({ busy: false, error: undefined, problems: [] });
  const exec = useCallback(
    async <K extends CommandName>(
      name: K,
      input: CommandInput<K>,
    ): Promise<{ value: CommandOutput<K> } | undefined> =>
      attempt(setState, () =>
        (run as (n: K, i: CommandInput<K>) => Promise<CommandOutput<K>>)(name, input),
      ),
    [],
  );
  /** Runs any client call (a job start, a cancel…) with the same busy/error state. */
  const call = useCallback(
    <T>(work: () => Promise<T>): Promise<{ value: T } | undefined> => attempt(setState, work),
    [],
  );
  const reset = useCallback(() => setState({ busy: false, error: undefined, problems: [] }), []);
  return { ...state, exec, call, reset };
}

async function attempt<T>(
  setState: (s: CommandState) => void,
  work: () => Promise<T>,
): Promise<{ value: T } | undefined> {
  setState({ busy: true, error: undefined, problems: [] });
  try {
    const value = await work();
    setState({ busy: false, error: undefined, problems: [] });
    return { value };
  } catch (err) {
    if (!(err instanceof DomainError)) console.error(err);
    const problems = err instanceof DomainError ? err.problems : [];
    setState({
      busy: false,
      error: problems.length > 0 ? undefined : errorText(err),
      problems,
    });
    return undefined;
  }
}

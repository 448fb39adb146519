import { useEffect, useState, useCallback } from 'preact/hooks';
import { watch } from '../app/kernel/queries';
import {
  run,
  type CommandInput,
  type CommandName,
  type CommandOutput,
} from '../app/kernel/commands';
import { DomainError, type Problem } from '../domain/errors';
import { tError } from './i18n';

/**
 * Subscribes to a live query. `undefined` until the first result; re-runs when `deps`
 * change and whenever the data it read changes (in any tab).
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => watch(query, setValue), deps);
  return value;
}

/** The outcome of running a command from a form: its error text and per-field problems. */
export interface CommandState {
  busy: boolean;
  error: string | undefined;
  problems: Problem[];
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
    ): Promise<{ value: CommandOutput<K> } | undefined> => {
      setState({ busy: true, error: undefined, problems: [] });
      try {
        const out = await (run as (n: K, i: CommandInput<K>) => Promise<CommandOutput<K>>)(
          name,
          input,
        );
        setState({ busy: false, error: undefined, problems: [] });
        return { value: out };
      } catch (err) {
        if (err instanceof DomainError) {
          setState({
            busy: false,
            error: err.problems.length > 0 ? undefined : tError(err.code, err.params),
            problems: err.problems,
          });
        } else {
          console.error(err);
          setState({
            busy: false,
            error: tError('unexpected', { code: String(err) }),
            problems: [],
          });
        }
        return undefined;
      }
    },
    [],
  );
  const reset = useCallback(() => setState({ busy: false, error: undefined, problems: [] }), []);
  return { ...state, exec, reset };
}

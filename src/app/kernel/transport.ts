import { DomainError, type Params, type Problem } from '../../domain/errors';

/**
 * One road across a worker, for every worker of the app. The page calls a method and gets
 * its result — or the very DomainError (code, params, problems) the worker threw, as it
 * would have been thrown on the page. A worker that dies rejects whatever waits on it with
 * `app.workerFailed`, one whose script cannot load (offline, or a new release replaced it)
 * with `app.loadFailed`; the next call starts it again.
 * Workers may also send events (progress of a read, "a job ended"…).
 */

/** An error as it crosses the worker boundary. */
export type WireError =
  | { domain: true; code: string; params: Params; problems: Problem[] }
  | { domain: false; name: string; message: string };

type ToWorker = { t: 'call'; id: number; method: string; args: unknown };
type FromWorker =
  | { t: 'progress'; id: number; value: unknown }
  | { t: 'reply'; id: number; value: unknown }
  | { t: 'error'; id: number; error: WireError }
  | { t: 'event'; name: string; value: unknown };

/** True when `error` is the browser failing to fetch a code chunk (offline, new release…). */
export function isLoadFailure(error: unknown): boolean {
  const text = `${(error as Error | undefined)?.name ?? ''} ${(error as Error | undefined)?.message ?? error}`;
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|Failed to fetch|ChunkLoadError|Unable to preload CSS/i.test(
    text,
  );
}

/**
 * The shape every failure takes on the way to the UI: a DomainError stays itself; a chunk
 * that could not load is `app.loadFailed`; anything else is `unexpected` with its text.
 */
export function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (isLoadFailure(error)) return new DomainError('app.loadFailed');
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new DomainError('unexpected', { code: message });
}

export function toWire(error: unknown): WireError {
  if (error instanceof DomainError)
    return { domain: true, code: error.code, params: error.params, problems: error.problems };
  if (isLoadFailure(error))
    return { domain: true, code: 'app.loadFailed', params: {}, problems: [] };
  const e = error instanceof Error ? error : new Error(String(error));
  return { domain: false, name: e.name, message: e.message };
}

export function fromWire(error: WireError): Error {
  if (error.domain) return new DomainError(error.code, error.params, error.problems);
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}

/** The page's end of a worker. */
export interface Connection {
  /** Calls `method`; `onProgress` gets the progress the worker reports for this call. */
  call<T>(method: string, args?: unknown, onProgress?: (value: unknown) => void): Promise<T>;
  /** Listens to the worker's events of `name`. Returns the removal. */
  on(name: string, listener: (value: unknown) => void): () => void;
  /** Whether the worker is running. */
  readonly running: boolean;
  /** Terminates the worker; whatever waits on it is rejected (`app.workerStopped`). */
  close(): void;
}

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  progress: ((value: unknown) => void) | undefined;
}

/**
 * Connects to a worker that `create` starts on the first call (and again after it died or
 * was closed).
 */
export function connect(name: string, create: () => Worker): Connection {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();
  const listeners = new Map<string, Set<(value: unknown) => void>>();

  const failAll = (error: Error) => {
    const all = [...waiting.values()];
    waiting.clear();
    for (const w of all) w.reject(error);
  };
  const stop = (error: Error) => {
    worker?.terminate();
    worker = undefined;
    failAll(error);
    listeners.get('stopped')?.forEach((l) => l(error));
  };

  const start = (): Worker => {
    if (worker) return worker;
    const w = create();
    worker = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.t === 'event') {
        listeners.get(msg.name)?.forEach((l) => l(msg.value));
        return;
      }
      const wait = waiting.get(msg.id);
      if (!wait) return;
      if (msg.t === 'progress') return wait.progress?.(msg.value);
      waiting.delete(msg.id);
      if (msg.t === 'reply') wait.resolve(msg.value);
      else wait.reject(fromWire(msg.error));
    };
    // The worker's script failed to load or threw outside any call: it cannot be trusted.
    // A script that threw comes as an ErrorEvent with its message; one that could not be
    // fetched (or a chunk it imports) as a bare error event, without one: the page must
    // reload to get code that exists (`retry`), so it is said as `app.loadFailed`.
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault?.();
      console.error(`${name} worker failed`, e.message ?? 'its code did not load');
      if (worker !== w) return;
      stop(
        e.message
          ? new DomainError('app.workerFailed', { worker: name })
          : new DomainError('app.loadFailed'),
      );
    };
    w.onmessageerror = () => {
      if (worker === w) stop(new DomainError('app.workerFailed', { worker: name }));
    };
    return w;
  };

  return {
    call<T>(method: string, args?: unknown, onProgress?: (value: unknown) => void): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject, progress: onProgress });
        try {
          start().postMessage({ t: 'call', id, method, args } satisfies ToWorker);
        } catch (error) {
          waiting.delete(id);
          reject(toDomainError(error));
        }
      });
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
    get running() {
      return worker !== undefined;
    },
    close() {
      if (worker) stop(new DomainError('app.workerStopped', { worker: name }));
    },
  };
}

/** What a worker's method gets besides its arguments. */
export interface CallTools {
  progress: (value: unknown) => void;
}

/** The worker's end: answers calls with `methods`, sends events with the returned `emit`. */
export function serve(
  scope: { postMessage: (message: unknown) => void; onmessage: unknown },
  methods: Record<string, (args: never, tools: CallTools) => unknown>,
): { emit: (name: string, value?: unknown) => void } {
  const post = (message: FromWorker) => scope.postMessage(message);
  scope.onmessage = async (e: MessageEvent<ToWorker>) => {
    const msg = e.data;
    if (msg?.t !== 'call') return;
    const method = methods[msg.method];
    try {
      if (!method) throw new Error(`the worker has no method ${msg.method}`);
      const value = await method(msg.args as never, {
        progress: (v) => post({ t: 'progress', id: msg.id, value: v }),
      });
      post({ t: 'reply', id: msg.id, value });
    } catch (error) {
      post({ t: 'error', id: msg.id, error: toWire(error) });
    }
  };
  return { emit: (name, value) => post({ t: 'event', name, value }) };
}

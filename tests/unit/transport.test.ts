import { afterEach, describe, expect, test } from 'vitest';
import { DomainError } from '../../src/domain/errors';
import {
  connect,
  isLoadFailure,
  serve,
  toDomainError,
  type CallTools,
} from '../../src/app/kernel/transport';

/**
 * The kernel's one road across a worker, driven through a MessageChannel: the page's end
 * (`connect`) and the worker's (`serve`) talk exactly as they do across a real Worker.
 */

class FakeWorker {
  readonly port: MessagePort;
  readonly inside: MessagePort;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.inside = channel.port2;
    this.port.onmessage = (e) => this.onmessage?.(e);
  }
  postMessage(message: unknown): void {
    this.port.postMessage(message);
  }
  terminate(): void {
    this.terminated = true;
    this.port.close();
    this.inside.close();
  }
  /** What a browser does when the worker's script throws outside a call. */
  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
  /** What Chromium does when the worker's script (or a chunk it imports) cannot be fetched. */
  failToLoad(): void {
    this.onerror?.({ preventDefault() {} } as ErrorEvent);
  }
}

/** The worker side's global scope, as `serve` uses it, over the channel's inner port. */
function scopeOf(w: FakeWorker): { postMessage: (m: unknown) => void; onmessage: unknown } {
  return {
    postMessage: (m) => w.inside.postMessage(m),
    set onmessage(fn: unknown) {
      w.inside.onmessage = fn as (e: MessageEvent) => void;
    },
    get onmessage() {
      return w.inside.onmessage;
    },
  };
}

let workers: FakeWorker[] = [];
afterEach(() => {
  for (const w of workers) w.terminate();
  workers = [];
});

/** A worker serving `methods`; `started` counts how many were started. */
function fake(methods: Record<string, (args: never, tools: CallTools) => unknown>) {
  const started = { count: 0 };
  const connection = connect('test', () => {
    started.count++;
    const w = new FakeWorker();
    workers.push(w);
    serve(scopeOf(w), methods);
    return w as unknown as Worker;
  });
  return { connection, started, current: () => workers.at(-1)! };
}

describe('worker transport', () => {
  test('a result comes back, with the progress reported on the way', async () => {
    const { connection } = fake({
      count: async ({ to }: { to: number }, { progress }) => {
        for (let i = 1; i <= to; i++) progress(i);
        return to * 2;
      },
    });
    const seen: unknown[] = [];
    expect(await connection.call('count', { to: 3 }, (p) => seen.push(p))).toBe(6);
    expect(seen).toEqual([1, 2, 3]);
  });

  test('a refusal inside the worker arrives as the same DomainError, code, params and problems', async () => {
    const { connection } = fake({
      refuse: () => {
        throw new DomainError('group.notFound', { groupId: 'g-9' }, [
          { row: 3, column: 'Group Name', code: 'group.name.empty' },
        ]);
      },
    });
    const error = await connection.call('refuse').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'group.notFound',
      params: { groupId: 'g-9' },
      problems: [{ row: 3, column: 'Group Name', code: 'group.name.empty' }],
    });
  });

  test('a code chunk the worker cannot load is app.loadFailed, not a string', async () => {
    const { connection } = fake({
      load: () => {
        throw new TypeError('Failed to fetch dynamically imported module: /_astro/x.js');
      },
    });
    const error = await connection.call('load').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('app.loadFailed');
  });

  test('a worker that dies rejects whatever waits on it, and the next call starts a new one', async () => {
    const { connection, started, current } = fake({
      hang: () => new Promise(() => {}),
      ping: () => 'pong',
    });
    const waiting = connection.call('hang').catch((e: unknown) => e);
    const alsoWaiting = connection.call('hang').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 10));
    current().crash('Uncaught ReferenceError: x is not defined');
    for (const error of [await waiting, await alsoWaiting]) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('app.workerFailed');
    }
    expect(started.count).toBe(1);
    expect(await connection.call('ping')).toBe('pong');
    expect(started.count).toBe(2);
  });

  test('a worker whose script cannot load rejects with app.loadFailed (Retry reloads the page)', async () => {
    const { connection, current } = fake({ hang: () => new Promise(() => {}) });
    const waiting = connection.call('hang').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 10));
    current().failToLoad();
    const error = await waiting;
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('app.loadFailed');
    expect(connection.running).toBe(false);
  });

  test('closing the connection rejects what waits and stops the worker', async () => {
    const { connection, current } = fake({ hang: () => new Promise(() => {}) });
    const waiting = connection.call('hang').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 10));
    const worker = current();
    connection.close();
    expect(((await waiting) as DomainError).code).toBe('app.workerStopped');
    expect(worker.terminated).toBe(true);
    expect(connection.running).toBe(false);
  });

  test('events reach their listeners', async () => {
    let emit: ((name: string, value?: unknown) => void) | undefined;
    const connection = connect('events', () => {
      const w = new FakeWorker();
      workers.push(w);
      ({ emit } = serve(scopeOf(w), { start: () => undefined }));
      return w as unknown as Worker;
    });
    const heard: unknown[] = [];
    connection.on('job-ended', (v) => heard.push(v));
    await connection.call('start');
    emit!('job-ended', { jobId: 'j-1', status: 'completed' });
    await new Promise((r) => setTimeout(r, 10));
    expect(heard).toEqual([{ jobId: 'j-1', status: 'completed' }]);
  });
});

describe('one error shape', () => {
  test('load failures of every browser are recognized', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: https://x/_astro/a.js',
      'Importing a module script failed.',
      'error loading dynamically imported module',
    ])
      expect(isLoadFailure(new TypeError(message)), message).toBe(true);
    expect(isLoadFailure(new Error('x is not a function'))).toBe(false);
  });

  test('anything else becomes `unexpected` with its text; a DomainError stays itself', () => {
    const refusal = new DomainError('permission.denied', { capability: 'org.manage' });
    expect(toDomainError(refusal)).toBe(refusal);
    expect(toDomainError(new RangeError('bad'))).toMatchObject({
      code: 'unexpected',
      params: { code: 'RangeError: bad' },
    });
  });
});

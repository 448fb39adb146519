import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  followUsersChanges,
  QUIET_MS,
  STALL_MS,
  type FollowedModel,
} from '../../src/app/directory/follow';

/** A model whose catch-ups the test finishes by hand, with what the page was told. */
function setup() {
  const finish: Array<() => void> = [];
  const model: FollowedModel = {
    changed: vi.fn(() => new Promise<void>((resolve) => finish.push(resolve))),
    postponeSave: vi.fn(),
  };
  const told: boolean[] = [];
  const follow = followUsersChanges(model, (behind) => told.push(behind));
  /** A committed change; `more`: its writer (a job) says further batches follow. */
  const announce = (more = false) => follow(more ? { more } : {});
  /** Ends the oldest catch-up still running and lets its continuation run. */
  const endCatchUp = async () => {
    finish.shift()!();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { model, told, announce, endCatchUp };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('followUsersChanges: the directory follows committed changes', () => {
  test('a lone change (an edit) is applied at once, and the list is never said to be behind', async () => {
    const { model, told, announce, endCatchUp } = setup();
    announce();
    expect(model.changed).toHaveBeenCalledTimes(1);
    await endCatchUp();
    await vi.advanceTimersByTimeAsync(5 * QUIET_MS);
    expect(model.changed).toHaveBeenCalledTimes(1);
    expect(told).toEqual([]);
  });

  test('a stream (an import) is applied once it pauses; the list is behind from its second batch until then', async () => {
    const { model, told, announce, endCatchUp } = setup();
    announce(); // the first batch looks like an edit
    await endCatchUp();
    for (let batch = 2; batch <= 20; batch++) {
      await vi.advanceTimersByTimeAsync(QUIET_MS / 5);
      announce();
    }
    expect(told).toEqual([true]);
    expect(model.changed).toHaveBeenCalledTimes(1);
    expect(model.postponeSave).toHaveBeenCalledTimes(20);

    await vi.advanceTimersByTimeAsync(QUIET_MS - 1);
    expect(model.changed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(model.changed).toHaveBeenCalledTimes(2);
    // Still behind while the catch-up reads.
    expect(told).toEqual([true]);
    await endCatchUp();
    expect(told).toEqual([true, false]);
  });

  test('a change committed while the last catch-up reads keeps the list behind until it is in too', async () => {
    const { model, told, announce, endCatchUp } = setup();
    announce();
    await endCatchUp();
    await vi.advanceTimersByTimeAsync(QUIET_MS / 2);
    announce();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(model.changed).toHaveBeenCalledTimes(2);
    // Another tab commits while that catch-up runs: after the pause, it is read at once.
    announce();
    expect(model.changed).toHaveBeenCalledTimes(3);
    await endCatchUp();
    expect(told).toEqual([true]);
    await endCatchUp();
    expect(told).toEqual([true, false]);
  });

  test('a job that says more batches follow is waited for, however slowly they commit, until its last', async () => {
    const { model, told, announce, endCatchUp } = setup();
    announce(true); // the first batch is not taken for an edit
    expect(model.changed).not.toHaveBeenCalled();
    expect(told).toEqual([true]);
    for (let batch = 2; batch < 10; batch++) {
      await vi.advanceTimersByTimeAsync(3 * QUIET_MS); // a group upload's 1.5 s transactions
      announce(true);
    }
    expect(model.changed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3 * QUIET_MS);
    announce(); // the last batch
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(model.changed).toHaveBeenCalledTimes(1);
    await endCatchUp();
    expect(told).toEqual([true, false]);
  });

  test('a job that stops without its last batch (cancelled) is caught up with after a while', async () => {
    const { model, told, announce, endCatchUp } = setup();
    announce(true);
    announce(true);
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    expect(model.changed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(model.changed).toHaveBeenCalledTimes(1);
    await endCatchUp();
    expect(told).toEqual([true, false]);
  });

  test('a catch-up that fails still ends the stream: the list is not said to be behind for ever', async () => {
    const model: FollowedModel = {
      changed: vi.fn(() => Promise.reject(new Error('read failed'))),
      postponeSave: vi.fn(),
    };
    const told: boolean[] = [];
    const follow = followUsersChanges(model, (behind) => told.push(behind));
    follow({ more: true });
    follow({});
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(told).toEqual([true, false]);
  });
});

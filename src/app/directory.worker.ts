/// <reference lib="webworker" />
/** The worker that hosts the directory read model (see directory-model.ts). */
import { openDb } from '../storage/db';
import { onUsersChanged } from '../storage/repos';
import { createDirectoryModel } from './directory-model';
import type { DirectoryRequest } from './directory-protocol';

declare const self: DedicatedWorkerGlobalScope;

const model = createDirectoryModel(openDb(), (message) => self.postMessage(message));
/**
 * A change after a quiet spell is applied at once (an edit shows immediately). Changes that
 * keep coming — an import commits a batch every fraction of a second — are applied together
 * every `STREAM_EVERY_MS`, so the model's reads do not hold up the writer's transactions.
 */
const STREAM_EVERY_MS = 2_000;
let lastCatchUp = -Infinity;
let pending: ReturnType<typeof setTimeout> | undefined;
onUsersChanged(() => {
  if (pending !== undefined) return;
  const wait = Math.max(0, lastCatchUp + STREAM_EVERY_MS - performance.now());
  pending = setTimeout(() => {
    pending = undefined;
    lastCatchUp = performance.now();
    void model.changed();
  }, wait);
});
self.onmessage = (e: MessageEvent<DirectoryRequest>) => model.handle(e.data);
void model.start();

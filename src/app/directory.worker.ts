/// <reference lib="webworker" />
/** The worker that hosts the directory read model (see directory-model.ts). */
import { openDb } from '../storage/db';
import { onUsersChanged } from '../storage/repos';
import { createDirectoryModel } from './directory-model';
import type { DirectoryRequest } from './directory-protocol';

declare const self: DedicatedWorkerGlobalScope;

const model = createDirectoryModel(openDb(), (message) => self.postMessage(message));
onUsersChanged(() => void model.changed());
self.onmessage = (e: MessageEvent<DirectoryRequest>) => model.handle(e.data);
void model.start();

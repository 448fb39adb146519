import type { PageRequest } from './engine';

/** Messages between the page and the directory worker. */
export type DirectoryRequest =
  { id: number; type: 'page'; page: PageRequest } | { id: number; type: 'counts' };

export type DirectoryResponse =
  | { type: 'progress'; loaded: number }
  | { type: 'ready'; loaded: number; ms: number; source: 'snapshot' | 'full' }
  | { type: 'changed' }
  | { type: 'saved'; seq: number }
  | { type: 'reply'; id: number; result: unknown };

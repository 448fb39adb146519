/** The events the directory worker sends the page (its calls are `start`, `page`, `counts`). */
export interface DirectoryEvents {
  /** Users read so far while the model loads. */
  progress: { loaded: number };
  ready: { loaded: number; ms: number; source: 'snapshot' | 'full' };
  /** The model applied changes: shown rows may be stale. */
  changed: Record<never, never>;
  /** Changes are stored that the model has not applied yet (an import runs), or it now has. */
  behind: { behind: boolean };
  /** A snapshot was saved at change `seq`. */
  saved: { seq: number };
}

export type DirectoryEvent = {
  [K in keyof DirectoryEvents]: { type: K } & DirectoryEvents[K];
}[keyof DirectoryEvents];

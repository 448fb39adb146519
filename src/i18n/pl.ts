import type { MessageKey } from './en';

/** Polish UI strings. A key missing here falls back to English. */
export const pl = {} satisfies Partial<Record<MessageKey, string>>;

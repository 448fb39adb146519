import type { MessageKey } from './en';

/** Polish UI strings of the groups area; spread into `pl` (src/i18n/pl.ts). */
export const plGroups = {} satisfies Partial<Record<MessageKey, string>>;

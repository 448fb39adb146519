import type { MessageKey } from './en';

/** Polish UI strings of the catalog area; spread into `pl` (src/i18n/pl.ts). */
export const plCatalog = {} satisfies Partial<Record<MessageKey, string>>;

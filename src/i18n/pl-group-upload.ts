import type { MessageKey } from './en';

/** Polish UI strings of the group-upload area; spread into `pl` (src/i18n/pl.ts). */
export const plGroupUpload = {} satisfies Partial<Record<MessageKey, string>>;

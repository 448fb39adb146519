/** English UI strings of the group-upload area; spread into `en` (src/i18n/en.ts). */
export const enGroupUpload = {} as const;

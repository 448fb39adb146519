/** English UI strings of the groups area; spread into `en` (src/i18n/en.ts). */
export const enGroups = {} as const;

/** English UI strings of the catalog area; spread into `en` (src/i18n/en.ts). */
export const enCatalog = {} as const;

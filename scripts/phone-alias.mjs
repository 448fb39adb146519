import { fileURLToPath } from 'node:url';

/**
 * The phone library's pattern matcher replaced by src/io/phone-match.ts, which compiles each
 * pattern once; the site's build and the unit tests (which then run the library through
 * Vite too) use the same alias.
 */
export const phoneMatchAlias = {
  find: /^(?:\.\.?\/)+(?:helpers\/)?matchesEntirely\.js$/,
  replacement: fileURLToPath(new URL('../src/io/phone-match.ts', import.meta.url)),
};

import { defineConfig } from 'vitest/config';
import { phoneMatchAlias } from './scripts/phone-alias.mjs';

// Local dates and times (an export's file name) read the same on every machine, as in e2e.
process.env.TZ = 'UTC';

export default defineConfig({
  // The phone library runs through Vite here too, so its pattern matcher is the one the site
  // ships (scripts/phone-alias.mjs).
  resolve: { alias: [phoneMatchAlias] },
  test: {
    server: { deps: { inline: ['libphonenumber-js'] } },
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});

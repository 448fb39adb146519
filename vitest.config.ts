import { defineConfig } from 'vitest/config';

// Local dates and times (an export's file name) read the same on every machine, as in e2e.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});

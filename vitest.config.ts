import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn node processes; two cores on CI.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

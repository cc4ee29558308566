import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture and corpus files are inputs to the analyzers, not tests, even when named *.test.ts.
    exclude: ['**/node_modules/**', 'test/**/fixtures/**', 'test/**/holdout/**'],
    // CLI tests spawn node processes; two cores on CI.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

// The code-server end-to-end test runs on its own (.ci/run has a step for it), never in `npm test`.
export default defineConfig({
  test: {
    include: ['test/extension/**/*.e2e.ts'],
    testTimeout: 240_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});

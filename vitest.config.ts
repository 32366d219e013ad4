import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // the real-server and external-tool tests are processes; keep the 2-core machine responsive
    maxWorkers: 2,
  },
});

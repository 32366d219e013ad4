import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // every scratch folder of a run under one folder, removed at the end (test/setup/temp-root.ts)
    globalSetup: ['test/setup/temp-root.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // the real-server and external-tool tests are processes; keep the 2-core machine responsive
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Neo4j for the whole run, started (or reached through NEO4J_URI) and loaded with the seed once.
    globalSetup: ['test/global-setup.ts'],
    // Integration and browser tests share that database and count what is in it: one file at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});

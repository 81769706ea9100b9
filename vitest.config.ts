import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for everyone (it ignores the "module" field); Vite would give
    // our code the .mjs build while yoga gets the .js one, and instanceof checks would fail between them.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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

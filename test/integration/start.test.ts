/**
 * `npm start`'s orchestration on the test database (NEO4J_URI set, so it starts no Neo4j of its own):
 * it loads the dataset, prints the URL, serves, and stops cleanly on SIGTERM.
 */
import { describe, expect, it } from 'vitest';
import { runTs } from '../support/process.js';
import { testDatabase, testNeo4j } from '../support/neo4j.js';

describe('npm start', () => {
  it('loads, prints the explorer URL, answers /health and /ready, stops on SIGTERM', { timeout: 120_000 }, async () => {
    const { uri, user, password } = testNeo4j();
    const start = runTs('scripts/start.ts', [], {
      ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: testDatabase() ?? '', PORT: '0', HOST: '127.0.0.1',
    });
    try {
      const [, url] = await start.waitFor(/Explorer\s+(http:\/\/127\.0\.0\.1:\d+)\//);
      expect(start.output()).toMatch(/030-relations\.cypher/);
      expect(start.output()).toMatch(/loaded: \d+ nodes, \d+ relationships/);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      start.child.kill('SIGTERM');
      expect(await start.exited()).toBe(0);
      await expect(fetch(`${url}/health`)).rejects.toThrow();
    } finally {
      start.child.kill('SIGKILL');
    }
  });

  it('a bad setting is a one-line error, not a stack trace', async () => {
    const start = runTs('scripts/start.ts', [], { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', PORT: 'eighty' });
    expect(await start.exited()).toBe(1);
    expect(start.output().trim()).toBe('npm start failed: PORT must be an integer from 0 to 65535, got "eighty".');
  });
});

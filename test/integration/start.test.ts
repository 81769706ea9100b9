/**
 * `npm start`'s orchestration on the test database (NEO4J_URI set, so it starts no Neo4j of its own):
 * it loads the dataset (skipping files the database holds unchanged: the global setup loaded them),
 * builds the client only when its sources changed, prints the URL, serves, and stops cleanly on SIGTERM.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClientIfChanged, inputsHash } from '../../scripts/client-build.js';
import { defaultClientDir, projectRoot } from '../../server/src/paths.js';
import { runTs } from '../support/process.js';
import { testDatabase, testNeo4j } from '../support/neo4j.js';

describe('npm start', () => {
  it('skips the unchanged dataset, prints the explorer URL, answers /health and /ready, stops on SIGTERM', { timeout: 180_000 }, async () => {
    const { uri, user, password } = testNeo4j();
    const start = runTs('scripts/start.ts', [], {
      ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: testDatabase() ?? '', PORT: '0', HOST: '127.0.0.1', CLIENT_DIR: '',
    });
    try {
      const [, url] = await start.waitFor(/Explorer\s+(http:\/\/127\.0\.0\.1:\d+)\//, 150_000);
      expect(start.output()).toMatch(/030-relations\.cypher +unchanged since it was applied: skipped/);
      expect(start.output()).toMatch(/nothing to load: the database holds every file as it was applied/);
      expect(start.output()).not.toMatch(/statements {2}\+/);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      start.child.kill('SIGTERM');
      expect(await start.exited()).toBe(0);
      await expect(fetch(`${url}/health`)).rejects.toThrow();
    } finally {
      start.child.kill('SIGKILL');
    }
  });

  it('builds the client only when what it is built from changed', { timeout: 180_000 }, async () => {
    const log: string[] = [];
    await buildClientIfChanged((line) => log.push(line));
    expect(await buildClientIfChanged((line) => log.push(line))).toBe('unchanged');
    expect(log.at(-1)).toMatch(/Client unchanged since it was built/);
    expect(existsSync(path.join(defaultClientDir, 'index.html'))).toBe(true);
    const before = await inputsHash();
    const probe = path.join(projectRoot, 'client', 'src', 'build-probe.tmp');
    writeFileSync(probe, 'a change');
    try {
      expect(await inputsHash()).not.toBe(before);
    } finally {
      rmSync(probe);
    }
    expect(await inputsHash()).toBe(before);
  });

  it('a bad setting is a one-line error, not a stack trace', async () => {
    const start = runTs('scripts/start.ts', [], { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', PORT: 'eighty' });
    expect(await start.exited()).toBe(1);
    expect(start.output().trim()).toBe('npm start failed: PORT must be an integer from 0 to 65535, got "eighty".');
  });
});

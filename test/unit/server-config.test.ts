/** Settings from the environment: defaults, clear refusals, and every one of them documented. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/src/config.js';

describe('readConfig', () => {
  it('has a working default for everything', () => {
    const config = readConfig({});
    expect(config.neo4j).toEqual({ uri: undefined, user: 'neo4j', password: undefined, database: undefined });
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', corsOrigins: [], queryTimeoutMs: 5000, maxConcurrentQueries: 8, loadOnStart: true });
    expect(config.local.name).toBe('dev');
    expect(readConfig({ NEO4J_LOCAL_NAME: 'bench-start' }).local.name).toBe('bench-start');
  });

  it('reads numbers, lists and switches', () => {
    const config = readConfig({ PORT: '8080', QUERY_TIMEOUT_MS: '2500', MAX_CONCURRENT_QUERIES: '3', CORS_ORIGIN: 'http://a.test, http://b.test ,', LOAD_ON_START: '0' });
    expect(config).toMatchObject({ port: 8080, queryTimeoutMs: 2500, maxConcurrentQueries: 3, corsOrigins: ['http://a.test', 'http://b.test'], loadOnStart: false });
  });

  it.each([
    ['MAX_CONCURRENT_QUERIES', '0', /MAX_CONCURRENT_QUERIES must be an integer from 1 to 40, got "0"/],
    ['MAX_CONCURRENT_QUERIES', '41', /from 1 to 40/],
    ['MAX_CONCURRENT_QUERIES', 'many', /got "many"/],
    ['QUERY_TIMEOUT_MS', '1.5', /QUERY_TIMEOUT_MS must be an integer/],
    ['PORT', '70000', /PORT must be an integer from 0 to 65535/],
    ['NEO4J_LOCAL_NAME', '../elsewhere', /NEO4J_LOCAL_NAME must be a plain name/],
  ])('refuses %s=%s with a message that names it', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => readConfig({ [name]: value })).toThrow(message);
  });

  it('every setting it reads is in the README settings table', () => {
    const source = readFileSync('server/src/config.ts', 'utf8');
    const names = new Set([...source.matchAll(/env\.([A-Z][A-Z0-9_]+)|env, '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? m[2]));
    expect(names.size).toBeGreaterThan(10);
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.split('\n').filter((line) => line.startsWith('| `'));
    for (const name of names) expect(table.some((row) => row.includes(`\`${name}\``)), name).toBe(true);
  });
});

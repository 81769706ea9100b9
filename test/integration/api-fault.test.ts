/**
 * Neo4j stopped under a running server, then started again: /health stays 200, /ready turns 503 within
 * 2 s, queries fail fast with DATABASE_UNAVAILABLE, and once Neo4j is back the same server (same driver)
 * answers again, without a restart. Uses its own Neo4j (`.neo4j/fault`), so the shared one stays up.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../../neo4j/local.js';
import { createApp } from '../../server/src/app.js';
import { createDriver } from '../../server/src/db/driver.js';
import { loadCypherDir } from '../../server/src/loader/load.js';
import { defaultCypherDir } from '../../server/src/paths.js';
import { listen, type Listening } from '../../server/src/serve.js';
import { gql } from './api-client.js';

const NEO4J: LocalNeo4jOptions = { name: 'fault', boltPort: 7713, httpPort: 7714, heapMb: 512 };
const QUERY_TIMEOUT_MS = 5000;
const STANCE = '{ stance(target: "deepseek") { endorsements { from { id } quoteAr } } }';

let neo4j: LocalNeo4j;
let driver: Driver;
let server: Listening;

async function startNeo4j(): Promise<LocalNeo4j> {
  const started = await startLocalNeo4j(NEO4J);
  // A server left running by an interrupted run cannot be stopped from here, and this test must stop it.
  if (!started.startedHere) throw new Error(`Neo4j '${NEO4J.name}' was already running (pid ${started.pid}); stop it and run again.`);
  return started;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await run();
  return { value, ms: Date.now() - started };
}

beforeAll(async () => {
  neo4j = await startNeo4j();
  driver = createDriver(neo4j);
  await loadCypherDir({ driver, dir: defaultCypherDir });
  server = await listen(createApp({ driver, queryTimeoutMs: QUERY_TIMEOUT_MS }), { port: 0, host: '127.0.0.1' });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await driver?.close();
  await neo4j?.stop();
}, 60_000);

describe('Neo4j goes away and comes back', () => {
  it('fails fast while it is down and recovers without a restart', async () => {
    const before = await gql<{ stance: { endorsements: unknown[] } }>(server.url, STANCE);
    expect(before.data?.stance.endorsements.length).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);

    await neo4j.stop();

    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await timed(() => fetch(`${server.url}/ready`));
    expect(ready.value.status).toBe(503);
    expect(ready.ms).toBeLessThan(2000);

    for (const query of [STANCE, '{ search(text: "deepseek") { score } }', '{ graph { nodes { id } } }', '{ entity(id: "r1") { relations { id } } }']) {
      const down = await timed(() => gql(server.url, query));
      expect(Object.values(down.value.data ?? {}).every((v) => v === null), query).toBe(true);
      expect(down.value.errors?.[0]?.extensions?.code, query).toBe('DATABASE_UNAVAILABLE');
      expect(down.value.errors?.[0]?.message).not.toMatch(/Neo4j|ECONNREFUSED|127\.0\.0\.1|7713/);
      // Fail fast: a refused connection is reported at once, long before the query budget runs out.
      expect(down.ms, query).toBeLessThan(Math.min(2000, QUERY_TIMEOUT_MS));
    }

    neo4j = await startNeo4j();

    // The same server and driver: nothing was restarted but Neo4j.
    const deadline = Date.now() + 60_000;
    while ((await fetch(`${server.url}/ready`)).status !== 200) {
      if (Date.now() > deadline) throw new Error('/ready did not recover within 60 s');
      await new Promise((r) => setTimeout(r, 250));
    }
    // A freshly started JVM can be slow to plan the first queries; what matters is that they come back.
    const seen: string[] = [];
    let after = await gql<{ stance: { endorsements: unknown[] } }>(server.url, STANCE);
    while (after.errors && Date.now() < deadline) {
      seen.push(String(after.errors[0]?.extensions?.code));
      await new Promise((r) => setTimeout(r, 500));
      after = await gql<{ stance: { endorsements: unknown[] } }>(server.url, STANCE);
    }
    expect(after.errors, `errors after recovery: ${seen.join(', ')}`).toBeUndefined();
    expect(after.data).toEqual(before.data);
    for (const query of ['{ search(text: "deepseek") { score } }', '{ graph { nodes { id } } }', '{ entity(id: "r1") { relations { id } } }']) {
      const again = await gql(server.url, query);
      expect(again.errors, query).toBeUndefined();
    }
  }, 180_000);
});

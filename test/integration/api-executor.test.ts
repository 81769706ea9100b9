/**
 * The gateway's executor against the real database: READ access mode refuses writes, the request's
 * budget is Neo4j's transaction timeout, the metadata is visible to operators, and an unreachable
 * Neo4j fails fast with DATABASE_UNAVAILABLE.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/db/driver.js';
import { CypherExecutor, type StatementEvent } from '../../server/src/db/executor.js';
import { testDatabase, testDriver, testSession } from '../support/neo4j.js';

let driver: Driver;
const events: StatementEvent[] = [];
let executor: CypherExecutor;

beforeAll(() => {
  driver = testDriver();
  executor = new CypherExecutor({ driver, database: testDatabase(), onStatement: (e) => events.push(e) });
});
afterAll(async () => {
  await driver.close();
});

async function failure(run: () => Promise<unknown>): Promise<{ code: unknown; message: string; ms: number }> {
  const started = Date.now();
  try {
    await run();
  } catch (error) {
    const e = error as Error & { extensions?: Record<string, unknown> };
    return { code: e.extensions?.code, message: e.message, ms: Date.now() - started };
  }
  throw new Error('expected a failure');
}

async function probeCount(): Promise<number> {
  const { session, close } = await testSession();
  try {
    const result = await session.run('MATCH (n:ApiWriteProbe) RETURN count(n) AS n');
    return Number(result.records[0]?.get('n'));
  } finally {
    await close();
  }
}

describe('CypherExecutor', () => {
  const soon = () => ({ deadline: Date.now() + 5000 });

  it.each([
    ['CREATE', "CREATE (n:ApiWriteProbe {id: 'x'}) RETURN n.id AS id"],
    ['MERGE', "MERGE (n:ApiWriteProbe {id: 'x'}) RETURN n.id AS id"],
    ['SET', "MATCH (n:Entity {id: 'deepseek'}) SET n:ApiWriteProbe RETURN n.id AS id"],
    ['DETACH DELETE', "MATCH (n:Entity {id: 'deepseek'}) DETACH DELETE n RETURN 1 AS done"],
    ['a schema change', 'CREATE INDEX api_write_probe IF NOT EXISTS FOR (n:ApiWriteProbe) ON (n.id)'],
  ])('refuses a write that reaches Cypher (%s): READ_ONLY, nothing written', async (_, cypher) => {
    const result = await failure(() => executor.read({ name: 'write-attempt', cypher, params: {} }, soon()));
    expect(result.code).toBe('READ_ONLY');
    expect(result.message).not.toMatch(/Neo\.|access mode/i);
    expect(await probeCount()).toBe(0);
    const rows = await executor.read({ name: 'check', cypher: "MATCH (n:Entity {id: 'deepseek'}) RETURN n.id AS id", params: {} }, soon());
    expect(rows).toEqual([{ id: 'deepseek' }]);
  });

  // Counting to two billion takes Neo4j minutes; only a timeout can end it within seconds.
  const SLOW = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

  it('passes the budget to Neo4j as the transaction timeout: Neo4j itself stops a slow statement', async () => {
    events.length = 0;
    // No client-side guard here, so the error can only be Neo4j's (it checks every ~2 s).
    const patient = new CypherExecutor({ driver, database: testDatabase(), clientGraceMs: 20_000, onStatement: (e) => events.push(e) });
    const result = await failure(() => patient.read({ name: 'slow', cypher: SLOW, params: {} }, { deadline: Date.now() + 500 }));
    expect(result.code).toBe('QUERY_TIMEOUT');
    expect(result.ms).toBeLessThan(5000);
    expect((events[0]?.error as { code?: string } | undefined)?.code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
  });

  it('answers QUERY_TIMEOUT right at the budget, without waiting for Neo4j\'s timer', async () => {
    const result = await failure(() => executor.read({ name: 'slow', cypher: SLOW, params: {} }, { deadline: Date.now() + 400 }));
    expect(result.code).toBe('QUERY_TIMEOUT');
    expect(result.ms).toBeLessThan(1000);
  });

  it('fails without a round trip once the budget is spent', async () => {
    events.length = 0;
    expect((await failure(() => executor.read({ name: 'late', cypher: 'RETURN 1', params: {} }, { deadline: Date.now() - 1 }))).code).toBe('QUERY_TIMEOUT');
    expect(events).toHaveLength(0);
  });

  it('tags its transactions with metadata operators can see', async () => {
    const slow = executor.read({ name: 'tagged', cypher: SLOW, params: {} }, { deadline: Date.now() + 1500, requestId: 'req-42' })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500));
    const { session, close } = await testSession();
    try {
      const result = await session.run('SHOW TRANSACTIONS YIELD metaData RETURN metaData');
      const metadata = result.records.map((r) => r.get('metaData') as Record<string, unknown>);
      expect(metadata).toContainEqual({ app: 'kg-explorer', query: 'tagged', request: 'req-42' });
    } finally {
      await close();
    }
    await slow;
  });

  it('an unreachable Neo4j: DATABASE_UNAVAILABLE, fast', async () => {
    const nowhere = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'whatever1' });
    try {
      const down = new CypherExecutor({ driver: nowhere });
      const result = await failure(() => down.read({ name: 'x', cypher: 'RETURN 1', params: {} }, { deadline: Date.now() + 5000 }));
      expect(result.code).toBe('DATABASE_UNAVAILABLE');
      expect(result.ms).toBeLessThan(2500);
      expect(await down.ping(1000)).toBe(false);
    } finally {
      await nowhere.close();
    }
  });
});

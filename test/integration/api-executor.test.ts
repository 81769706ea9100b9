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

// Counting to two billion takes Neo4j minutes; only a timeout can end it within seconds.
const SLOW = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

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

  it('runs its statements without the driver\'s call-site capture and leaves the process\'s stack traces as they were', async () => {
    const limit = Error.stackTraceLimit;
    expect(limit).toBeGreaterThan(0);
    await expect(executor.read({ name: 'ok', cypher: 'RETURN 1 AS ok', params: {} }, soon())).resolves.toEqual([{ ok: 1 }]);
    expect(Error.stackTraceLimit).toBe(limit);
    // A statement Neo4j refuses still fails with its own code (an unknown one passes through unmapped).
    const error = await executor.read({ name: 'bad', cypher: 'RETURN nope AS x', params: {} }, soon()).then(() => undefined, (e: unknown) => e as Error & { code?: unknown });
    expect(error?.code).toBe('Neo.ClientError.Statement.SyntaxError');
    // The driver puts the trace it captured at the call on the error: none, so nothing was paid for it.
    expect(error?.stack).not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('after').stack?.split('\n').length).toBeGreaterThan(1);
  });

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

  it('a statement bigger than Neo4j lets a transaction be: QUERY_TOO_LARGE, not "unavailable"', { timeout: 60_000 }, async () => {
    // Collecting a hundred million numbers passes any transaction memory limit within a second or two —
    // on a busy machine in more than the usual 5 s, so this budget leaves the limit the only way out.
    const result = await failure(() => executor.read({ name: 'huge', cypher: 'UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n', params: {} }, { deadline: Date.now() + 45_000 }));
    expect(result.code).toBe('QUERY_TOO_LARGE');
    expect(result.message).toMatch(/narrow it down/);
    expect(await executor.ping(1500)).toBe(true);
  });
});

describe('CypherExecutor under load', () => {
  // Half a second or so of work each.
  const BUSY = 'UNWIND range(1, 3000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

  it('runs at most maxConcurrentStatements in Neo4j at once; the others wait their turn and all succeed', async () => {
    const gated = new CypherExecutor({ driver, database: testDatabase(), maxConcurrentStatements: 2, coalesceReads: false });
    const runs = Array.from({ length: 5 }, () => gated.read({ name: 'busy', cypher: BUSY, params: {} }, { deadline: Date.now() + 20_000 }));
    expect(gated.load).toEqual({ running: 2, waiting: 3 });
    expect(await Promise.all(runs)).toEqual(Array.from({ length: 5 }, () => [{ n: 0 }]));
    await new Promise((r) => setTimeout(r, 50));
    expect(gated.load).toEqual({ running: 0, waiting: 0 });
  });

  it('runs the very same read asked for while it is in flight once, and shares its rows', async () => {
    const seen: StatementEvent[] = [];
    const shared = new CypherExecutor({ driver, database: testDatabase(), maxConcurrentStatements: 2, onStatement: (e) => seen.push(e) });
    const same = () => shared.read({ name: 'busy', cypher: BUSY, params: {} }, { deadline: Date.now() + 20_000 });
    const other = shared.read({ name: 'other', cypher: 'RETURN $x AS x', params: { x: 1 } }, { deadline: Date.now() + 20_000 });
    const runs = [same(), same(), same()];
    expect(shared.load).toEqual({ running: 2, waiting: 0 });
    expect(await Promise.all(runs)).toEqual([[{ n: 0 }], [{ n: 0 }], [{ n: 0 }]]);
    expect(await other).toEqual([{ x: 1 }]);
    expect(seen.map((e) => e.name).sort()).toEqual(['busy', 'other']);
    // Once answered, the same read runs again: nothing is cached past its flight.
    expect(await same()).toEqual([{ n: 0 }]);
    expect(seen.filter((e) => e.name === 'busy')).toHaveLength(2);
  });

  it('a read that joined one whose asker ran out of budget runs on its own within its own budget', async () => {
    const seen: StatementEvent[] = [];
    const shared = new CypherExecutor({ driver, database: testDatabase(), onStatement: (e) => seen.push(e) });
    // A second or more here: longer than the hurried budget, well within the patient one.
    const cypher = 'UNWIND range(1, 50000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
    const read = (ms: number) => shared.read({ name: 'long', cypher, params: {} }, { deadline: Date.now() + ms });
    const hurried = failure(() => read(300));
    const patient = read(30_000);
    expect((await hurried).code).toBe('QUERY_TIMEOUT');
    expect(await patient).toEqual([{ n: 0 }]);
    // The shared statement (timed out), then the joiner's own.
    expect(seen.map((e) => e.name)).toEqual(['long', 'long']);
  });

  it('refuses with SERVER_BUSY, at its deadline at the latest, a statement whose turn does not come in time', async () => {
    const gated = new CypherExecutor({ driver, database: testDatabase(), maxConcurrentStatements: 1 });
    const first = gated.read({ name: 'slow', cypher: SLOW, params: {} }, { deadline: Date.now() + 1500 }).catch(() => undefined);
    const result = await failure(() => gated.read({ name: 'quick', cypher: 'RETURN 1 AS one', params: {} }, { deadline: Date.now() + 100 }));
    expect(result.code).toBe('SERVER_BUSY');
    expect(result.ms).toBeLessThan(400);
    await first;
  });

  it('keeps a timed-out statement\'s place until Neo4j lets go of its connection, and /ready does not wait in line', async () => {
    const gated = new CypherExecutor({ driver, database: testDatabase(), maxConcurrentStatements: 1, clientGraceMs: 50 });
    expect((await failure(() => gated.read({ name: 'slow', cypher: SLOW, params: {} }, { deadline: Date.now() + 300 }))).code).toBe('QUERY_TIMEOUT');
    const { session, close } = await testSession();
    try {
      const result = await session.run("SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'slow' RETURN count(*) AS n");
      // Neo4j ends it at its next timeout check: while it still runs, its place is still taken.
      if (Number(result.records[0]?.get('n')) > 0) expect(gated.load.running).toBe(1);
    } finally {
      await close();
    }
    expect(await gated.ping(1500)).toBe(true);
    expect(await gated.read({ name: 'after', cypher: 'RETURN 1 AS one', params: {} }, { deadline: Date.now() + 10_000 })).toEqual([{ one: 1 }]);
  });
});

/**
 * The batched loader on a small generated graph, against the real Neo4j: what it writes equals what the
 * generator produced, loading again changes nothing, and a bad batch says which rows and keeps the rest.
 * Everything it writes has ids starting with PREFIX and is removed afterwards, beside the seed.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGenerator } from '../../bench/generate.js';
import { ARTICLE_STATEMENT, CREATE_ONLY_STATEMENT, ENTITY_STATEMENT, loadRowsOneByOne, loadSyntheticGraph, RELATION_STATEMENT } from '../../bench/load-graph.js';
import { loadRows, RowsLoadError } from '../../server/src/loader/batch.js';
import { testDatabase, testDriver } from '../support/neo4j.js';

const PREFIX = 'batchtest-';
const graph = createGenerator({ seed: 11, entities: 120, relationships: 600, idPrefix: PREFIX });
let driver: Driver;

async function cleanUp(): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX }, { database: testDatabase() });
}

async function read<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, { prefix: PREFIX, ...params }, { database: testDatabase() });
  return records.map((r) => r.toObject() as T);
}

beforeAll(async () => {
  driver = testDriver();
  await cleanUp();
});
afterAll(async () => {
  await cleanUp();
  await driver.close();
});

describe('loadRows with a generated graph', () => {
  it('writes every entity, article and distinct relation the generator produced, in small batches', async () => {
    const batches: number[] = [];
    const entities = await loadRows({ driver, database: testDatabase(), statement: ENTITY_STATEMENT, rows: graph.entities(), batchSize: 7, onBatch: (p) => batches.push(p.rows) });
    expect(entities).toMatchObject({ rows: 120, batches: 18, nodesCreated: 120 });
    expect(batches.at(-1)).toBe(120);
    await loadRows({ driver, database: testDatabase(), statement: ARTICLE_STATEMENT, rows: graph.articles() });
    const relations = await loadRows({ driver, database: testDatabase(), statement: RELATION_STATEMENT, rows: graph.relations(), batchSize: 50, concurrency: 2 });
    const distinct = new Set([...graph.relations()].map((r) => `${r.from}|${r.type}|${r.to}|${r.source}`));
    expect(relations.rows).toBe(600);
    expect(relations.relationshipsCreated).toBe(distinct.size);

    const [counts] = await read<{ nodes: number; rels: number }>(
      'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS nodes, COUNT { MATCH (a:Entity)-[r]->() WHERE a.id STARTS WITH $prefix } AS rels');
    expect(counts).toEqual({ nodes: 120, rels: distinct.size });
  });

  it('stores the rows as the data contract says: kind label, names, quotes, claims, source', async () => {
    const e = graph.entity(0);
    const [node] = await read<{ labels: string[]; props: Record<string, unknown> }>('MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, properties(n) AS props', { id: e.id });
    expect(node?.labels.sort()).toEqual(['Entity', e.kind].sort());
    expect(node?.props).toMatchObject({ name: e.name, nameAr: e.nameAr, aliases: e.aliases, description: e.description });

    const claim = [...graph.relations()].find((r) => r.type === 'ENDORSES');
    if (!claim) throw new Error('the fixture graph has no ENDORSES edge');
    const [edge] = await read<{ props: Record<string, unknown> }>(
      'MATCH (:Entity {id: $from})-[r:ENDORSES {source: $source}]->(:Entity {id: $to}) RETURN properties(r) AS props', { ...claim });
    expect(edge?.props).toMatchObject({ quoteAr: claim.quoteAr, quoteEn: claim.quoteEn, claim: claim.claim, claimAr: claim.claimAr, source: claim.source });
    const [article] = await read<{ n: number }>('MATCH (a:Article {id: $source}) RETURN count(a) AS n', { ...claim });
    expect(article?.n).toBe(1);
  });

  it('changes nothing when the same rows are loaded again, batched or one by one', async () => {
    const again = await loadSyntheticGraph({ driver, graph, database: testDatabase(), batchSize: { entities: 1000, relations: 1000 } });
    expect(again.entities.nodesCreated).toBe(0);
    expect(again.relations.relationshipsCreated).toBe(0);
    const naive = await loadRowsOneByOne({ driver, database: testDatabase(), statement: RELATION_STATEMENT, rows: [...graph.relations()].slice(0, 20), transaction: 'one' });
    expect(naive).toMatchObject({ rows: 20, relationshipsCreated: 0 });
  });

  it("writes the benchmark's CREATE-only comparison edges again on every run, where the loader's MERGE finds them", async () => {
    const source = `${PREFIX}create-only`;
    const rows = [...graph.relations()].slice(0, 5).map((r) => ({ ...r, source }));
    const database = testDatabase();
    try {
      expect((await loadRows({ driver, database, statement: CREATE_ONLY_STATEMENT, rows })).relationshipsCreated).toBe(5);
      expect((await loadRows({ driver, database, statement: CREATE_ONLY_STATEMENT, rows })).relationshipsCreated).toBe(5);
      expect((await loadRows({ driver, database, statement: RELATION_STATEMENT, rows })).relationshipsCreated).toBe(0);
      const [edges] = await read<{ n: number }>('MATCH ()-[r {source: $source}]->() RETURN count(r) AS n', { source });
      expect(edges?.n).toBe(10);
    } finally {
      await driver.executeQuery('MATCH ()-[r {source: $source}]->() DELETE r', { source }, { database });
    }
  });

  it('reports the rows of a batch the server refuses, and keeps the batches before it', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ id: i === 12 ? null : `${PREFIX}bad-${i}` }));
    const error = await loadRows({ driver, database: testDatabase(), statement: 'UNWIND $rows AS row MERGE (n:BatchFixture {id: row.id})', rows, batchSize: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowsLoadError);
    expect((error as RowsLoadError).firstRow).toBe(10);
    expect((error as RowsLoadError).rowCount).toBe(5);
    expect((error as RowsLoadError).message).toMatch(/^rows 10–14: .*null/i);
    // Classified by the mapping the API's reads go through (db/errors.ts): the rows' fault, not Neo4j down.
    expect(error).toMatchObject({ kind: 'statement', code: expect.stringMatching(/^Neo\.ClientError\./) });
    const [kept] = await read<{ n: number }>('MATCH (n:BatchFixture) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n');
    expect(kept?.n).toBe(10);
    await driver.executeQuery('MATCH (n:BatchFixture) DETACH DELETE n', {}, { database: testDatabase() });
  });

  it("writes each batch in a transaction with the metadata the API's reads carry, naming its first row", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: `${PREFIX}meta-${i}` }));
    const statement = `UNWIND $rows AS row CALL tx.getMetaData() YIELD metadata
      MERGE (n:BatchFixture {id: row.id}) SET n.app = metadata.app, n.query = metadata.query, n.firstRow = metadata.firstRow`;
    await loadRows({ driver, database: testDatabase(), statement, rows, batchSize: 2 });
    const written = await read<{ id: string; app: string; query: string; firstRow: number }>(
      'MATCH (n:BatchFixture) WHERE n.id STARTS WITH $meta RETURN n.id AS id, n.app AS app, n.query AS query, n.firstRow AS firstRow ORDER BY id', { meta: `${PREFIX}meta-` });
    await driver.executeQuery('MATCH (n:BatchFixture) WHERE n.id STARTS WITH $meta DETACH DELETE n', { meta: `${PREFIX}meta-` }, { database: testDatabase() });
    expect(written).toEqual(rows.map((r, i) => ({ id: r.id, app: 'kg-explorer', query: 'loadRows', firstRow: i - (i % 2) })));
  });

  it('refuses a statement that does not read $rows, and bad batch sizes', async () => {
    await expect(loadRows({ driver, statement: 'RETURN 1', rows: [] })).rejects.toThrow(/\$rows/);
    await expect(loadRows({ driver, statement: ENTITY_STATEMENT, rows: [], batchSize: 0 })).rejects.toThrow(RangeError);
  });
});

/**
 * The explorer's first load at a few thousand entities: graph(limit: 5000) and deep neighbourhoods answer
 * within the default budget, with the same nodes and edges a plain (memory-hungry) statement gives. The
 * graph is this file's own: generated next to the seed under a probe label and removed afterwards, so
 * the files that count the seed never see it.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDocument, NeighborhoodDocument } from '../../client/src/api/generated/operations.js';
import { loadVocabulary } from '../../server/src/vocabulary.js';
import { testDatabase, testDriver } from '../support/neo4j.js';
import { createTestApp, gql, ok, type TestApp } from './api-client.js';

const PROBE = 'ApiScaleProbe';
const ENTITIES = 3000;
const RELATIONS_EACH = 5;
const ARTICLE = 'api-scale-article';

let driver: Driver;
let t: TestApp;

/** A seeded generator (no Math.random): the same graph every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function generated() {
  const vocabulary = loadVocabulary();
  const kinds = vocabulary.kinds.map((k) => k.label);
  const types = vocabulary.relationTypes.map((r) => r.type);
  const random = lcg(20250120);
  const entities = Array.from({ length: ENTITIES }, (_, i) => ({ id: `scale-${i.toString().padStart(4, '0')}`, name: `Scale ${i}`, kind: kinds[i % kinds.length] ?? 'Concept' }));
  const relations = entities.flatMap((from, i) => Array.from({ length: RELATIONS_EACH }, (_, k) => {
    // Skewed towards low indexes, as real graphs have hubs.
    const to = entities[Math.floor(ENTITIES * random() ** 3)] ?? from;
    return { from: from.id, to: to.id, type: types[(i + k) % types.length] ?? 'ENDORSES', quote: `quote ${i}-${k}`, source: k === 0 ? null : ARTICLE };
  })).filter((r) => r.from !== r.to);
  return { entities, relations, types };
}

async function write(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  await driver.executeQuery(cypher, params, { database: testDatabase() });
}

async function removeProbe(): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database: testDatabase() });
  try {
    await session.run(`MATCH (n:${PROBE}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  driver = testDriver();
  await removeProbe();
  const { entities, relations, types } = generated();
  await write(`CREATE (:Article:${PROBE} {id: $id, title: 'Scale probe'})`, { id: ARTICLE });
  for (const kind of new Set(entities.map((e) => e.kind))) {
    // Labels cannot be parameters; these come from the vocabulary file.
    await write(`UNWIND $rows AS row CREATE (n:Entity:${kind}:${PROBE}) SET n.id = row.id, n.name = row.name`, { rows: entities.filter((e) => e.kind === kind) });
  }
  for (const type of types) {
    await write(`UNWIND $rows AS row MATCH (a:${PROBE} {id: row.from}), (b:${PROBE} {id: row.to})
      CREATE (a)-[:${type} {quoteEn: row.quote, quoteAr: row.quote, source: row.source}]->(b)`, { rows: relations.filter((r) => r.type === type) });
  }
  t = createTestApp();
}, 120_000);

afterAll(async () => {
  // Also after a beforeAll that timed out: the probe must not outlive this file and skew the others' counts.
  await t?.close();
  await removeProbe();
  await driver.close();
});

interface Subgraph {
  nodes: { id: string; degree: number }[];
  edges: { id: string; from: { id: string }; to: { id: string }; source: { id: string } | null }[];
  truncated: boolean;
  totalNodes?: number;
}

describe('at a few thousand entities', () => {
  it('graph(limit: 5000): every entity, 5000 edges among them, within the default budget', async () => {
    const started = Date.now();
    const { graph } = await ok<{ graph: Subgraph }>(t.app, `query($limit: Int) { graph(limit: $limit) {
      nodes { id degree } edges { id from { id } to { id } source { id } } truncated totalNodes } }`, { limit: 5000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(graph.totalNodes).toBeGreaterThan(ENTITIES);
    expect(graph.nodes).toHaveLength(graph.totalNodes ?? 0);
    expect(graph.edges).toHaveLength(5000);
    expect(graph.truncated).toBe(true);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const edge of graph.edges) expect(ids.has(edge.from.id) && ids.has(edge.to.id), edge.id).toBe(true);
    // Best connected first; edges in (from, type, to, source) order, which is what a cut keeps.
    const degrees = graph.nodes.map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    const keys = graph.edges.map((e) => e.id);
    expect(keys).toEqual([...keys].sort(byEdgeKey));
    // Sources read by the same statement: the cited article where there is one, null where none is cited.
    for (const edge of graph.edges) expect(edge.source?.id ?? '', edge.id).toBe(edge.id.slice(edge.id.lastIndexOf('@') + 1));
    expect(graph.edges.some((e) => e.source?.id === ARTICLE) && graph.edges.some((e) => e.source === null)).toBe(true);
  });

  it('the client\'s own first load (graph, default limit 2000) answers', async () => {
    const result = await gql<{ graph: Subgraph }>(t.app, GraphDocument.toString(), {});
    expect(result.errors).toBeUndefined();
    expect(result.data?.graph.nodes).toHaveLength(2000);
  });

  it('neighborhood at depth 3 with limit 5000 answers within the budget', async () => {
    const started = Date.now();
    const result = await gql<{ neighborhood: Subgraph }>(t.app, NeighborhoodDocument.toString(), { ids: ['scale-0000'], depth: 3, limit: 5000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.errors).toBeUndefined();
    expect(result.data?.neighborhood.nodes.length).toBeGreaterThan(1000);
    expect(result.data?.neighborhood.nodes[0]?.id).toBe('scale-0000');
  });

  it('the same nodes and edges as the plain statement (sort everything, then cut), where that one still fits', async () => {
    const limit = 300;
    const vocabulary = loadVocabulary();
    const types = vocabulary.relationTypes.map((r) => r.type);
    const { records } = await driver.executeQuery(`
      MATCH (n:Entity)
      WITH n ORDER BY COUNT { (n)-[d]-(:Entity) WHERE type(d) IN $types } DESC, n.id LIMIT $limit
      WITH collect(n) AS kept
      UNWIND kept AS a
      MATCH (a)-[r]->(b:Entity) WHERE type(r) IN $types AND b IN kept
      WITH kept, r ORDER BY startNode(r).id, type(r), endNode(r).id, r.source LIMIT $limit + 1
      RETURN [n IN kept | n.id] AS nodes, collect(startNode(r).id + '>' + type(r) + '>' + endNode(r).id + '@' + coalesce(r.source, '')) AS edges`,
    { types, limit: neo4j.int(limit) }, { database: testDatabase() });
    const expected = records[0]?.toObject() as { nodes: string[]; edges: string[] };
    const { graph } = await ok<{ graph: Subgraph }>(t.app, 'query($limit: Int) { graph(limit: $limit) { nodes { id } edges { id } truncated } }', { limit });
    expect(graph.nodes.map((n) => n.id)).toEqual(expected.nodes);
    expect(graph.edges.map((e) => e.id)).toEqual(expected.edges.slice(0, limit));
    expect(graph.truncated).toBe(true);
  });
});

function byEdgeKey(a: string, b: string): number {
  const key = (id: string) => {
    const [from = '', type = '', rest = ''] = id.split('>');
    const at = rest.lastIndexOf('@');
    // Cypher puts a missing source after every present one.
    return [from, type, rest.slice(0, at), rest.slice(at + 1) || '\uffff'];
  };
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? '') < (y[i] ?? '') ? -1 : 1;
  return 0;
}

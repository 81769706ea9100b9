/**
 * Bounded round trips: the number of Cypher statements a request costs depends on the query's shape,
 * not on how many rows come back. Counted at the driver: every `session.run` (and any other way to send
 * Cypher) goes through a counting proxy around the real driver.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingDriver } from '../support/counting-driver.js';
import { testDriver } from '../support/neo4j.js';
import { createTestApp, ok, type TestApp } from './api-client.js';

const counter = { sent: 0 };
let real: Driver;
let t: TestApp;

beforeAll(() => {
  real = testDriver();
  t = createTestApp({ driver: countingDriver(real, counter) });
});
afterAll(async () => {
  await real.close();
});

async function measure(query: string, variables: Record<string, unknown>): Promise<{ statements: number; rows: number }> {
  counter.sent = 0;
  t.resetStatements();
  const data = await ok(t.app, query, variables);
  // The executor's own hook must agree with the driver: nothing reaches Neo4j behind its back.
  expect(t.statements).toHaveLength(counter.sent);
  return { statements: counter.sent, rows: JSON.stringify(data).split('"id"').length - 1 };
}

describe('round trips per request', () => {
  const GRAPH = `query($limit: Int) { graph(limit: $limit) {
    nodes { id name relations(first: 50) { id from { name } to { name } via { name } source { title } } }
    edges { id from { name kind } to { name kind } source { title } }
  } }`;

  it('graph with nested relations, endpoints, via and sources: at most 4 statements for 1 or all entities', async () => {
    const small = await measure(GRAPH, { limit: 1 });
    const large = await measure(GRAPH, { limit: 5000 });
    expect(large.rows).toBeGreaterThan(small.rows * 10);
    // At most graph, relationsOf, entitiesByIds (via), articlesByIds, whatever the size; fewer when
    // the loaders already hold what is asked (via platforms that are also graph nodes).
    for (const run of [small, large]) expect(run.statements).toBeGreaterThan(0);
    for (const run of [small, large]) expect(run.statements).toBeLessThanOrEqual(4);
  });

  it('two levels of Entity.relations under a page of entities: at most one statement per level', async () => {
    const query = `query($first: Int) { entities(first: $first) { nodes { id
      relations { id to { id relations { id from { id } to { id } } } }
    } } }`;
    const small = await measure(query, { first: 1 });
    const large = await measure(query, { first: 200 });
    expect(large.rows).toBeGreaterThan(small.rows * 10);
    // entitiesPage, then relationsOf at most once per level; every endpoint was primed on the way
    // (and a second level asking for entities the first already expanded costs nothing).
    for (const run of [small, large]) expect(run.statements).toBeGreaterThan(0);
    for (const run of [small, large]) expect(run.statements).toBeLessThanOrEqual(3);
  });

  it('stance, path, search and articles stay at a handful whatever they return', async () => {
    const stance = await measure('query($id: ID!) { stance(target: $id) { target { name } endorsements { from { name relations { id } } source { title } } doubts { from { name } source { title } } } }', { id: 'deepseek' });
    expect(stance.statements).toBeLessThanOrEqual(3);
    const path = await measure('{ path(from: "yann-lecun", to: "andrew-ng") { nodes { id } edges { from { id } to { id } source { id } } } }', {});
    expect(path.statements).toBeLessThanOrEqual(2);
    const search = await measure('query($text: String!) { search(text: $text, first: 50) { entity { id relations { id } } } }', { text: 'a' });
    expect(search.statements).toBeLessThanOrEqual(2);
    const articles = await measure('{ articles { id mentions { id relations(first: 5) { id to { id } } } } }', {});
    expect(articles.statements).toBeLessThanOrEqual(3);
    expect(articles.rows).toBeGreaterThan(40);
    // The reader: the article, its text with every cited relation, and those relations' ends.
    const reader = await measure('{ article(id: "congluan-post332892") { paragraphs { segments { quoteIds } } quotes { relations { id from { id name } to { id name } source { title } } } } }', {});
    expect(reader.statements).toBeGreaterThan(0);
    expect(reader.statements).toBeLessThanOrEqual(3);
    expect(reader.rows).toBeGreaterThan(80);
    // The Sources legend: the articles and, for all of them at once, how many relations each states.
    const sources = await measure('{ articles { id title outlet date relationCount } }', {});
    expect(sources.statements).toBe(2);
  });

  it('aliases with different arguments each cost one more statement, not one per row', async () => {
    const query = `query($first: Int) { entities(first: $first) { nodes {
      a: relations(direction: OUT) { id } b: relations(direction: IN) { id } c: relations(types: [ENDORSES]) { id }
    } } }`;
    const small = await measure(query, { first: 1 });
    const large = await measure(query, { first: 100 });
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBe(1 + 3);
  });
});

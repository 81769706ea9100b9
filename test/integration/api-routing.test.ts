/**
 * Scale-out: the same queries through a routing `neo4j://` URI (what a cluster or Aura needs; the
 * driver fetches a routing table and sends READ work to readers) give the same answers as `bolt://`.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/db/driver.js';
import { testNeo4j } from '../support/neo4j.js';
import { createTestApp, ok, type TestApp } from './api-client.js';

/** The suite's main queries, one of each kind. */
const QUERIES: Record<string, string> = {
  search: '{ search(text: "ديب سيك") { entity { id } } }',
  entities: '{ entities(first: 5, kinds: [PERSON]) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }',
  entity: '{ entity(id: "deepseek") { id name nameAr kind degree relations { id from { id } to { id } source { id } } } }',
  neighborhood: '{ neighborhood(ids: ["deepseek"], depth: 2) { truncated totalNodes nodes { id } edges { id } } }',
  path: '{ path(from: "yann-lecun", to: "andrew-ng") { length nodes { id } edges { id quoteAr } } }',
  stance: '{ stance(target: "deepseek") { endorsements { id quoteAr } doubts { id quoteAr } } }',
  graph: '{ graph { truncated nodes { id } edges { id } } }',
  stats: '{ stats { nodes relationships byKind { kind count } byType { type count } } }',
  articles: '{ articles { id mentions { id } } }',
};

function routingUri(uri: string): string {
  return uri.replace(/^bolt(\+s|\+ssc)?:\/\//, (_, tls: string | undefined) => `neo4j${tls ?? ''}://`);
}

let routed: Driver;
let viaRouting: TestApp;
let direct: TestApp;

beforeAll(() => {
  const target = testNeo4j();
  routed = createDriver({ ...target, uri: routingUri(target.uri) });
  viaRouting = createTestApp({ driver: routed });
  direct = createTestApp();
});
afterAll(async () => {
  await routed.close();
  await direct.close();
});

describe('through a neo4j:// routing URI', () => {
  it('uses a routing URI', () => {
    expect(routingUri(testNeo4j().uri)).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
  });

  it.each(Object.keys(QUERIES))('%s answers as over bolt://', async (name) => {
    const query = QUERIES[name] ?? '';
    const [routedData, directData] = await Promise.all([ok(viaRouting.app, query), ok(direct.app, query)]);
    expect(routedData).toEqual(directData);
    expect(JSON.stringify(routedData).length).toBeGreaterThan(30);
  });

  it('/ready checks Neo4j through the routing driver too', async () => {
    expect((await viaRouting.app.fetch('http://localhost/ready')).status).toBe(200);
  });
});

/**
 * A hostile corpus over real HTTP: every request gets a clear GraphQL error (with a code) or an empty
 * answer, nothing leaks the server's internals, the server keeps answering, and the graph is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../../server/src/serve.js';
import { testSession } from '../support/neo4j.js';
import { createTestApp, gql, type GraphQLResponse, type TestApp } from './api-client.js';

type Expect = { error: string } | 'empty';
interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  expect: Expect;
}

const INJECTIONS = [
  '"}) DETACH DELETE n //',
  "'}) DETACH DELETE n //",
  '`) MATCH (n) DETACH DELETE n //',
  'x` DETACH DELETE n //',
  '\\u0027) DETACH DELETE n //',
  '$ids} RETURN 1 UNION MATCH (n) DETACH DELETE n //',
  "CALL db.index.fulltext.queryNodes('entity_names', '*:*')",
];

/** Each string argument the API takes, with what an id that is not there must produce. */
const STRING_ARGUMENTS: { name: string; query: string; expect: Expect }[] = [
  { name: 'entity(id)', query: 'query($s: ID!) { r: entity(id: $s) { id } }', expect: 'empty' },
  { name: 'entities(after)', query: 'query($s: String) { r: entities(after: $s) { nodes { id } } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'search(text)', query: 'query($s: String!) { r: search(text: $s) { entity { id } } }', expect: 'empty' },
  { name: 'neighborhood(ids)', query: 'query($s: ID!) { r: neighborhood(ids: [$s]) { nodes { id } edges { id } } }', expect: 'empty' },
  { name: 'path(from)', query: 'query($s: ID!) { r: path(from: $s, to: "deepseek") { length } }', expect: 'empty' },
  { name: 'path(to)', query: 'query($s: ID!) { r: path(from: "deepseek", to: $s) { length } }', expect: 'empty' },
  { name: 'stance(target)', query: 'query($s: ID!) { r: stance(target: $s) { target { id } } }', expect: { error: 'NOT_FOUND' } },
  { name: 'article(id)', query: 'query($s: ID!) { r: article(id: $s) { id } }', expect: 'empty' },
  { name: 'relation(id)', query: 'query($s: ID!) { r: relation(id: $s) { id } }', expect: 'empty' },
];

const nest = (levels: number) => `{ entity(id: "deepseek") { ${'relations { to { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;

const CASES: Case[] = [
  // Query shape: depth, aliases, tokens, directives, cost, recursion, operations that do not exist.
  { name: 'deep nesting', query: nest(12), expect: { error: 'QUERY_TOO_COMPLEX' } },
  { name: 'deep nesting through fragments', query: `{ entity(id: "x") { ...A } } fragment A on Entity { relations { to { relations { to { relations { to { relations { to { relations { id } } } } } } } } } }`, expect: { error: 'QUERY_TOO_COMPLEX' } },
  { name: 'alias bomb', query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`, expect: { error: 'QUERY_TOO_COMPLEX' } },
  { name: 'alias bomb on search', query: `{ ${Array.from({ length: 40 }, (_, i) => `s${i}: search(text: "a") { score }`).join(' ')} }`, expect: { error: 'QUERY_TOO_COMPLEX' } },
  { name: 'field repetition (tokens)', query: `{ stats { ${'nodes '.repeat(5000)}} }`, expect: { error: 'QUERY_TOO_COMPLEX' } },
  { name: 'directive flood', query: `{ stats { nodes ${'@include(if: true) '.repeat(60)}} }`, expect: { error: 'QUERY_TOO_COMPLEX' } },
  { name: 'huge first literal (cost)', query: '{ entities(first: 1000000) { nodes { id } } }', expect: { error: 'QUERY_TOO_COMPLEX' } },
  { name: 'fragment cycle', query: '{ entity(id: "deepseek") { ...A } } fragment A on Entity { relations { to { ...A } } }', expect: { error: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'a mutation', query: 'mutation { deleteEverything }', expect: { error: 'BAD_REQUEST' } },
  { name: 'field suggestions are not given', query: '{ entiti(id: "x") { id } }', expect: { error: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'unknown kind', query: '{ search(text: "a", kinds: [ROBOT]) { score } }', expect: { error: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'kind as a string (label injection)', query: '{ graph(kinds: ["Person) DETACH DELETE n //"]) { nodes { id } } }', expect: { error: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'relation type injection via variable', query: 'query($t: [RelationType!]) { graph(types: $t) { edges { id } } }', variables: { t: ['ENDORSES]-() DETACH DELETE n //'] }, expect: { error: 'BAD_USER_INPUT' } },
  // Argument caps.
  { name: 'first beyond 32 bits in a variable', query: 'query($n: Int) { search(text: "a", first: $n) { score } }', variables: { n: 99999999999 }, expect: { error: 'BAD_USER_INPUT' } },
  { name: 'huge first in a variable', query: 'query($n: Int) { entities(first: $n) { nodes { id } } }', variables: { n: 100000 }, expect: { error: 'BAD_USER_INPUT' } },
  { name: 'first beyond 32 bits in the document (cost)', query: '{ search(text: "a", first: 99999999999) { score } }', expect: { error: 'QUERY_TOO_COMPLEX' } },
  { name: 'negative first', query: 'query($n: Int) { search(text: "a", first: $n) { score } }', variables: { n: -1 }, expect: { error: 'BAD_USER_INPUT' } },
  { name: 'nested relations first 10000', query: 'query($n: Int) { entity(id: "deepseek") { relations(first: $n) { id } } }', variables: { n: 10000 }, expect: { error: 'BAD_USER_INPUT' } },
  { name: 'graph limit 1e6', query: 'query($n: Int) { graph(limit: $n) { nodes { id } } }', variables: { n: 1_000_000 }, expect: { error: 'BAD_USER_INPUT' } },
  { name: 'depth 4', query: '{ neighborhood(ids: ["deepseek"], depth: 4) { nodes { id } } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'depth 0', query: '{ neighborhood(ids: ["deepseek"], depth: 0) { nodes { id } } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'maxLength 11', query: '{ path(from: "a", to: "b", maxLength: 11) { length } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'maxLength 0', query: '{ path(from: "a", to: "b", maxLength: 0) { length } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: '51 ids', query: 'query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }', variables: { ids: Array.from({ length: 51 }, (_, i) => `e${i}`) }, expect: { error: 'BAD_USER_INPUT' } },
  // Text and ids: empty, huge, NUL, RTL, unicode escapes, broken UTF-16.
  { name: 'empty search text', query: '{ r: search(text: "") { score } }', expect: 'empty' },
  { name: 'whitespace and punctuation only', query: '{ r: search(text: "  ** ~~ ?? :: ") { score } }', expect: 'empty' },
  { name: '201 characters of text', query: 'query($s: String!) { search(text: $s) { score } }', variables: { s: 'a'.repeat(201) }, expect: { error: 'BAD_USER_INPUT' } },
  { name: '1 MB of text', query: 'query($s: String!) { search(text: $s) { score } }', variables: { s: 'ب'.repeat(1_000_000) }, expect: { error: 'BAD_USER_INPUT' } },
  { name: 'NUL in text', query: 'query($s: String!) { search(text: $s) { score } }', variables: { s: 'deep\u0000seek' }, expect: { error: 'BAD_USER_INPUT' } },
  { name: 'NUL as a unicode escape in the document', query: '{ search(text: "deep\\u0000seek") { score } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'NUL in an id', query: '{ entity(id: "deepseek\\u0000") { id } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'lone surrogate escape in the document', query: '{ search(text: "a\\uD800b") { score } }', expect: { error: 'GRAPHQL_PARSE_FAILED' } },
  { name: 'lone surrogate in a variable', query: 'query($s: String!) { search(text: $s) { score } }', variables: { s: 'a\uD800b' }, expect: { error: 'BAD_USER_INPUT' } },
  { name: 'RTL override and marks', query: '{ r: search(text: "\u202Eqeesped\u202C\u200F") { score } }', expect: 'empty' },
  { name: 'Arabic with escapes, not a name', query: '{ r: search(text: "\\u0643\\u0644\\u0645\\u0629 \\u0645\\u062c\\u0647\\u0648\\u0644\\u0629") { score } }', expect: 'empty' },
  { name: 'Lucene syntax as text', query: '{ r: search(text: "name:qqq* AND nameAr:zzz~ OR (xxyyzz)^9 [a TO z]") { score } }', expect: 'empty' },
  { name: 'empty id', query: '{ entity(id: "") { id } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: '201-character id', query: 'query($s: ID!) { entity(id: $s) { id } }', variables: { s: 'x'.repeat(201) }, expect: { error: 'BAD_USER_INPUT' } },
  { name: 'id that looks like an internal element id', query: '{ r: entity(id: "4:a1b2c3:0") { id } }', expect: 'empty' },
  { name: 'numeric id', query: '{ r: entity(id: 0) { id } }', expect: 'empty' },
  { name: 'forged cursor', query: '{ entities(after: "ZTo=garbage") { nodes { id } } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'relation id with an unknown type', query: '{ r: relation(id: "a>DROP_ALL>b@c") { id } }', expect: 'empty' },
  ...INJECTIONS.flatMap((s) => STRING_ARGUMENTS.map((arg): Case => ({
    name: `${arg.name} <- ${s}`, query: arg.query, variables: { s }, expect: arg.expect,
  }))),
];

let t: TestApp;
let server: Listening;
let before: { nodes: number; relationships: number };

async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const { session, close } = await testSession();
  try {
    const result = await session.run('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
    return { nodes: Number(result.records[0]?.get('nodes')), relationships: Number(result.records[0]?.get('relationships')) };
  } finally {
    await close();
  }
}

beforeAll(async () => {
  t = createTestApp();
  server = await listen(t.app, { port: 0, host: '127.0.0.1' });
  before = await graphCounts();
});
afterAll(async () => {
  await server.close();
  await t.close();
});

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every((v) => typeof v === 'boolean' || typeof v === 'number' || isEmpty(v));
  return false;
}

function checkNoLeak(result: GraphQLResponse): void {
  const text = JSON.stringify(result.errors ?? []);
  expect(text).not.toMatch(/Neo4j|Neo\.|neo4j-driver|node_modules|\bat \w+ \(|stack|Cypher|MATCH \(/i);
}

describe('hostile corpus', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const result = await gql(server.url, c.query, c.variables);
    checkNoLeak(result);
    if (c.expect === 'empty') {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(isEmpty(result.data), JSON.stringify(result.data)).toBe(true);
    } else {
      expect(result.errors?.length, JSON.stringify(result.data)).toBeGreaterThan(0);
      for (const error of result.errors ?? []) expect(error.message.length).toBeGreaterThan(5);
      expect(result.errors?.[0]?.extensions?.code, result.errors?.[0]?.message).toBe(c.expect.error);
    }
  });

  it('malformed requests get a BAD_REQUEST GraphQL error, not a crash', async () => {
    const bad = async (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
      return { status: response.status, text: await response.text() };
    };
    for (const result of [await bad('{"query": '), await bad('[{"query":"{ stats { nodes } }"},{"query":"{ stats { nodes } }"}]'), await bad('{}'), await bad('{"query": 42}')]) {
      expect(result.status).toBeLessThan(500);
      expect(JSON.parse(result.text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
      expect(result.text).not.toMatch(/node_modules|stack/);
    }
  });

  it('afterwards the server still answers and the graph is unchanged', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const result = await gql<{ entity: { id: string } }>(server.url, '{ entity(id: "deepseek") { id } }');
    expect(result.data?.entity.id).toBe('deepseek');
    expect(await graphCounts()).toEqual(before);
  });
});

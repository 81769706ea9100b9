/**
 * The API over real HTTP (Node's server on a free port): GraphiQL with its examples, the SDL for
 * codegen, CORS from the configuration, GET queries, liveness and readiness, and masked errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../../server/src/serve.js';
import { testSession } from '../support/neo4j.js';
import { createTestApp, gql, type TestApp } from './api-client.js';

let t: TestApp;
let server: Listening;

beforeAll(async () => {
  t = createTestApp({ corsOrigins: ['https://explorer.example'] });
  server = await listen(t.app, { port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server.close();
  await t.close();
});

describe('over HTTP', () => {
  it('GraphiQL at /graphql opens with search, neighbourhood, path and stance examples', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    for (const example of ['search(text:', 'neighborhood(ids:', 'path(from:', 'stance(target:']) expect(html).toContain(example);
    // GraphiQL's code is in the page itself: nothing is fetched from a CDN, so it works offline.
    expect([...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1])).toEqual([]);
  });

  it('serves the SDL, generated enums included, at /graphql/schema.graphql', async () => {
    const response = await fetch(`${server.url}/graphql/schema.graphql`);
    expect(response.status).toBe(200);
    const sdl = await response.text();
    expect(sdl).toMatch(/enum Kind \{[^}]*PERSON[^}]*\}/);
    expect(sdl).toMatch(/enum RelationType \{[^}]*ENDORSES[^}]*\}/);
    expect(sdl).toContain('stance(target: ID!): Stance!');
  });

  it('answers POST and GET queries', async () => {
    const posted = await gql<{ entity: { name: string } }>(server.url, '{ entity(id: "deepseek") { name } }');
    expect(posted).toMatchObject({ status: 200, data: { entity: { name: 'DeepSeek' } } });
    const got = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`, { headers: { accept: 'application/json' } });
    expect(await got.json()).toEqual({ data: { stats: { articles: 1 } } });
  });

  it('CORS: the configured origin may call, another gets no CORS headers', async () => {
    const preflight = (origin: string) => fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const allowed = await preflight('https://explorer.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('/health and /ready are 200 while Neo4j answers', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('masks unexpected errors: no internal message, no stack, a code; the log gets the real error', async () => {
    // A node that breaks the data contract (no kind label) makes the mapper throw a plain Error.
    const { session, close } = await testSession();
    try {
      await session.run("CREATE (:Entity {id: 'api-test-broken', name: 'Broken'})");
      const result = await gql(server.url, '{ entity(id: "api-test-broken") { id } }');
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      const text = JSON.stringify(result.errors);
      expect(text).not.toMatch(/kind label|stack|originalError|\.ts:/);
      expect(t.loggedErrors.map(String)).toEqual([expect.stringContaining('kind label')]);
    } finally {
      await session.run("MATCH (n:Entity {id: 'api-test-broken'}) DETACH DELETE n");
      await close();
    }
  });
});

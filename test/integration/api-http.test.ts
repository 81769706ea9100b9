/**
 * The API over real HTTP (Node's server on a free port): GraphiQL with its examples, the SDL for
 * codegen, CORS from the configuration, GET queries, liveness and readiness, and masked errors.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../server/src/http/hardening.js';
import { listen, type Listening } from '../../server/src/serve.js';
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

  it('refuses a body over 4 MB with 413, whether declared or chunked, and runs nothing; a chunked one under it is answered', async () => {
    const big = JSON.stringify({ query: 'query($s: String!) { search(text: $s) { score } }', variables: { s: 'x'.repeat(MAX_REQUEST_BYTES) } });
    t.resetStatements();
    for (const how of ['declared', 'chunked'] as const) {
      const answer = await post(`${server.url}/graphql`, big, how);
      expect(answer.status, how).toBe(413);
      expect(JSON.parse(answer.body), how).toMatchObject({ errors: [{ message: 'The request body is over 4 MB.', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
    }
    expect(t.statements).toEqual([]);

    const small = await post(`${server.url}/graphql`, JSON.stringify({ query: '{ entity(id: "deepseek") { name } }' }), 'chunked');
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toEqual({ data: { entity: { name: 'DeepSeek' } } });
    // The server is still up and answers the next request as usual.
    expect(await gql(server.url, '{ stats { articles } }')).toMatchObject({ status: 200, data: { stats: { articles: 1 } } });
  });

  it('/health and /ready are 200 while Neo4j answers', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('masks unexpected errors: no internal message, no stack, a code; the log gets the real error', async () => {
    // A bug of ours, stood in for by a statement hook that throws a plain Error (stray data no longer
    // does: it is served, or left out with a warning).
    const broken = createTestApp({ onStatement: () => { throw new Error('internal detail: the mapper gave up'); } });
    const brokenServer = await listen(broken.app, { port: 0, host: '127.0.0.1' });
    try {
      const result = await gql(brokenServer.url, '{ entity(id: "deepseek") { id } }');
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      const text = JSON.stringify(result.errors);
      expect(text).not.toMatch(/internal detail|mapper|stack|originalError|\.ts:/);
      expect(broken.loggedErrors.map(String)).toEqual([expect.stringContaining('internal detail: the mapper gave up')]);
    } finally {
      await brokenServer.close();
      await broken.close();
    }
  });
});

/** A JSON POST with its length declared, or sent in 64 KB chunks without one (Transfer-Encoding: chunked). */
function post(url: string, body: string, how: 'declared' | 'chunked'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json', accept: 'application/json' };
    if (how === 'declared') headers['content-length'] = Buffer.byteLength(body);
    const req = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (how === 'declared') {
      req.end(body);
      return;
    }
    const bytes = Buffer.from(body);
    for (let at = 0; at < bytes.length; at += 65_536) req.write(bytes.subarray(at, at + 65_536));
    req.end();
  });
}

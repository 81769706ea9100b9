/** Serving a fetch-style app on a loopback port, and calling it the way a client would (keep-alive HTTP). */
import { Agent, createServer, request, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherCall, GraphQLCall } from './operations.js';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export function serve(handler: RequestListener): Promise<Served> {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/graphql`,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}

export interface Answer {
  data: unknown;
  /** First error message, if any. */
  error: string | undefined;
}

/**
 * Kept-alive connections, as a browser keeps them. node:http rather than fetch: Node 20's fetch spends
 * about 0.25 ms of CPU per request in web streams, in the same process as the servers it measures, and
 * that is the client's cost, not the server's (autocannon, the soak's client, is lean the same way).
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export function postGraphQL(url: string, call: GraphQLCall): Promise<Answer> {
  const body = JSON.stringify(call);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: unknown; errors?: { message: string }[] };
          const ok = res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300;
          resolve({ data: answer.data, error: answer.errors?.[0]?.message ?? (ok ? undefined : `HTTP ${res.statusCode}`) });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The floor: one statement through the driver, records as plain objects, integers as integers. */
export async function runRaw(driver: Driver, call: CypherCall): Promise<Record<string, unknown>[]> {
  const params = Object.fromEntries(Object.entries(call.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
  const { records } = await driver.executeQuery(call.cypher, params, { routing: neo4j.routing.READ });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}

/** Serving a fetch-style app on a loopback port, and calling it the way a client would (keep-alive HTTP). */
import { createServer, type RequestListener } from 'node:http';
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

export async function postGraphQL(url: string, call: GraphQLCall): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  const error = body.errors?.[0]?.message ?? (response.ok ? undefined : `HTTP ${response.status}`);
  return { data: body.data, error };
}

/** The floor: one statement through the driver, records as plain objects, integers as integers. */
export async function runRaw(driver: Driver, call: CypherCall): Promise<Record<string, unknown>[]> {
  const params = Object.fromEntries(Object.entries(call.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
  const { records } = await driver.executeQuery(call.cypher, params, { routing: neo4j.routing.READ });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}

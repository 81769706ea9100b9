/**
 * Builds the explorer's HTTP app: GraphQL at /graphql, /health and /ready, and the built client at /.
 * Nothing here listens on a port (see main.ts), so tests call `app.fetch(...)` in-process.
 */
import { createSchema, createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { useHealth } from './http/health.js';
import { useStaticClient } from './http/static.js';

export interface AppOptions {
  driver: Driver;
  /** @default the server's default database */
  database?: string | undefined;
  /** Folder of the built client to serve at `/`; unset: no client. */
  clientDir?: string | undefined;
  /** Origins allowed to call the API from a browser. @default same origin only */
  corsOrigins?: string[];
  /** Per-request budget, passed down as the transaction timeout. @default 5000 */
  queryTimeoutMs?: number;
}

export function createApp(options: AppOptions) {
  const plugins = [useHealth({ driver: options.driver, database: options.database })];
  if (options.clientDir) plugins.push(useStaticClient({ dir: options.clientDir }));
  return createYoga({
    graphqlEndpoint: '/graphql',
    // Placeholder until the API lands (issue 4).
    schema: createSchema({ typeDefs: 'type Query { version: String! }', resolvers: { Query: { version: () => '0.1.0' } } }),
    cors: options.corsOrigins?.length ? { origin: options.corsOrigins } : false,
    plugins,
    logging: false,
  });
}

export type App = ReturnType<typeof createApp>;

/**
 * Where the project's Neo4j is: the one NEO4J_URI names, or else a local one started (or found
 * running) under `.neo4j/<name>`. `npm start`, `npm run load` and the tests all resolve it here.
 */
import { ConfigError, type Config } from '../server/src/config.js';
import { startLocalNeo4j, type LocalNeo4j } from './local.js';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** Set when the local server is used. */
  local: LocalNeo4j | undefined;
  /** Stops the local server if this process started it. */
  release(): Promise<void>;
}

export async function resolveNeo4j(config: Config, options: { name?: string; log?: (line: string) => void; onLaunched?: () => void } = {}): Promise<Neo4jTarget> {
  const { uri, user, password, database } = config.neo4j;
  if (uri) {
    if (!password) throw new ConfigError('NEO4J_PASSWORD is required when NEO4J_URI is set.');
    options.onLaunched?.();
    return { uri, user, password, database, local: undefined, release: async () => {} };
  }
  const local = await startLocalNeo4j({
    name: options.name ?? config.local.name,
    boltPort: config.local.boltPort,
    httpPort: config.local.httpPort,
    heapMb: config.local.heapMb,
    password,
    log: options.log,
    onLaunched: options.onLaunched,
  });
  return { uri: local.uri, user: local.user, password: local.password, database, local, release: () => local.stop() };
}

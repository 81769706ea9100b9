/**
 * Every setting the project reads from the environment, in one place. The README's settings table
 * mirrors this file.
 */
export interface Neo4jSettings {
  /** NEO4J_URI: an existing Neo4j (bolt://, neo4j://, neo4j+s:// …). Unset: a local one is started. */
  uri: string | undefined;
  /** NEO4J_USER @default 'neo4j' */
  user: string;
  /** NEO4J_PASSWORD: required with NEO4J_URI; for the local one, used on its first start. */
  password: string | undefined;
  /** NEO4J_DATABASE: unset means the server's default database. */
  database: string | undefined;
}

export interface LocalNeo4jSettings {
  /** NEO4J_LOCAL_NAME: the local instance (its folder under NEO4J_LOCAL_DIR) `npm start` and friends use. @default 'dev' */
  name: string;
  /** NEO4J_BOLT_PORT @default 7687 */
  boltPort: number;
  /** NEO4J_HTTP_PORT @default 7474 */
  httpPort: number;
  /** NEO4J_HEAP_MB @default 1024 */
  heapMb: number;
}

export interface Config {
  neo4j: Neo4jSettings;
  local: LocalNeo4jSettings;
  /** PORT @default 4000 */
  port: number;
  /** HOST @default '127.0.0.1' */
  host: string;
  /** CORS_ORIGIN: comma-separated origins allowed to call the API from a browser; unset: same origin only. */
  corsOrigins: string[];
  /** QUERY_TIMEOUT_MS: per-request budget, passed down as the transaction timeout. @default 5000 */
  queryTimeoutMs: number;
  /** MAX_CONCURRENT_QUERIES: Cypher statements this server runs in Neo4j at once; more wait their turn. @default 8 */
  maxConcurrentQueries: number;
  /** CYPHER_DIR: the folder `npm start` and `npm run load` apply. @default '<repo>/cypher' */
  cypherDir: string | undefined;
  /** CLIENT_DIR: the built client served at `/`. @default '<repo>/dist/client' */
  clientDir: string | undefined;
  /** LOAD_ON_START: '0' skips loading the dataset in `npm start`. @default true */
  loadOnStart: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    neo4j: {
      uri: nonEmpty(env.NEO4J_URI),
      user: nonEmpty(env.NEO4J_USER) ?? 'neo4j',
      password: nonEmpty(env.NEO4J_PASSWORD),
      database: nonEmpty(env.NEO4J_DATABASE),
    },
    local: {
      name: instanceName(env.NEO4J_LOCAL_NAME),
      boltPort: port(env, 'NEO4J_BOLT_PORT', 7687),
      httpPort: port(env, 'NEO4J_HTTP_PORT', 7474),
      heapMb: integer(env, 'NEO4J_HEAP_MB', 1024, 256, 65536),
    },
    port: port(env, 'PORT', 4000),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    corsOrigins: (nonEmpty(env.CORS_ORIGIN) ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 5000, 100, 600_000),
    // The driver pools 50 connections: staying below that, a statement never waits for a connection.
    maxConcurrentQueries: integer(env, 'MAX_CONCURRENT_QUERIES', 8, 1, 40),
    cypherDir: nonEmpty(env.CYPHER_DIR),
    clientDir: nonEmpty(env.CLIENT_DIR),
    loadOnStart: nonEmpty(env.LOAD_ON_START) !== '0',
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

// It names a folder: a plain name, never a path.
function instanceName(value: string | undefined): string {
  const name = nonEmpty(value) ?? 'dev';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new ConfigError(`NEO4J_LOCAL_NAME must be a plain name (letters, digits, . _ -), got "${name}".`);
  return name;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return integer(env, name, fallback, 0, 65535);
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

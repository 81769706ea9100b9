/**
 * Builds the explorer's HTTP app: GraphQL (and GraphiQL) at /graphql, the SDL at /graphql/schema.graphql,
 * /health and /ready, and the built client at /. Nothing here listens on a port (see main.ts), so tests
 * call `app.fetch(...)` in-process.
 */
import { randomUUID } from 'node:crypto';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, maskError, type CORSOptions, type Plugin } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Driver } from './db/driver.js';
import { CypherExecutor, type StatementEvent } from './db/executor.js';
import { createGateway } from './db/gateway.js';
import { graphiqlOptions } from './http/graphiql.js';
import { useErrorCodes, useHardening, useRequestSizeLimit } from './http/hardening.js';
import { useHealth } from './http/health.js';
import { useSchemaSdl } from './http/schema-sdl.js';
import { useStaticClient } from './http/static.js';
import { defaultClientDir } from './paths.js';
import type { ApiContext } from './resolvers/context.js';
import { resolvers } from './resolvers/index.js';
import { createLoaders } from './resolvers/loaders.js';
import { createTypeDefs, printTypeDefs } from './schema/type-defs.js';
import { loadVocabulary, type Vocabulary } from './vocabulary.js';

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
  /** How long /ready waits for Neo4j. @default 1500 */
  readyTimeoutMs?: number;
  /** The kinds and relation types allowlist. @default cypher/vocabulary.json */
  vocabulary?: Vocabulary;
  /**
   * Statements this server runs in Neo4j at once; more wait their turn, and fail fast with SERVER_BUSY
   * when their turn would come after their budget. @default 8
   */
  maxConcurrentStatements?: number;
  /** Identical reads in flight at once share one statement (see CypherExecutor). @default true */
  coalesceReads?: boolean;
  /** Called after every Cypher statement (round-trip counting in tests, timing in logs). */
  onStatement?: (event: StatementEvent) => void;
  /** Where errors masked from clients are reported, so operators still see them. @default console.error */
  logError?: (error: unknown) => void;
  /**
   * Where rows left out of answers are reported (data off the contract, e.g. an entity without an id),
   * each distinct message once. @default console.warn
   */
  logWarning?: (message: string) => void;
}

export function createApp(options: AppOptions) {
  const vocabulary = options.vocabulary ?? loadVocabulary();
  const timeoutMs = options.queryTimeoutMs ?? 5000;
  const logError = options.logError ?? ((error: unknown) => console.error('Unexpected error in a GraphQL request:', error));
  const warn = once(options.logWarning ?? ((message: string) => console.warn(message)));
  const executor = new CypherExecutor({
    driver: options.driver, database: options.database, onStatement: options.onStatement,
    maxConcurrentStatements: options.maxConcurrentStatements, coalesceReads: options.coalesceReads,
  });
  const schema = makeExecutableSchema<ApiContext>({
    typeDefs: createTypeDefs(vocabulary),
    // The generated Resolvers type is stricter than graphql-tools' own; the shapes are the same.
    resolvers: resolvers as unknown as Record<string, Record<string, unknown>>,
  });

  const plugins: Plugin[] = [
    useHealth({ ping: (ms) => executor.ping(ms), readyTimeoutMs: options.readyTimeoutMs }),
    useSchemaSdl({ sdl: printTypeDefs(vocabulary) }),
    ...useHardening(),
    useRequestSizeLimit(),
    useErrorCodes(),
  ];
  if (options.clientDir) plugins.push(useStaticClient({ dir: options.clientDir }));

  return createYoga<Record<string, unknown>, ApiContext>({
    graphqlEndpoint: '/graphql',
    schema,
    context: (): ApiContext => {
      // The budget starts when the request does and covers every statement it runs.
      const gateway = createGateway({ executor, vocabulary, deadline: Date.now() + timeoutMs, requestId: randomUUID(), warn });
      return { gateway, loaders: createLoaders(gateway), vocabulary };
    },
    graphiql: graphiqlOptions,
    // GraphiQL's code ships inside the page (no CDN), so it works offline and behind firewalls. That
    // module is megabytes of code (about 0.4 s of CPU to load): it is loaded the first time someone opens
    // GraphiQL, not at every start of a server that may never show it.
    renderGraphiQL: async (opts) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(opts),
    // Only GraphQLErrors the resolvers throw on purpose reach clients; the rest say "Unexpected error."
    // isDev stays false whatever NODE_ENV says, so no stack or original message is ever attached.
    maskedErrors: {
      isDev: false,
      maskError(error, message) {
        const masked = maskError(error, message, false);
        if (masked !== error) logError((error as { originalError?: unknown }).originalError ?? error);
        return masked;
      },
    },
    cors: createCors(options.corsOrigins ?? []),
    // useRequestSizeLimit does it without piping every body through a stream.
    maxRequestBodySize: false,
    plugins,
    logging: false,
  });
}

export type App = ReturnType<typeof createApp>;

/** The app's settings from the environment's configuration (`npm start` and the server image alike). */
export function appSettings(config: Config) {
  return {
    clientDir: config.clientDir ?? defaultClientDir,
    corsOrigins: config.corsOrigins,
    queryTimeoutMs: config.queryTimeoutMs,
    maxConcurrentStatements: config.maxConcurrentQueries,
  };
}

/** Each distinct message once: a stray row would otherwise be reported by every request that meets it. */
function once(log: (message: string) => void): (message: string) => void {
  const seen = new Set<string>();
  return (message) => {
    if (seen.has(message)) return;
    // Bounded: a store full of stray rows must not grow the set without end.
    if (seen.size < 1000) seen.add(message);
    log(message);
  };
}

/**
 * Cross-origin callers only from the configured origins (`*` for any). Others get no CORS headers at
 * all, rather than someone else's origin; no credentials, as the API has no sessions.
 */
function createCors(origins: readonly string[]): CORSOptions | ((request: Request) => CORSOptions) {
  if (origins.length === 0) return false;
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !(origins.includes('*') || origins.includes(origin))) return false;
    return { origin, methods: ['GET', 'POST'], credentials: false, maxAge: 600 };
  };
}

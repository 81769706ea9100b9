/**
 * Neo4j's failures mapped to the API's typed errors. Only the code is kept: the server's message may
 * quote the statement or its parameters, so it never reaches a client.
 */
import type { GraphQLError } from 'graphql';
import { apiError, ErrorCode } from '../errors.js';

/** Thrown by the executor when the request's budget runs out before Neo4j answers. */
export function queryTimeout(): GraphQLError {
  return apiError(ErrorCode.QUERY_TIMEOUT, 'The query took longer than the server allows; narrow it down (fewer ids, a lower depth or limit).');
}

export function databaseUnavailable(): GraphQLError {
  return apiError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is not reachable right now; try again shortly.');
}

export function queryTooLarge(): GraphQLError {
  return apiError(ErrorCode.QUERY_TOO_LARGE, 'The query needs more memory than the database allows; narrow it down (fewer ids, a lower depth or limit, filters).');
}

/** Overload: the server's statements to Neo4j are all in use and this request's budget would run out waiting. */
export function serverBusy(): GraphQLError {
  return apiError(ErrorCode.SERVER_BUSY, 'The server is busy with other queries; try again in a moment.');
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
]);

const READ_ONLY_CODES = new Set([
  'Neo.ClientError.Statement.AccessMode',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.Security.Forbidden',
]);

/**
 * Memory limits: the pool all transactions share (`dbms.memory.transaction.total.max`), one transaction's
 * own (`db.memory.transaction.max`), and the heap itself. They are TransientErrors, but retrying the same
 * question does not help and nothing is down: the answer is a smaller question.
 */
const MEMORY = /^Neo\.(Transient|Client|Database)Error\.General\.(MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|TransactionMemoryLimit|OutOfMemoryError)$/;

/**
 * The driver's own pool timeout has no code of its own ('N/A'); its message is the only sign. It means
 * every connection was busy for `connectionAcquisitionTimeout`: overload, not an unreachable Neo4j.
 */
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out/;

/**
 * What a Neo4j failure means, whoever sent the statement: the API's reads turn it into a typed error
 * (mapNeo4jError), the loader's writes name it beside the file and line (writer.ts). `statement`: the
 * statement itself was refused (syntax, an unknown variable, a constraint, a type): a bug in a builder,
 * or a line of a .cypher file to fix. Undefined: not Neo4j's error at all.
 */
export type Neo4jFailure = 'timeout' | 'too-large' | 'read-only' | 'busy' | 'unavailable' | 'statement';

export function classifyNeo4jError(error: unknown): Neo4jFailure | undefined {
  const code = neo4jCode(error);
  if (code === undefined) return undefined;
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  if (MEMORY.test(code)) return 'too-large';
  if (READ_ONLY_CODES.has(code)) return 'read-only';
  if (code === 'N/A' && ACQUISITION_TIMEOUT.test((error as Error).message)) return 'busy';
  // Driver-side codes (ServiceUnavailable, SessionExpired, ProtocolError, N/A) and the server's other
  // transient errors (database starting or stopping) all mean: not reachable right now.
  if (!code.startsWith('Neo.') || code.startsWith('Neo.TransientError.')) return 'unavailable';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') return 'unavailable';
  return 'statement';
}

/**
 * Returns the typed error for a Neo4j failure, or the original error (which yoga masks) for anything
 * that is a bug rather than a condition a client can act on.
 */
export function mapNeo4jError(error: unknown): unknown {
  switch (classifyNeo4jError(error)) {
    case 'timeout': return queryTimeout();
    case 'too-large': return queryTooLarge();
    case 'read-only': return apiError(ErrorCode.READ_ONLY, 'This API is read-only.');
    case 'busy': return serverBusy();
    case 'unavailable': return databaseUnavailable();
    default: return error;
  }
}

/**
 * Where in the statement Neo4j's parser stopped ("… (line 3, column 5 (offset: 40))"): 1-based, counted
 * from the statement's first line; undefined when the message names no position.
 */
export function lineInStatement(message: string): number | undefined {
  const inner = /\(line (\d+), column \d+/.exec(message);
  return inner ? Number(inner[1]) : undefined;
}

/** The driver lost its connection (server restarted, connection dropped): worth one retry for a read. */
export function isStaleConnection(error: unknown): boolean {
  const code = neo4jCode(error);
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/** Neo4j's code for a failure ('N/A' for the driver's own errors without one); undefined: not Neo4j's. */
export function neo4jCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'Neo4jError') return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : 'N/A';
}

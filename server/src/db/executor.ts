/**
 * The one place that runs Cypher: READ access mode, the request's remaining budget as the transaction
 * timeout, transaction metadata, the session always closed, Neo4j errors mapped to typed GraphQL errors,
 * and results returned as plain objects.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { isStaleConnection, mapNeo4jError, queryTimeout } from './errors.js';

/** A statement built by the pure functions in queries/: text plus parameters, never string-built values. */
export interface CypherQuery {
  /** Short name for transaction metadata and logs, e.g. `entitiesByIds`. */
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export interface StatementEvent {
  name: string;
  ms: number;
  rows: number;
  error?: unknown;
}

export interface ExecutorOptions {
  driver: Driver;
  /** @default the server's default database */
  database?: string | undefined;
  /** Called after every statement sent to Neo4j: tests count round trips with it, logs can time them. */
  onStatement?: ((event: StatementEvent) => void) | undefined;
  /**
   * How long past the budget the client still waits for Neo4j's own timeout error. Neo4j enforces the
   * transaction timeout on a timer (db.transaction.monitor.check.interval, 2 s), so without this guard a
   * request could outlive its budget by that much, or forever on a Neo4j that accepts and never answers.
   * @default 250
   */
  clientGraceMs?: number | undefined;
}

export interface RunOptions {
  /** Epoch ms by which the answer must be in; what is left becomes the transaction timeout. */
  deadline: number;
  /** Goes into the transaction metadata (visible in Neo4j's query log and `SHOW TRANSACTIONS`). */
  requestId?: string;
}

export class CypherExecutor {
  readonly #driver: Driver;
  readonly #database: string | undefined;
  readonly #onStatement: ((event: StatementEvent) => void) | undefined;
  readonly #graceMs: number;

  constructor(options: ExecutorOptions) {
    this.#driver = options.driver;
    this.#database = options.database;
    this.#onStatement = options.onStatement;
    this.#graceMs = options.clientGraceMs ?? 250;
  }

  async read(query: CypherQuery, options: RunOptions): Promise<Row[]> {
    try {
      return await this.#attempt(query, options);
    } catch (error) {
      // A pooled connection can outlive a Neo4j restart and fail on first use; reads are safe to repeat,
      // so one immediate retry on a fresh connection (if the budget allows) makes recovery invisible.
      if (!isStaleConnection(error) || options.deadline - Date.now() <= 0) throw mapNeo4jError(error);
    }
    try {
      return await this.#attempt(query, options);
    } catch (error) {
      throw mapNeo4jError(error);
    }
  }

  async #attempt(query: CypherQuery, options: RunOptions): Promise<Row[]> {
    const budget = Math.floor(options.deadline - Date.now());
    if (budget <= 0) throw queryTimeout();
    const started = Date.now();
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const clientTimeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(queryTimeout()), budget + this.#graceMs);
    });
    try {
      const result = session.run(query.cypher, toNeo4jParams(query.params), {
        timeout: budget,
        metadata: { app: 'kg-explorer', query: query.name, ...(options.requestId ? { request: options.requestId } : {}) },
      });
      const { records } = await Promise.race([result, clientTimeout]);
      const rows = records.map((record) => toPlain(record.toObject()) as Row);
      this.#onStatement?.({ name: query.name, ms: Date.now() - started, rows: rows.length });
      return rows;
    } catch (error) {
      this.#onStatement?.({ name: query.name, ms: Date.now() - started, rows: 0, error });
      throw error;
    } finally {
      clearTimeout(timer);
      // Not awaited: closing waits for a pending result, and a timed-out request must not wait for it.
      session.close().catch(() => {});
    }
  }

  /** True when Neo4j answers a trivial read within `timeoutMs`; never throws (for /ready). */
  async ping(timeoutMs: number): Promise<boolean> {
    try {
      await this.read({ name: 'ping', cypher: 'RETURN 1 AS ok', params: {} }, { deadline: Date.now() + timeoutMs });
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * JS numbers travel as floats, and Cypher refuses a float for LIMIT or a list slice: every whole number
 * a builder passes is an integer parameter (none of them is a measurement).
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, convert(value)]));
}

/**
 * Neo4j values as plain JSON-like data. The driver is created with `disableLosslessIntegers`, so integers
 * are already numbers; temporal and spatial values become their ISO / WKT-like strings.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return String(value);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}

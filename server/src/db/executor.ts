/**
 * The one place that runs Cypher: READ access mode, the request's remaining budget as the transaction
 * timeout, transaction metadata, the session always closed, a bounded number of statements in Neo4j at
 * once (gate.ts), Neo4j errors mapped to typed GraphQL errors, and results returned as plain objects.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { ErrorCode } from '../errors.js';
import { isStaleConnection, mapNeo4jError, queryTimeout } from './errors.js';
import { Gate } from './gate.js';

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
  /**
   * Statements this server has in Neo4j at once; the rest wait their turn (and are refused with
   * SERVER_BUSY when the wait would outlast their budget). Keep it below the driver's
   * maxConnectionPoolSize (50), so a statement never waits for a connection instead.
   * @default 8
   */
  maxConcurrentStatements?: number | undefined;
  /** Statements waiting for their turn at most; more are refused at once. @default 1000 */
  maxWaitingStatements?: number | undefined;
  /**
   * A read asked for while the very same statement (text and parameters) is already running joins it
   * instead of running again: everyone opening the explorer asks for the same first graph, and under
   * load those arrive together. Only reads already in flight are shared: an answer is at most one
   * statement's time older than the request, never cached beyond that. @default true
   */
  coalesceReads?: boolean | undefined;
}

export interface RunOptions {
  /** Epoch ms by which the answer must be in; what is left becomes the transaction timeout. */
  deadline: number;
  /** Goes into the transaction metadata (visible in Neo4j's query log and `SHOW TRANSACTIONS`). */
  requestId?: string;
}

/** How long past its budget a timed-out statement may keep its place in the gate while its session closes. */
const HELD_AFTER_TIMEOUT_MS = 3_000;

export class CypherExecutor {
  readonly #driver: Driver;
  readonly #database: string | undefined;
  readonly #onStatement: ((event: StatementEvent) => void) | undefined;
  readonly #graceMs: number;
  readonly #gate: Gate;
  /** Reads in flight by statement text and parameters; their rows are shared, so nobody mutates rows. */
  readonly #inFlight: Map<string, Promise<Row[]>> | undefined;

  constructor(options: ExecutorOptions) {
    this.#driver = options.driver;
    this.#database = options.database;
    this.#onStatement = options.onStatement;
    this.#graceMs = options.clientGraceMs ?? 250;
    this.#gate = new Gate({ concurrency: options.maxConcurrentStatements ?? 8, maxWaiting: options.maxWaitingStatements ?? 1000 });
    this.#inFlight = options.coalesceReads === false ? undefined : new Map();
  }

  /** Statements in Neo4j and waiting for their turn, right now (for logs and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.#gate.running, waiting: this.#gate.waiting };
  }

  read(query: CypherQuery, options: RunOptions): Promise<Row[]> {
    if (!this.#inFlight) return this.#read(query, options, true);
    const key = `${query.cypher}\u0000${JSON.stringify(query.params)}`;
    const running = this.#inFlight.get(key);
    // Joining costs no statement (and no onStatement event); the joiner's own budget still holds, and
    // when the shared statement ran out of its first asker's budget, the joiner runs it on its own.
    if (running) {
      const own = running.catch((error: unknown) => {
        if (outOfBudget(error) && Date.now() < options.deadline) return this.#read(query, options, true);
        throw error;
      });
      return this.#within(own, options.deadline);
    }
    const started = this.#read(query, options, true);
    this.#inFlight.set(key, started);
    const forget = () => {
      if (this.#inFlight?.get(key) === started) this.#inFlight.delete(key);
    };
    started.then(forget, forget);
    return started;
  }

  /** The shared answer, or QUERY_TIMEOUT when this request's own budget (and grace) ends first. */
  async #within(shared: Promise<Row[]>, deadline: number): Promise<Row[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(queryTimeout()), Math.max(0, deadline - Date.now()) + this.#graceMs);
    });
    try {
      return await Promise.race([shared, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async #read(query: CypherQuery, options: RunOptions, gated: boolean): Promise<Row[]> {
    try {
      return await this.#attempt(query, options, gated);
    } catch (error) {
      // A pooled connection can outlive a Neo4j restart and fail on first use; reads are safe to repeat,
      // so one immediate retry on a fresh connection (if the budget allows) makes recovery invisible.
      if (!isStaleConnection(error) || options.deadline - Date.now() <= 0) throw mapNeo4jError(error);
    }
    try {
      return await this.#attempt(query, options, gated);
    } catch (error) {
      throw mapNeo4jError(error);
    }
  }

  async #attempt(query: CypherQuery, options: RunOptions, gated: boolean): Promise<Row[]> {
    if (options.deadline - Date.now() <= 0) throw queryTimeout();
    const release = gated ? await this.#gate.enter(options.deadline) : () => {};
    const budget = Math.floor(options.deadline - Date.now());
    if (budget <= 0) {
      release();
      throw queryTimeout();
    }
    const started = Date.now();
    let session: ReturnType<Driver['session']>;
    try {
      session = this.#driver.session({ database: this.#database, defaultAccessMode: neo4j.session.READ });
    } catch (error) {
      release();
      throw error;
    }
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
      // The statement keeps its place in the gate until then, though: its connection is still busy, and
      // admitting another in its stead is how a timeout used to turn into an exhausted pool. Neo4j ends
      // it at the budget (its timeout check runs every 2 s); the place is freed at the latest some seconds
      // after that even if Neo4j never answers, so a hung server cannot take every place for good.
      const held = setTimeout(release, Math.max(0, started + budget + this.#graceMs - Date.now()) + HELD_AFTER_TIMEOUT_MS);
      held.unref();
      session.close().catch(() => {}).finally(() => {
        clearTimeout(held);
        release();
      });
    }
  }

  /** True when Neo4j answers a trivial read within `timeoutMs`; never throws (for /ready). */
  async ping(timeoutMs: number): Promise<boolean> {
    try {
      // Past the gate: readiness is about Neo4j answering, not about how many requests wait here.
      await this.#read({ name: 'ping', cypher: 'RETURN 1 AS ok', params: {} }, { deadline: Date.now() + timeoutMs }, false);
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
 * are already numbers; temporal and spatial values become their ISO / WKT-like strings. The builders
 * return maps, lists, strings and numbers almost only, so a value is copied only where something in it
 * changes: a 5000-node graph is not rebuilt object by object for nothing.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const inner: unknown = value[i];
      const plain = toPlain(inner);
      if (plain !== inner && out === undefined) out = value.slice(0, i);
      out?.push(plain);
    }
    return out ?? value;
  }
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return String(value);
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const inner = (value as Record<string, unknown>)[key];
      const plain = toPlain(inner);
      if (plain !== inner) out ??= { ...(value as Record<string, unknown>) };
      if (out) out[key] = plain;
    }
    return out ?? value;
  }
  return value;
}

/** Errors that come from a request's budget running out (in Neo4j or in line), not from the question. */
function outOfBudget(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return code === ErrorCode.QUERY_TIMEOUT || code === ErrorCode.SERVER_BUSY;
}

/**
 * The one place that runs the API's Cypher (the loader writes through writer.ts, with the same metadata
 * and error classification): READ access mode, the request's remaining budget as the transaction
 * timeout, transaction metadata, the session always closed, a bounded number of statements in Neo4j at
 * once (gate.ts), identical reads in flight shared (coalesce.ts), Neo4j errors mapped to typed GraphQL
 * errors, and results returned as plain objects (values.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { ReadCoalescer } from './coalesce.js';
import { isStaleConnection, mapNeo4jError, queryTimeout } from './errors.js';
import { Gate } from './gate.js';
import { transactionMetadata } from './metadata.js';
import { toNeo4jParams, toPlain } from './values.js';

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
  /** Identical reads in flight share one statement (coalesce.ts). @default true */
  coalesceReads?: boolean | undefined;
}

export interface RunOptions {
  /** Epoch ms by which the answer must be in; what is left becomes the transaction timeout. */
  deadline: number;
  /** Goes into the transaction metadata (visible in Neo4j's query log and `SHOW TRANSACTIONS`). */
  requestId?: string;
}

/**
 * neo4j-driver captures a stack trace for every statement it runs, to put on the statement's error
 * should one come. Under tsx the server runs with source maps, which makes each capture dear: in a CPU
 * profile of the API benchmark's requests (1,446 of them), 266 ms of the 322 ms spent in `session.run`,
 * 0.18 ms a request, some 4 % of a small one's median. The trace would only ever point here (a Neo4j
 * error keeps its message, code and our mapping), so it is captured without frames.
 */
function withoutCallSite<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How long past its budget a timed-out statement may keep its place in the gate while its session closes. */
const HELD_AFTER_TIMEOUT_MS = 3_000;

export class CypherExecutor {
  readonly #driver: Driver;
  readonly #database: string | undefined;
  readonly #onStatement: ((event: StatementEvent) => void) | undefined;
  readonly #graceMs: number;
  readonly #gate: Gate;
  /** Absent when coalescing is off; the rows it shares are shared, so nobody mutates rows. */
  readonly #coalescer: ReadCoalescer<Row[]> | undefined;

  constructor(options: ExecutorOptions) {
    this.#driver = options.driver;
    this.#database = options.database;
    this.#onStatement = options.onStatement;
    this.#graceMs = options.clientGraceMs ?? 250;
    this.#gate = new Gate({ concurrency: options.maxConcurrentStatements ?? 8, maxWaiting: options.maxWaitingStatements ?? 1000 });
    this.#coalescer = options.coalesceReads === false ? undefined : new ReadCoalescer({ graceMs: this.#graceMs });
  }

  /** Statements in Neo4j and waiting for their turn, right now (for logs and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.#gate.running, waiting: this.#gate.waiting };
  }

  read(query: CypherQuery, options: RunOptions): Promise<Row[]> {
    const run = () => this.#read(query, options, true);
    return this.#coalescer ? this.#coalescer.read(query, options.deadline, run) : run();
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
      const result = withoutCallSite(() => session.run(query.cypher, toNeo4jParams(query.params), {
        timeout: budget,
        metadata: transactionMetadata(query.name, options.requestId ? { request: options.requestId } : {}),
      }));
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

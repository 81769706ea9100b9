/**
 * The write path, beside the executor's reads: the loader's sessions and transactions are opened here, so
 * that everything the project sends to Neo4j goes through db/ with the same transaction metadata
 * (metadata.ts), the same parameter and row conversions (values.ts) and the same classification of
 * Neo4j's failures (errors.ts). Before, the loader opened its own sessions without metadata and read
 * error codes by hand.
 *
 * Unlike the executor there is no budget and no gate: a load runs as long as it takes and is the only
 * writer. Failures keep Neo4j's own message (first line), code and the line it points at inside the
 * statement: the loader shows them beside a file and line, for the person who wrote that file, where the
 * API shows a client only a typed code.
 */
import type { Driver, ManagedTransaction, QueryResult, Session, Transaction } from 'neo4j-driver';
import type { CypherQuery, Row } from './executor.js';
import { classifyNeo4jError, lineInStatement, neo4jCode, type Neo4jFailure } from './errors.js';
import { transactionMetadata, type TransactionMetadata } from './metadata.js';
import { runIn, type RunQuery } from './runners.js';
import { toNeo4jParams, toPlain } from './values.js';

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** Anything changed at all (labels, deletions, indexes included). */
  updates: boolean;
}

export interface WriteResult {
  rows: Row[];
  counters: WriteCounters;
}

/** A statement as a .cypher file holds it (text, no parameters), or a builder's query. */
export type WriteStatement = string | CypherQuery;

/** A statement or commit Neo4j refused, as the shared mapping classifies it. */
export class WriteError extends Error {
  override name = 'WriteError';
  /** Undefined: not Neo4j's error (a bug here, or the driver misused). */
  readonly kind: Neo4jFailure | undefined;
  readonly code: string | undefined;
  /** The first line of Neo4j's message: the rest repeats the statement with a caret under it. */
  readonly serverMessage: string;
  /** 1-based line inside the statement that Neo4j's parser points at, if it does. */
  readonly lineInStatement: number | undefined;

  constructor(cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const first = message.split('\n')[0]?.trim() || message.trim();
    super(first, { cause });
    this.kind = classifyNeo4jError(cause);
    this.code = neo4jCode(cause) ?? ownCode(cause);
    this.serverMessage = first;
    this.lineInStatement = lineInStatement(message);
  }
}

/** A transaction the caller commits; `rollback()` is a no-op once it has ended, for a `finally`. */
export interface WriteTransaction {
  run(statement: WriteStatement): Promise<WriteResult>;
  /** The same transaction for the builders' code that takes a RunQuery (the contract check). */
  readonly query: RunQuery;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/** One WRITE session: auto-commit statements (schema) and explicit transactions, one at a time. */
export interface WriteSession {
  /**
   * Auto-commit, in a transaction of its own: what Neo4j refuses to mix with data (schema statements).
   * `name` and `more` go into its metadata, as they do for `begin`.
   */
  run(statement: WriteStatement, name: string, more?: TransactionMetadata): Promise<WriteResult>;
  /** An explicit transaction; one at a time per session (roll one back before beginning the next). */
  begin(name: string, more?: TransactionMetadata): WriteTransaction;
}

export interface CypherWriterOptions {
  driver: Driver;
  /** @default the server's default database */
  database?: string | undefined;
}

export class CypherWriter {
  readonly #driver: Driver;
  readonly #database: string | undefined;

  constructor(options: CypherWriterOptions) {
    this.#driver = options.driver;
    this.#database = options.database;
  }

  /** Opens a WRITE session for `work` and always closes it. */
  async session<T>(work: (session: WriteSession) => Promise<T>): Promise<T> {
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: 'WRITE' });
    try {
      return await work(writeSession(session));
    } finally {
      await session.close();
    }
  }

  /**
   * One statement in a managed write transaction of its own, which the driver retries on transient
   * errors (deadlocks between batches in flight at once). `params` go as they are, not converted like a
   * builder's: a row's numbers are the caller's to type.
   */
  async write(name: string, cypher: string, params: Record<string, unknown>, more: TransactionMetadata = {}): Promise<WriteCounters> {
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: 'WRITE' });
    try {
      const run = (tx: ManagedTransaction) => tx.run(cypher, params);
      return counters(await session.executeWrite(run, { metadata: transactionMetadata(name, more) }));
    } catch (error) {
      throw new WriteError(error);
    } finally {
      await session.close();
    }
  }
}

function writeSession(session: Session): WriteSession {
  return {
    run: (statement, name, more) => {
      const { cypher, params } = parts(statement);
      return result(session.run(cypher, params, { metadata: transactionMetadata(name, more) }));
    },
    begin: (name, more) => writeTransaction(session.beginTransaction({ metadata: transactionMetadata(name, more) })),
  };
}

function writeTransaction(tx: Transaction): WriteTransaction {
  return {
    run: (statement) => {
      const { cypher, params } = parts(statement);
      return result(tx.run(cypher, params));
    },
    query: async (q) => {
      try {
        return await runIn(tx)(q);
      } catch (error) {
        throw new WriteError(error);
      }
    },
    commit: async () => {
      try {
        await tx.commit();
      } catch (error) {
        throw new WriteError(error);
      }
    },
    rollback: async () => {
      if (tx.isOpen()) await tx.rollback();
    },
  };
}

function parts(statement: WriteStatement): { cypher: string; params: Record<string, unknown> } {
  return typeof statement === 'string' ? { cypher: statement, params: {} } : { cypher: statement.cypher, params: toNeo4jParams(statement.params) };
}

async function result(pending: PromiseLike<QueryResult>): Promise<WriteResult> {
  try {
    const done = await pending;
    return { rows: done.records.map((r) => toPlain(r.toObject()) as Row), counters: counters(done) };
  } catch (error) {
    throw new WriteError(error);
  }
}

function counters(result: QueryResult): WriteCounters {
  const updates = result.summary.counters.updates();
  return {
    nodesCreated: updates.nodesCreated,
    relationshipsCreated: updates.relationshipsCreated,
    propertiesSet: updates.propertiesSet,
    updates: result.summary.counters.containsUpdates(),
  };
}

function ownCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The loader's path for generated rows (the benchmarks' synthetic graph, a user's CSV turned into
 * objects): one parameterised statement that reads a batch from `$rows` — `UNWIND $rows AS row MERGE …`
 * — run once per batch instead of once per row. `.cypher` files keep going through `loadCypherDir`.
 *
 * Each batch is its own write transaction (retried by the driver on transient errors such as deadlocks),
 * so memory stays flat at any size; a failure leaves the earlier batches written. Statements should
 * `MERGE` on unique keys, which makes re-running after a failure safe.
 *
 * Unlike a .cypher file, a batch is not checked against the data contract before it commits: that check
 * reads the whole graph, and a load of 500k relationships in batches of thousands would read it hundreds
 * of times. Run `npm run check` (contract/check.ts's findViolations) once the rows are in.
 *
 * The transactions are db/writer.ts's (metadata `loadRows` with the batch's first row; failures classified
 * by the same mapping as the API's).
 */
import type { Neo4jFailure } from '../db/errors.js';
import type { Driver } from '../db/driver.js';
import { CypherWriter, WriteError, type WriteCounters } from '../db/writer.js';

export interface LoadRowsOptions<Row> {
  driver: Driver;
  /** Reads its batch from `$rows`, e.g. `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n += row.props`. */
  statement: string;
  /** Any iterable: a generator keeps only one batch in memory. */
  rows: Iterable<Row> | AsyncIterable<Row>;
  /** Rows per transaction. @default 2000 */
  batchSize?: number;
  /** Batches in flight at once; more than 1 only helps when rows rarely share nodes. @default 1 */
  concurrency?: number;
  /** @default the server's default database */
  database?: string | undefined;
  /** Sent with every batch beside `$rows`. @default {} */
  params?: Record<string, unknown>;
  /** Called after each committed batch. @default nothing */
  onBatch?: (progress: LoadRowsReport) => void;
}

export interface LoadRowsReport {
  rows: number;
  batches: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  ms: number;
}

/** A batch the server refused: which rows, and what the server said. */
export class RowsLoadError extends Error {
  override name = 'RowsLoadError';
  constructor(
    /** 0-based index of the batch's first row in the input. */
    readonly firstRow: number,
    readonly rowCount: number,
    readonly serverMessage: string,
    readonly code: string | undefined,
    /** What the shared mapping (db/errors.ts) makes of it: `statement` is the rows' or the statement's fault. */
    readonly kind?: Neo4jFailure,
  ) {
    super(`rows ${firstRow}–${firstRow + rowCount - 1}: ${serverMessage}`);
  }
}

export async function loadRows<Row>(options: LoadRowsOptions<Row>): Promise<LoadRowsReport> {
  const { driver, statement, database, params = {}, onBatch } = options;
  const batchSize = options.batchSize ?? 2000;
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
  if (!/\$rows\b/.test(statement)) throw new Error('the statement must read its rows from $rows');

  const started = performance.now();
  const report: LoadRowsReport = { rows: 0, batches: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, ms: 0 };
  const writer = new CypherWriter({ driver, database });
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;

  const send = (batch: Row[], firstRow: number) => {
    const done = runBatch({ writer, statement, params, batch, firstRow }).then((counters) => {
      report.rows += batch.length;
      report.batches++;
      report.nodesCreated += counters.nodesCreated;
      report.relationshipsCreated += counters.relationshipsCreated;
      report.propertiesSet += counters.propertiesSet;
      report.ms = Math.round(performance.now() - started);
      onBatch?.({ ...report });
    }, (error: unknown) => {
      failure ??= error;
    }).finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  let batch: Row[] = [];
  let next = 0;
  for await (const row of options.rows) {
    batch.push(row);
    if (batch.length < batchSize) continue;
    // This batch was built while the previous ones were being written; send it once the window has room.
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) break;
    send(batch, next);
    next += batch.length;
    batch = [];
  }
  while (!failure && batch.length > 0 && inFlight.size >= concurrency) await Promise.race(inFlight);
  if (!failure && batch.length > 0) send(batch, next);
  await Promise.all(inFlight);
  if (failure) throw failure;
  report.ms = Math.round(performance.now() - started);
  return report;
}

async function runBatch<Row>(b: { writer: CypherWriter; statement: string; params: Record<string, unknown>; batch: Row[]; firstRow: number }): Promise<WriteCounters> {
  try {
    return await b.writer.write('loadRows', b.statement, { ...b.params, rows: b.batch }, { firstRow: b.firstRow, rows: b.batch.length });
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw new RowsLoadError(b.firstRow, b.batch.length, error.serverMessage, error.code, error.kind);
  }
}

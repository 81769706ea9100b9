/**
 * Ways to run the builders' statements outside the API's executor: inside a transaction someone else owns
 * (writer.ts's, for the loader) or each in its own read transaction (`npm run check`, the server's start),
 * with the transaction metadata every statement of the project carries (metadata.ts).
 * Parameters and results go through the executor's conversions (values.ts), so rows look the same everywhere.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery, Row } from './executor.js';
import { transactionMetadata } from './metadata.js';
import { toNeo4jParams, toPlain } from './values.js';

export type RunQuery = (query: CypherQuery) => Promise<Row[]>;

/** Within `tx`: a transaction, a managed one, or a session's auto-commit. */
export function runIn(tx: Pick<ManagedTransaction, 'run'>): RunQuery {
  return async (q) => (await tx.run(q.cypher, toNeo4jParams(q.params))).records.map((r) => toPlain(r.toObject()) as Row);
}

export function runReads(driver: Driver, database: string | undefined): RunQuery {
  return async (q) => {
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead((tx) => runIn(tx)(q), { metadata: transactionMetadata(q.name) });
    } finally {
      await session.close();
    }
  };
}

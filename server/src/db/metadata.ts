/**
 * What every transaction this project opens carries, the API's reads and the loader's writes alike: Neo4j
 * shows it in `SHOW TRANSACTIONS` and its query log, so a slow or stuck statement can be traced to the app
 * and to the builder or file that sent it, and told apart from someone's session in Neo4j Browser.
 */
export const APP_NAME = 'kg-explorer';

export type TransactionMetadata = Record<string, string | number>;

/** `query`: the builder's name (`entitiesByIds`) or the unit of work (`loadFile`); `more`: what it was about. */
export function transactionMetadata(query: string, more: TransactionMetadata = {}): TransactionMetadata {
  return { app: APP_NAME, query, ...more };
}

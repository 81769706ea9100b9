/**
 * Shared by the api-*.test.ts files: the app on the test database, and a small GraphQL caller that
 * works in-process (`app.fetch`) or over real HTTP (a base URL).
 */
import type { Driver } from 'neo4j-driver';
import { createApp, type App, type AppOptions } from '../../server/src/app.js';
import { testDatabase, testDriver } from '../support/neo4j.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[] | undefined;
}

export interface TestApp {
  app: App;
  driver: Driver;
  /** Names of the Cypher statements run since the last `resetStatements()`. */
  statements: string[];
  /** Errors the app masked from clients and reported to its log. */
  loggedErrors: unknown[];
  resetStatements(): void;
  close(): Promise<void>;
}

export function createTestApp(options: Partial<AppOptions> = {}): TestApp {
  const driver = options.driver ?? testDriver();
  const statements: string[] = [];
  const loggedErrors: unknown[] = [];
  const app = createApp({
    database: testDatabase(),
    logError: (error) => loggedErrors.push(error),
    ...options,
    driver,
    onStatement: (event) => {
      statements.push(event.name);
      options.onStatement?.(event);
    },
  });
  return {
    app,
    driver,
    statements,
    loggedErrors,
    resetStatements: () => statements.splice(0),
    close: () => (options.driver ? Promise.resolve() : driver.close()),
  };
}

/** POSTs a query to `target`: an app (in-process) or a base URL (real HTTP). */
export async function gql<T = Record<string, unknown>>(
  target: App | string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const init: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query, variables }) };
  const response = typeof target === 'string' ? await fetch(`${target}/graphql`, init) : await target.fetch('http://localhost/graphql', init);
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLResponse['errors'] };
  return { status: response.status, data: body.data, errors: body.errors };
}

/** The data of a query that must succeed; fails the test with the errors otherwise. */
export async function ok<T = Record<string, unknown>>(target: App | string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await gql<T>(target, query, variables);
  if (result.errors?.length || !result.data) throw new Error(`query failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

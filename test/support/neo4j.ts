/**
 * The Neo4j the global setup prepared (seed loaded), for integration tests.
 */
import type { Driver, Session } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../server/src/db/driver.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  /** null: the server's default database */
  database: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

export function testDatabase(): string | undefined {
  return testNeo4j().database ?? undefined;
}

/** A new driver on the test database; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(testNeo4j());
}

/** A session with its own driver, for tests that only need a few queries. */
export async function testSession(): Promise<{ session: Session; close(): Promise<void> }> {
  const driver = testDriver();
  const session = driver.session({ database: testDatabase() });
  return {
    session,
    close: async () => {
      await session.close();
      await driver.close();
    },
  };
}

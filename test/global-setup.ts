/**
 * Once per test run: a real Neo4j with the article's dataset. Without NEO4J_URI a local server is
 * started in `.neo4j/test` (its own data and ports, so it never touches `npm start`'s) and wiped first;
 * with NEO4J_URI the tests use that database, which should be a scratch one.
 */
import type { TestProject } from 'vitest/node';
import { resolveNeo4j } from '../neo4j/target.js';
import { readConfig } from '../server/src/config.js';
import { createDriver } from '../server/src/db/driver.js';
import { loadCypherDir } from '../server/src/loader/load.js';
import { defaultCypherDir } from '../server/src/paths.js';
import type { TestNeo4j } from './support/neo4j.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  const config = readConfig({
    ...env,
    NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT ?? '7688',
    NEO4J_HTTP_PORT: env.NEO4J_TEST_HTTP_PORT ?? '7475',
  });
  const target = await resolveNeo4j(config, { name: env.NEO4J_TEST_NAME ?? 'test' });
  const driver = createDriver(target);
  try {
    if (target.local) {
      const session = driver.session({ database: target.database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    }
    await loadCypherDir({ driver, dir: defaultCypherDir, database: target.database });
  } finally {
    await driver.close();
  }
  const provided: TestNeo4j = { uri: target.uri, user: target.user, password: target.password, database: target.database ?? null };
  project.provide('neo4j', provided);
  return () => target.release();
}

/**
 * Cleaning up after tests that load fixture folders into the shared test database: their data, and the
 * loader's bookkeeping (:KgMeta) for those folders, so later tests see the seed and nothing else.
 */
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../server/src/paths.js';
import { testDatabase } from './neo4j.js';

/** The second-article fixture's article, entity and edges (the edges it adds to seed entities too). */
export async function removeSecondArticle(driver: Driver): Promise<void> {
  await driver.executeQuery(
    "MATCH ()-[r {source: 'fixture-second-article'}]->() DELETE r WITH count(*) AS _ MATCH (n) WHERE n.id IN ['fixture-second-article', 'fixture-analyst'] DETACH DELETE n",
    {}, { database: testDatabase() });
}

/** :KgMeta nodes of folders under test/ or examples/, or outside the project (temporary folders). */
export async function forgetFixtureFolders(driver: Driver): Promise<void> {
  await driver.executeQuery(
    'MATCH (m:KgMeta) WHERE NOT m.folder STARTS WITH $root OR m.folder STARTS WITH $tests OR m.folder STARTS WITH $examples DETACH DELETE m',
    { root: `${projectRoot}/`, tests: `${projectRoot}/test/`, examples: `${projectRoot}/examples/` }, { database: testDatabase() });
}

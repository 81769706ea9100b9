/**
 * `npm run load [-- --dir <folder>]`: applies a folder of .cypher files (default: the project's cypher/)
 * to NEO4J_URI, or to the local Neo4j (started for the load and stopped after, if it was not running).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { resolveNeo4j } from '../../../neo4j/target.js';
import { defaultCypherDir } from '../paths.js';
import { loadCypherDir } from './load.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const config = readConfig();
  const dir = path.resolve(values.dir ?? config.cypherDir ?? defaultCypherDir);
  const target = await resolveNeo4j(config, { log: (l) => console.log(l) });
  const driver = createDriver(target);
  try {
    console.log(`Loading ${dir} into ${target.uri}`);
    await loadCypherDir({ driver, dir, database: target.database, log: (l) => console.log(l) });
  } finally {
    await driver.close();
    await target.release();
  }
}

main().catch((error: unknown) => {
  console.error(`load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

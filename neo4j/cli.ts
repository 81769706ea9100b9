/**
 * `npm run neo4j`: starts the local Neo4j in the foreground (Ctrl-C stops it), or finds it running.
 * `npm run neo4j -- --fetch` only fetches the jars (CI uses this).
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../server/src/config.js';
import { fetchNeo4jJars } from './local.js';
import { resolveNeo4j } from './target.js';
import path from 'node:path';
import { projectRoot } from '../server/src/paths.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { fetch: { type: 'boolean', default: false } } });
  const log = (line: string) => console.log(line);
  if (values.fetch) {
    const lib = await fetchNeo4jJars({ root: process.env.NEO4J_LOCAL_DIR ?? path.join(projectRoot, '.neo4j'), log });
    log(`Neo4j jars ready in ${lib}`);
    return;
  }
  const config = readConfig({ ...process.env, NEO4J_URI: '' });
  const target = await resolveNeo4j(config, { log });
  log(`  uri       ${target.uri}`);
  log(`  user      ${target.user}`);
  log(`  password  ${target.password}`);
  if (!target.local?.startedHere) return;
  log('Ctrl-C stops it.');
  const stop = () => {
    log('Stopping Neo4j…');
    target.release().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Keep the process alive while Neo4j runs.
  setInterval(() => {}, 1 << 30);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

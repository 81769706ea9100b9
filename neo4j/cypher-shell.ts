/**
 * `npm run cypher-shell [-- <cypher-shell options>]`: Neo4j's own cypher-shell against the project's
 * Neo4j (NEO4J_URI, or the local one, which must be running: `npm run neo4j` or `npm start`).
 * e.g. `npm run cypher-shell -- -f cypher/030-relations.cypher`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { readConfig } from '../server/src/config.js';
import { projectRoot } from '../server/src/paths.js';
import { fetchCypherShellJars, portAnswers } from './local.js';
import { readFileSync } from 'node:fs';

async function main(): Promise<void> {
  const config = readConfig();
  const root = process.env.NEO4J_LOCAL_DIR ?? path.join(projectRoot, '.neo4j');
  let { uri, password } = config.neo4j;
  if (!uri) {
    if (!(await portAnswers(config.local.boltPort))) throw new Error(`No Neo4j on port ${config.local.boltPort}: start one with \`npm run neo4j\`, or set NEO4J_URI.`);
    uri = `bolt://127.0.0.1:${config.local.boltPort}`;
    password ??= readFileSync(path.join(root, 'dev', 'password'), 'utf8').trim();
  }
  const lib = await fetchCypherShellJars({ root, log: (l) => console.error(l) });
  const args = ['-cp', `${lib}${path.sep}*`, 'org.neo4j.shell.Main', '-a', uri, '-u', config.neo4j.user];
  if (config.neo4j.database) args.push('-d', config.neo4j.database);
  const child = spawn('java', [...args, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, NEO4J_PASSWORD: password ?? '' } });
  child.on('exit', (code) => process.exit(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

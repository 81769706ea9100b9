/**
 * `npm start`: a local Neo4j (unless NEO4J_URI is set) -> the dataset loaded -> the explorer on one URL.
 * Ctrl-C stops the server and the Neo4j this command started.
 *
 * A restart is about as quick as Neo4j's own start: the client is built and the server's modules are
 * loaded while Neo4j boots, the client only when its sources changed (client-build.ts), and files of the
 * dataset the database already holds unchanged are not applied again (loadCypherDir's skipUnchanged).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveNeo4j } from '../neo4j/target.js';
import { readConfig } from '../server/src/config.js';
import { createDriver } from '../server/src/db/driver.js';
import { vocabularyForServer } from '../server/src/db/stored-vocabulary.js';
import { loadCypherDir } from '../server/src/loader/load.js';
import { defaultCypherDir } from '../server/src/paths.js';
import { listen, onShutdown } from '../server/src/serve.js';
import { buildClientIfChanged } from './client-build.js';

async function main(): Promise<void> {
  const config = readConfig();
  const log = (line: string) => console.log(line);
  // Started before Neo4j is waited for; awaited (and any failure reported) once it is up.
  const client = config.clientDir === undefined ? buildClientIfChanged(log) : Promise.resolve('unchanged' as const);
  const appModule = import('../server/src/app.js');
  client.catch(() => {});
  appModule.catch(() => {});
  const target = await resolveNeo4j(config, { log });
  const driver = createDriver(target);
  const cleanup = async () => {
    await driver.close();
    await target.release();
  };
  try {
    if (config.loadOnStart) {
      const dir = path.resolve(config.cypherDir ?? defaultCypherDir);
      log(`Loading ${path.relative(process.cwd(), dir) || dir}`);
      await loadCypherDir({ driver, dir, database: target.database, log, skipUnchanged: true });
    }
    const [{ appSettings, createApp }] = await Promise.all([appModule, client]);
    const settings = appSettings(config);
    if (!existsSync(path.join(settings.clientDir, 'index.html'))) log(`No built client in ${settings.clientDir}: run \`npm run build\`.`);
    const vocabulary = await vocabularyForServer({ driver, database: target.database, log });
    const app = createApp({ driver, database: target.database, vocabulary, ...settings });
    const server = await listen(app, config);
    log('');
    log(`  Explorer  ${server.url}/`);
    log(`  GraphQL   ${server.url}/graphql`);
    log(`  Neo4j     ${target.uri}  (user ${target.user}${target.local ? `, password ${target.password}` : ''})`);
    if (target.local) log(`  HTTP      ${target.local.httpUrl}  (Neo4j's HTTP API)`);
    log('');
    log('Ctrl-C stops it.');
    onShutdown(async () => {
      await server.close();
      await cleanup();
    });
  } catch (error) {
    await cleanup();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

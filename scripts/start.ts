/**
 * `npm start`: a local Neo4j (unless NEO4J_URI is set) -> the dataset loaded -> the explorer on one URL.
 * Ctrl-C stops the server and the Neo4j this command started.
 *
 * A restart is about as quick as Neo4j's own start: Neo4j is launched first (only what that needs is
 * imported up front), and while it boots the rest of the server is imported and the client is built —
 * only when its sources changed (client-build.ts). Files of the dataset the database holds unchanged
 * are not applied again (loadCypherDir's skipUnchanged).
 */
import path from 'node:path';
import { resolveNeo4j } from '../neo4j/target.js';
import { readConfig, type Config } from '../server/src/config.js';
import type { Vocabulary } from '../server/src/vocabulary.js';

async function main(): Promise<void> {
  const config = readConfig();
  const log = (line: string) => console.log(line);
  let prepared: ReturnType<typeof prepare> | undefined;
  const prepareOnce = () => {
    prepared ??= prepare(config, log);
    prepared.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    return prepared;
  };
  const target = await resolveNeo4j(config, { log, onLaunched: prepareOnce });
  const { createDriver, loadCypherDir, vocabularyForServer, createApp, appSettings, listen, onShutdown, defaultCypherDir } = await prepareOnce();
  const driver = createDriver(target);
  const cleanup = async () => {
    await driver.close();
    await target.release();
  };
  try {
    let vocabulary: Vocabulary | undefined;
    if (config.loadOnStart) {
      const dir = path.resolve(config.cypherDir ?? defaultCypherDir);
      log(`Loading ${path.relative(process.cwd(), dir) || dir}`);
      // The vocabulary the load checked against is what the database holds now: no second read.
      vocabulary = (await loadCypherDir({ driver, dir, database: target.database, log, skipUnchanged: true })).vocabulary;
    }
    vocabulary ??= await vocabularyForServer({ driver, database: target.database, log });
    const app = createApp({ driver, database: target.database, vocabulary, ...appSettings(config) });
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

/** Everything after Neo4j's launch: the server's modules, and the client built if it changed. */
async function prepare(config: Config, log: (line: string) => void) {
  const [driver, load, vocabulary, app, serve, paths, client] = await Promise.all([
    import('../server/src/db/driver.js'), import('../server/src/loader/load.js'), import('../server/src/db/stored-vocabulary.js'),
    import('../server/src/app.js'), import('../server/src/serve.js'), import('../server/src/paths.js'), import('./client-build.js'),
  ]);
  if (config.clientDir === undefined) await client.buildClientIfChanged(log);
  else if (!(await import('node:fs')).existsSync(path.join(config.clientDir, 'index.html'))) log(`No built client in ${config.clientDir}: run \`npm run build\`.`);
  return {
    createDriver: driver.createDriver, loadCypherDir: load.loadCypherDir, vocabularyForServer: vocabulary.vocabularyForServer,
    createApp: app.createApp, appSettings: app.appSettings, listen: serve.listen, onShutdown: serve.onShutdown, defaultCypherDir: paths.defaultCypherDir,
  };
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/**
 * The server's entry point (the Docker image runs this): reads the environment, connects to NEO4J_URI,
 * listens, and closes cleanly on SIGTERM/SIGINT. `npm start` wraps it with a local Neo4j (scripts/start.ts).
 */
import { appSettings, createApp } from './app.js';
import { ConfigError, readConfig } from './config.js';
import { createDriver } from './db/driver.js';
import { vocabularyForServer } from './db/stored-vocabulary.js';
import { listen, onShutdown } from './serve.js';

async function main(): Promise<void> {
  const config = readConfig();
  const { uri, user, password, database } = config.neo4j;
  if (!uri || !password) throw new ConfigError('NEO4J_URI and NEO4J_PASSWORD must be set (or use `npm start`, which runs a local Neo4j).');
  const driver = createDriver({ uri, user, password });
  const vocabulary = await vocabularyForServer({ driver, database, log: (line) => console.log(line) });
  const app = createApp({ driver, database, vocabulary, ...appSettings(config) });
  const server = await listen(app, config);
  console.log(`Explorer: ${server.url}/   GraphQL: ${server.url}/graphql`);
  onShutdown(async () => {
    await server.close();
    await driver.close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * Restart: how long `npm start` takes to answer /ready when nothing changed since the last start (the
 * dataset in the database, the client built), over how long the local Neo4j alone takes to answer a
 * query. Both on one local instance of their own (`.neo4j/bench-start`, free ports), alternating which
 * goes first each round, so whatever else the machine does falls on both alike. A first `npm start`
 * (untimed for the ratio) loads the dataset and builds the client if need be.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startLocalNeo4j } from '../../neo4j/local.js';
import { createDriver } from '../../server/src/db/driver.js';
import { projectRoot } from '../../server/src/paths.js';
import { freePort } from '../../test/support/ports.js';
import { figure, le, type Figure } from '../results.js';
import { median } from '../stats.js';

export interface StartSizes {
  /** Restarts and Neo4j-alone starts timed, one of each a round. */
  rounds: number;
}

export const START_FIGURES = [
  ['start.restart_over_neo4j', '×', le(1.5)],
  ['start.restart_seconds', 's'],
  ['start.neo4j_seconds', 's'],
] as const;

const INSTANCE = 'bench-start';
const TIMEOUT_MS = 240_000;

export async function benchStart(options: { sizes: StartSizes; log: (line: string) => void }): Promise<Figure[]> {
  const { sizes, log } = options;
  const root = process.env.NEO4J_LOCAL_DIR ?? path.join(projectRoot, '.neo4j');
  rmSync(path.join(root, INSTANCE), { recursive: true, force: true });
  const ports = { boltPort: await freePort(), httpPort: await freePort(), appPort: await freePort() };

  const first = await npmStart(ports);
  log(`  first start (loads the dataset): ${(first.ms / 1000).toFixed(1)} s to /ready`);
  if (!/000-schema\.cypher +\d+ statements/.test(first.output)) throw new Error(`the first start did not load the dataset:\n${first.output.slice(-2000)}`);

  const restarts: number[] = [];
  const alone: number[] = [];
  for (let round = 0; round < sizes.rounds; round++) {
    const order = round % 2 === 0 ? ['restart', 'neo4j'] : ['neo4j', 'restart'];
    for (const which of order) {
      if (which === 'restart') {
        const run = await npmStart(ports);
        if (!/nothing to load/.test(run.output) || !/Client unchanged/.test(run.output)) {
          throw new Error(`a restart with nothing changed still loaded or built:\n${run.output.slice(-2000)}`);
        }
        restarts.push(run.ms);
      } else {
        alone.push(await neo4jAlone(ports));
      }
    }
    log(`  round ${round + 1}: restart ${seconds(restarts.at(-1))} s, Neo4j alone ${seconds(alone.at(-1))} s`);
  }
  const restart = median(restarts);
  const neo4j = median(alone);
  const note = `median of ${sizes.rounds}: \`npm start\` to /ready ${(restart / 1000).toFixed(1)} s with nothing changed, the same local Neo4j alone to its first answered query ${(neo4j / 1000).toFixed(1)} s`;
  return [
    figure('start.restart_over_neo4j', restart / neo4j, '×', le(1.5), note),
    figure('start.restart_seconds', restart / 1000, 's'),
    figure('start.neo4j_seconds', neo4j / 1000, 's'),
  ];
}

interface Ports {
  boltPort: number;
  httpPort: number;
  appPort: number;
}

/**
 * `npm start` as a person runs it, with nothing of this process's Neo4j settings: from the spawn to
 * /ready answering 200, then Ctrl-C (SIGINT to its process group) and the wait until it has stopped
 * the Neo4j it started.
 */
async function npmStart(ports: Ports): Promise<{ ms: number; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) =>
    !/^(NEO4J_|PORT$|HOST$|CLIENT_DIR$|CYPHER_DIR$|LOAD_ON_START$)/.test(key) || key === 'NEO4J_LOCAL_DIR'));
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: projectRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, NEO4J_LOCAL_NAME: INSTANCE, NEO4J_BOLT_PORT: String(ports.boltPort), NEO4J_HTTP_PORT: String(ports.httpPort), PORT: String(ports.appPort) },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let done = false;
  void exited.then(() => (done = true));
  try {
    for (;;) {
      if (done) throw new Error(`npm start exited before /ready:\n${output.slice(-2000)}`);
      const ok = await fetch(`http://127.0.0.1:${ports.appPort}/ready`).then((r) => r.status === 200, () => false);
      if (ok) return { ms: performance.now() - started, output };
      if (performance.now() - started > TIMEOUT_MS) throw new Error(`npm start was not ready in ${TIMEOUT_MS / 1000} s:\n${output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    if (!done && child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
    await exited;
  }
}

/** The same instance started on its own, from the launch to the first query it answers. */
async function neo4jAlone(ports: Ports): Promise<number> {
  const started = performance.now();
  const local = await startLocalNeo4j({ name: INSTANCE, boltPort: ports.boltPort, httpPort: ports.httpPort });
  const driver = createDriver(local);
  try {
    for (;;) {
      const ok = await driver.executeQuery('RETURN 1').then(() => true, () => false);
      if (ok) return performance.now() - started;
      if (performance.now() - started > TIMEOUT_MS) throw new Error('the local Neo4j did not answer');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await driver.close();
    await local.stop();
  }
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '?' : (ms / 1000).toFixed(1);
}

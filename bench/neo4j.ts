/**
 * The benchmarks' own Neo4j: a separate local instance (`.neo4j/bench`, Bolt 7751) with its own data
 * folder, so the article's dataset in the dev and test instances is never touched. Everything in that
 * folder belongs to the benchmark, which is why it may wipe the store and stop the server mid-run.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isAlive, startLocalNeo4j, stopProcess, type LocalNeo4j } from '../neo4j/local.js';
import { projectRoot } from '../server/src/paths.js';

export const BENCH_NEO4J = {
  name: 'bench',
  boltPort: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 7751),
  httpPort: Number(process.env.BENCH_NEO4J_HTTP_PORT ?? 7752),
  /** A 500k-relationship graph with its quotes wants more page cache than the dev default. */
  heapMb: Number(process.env.BENCH_NEO4J_HEAP_MB ?? 2048),
} as const;

const root = process.env.NEO4J_LOCAL_DIR ?? path.join(projectRoot, '.neo4j');
const home = path.join(root, BENCH_NEO4J.name);

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  pid(): number;
  /** Stops the server (SIGTERM, then waits for it to exit). */
  stop(): Promise<void>;
  /** Starts it again on the same data; resolves once Bolt answers. */
  start(): Promise<void>;
}

/**
 * Starts the bench instance (or takes over a running one). `fresh` first removes its database files:
 * a store that once held the graph and had it deleted loads measurably slower than a new one.
 */
export async function startBenchNeo4j(options: { fresh: boolean; log?: (line: string) => void }): Promise<BenchNeo4j> {
  const log = options.log ?? (() => {});
  if (options.fresh) {
    await stopRunning();
    for (const dir of ['databases/neo4j', 'transactions/neo4j']) rmSync(path.join(home, 'data', dir), { recursive: true, force: true });
  }
  let current: LocalNeo4j = await launch(log);
  return {
    uri: current.uri,
    user: current.user,
    password: current.password,
    pid: () => current.pid,
    stop: async () => {
      await current.stop();
      await stopRunning();
    },
    start: async () => {
      current = await launch(log);
    },
  };
}

function launch(log: (line: string) => void): Promise<LocalNeo4j> {
  return startLocalNeo4j({ ...BENCH_NEO4J, log });
}

/** Stops a bench instance left running by an earlier run (its pid is in the bench folder's state file). */
async function stopRunning(): Promise<void> {
  const stateFile = path.join(home, 'state.json');
  if (!existsSync(stateFile)) return;
  let pid: number | undefined;
  try {
    pid = (JSON.parse(readFileSync(stateFile, 'utf8')) as { pid?: number }).pid;
  } catch {
    pid = undefined;
  }
  // Only the process that really is this instance's server: a stale state file may name a reused pid.
  // A 500k-relationship store takes longer to checkpoint than the launcher's default grace.
  if (pid && isAlive(pid) && isBenchServer(pid)) await stopProcess(pid, 60_000);
  rmSync(stateFile, { force: true });
}

function isBenchServer(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--home-dir=${home}`);
  } catch {
    return process.platform !== 'linux';
  }
}

/**
 * A real Neo4j 5.26 community server on loopback, without Docker: the server's jars come from Maven
 * Central (there is no tarball there) and run with `java -cp lib/* org.neo4j.server.CommunityEntryPoint`.
 *
 * One folder per instance (`.neo4j/<name>`) holds its config, data, logs, password and a state file, so a
 * second start finds the running server instead of failing, and whoever started it is the one that stops it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { projectRoot as repoRoot } from '../server/src/paths.js';

export const NEO4J_VERSION = '5.26.30';

export interface LocalNeo4jOptions {
  /** Instance name; its files live in `<root>/<name>`. @default 'dev' */
  name?: string;
  /** Folder for the jars and every instance. @default '<repo>/.neo4j' (or NEO4J_LOCAL_DIR) */
  root?: string;
  /** @default 7687 */
  boltPort?: number;
  /** @default boltPort - 213 (7474 for 7687) */
  httpPort?: number;
  /** Used on first start only; later starts reuse the stored one. @default generated */
  password?: string;
  /** JVM heap; the page cache gets half of it. @default 1024 */
  heapMb?: number;
  /** Progress lines; errors are thrown, never printed here. @default no output */
  log?: (line: string) => void;
  /**
   * Called once Neo4j's process is launched (or a running one found), before its start is waited for:
   * a caller can do its own preparations while Neo4j boots. @default nothing
   */
  onLaunched?: () => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  httpUrl: string;
  pid: number;
  /** False when an already running instance was found and reused. */
  startedHere: boolean;
  /** Stops the server if this call started it; a reused one is left running. */
  stop(): Promise<void>;
}

/** A failure the user can act on: its message is one line that says what to do. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

interface StateFile {
  pid: number;
  boltPort: number;
  httpPort: number;
}

const BOLT_TIMEOUT_MS = 90_000;

export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const root = options.root ?? process.env.NEO4J_LOCAL_DIR ?? path.join(repoRoot, '.neo4j');
  const name = options.name ?? 'dev';
  const boltPort = options.boltPort ?? 7687;
  const httpPort = options.httpPort ?? boltPort - 213;
  const heapMb = options.heapMb ?? 1024;
  const log = options.log ?? (() => {});
  const home = path.join(root, name);
  const statePath = path.join(home, 'state.json');
  const user = 'neo4j';

  const running = readState(statePath);
  if (running && isAlive(running.pid) && (await portAnswers(running.boltPort))) {
    const password = readPassword(home, options.password);
    log(`Neo4j already running (pid ${running.pid}), reusing it`);
    options.onLaunched?.();
    return describe({ pid: running.pid, boltPort: running.boltPort, httpPort: running.httpPort, user, password, startedHere: false });
  }

  requireCommand('java', ['-version'], 'Java 17 is required to run Neo4j: install a JDK 17 (e.g. `apt-get install openjdk-17-jre-headless`) or set NEO4J_URI to use an existing Neo4j.');
  for (const port of [boltPort, httpPort]) {
    if (await portAnswers(port)) {
      throw new LocalNeo4jError(`Port ${port} on 127.0.0.1 is already in use by another program: stop it, or choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT.`);
    }
  }

  const lib = await fetchNeo4jJars({ root, log });
  for (const dir of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) mkdirSync(path.join(home, dir), { recursive: true });
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), neo4jConf({ home, boltPort, httpPort, heapMb }));

  const password = readPassword(home, options.password);
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') };
  const classpath = `${lib}${path.sep}*`;
  if (!existsSync(path.join(home, 'password-set'))) {
    const set = spawnSync('java', ['-cp', classpath, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', '--', password], { env, encoding: 'utf8' });
    if (set.status !== 0) throw new LocalNeo4jError(`Setting the initial Neo4j password failed: ${firstLine(set.stderr || set.stdout)}`);
    writeFileSync(path.join(home, 'password-set'), '');
  }

  log(`Starting Neo4j ${NEO4J_VERSION} on bolt://127.0.0.1:${boltPort} (data in ${home})`);
  const consoleLog = path.join(home, 'logs', 'console.log');
  const child = spawn('java', [
    `-Xms${Math.min(512, heapMb)}m`, `-Xmx${heapMb}m`,
    '-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8',
    // Without these the page cache falls back to a slower mode (Neo4j's own launcher passes them too).
    '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
    '-cp', classpath, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${home}`, `--config-dir=${path.join(home, 'conf')}`,
  ], { env, stdio: ['ignore', openSync(consoleLog, 'a'), openSync(consoleLog, 'a')] });
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError('Could not launch java to start Neo4j.');
  writeFileSync(statePath, JSON.stringify({ pid, boltPort, httpPort } satisfies StateFile));
  options.onLaunched?.();

  await waitForBolt(child, boltPort, home);
  log(`Neo4j is up: bolt://127.0.0.1:${boltPort}`);
  return describe({ pid, boltPort, httpPort, user, password, startedHere: true, statePath });
}

function describe(i: { pid: number; boltPort: number; httpPort: number; user: string; password: string; startedHere: boolean; statePath?: string }): LocalNeo4j {
  return {
    uri: `bolt://127.0.0.1:${i.boltPort}`,
    user: i.user,
    password: i.password,
    httpUrl: `http://127.0.0.1:${i.httpPort}`,
    pid: i.pid,
    startedHere: i.startedHere,
    stop: async () => {
      if (!i.startedHere) return;
      await stopProcess(i.pid);
      if (i.statePath) rmSync(i.statePath, { force: true });
    },
  };
}

/** Copies the server's jars from Maven Central (or ~/.m2) into `<root>/lib-<version>` once; returns that folder. */
export function fetchNeo4jJars(options: { root: string; log?: (line: string) => void }): Promise<string> {
  return fetchJars({ ...options, pom: 'pom.xml', folder: `lib-${NEO4J_VERSION}`, what: 'Neo4j', minJars: 100 });
}

/** Neo4j's official cypher-shell, the same way. */
export function fetchCypherShellJars(options: { root: string; log?: (line: string) => void }): Promise<string> {
  return fetchJars({ ...options, pom: 'cypher-shell.pom.xml', folder: `cypher-shell-${NEO4J_VERSION}`, what: 'cypher-shell', minJars: 10 });
}

async function fetchJars(o: { root: string; log?: (line: string) => void; pom: string; folder: string; what: string; minJars: number }): Promise<string> {
  const lib = path.join(o.root, o.folder);
  const done = path.join(lib, '.complete');
  if (existsSync(done)) return lib;
  requireCommand('mvn', ['-v'], `Maven is required to fetch ${o.what} from Maven Central: install it (e.g. \`apt-get install maven\`) or set NEO4J_URI to use an existing Neo4j.`);
  o.log?.(`Fetching ${o.what} ${NEO4J_VERSION} jars from Maven Central into ${lib} (once)`);
  rmSync(lib, { recursive: true, force: true });
  const result = await run('mvn', ['-q', '-B', '-f', path.join(repoRoot, 'neo4j', o.pom), 'dependency:copy-dependencies',
    `-DoutputDirectory=${lib}`, '-DincludeScope=runtime', `-Dneo4j.version=${NEO4J_VERSION}`]);
  const jars = existsSync(lib) ? readdirSync(lib).filter((f) => f.endsWith('.jar')).length : 0;
  if (result.code !== 0 || jars < o.minJars) {
    throw new LocalNeo4jError(`Fetching ${o.what} from Maven Central failed (mvn exit ${result.code}: ${mavenError(result.output)}); check the network or ~/.m2/settings.xml and try again.`);
  }
  writeFileSync(done, `${jars} jars\n`);
  return lib;
}

function neo4jConf(c: { home: string; boltPort: number; httpPort: number; heapMb: number }): string {
  return [
    '# Generated by neo4j/local.ts on every start; edit that file, not this one.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${c.boltPort}`,
    // neo4j:// routing hands out the advertised address, so it must be the real port.
    `server.bolt.advertised_address=127.0.0.1:${c.boltPort}`,
    `server.http.listen_address=127.0.0.1:${c.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${c.httpPort}`,
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${Math.min(512, c.heapMb)}m`,
    `server.memory.heap.max_size=${c.heapMb}m`,
    `server.memory.pagecache.size=${Math.max(128, Math.floor(c.heapMb / 2))}m`,
    'dbms.usage_report.enabled=false',
    'db.transaction.timeout=60s',
    `server.directories.data=${path.join(c.home, 'data')}`,
    `server.directories.logs=${path.join(c.home, 'logs')}`,
    `server.directories.run=${path.join(c.home, 'run')}`,
    `server.directories.import=${path.join(c.home, 'import')}`,
    `server.directories.plugins=${path.join(c.home, 'plugins')}`,
    '',
  ].join('\n');
}

/** The stored password wins: Neo4j only takes an initial password before its first start. */
function readPassword(home: string, given: string | undefined): string {
  const file = path.join(home, 'password');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (given && given !== stored) {
      throw new LocalNeo4jError(`NEO4J_PASSWORD differs from the password this local Neo4j was created with (kept in ${file}): unset it, or delete ${home} to start afresh.`);
    }
    return stored;
  }
  // Hex: nothing a shell or an option parser reads specially (base64url may begin with '-').
  const password = given ?? randomBytes(12).toString('hex');
  if (password.length < 8) throw new LocalNeo4jError('NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones).');
  mkdirSync(home, { recursive: true });
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function readState(file: string): StateFile | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StateFile;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitForBolt(child: ChildProcess, port: number, home: string): Promise<void> {
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const deadline = Date.now() + BOLT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new LocalNeo4jError(`Neo4j exited (code ${exited}) before Bolt answered: ${lastLine(tail(path.join(home, 'logs', 'console.log')) || tail(path.join(home, 'logs', 'neo4j.log')))} (logs in ${path.join(home, 'logs')}).`);
    }
    if (await portAnswers(port)) return;
    await sleep(250);
  }
  await stopProcess(child.pid ?? 0);
  throw new LocalNeo4jError(`Neo4j did not answer on Bolt port ${port} within ${BOLT_TIMEOUT_MS / 1000}s; see ${path.join(home, 'logs')}.`);
}

/** SIGTERM, then up to `graceMs` for Neo4j to exit before SIGKILL. */
export async function stopProcess(pid: number, graceMs = 30_000): Promise<void> {
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  // Neo4j checkpoints on SIGTERM; a killed server would replay its logs on the next start.
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function requireCommand(cmd: string, args: string[], message: string): void {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) throw new LocalNeo4jError(message);
}

function run(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', (e) => resolve({ code: -1, output: e.message }));
    child.once('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-4000);
  } catch {
    return '';
  }
}

/** Maven's first [ERROR] line says what went wrong; the ones after it are links to its wiki. */
function mavenError(output: string): string {
  // eslint-disable-next-line no-control-regex -- Maven colours its output even with -B on some terminals
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim());
  const error = lines.find((l) => l.startsWith('[ERROR]') && l.length > '[ERROR] '.length);
  return (error ?? lastLine(output)).replace(/^\[ERROR\]\s*/, '').slice(0, 300);
}

function lastLine(text: string): string {
  return lines(text).at(-1) ?? 'no output';
}

/** For tools that print the error first and their usage after it. */
function firstLine(text: string): string {
  return lines(text)[0] ?? 'no output';
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The image, built and run without Docker: every Dockerfile stage is replayed in a temp folder — COPY from
 * the build context as .dockerignore leaves it, RUN lines executed as written, ENV/WORKDIR honoured — with
 * one stand-in: `npm ci` links the checkout's node_modules (build stage) or copies only the lockfile's
 * production packages (runtime stage). Then the image's CMD runs against the real test Neo4j, as do the
 * app's healthcheck and the `load` service's command with its bind mount. So the image's entry points are
 * known to work on exactly the files and dependencies the image would hold.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../server/src/loader/load.js';
import { testDatabase, testDriver, testNeo4j } from '../support/neo4j.js';
import { freePort } from '../support/ports.js';
import {
  commandArgv, dockerignore, environmentOf, envPairs, execForm, interpolate, readCompose, readDockerfile,
  readText, root, type Instruction, type Stage,
} from './docker-files.js';

const run = promisify(execFile);
const dockerfile = readDockerfile();
const compose = readCompose();
const ignored = dockerignore(readText('.dockerignore'));
const temp = mkdtempSync(path.join(tmpdir(), 'kg-image-'));

interface BuiltStage {
  /** The stage's filesystem: container path `/x` is `<fsRoot>/x`. */
  fsRoot: string;
  workdir: string;
  env: Record<string, string>;
  cmd: string[] | undefined;
}

/** What a Docker build starts from: no NODE_ENV, no npm_config_* or VITEST_* of the test process. */
function cleanEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? temp };
}

async function buildStage(stage: Stage, index: number, built: Map<string, BuiltStage>): Promise<BuiltStage> {
  const s: BuiltStage = { fsRoot: path.join(temp, `stage-${index}`), workdir: '/', env: {}, cmd: undefined };
  mkdirSync(s.fsRoot, { recursive: true });
  const inContainer = (p: string) => path.join(s.fsRoot, path.posix.resolve(s.workdir, p));
  for (const ins of stage.instructions) {
    switch (ins.keyword) {
      case 'WORKDIR':
        s.workdir = path.posix.resolve(s.workdir, ins.args);
        mkdirSync(inContainer('.'), { recursive: true });
        break;
      case 'ENV':
        for (const [k, v] of envPairs(ins.args)) s.env[k] = v;
        break;
      case 'COPY':
        copy(ins, s, built);
        break;
      case 'RUN':
        await runLine(ins, inContainer('.'), { ...cleanEnv(), ...s.env });
        break;
      case 'CMD':
        s.cmd = execForm(ins.args);
        break;
      case 'USER': case 'EXPOSE': case 'LABEL': case 'HEALTHCHECK': case 'ARG': case 'STOPSIGNAL':
        break;
      default:
        throw new Error(`Dockerfile line ${ins.line}: ${ins.keyword} is not replayed by this test yet; teach buildStage() about it`);
    }
  }
  if (stage.name) built.set(stage.name, s);
  return s;
}

/** COPY [--from=stage] src... dest: a folder's contents go into dest, files into dest/ or onto dest. */
function copy(ins: Instruction, s: BuiltStage, built: Map<string, BuiltStage>): void {
  const words = ins.args.split(' ');
  const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
  const [dest = '', ...sources] = words.filter((w) => !w.startsWith('--')).reverse();
  sources.reverse();
  const source = from === undefined ? undefined : built.get(from);
  if (from !== undefined && !source) throw new Error(`Dockerfile line ${ins.line}: no earlier stage "${from}"`);
  const destination = path.join(s.fsRoot, path.posix.resolve(s.workdir, dest));
  for (const src of sources) {
    if (/[*?[]/.test(src)) throw new Error(`Dockerfile line ${ins.line}: wildcards are not replayed by this test`);
    let abs: string;
    let filter: ((p: string) => boolean) | undefined;
    if (source) {
      abs = path.join(source.fsRoot, path.posix.resolve(source.workdir, src));
    } else {
      const relative = path.posix.normalize(src).replace(/^\/+/, '');
      if (relative !== '.' && ignored(relative)) throw new Error(`Dockerfile line ${ins.line}: ${src} is excluded by .dockerignore`);
      abs = path.join(root, relative);
      filter = (p) => p === root || !ignored(path.relative(root, p).split(path.sep).join('/'));
    }
    if (!existsSync(abs)) throw new Error(`Dockerfile line ${ins.line}: ${src} not found${source ? ` in stage ${from}` : ' in the build context'}`);
    const into = statSync(abs).isFile() && (dest.endsWith('/') || sources.length > 1) ? path.join(destination, path.basename(abs)) : destination;
    mkdirSync(statSync(abs).isFile() ? path.dirname(into) : into, { recursive: true });
    cpSync(abs, into, { recursive: true, ...(filter ? { filter } : {}) });
  }
}

/** A RUN line, command by command (`&&`); npm ci and npm cache are stood in for, the rest runs in sh. */
async function runLine(ins: Instruction, cwd: string, env: Record<string, string>): Promise<void> {
  for (const command of ins.args.split(' && ').map((c) => c.trim())) {
    if (/^npm ci\b/.test(command)) {
      if (/--omit[= ]dev\b/.test(command)) installProduction(cwd);
      else symlinkSync(path.join(root, 'node_modules'), path.join(cwd, 'node_modules'), 'dir');
    } else if (/^npm cache clean\b/.test(command)) {
      // would empty the real npm cache of this machine
    } else {
      const result = await run('sh', ['-c', command], { cwd, env, maxBuffer: 64 * 1024 * 1024 })
        .catch((e: { code?: number; stdout?: string; stderr?: string }) => e);
      if ('code' in result && result.code) {
        throw new Error(`Dockerfile line ${ins.line}: \`${command}\` exited ${result.code}\n${result.stdout ?? ''}\n${result.stderr ?? ''}`);
      }
    }
  }
}

/** `npm ci --omit=dev`, offline: the lockfile's non-dev packages, copied from the checkout's node_modules. */
function installProduction(cwd: string): void {
  const lock = JSON.parse(readFileSync(path.join(cwd, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; optional?: boolean }>;
  };
  const ours = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as typeof lock;
  expect(lock.packages, 'the image installs the lockfile this checkout installed').toEqual(ours.packages);
  for (const [key, entry] of Object.entries(lock.packages)) {
    // Top-level packages only: nested ones come along inside their parent's folder.
    if (!key.startsWith('node_modules/') || key.lastIndexOf('node_modules/') !== 0 || entry.dev) continue;
    const from = path.join(root, key);
    if (!existsSync(from)) {
      if (entry.optional) continue; // another platform's binary
      throw new Error(`${key} is in package-lock.json but not installed: run npm ci`);
    }
    cpSync(from, path.join(cwd, key), { recursive: true });
  }
}

function service(name: string) {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/** A compose service's environment with the test Neo4j in place of the `neo4j` service. */
function serviceEnv(name: string): Record<string, string> {
  const { uri, user, password, database } = testNeo4j();
  const values = Object.fromEntries(Object.entries(environmentOf(service(name))).map(([k, v]) => [k, interpolate(v, { NEO4J_PASSWORD: password })]));
  expect(values.NEO4J_URI, `${name} reaches the neo4j service`).toBe('bolt://neo4j:7687');
  return { ...values, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...(database ? { NEO4J_DATABASE: database } : {}) };
}

let runtime: BuiltStage;
let server: ChildProcess | undefined;
let serverOutput = '';
let url = '';
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  const built = new Map<string, BuiltStage>();
  let last: BuiltStage | undefined;
  for (const [i, stage] of dockerfile.stages.entries()) last = await buildStage(stage, i, built);
  if (!last) throw new Error('Dockerfile has no stage');
  runtime = last;
}, 600_000);

afterAll(async () => {
  server?.kill('SIGKILL');
  await driver?.close();
  rmSync(temp, { recursive: true, force: true });
});

function workdir(): string {
  return path.join(runtime.fsRoot, runtime.workdir);
}

describe('the image, replayed from the Dockerfile', () => {
  it('holds the built client, the compiled server and loader, and production dependencies only', () => {
    expect(existsSync(path.join(workdir(), 'dist', 'client', 'index.html'))).toBe(true);
    expect(existsSync(path.join(workdir(), 'cypher', 'vocabulary.json'))).toBe(true);
    expect(existsSync(path.join(workdir(), 'node_modules', 'graphql-yoga'))).toBe(true);
    for (const dev of ['vite', 'typescript', 'vitest', 'tsx']) expect(existsSync(path.join(workdir(), 'node_modules', dev)), dev).toBe(false);
    expect(existsSync(path.join(workdir(), 'server')), 'no TypeScript sources').toBe(false);
    for (const command of [runtime.cmd ?? [], commandArgv(service('load').command ?? [])]) {
      expect(existsSync(path.join(workdir(), command[1] ?? '')), command.join(' ')).toBe(true);
    }
  });

  it('its CMD serves /ready, GraphQL and the client against the real Neo4j', { timeout: 60_000 }, async () => {
    const cmd = runtime.cmd;
    if (!cmd?.[0]) throw new Error('the final stage has no CMD in exec form');
    expect(service('app').command, 'compose runs the image CMD').toBeUndefined();
    // Loopback and a free port instead of the container's 0.0.0.0:4000.
    const port = await freePort();
    const env = { ...cleanEnv(), ...runtime.env, ...serviceEnv('app'), HOST: '127.0.0.1', PORT: String(port) };
    const child = spawn(cmd[0], cmd.slice(1), { cwd: workdir(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    server = child;
    child.stdout.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before listening:\n${serverOutput}`);
      if (Date.now() > deadline) throw new Error(`the server did not answer /health within 30 s:\n${serverOutput}`);
      if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    url = `http://127.0.0.1:${port}`;

    const ready = await fetch(`${url}/ready`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready' } });
    const graphql = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      // stats runs Cypher through the compiled gateway, on the schema read from the image's .graphql files.
      body: JSON.stringify({ query: '{ __typename stats { nodes } }' }),
    });
    expect({ status: graphql.status, body: await graphql.json() }).toEqual({
      status: 200, body: { data: { __typename: 'Query', stats: { nodes: expect.any(Number) } } },
    });
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it("the app's compose healthcheck passes against it, and fails where nothing answers", { timeout: 30_000 }, async () => {
    expect(url, 'the server test above started it').not.toBe('');
    const [kind, ...argv] = commandArgv(service('app').healthcheck?.test ?? []);
    expect(kind).toBe('CMD');
    const check = (port: string) => run(argv[0] ?? '', argv.slice(1), { cwd: workdir(), env: { ...cleanEnv(), ...runtime.env, PORT: port } })
      .then(() => 0, (e: { code?: number }) => e.code ?? 1);
    expect(await check(new URL(url).port)).toBe(0);
    expect(await check('1')).not.toBe(0);
  });

  it('stops cleanly on SIGTERM (docker stop)', { timeout: 30_000 }, async () => {
    if (!server || server.exitCode !== null) throw new Error('the server test above did not start it');
    const exited = new Promise<number | null>((resolve) => server?.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    server = undefined;
  });

  it("the load service's command, with its bind mount, loads the same cypher/ and changes nothing", { timeout: 120_000 }, async () => {
    const load = service('load');
    const mount = (load.volumes ?? []).find((v) => typeof v === 'object' && v.type === 'bind');
    if (typeof mount !== 'object') throw new Error('load has no bind mount');
    const target = path.join(runtime.fsRoot, mount.target);
    const hidden = `${target}.image`;
    const before = await countGraph(driver, testDatabase());
    const inImage = existsSync(target);
    if (inImage) renameSync(target, hidden);
    symlinkSync(path.resolve(root, interpolate(mount.source ?? '', {})), target, 'dir');
    try {
      const [command = '', ...args] = commandArgv(load.command ?? []);
      const env = { ...cleanEnv(), ...runtime.env, ...serviceEnv('load') };
      const result = await run(command, args, { cwd: workdir(), env })
        .then((r) => ({ code: 0, ...r }), (e: { code?: number; stdout?: string; stderr?: string }) => ({ stdout: '', stderr: '', ...e }));
      expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
      expect(result.stdout).toContain(`Loading ${target}`);
    } finally {
      rmSync(target);
      if (inImage) renameSync(hidden, target);
    }
    expect(await countGraph(driver, testDatabase())).toEqual(before);
  });
});

/**
 * docker-compose.yml, the Dockerfile, .env.example and .dockerignore, checked without a Docker engine:
 * the Compose specification's schema (dclint), then what the stack promises — health-gated start-up,
 * no default password, the same loader over the same cypher/ as `npm run load`, pinned images, loopback
 * ports — and the Neo4j healthcheck's own command run against the real test Neo4j.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { fetchCypherShellJars, fetchNeo4jJars, NEO4J_VERSION } from '../../neo4j/local.js';
import { defaultCypherDir } from '../../server/src/paths.js';
import { testNeo4j } from '../support/neo4j.js';
import {
  commandArgv, dockerignore, environmentOf, execForm, finalStage, interpolate, interpolatedNames,
  InterpolationError, readCompose, readDockerfile, readText, root, stageSettings, type ComposeService,
} from './docker-files.js';

const run = promisify(execFile);
const compose = readCompose();
const services = compose.services;
const dockerfile = readDockerfile();
const runtime = finalStage(dockerfile);
const image = stageSettings(runtime);
const packageJson = JSON.parse(readText('package.json')) as { scripts: Record<string, string> };
/** A password for interpolation only; the checks below make sure no such literal is ever in a file. */
const env = { NEO4J_PASSWORD: 'interpolation-only' };
const temp = mkdtempSync(path.join(tmpdir(), 'kg-compose-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function service(name: string): ComposeService {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

async function dclint(file: string): Promise<{ rule: string; type: string; message: string; line: number }[]> {
  const bin = path.join(root, 'node_modules', '.bin', 'dclint');
  // Exit code 1 means errors were found; the JSON report is on stdout either way.
  const { stdout } = await run(bin, [file, '--formatter', 'json'], { cwd: root })
    .catch((e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout || '[]', stderr: e.stderr }));
  const [report] = JSON.parse(stdout) as { messages: { rule: string; type: string; message: string; line: number }[] }[];
  return report?.messages ?? [];
}

/** The JS file tsconfig.build.json emits for a source file, relative to the project root. */
function compiled(source: string): string {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.build.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.build.json could not be read');
  const file = path.join(root, source);
  expect(parsed.fileNames, `tsconfig.build.json compiles ${source}`).toContain(file);
  const js = ts.getOutputFileNames(parsed, file, false).find((f) => f.endsWith('.js'));
  if (!js) throw new Error(`tsconfig.build.json emits no JS for ${source}`);
  return path.relative(root, js).split(path.sep).join('/');
}

/** `tsx server/src/loader/cli.ts` -> `server/src/loader/cli.ts` */
function scriptEntry(script: string): string {
  const command = packageJson.scripts[script];
  const entry = command?.split(/\s+/).find((word) => word.endsWith('.ts'));
  if (!entry) throw new Error(`npm script "${script}" runs no .ts entry: ${command}`);
  return entry;
}

function seconds(duration: string | undefined): number {
  let total = 0;
  for (const [, n, unit] of (duration ?? '').matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    total += Number(n) * ({ ms: 0.001, s: 1, m: 60, h: 3600 }[unit as 'ms' | 's' | 'm' | 'h']);
  }
  return total;
}

/** Every string in the compose file, with its YAML path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

describe('docker-compose.yml against the Compose specification (dclint)', () => {
  it('validates, with no rule of .dclintrc broken', async () => {
    expect(await dclint('docker-compose.yml')).toEqual([]);
  });

  it('the validator does reject what the specification does not allow', async () => {
    const broken = readText('docker-compose.yml').replace('condition: service_healthy', 'condition: service_ready');
    const file = path.join(temp, 'docker-compose.yml');
    writeFileSync(file, broken);
    expect((await dclint(file)).map((m) => m.rule)).toContain('invalid-schema');
  });
});

describe('the stack', () => {
  it('has neo4j, a one-shot load and the app', () => {
    expect(Object.keys(services).sort()).toEqual(['app', 'load', 'neo4j']);
    expect(compose.name).toBeTruthy();
  });

  it('starts in order: Neo4j healthy -> load completed -> app, and only on those conditions', () => {
    expect(service('load').depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(service('app').depends_on).toEqual({
      load: { condition: 'service_completed_successfully' },
      neo4j: { condition: 'service_healthy' },
    });
    for (const [name, s] of Object.entries(services)) {
      if (!s.depends_on) continue;
      expect(Array.isArray(s.depends_on), `${name}: depends_on needs conditions, not a bare list`).toBe(false);
      for (const [target, { condition }] of Object.entries(s.depends_on as Record<string, { condition?: string }>)) {
        expect(['service_healthy', 'service_completed_successfully'], `${name} -> ${target}`).toContain(condition);
        if (condition === 'service_healthy') expect(service(target).healthcheck?.test, `${target} has a healthcheck`).toBeDefined();
        if (condition === 'service_completed_successfully') expect(service(target).restart, `${target} is one-shot`).toBe('no');
      }
    }
  });

  it('every long-running service has a healthcheck', () => {
    const longRunning = Object.entries(services).filter(([, s]) => s.restart !== 'no');
    expect(longRunning.map(([name]) => name).sort()).toEqual(['app', 'neo4j']);
    for (const [name, s] of longRunning) {
      const test = s.healthcheck?.test;
      expect(s.healthcheck?.disable, name).not.toBe(true);
      expect(Array.isArray(test) ? test[0] : undefined, `${name}: healthcheck test in list form`).toMatch(/^CMD(-SHELL)?$/);
      expect(s.restart, name).toBe('unless-stopped');
    }
  });

  it("Neo4j's healthcheck runs a query over Bolt and allows a first boot its time", () => {
    const check = service('neo4j').healthcheck;
    const command = commandArgv(check?.test ?? []).join(' ');
    expect(command).toContain('cypher-shell');
    expect(command).toMatch(/bolt:\/\/localhost:7687/);
    expect(command).toContain('RETURN 1');
    expect(seconds(check?.start_period)).toBeGreaterThanOrEqual(60);
    expect(seconds(check?.timeout)).toBeGreaterThanOrEqual(10);
  });

  it("the app's healthcheck asks /ready, without curl (slim image)", () => {
    const argv = commandArgv(service('app').healthcheck?.test ?? []);
    expect(argv.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    expect(argv[3]).toContain('/ready');
  });

  it('keeps the graph in named volumes', () => {
    const volumes = service('neo4j').volumes ?? [];
    expect(volumes).toEqual(expect.arrayContaining([expect.stringMatching(/^[\w-]+:\/data$/), expect.stringMatching(/^[\w-]+:\/logs$/)]));
    for (const v of volumes) expect(Object.keys(compose.volumes ?? {})).toContain(String(v).split(':')[0]);
  });

  it('publishes every port on 127.0.0.1 unless BIND_ADDRESS says otherwise', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const port of s.ports ?? []) {
        expect(typeof port, `${name}: long port syntax, so the interface is explicit`).toBe('object');
        const hostIp = typeof port === 'object' ? port.host_ip ?? '' : '';
        expect(interpolate(hostIp, {}), name).toBe('127.0.0.1');
        expect(interpolate(hostIp, { BIND_ADDRESS: '0.0.0.0' }), name).toBe('0.0.0.0');
      }
    }
    expect(service('load').ports).toBeUndefined();
  });
});

describe('no default password', () => {
  const text = readText('docker-compose.yml');

  it('Compose refuses to start without NEO4J_PASSWORD, and every use of it says so', () => {
    const values = strings(compose);
    expect(() => values.forEach(([, v]) => interpolate(v, {}))).toThrow(InterpolationError);
    expect(() => values.forEach(([, v]) => interpolate(v, {}))).toThrow(/NEO4J_PASSWORD/);
    expect(() => values.forEach(([, v]) => interpolate(v, env))).not.toThrow();
    const uses = [...text.matchAll(/\$\{NEO4J_PASSWORD([^}]*)\}/g)];
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const use of uses) expect(use[1]).toMatch(/^:\?\S/);
    expect(text).not.toMatch(/\$NEO4J_PASSWORD\b/);
  });

  it("Neo4j's auth and every password setting come from that variable only", () => {
    expect(environmentOf(service('neo4j')).NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    for (const [where, value] of strings(compose)) {
      if (/PASSWORD|_AUTH$/i.test(where)) expect(value, where).toMatch(/^(neo4j\/)?\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    }
    // The healthcheck's -p reads it back from the container's NEO4J_AUTH.
    expect(commandArgv(service('neo4j').healthcheck?.test ?? []).join(' ')).toMatch(/-p "\$\$\{NEO4J_AUTH#neo4j\/\}"/);
  });

  it('no literal password in the Dockerfile or .env.example', () => {
    for (const ins of dockerfile.stages.flatMap((s) => s.instructions)) {
      if (ins.keyword === 'ENV' || ins.keyword === 'ARG') expect(ins.args, `Dockerfile line ${ins.line}`).not.toMatch(/PASSWORD|AUTH/i);
    }
    const assignments = readText('.env.example').split('\n').filter((l) => /^\s*#?\s*[A-Z_][A-Z0-9_]*=/.test(l));
    expect(assignments).toContain('NEO4J_PASSWORD=');
    for (const line of assignments) if (/PASSWORD|AUTH/.test(line)) expect(line.replace(/^#\s*/, '')).toMatch(/^[A-Z0-9_]+=$/);
  });
});

describe('the load service', () => {
  it('runs the compiled `npm run load` entry on the mounted folder, from the same image as the app', () => {
    const mount = (service('load').volumes ?? []).find((v) => typeof v === 'object' && v.type === 'bind');
    if (typeof mount !== 'object') throw new Error('load has no bind mount');
    const [node, entry, flag, dir = ''] = commandArgv(service('load').command ?? []);
    expect([node, entry, flag]).toEqual(['node', compiled(scriptEntry('load')), '--dir']);
    // Relative to the image's WORKDIR, where the command runs.
    expect(path.posix.resolve(image.workdir, dir)).toBe(mount.target);
    expect(service('load').image).toBe(service('app').image);
    expect(service('load').build).toEqual(service('app').build);
  });

  it('mounts the same cypher/ folder `npm start` loads, read-only, beside the image\'s own cypher/', () => {
    const mount = (service('load').volumes ?? []).find((v) => typeof v === 'object' && v.type === 'bind');
    if (typeof mount !== 'object') throw new Error('load has no bind mount');
    expect(path.resolve(root, interpolate(mount.source ?? '', {}))).toBe(defaultCypherDir);
    expect(interpolate(mount.source ?? '', { CYPHER_DIR_HOST: '/srv/mine' })).toBe('/srv/mine');
    // Not over the image's cypher/ (WORKDIR/cypher): its vocabulary.json is the base a folder's own adds to,
    // and the app reads it from the image.
    expect(mount.target).not.toBe(path.posix.join(image.workdir, path.relative(root, defaultCypherDir)));
    expect(path.posix.isAbsolute(mount.target)).toBe(true);
    expect(mount.read_only).toBe(true);
    expect(environmentOf(service('load')).CYPHER_DIR).toBeUndefined();
  });

  it('talks to the neo4j service with the same password', () => {
    const load = environmentOf(service('load'));
    expect(load.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(interpolate(load.NEO4J_PASSWORD ?? '', env)).toBe(env.NEO4J_PASSWORD);
    expect(interpolate(environmentOf(service('neo4j')).NEO4J_AUTH ?? '', env)).toBe(`neo4j/${env.NEO4J_PASSWORD}`);
  });
});

describe('the app service', () => {
  const effective = { ...image.env, ...environmentOf(service('app')) };

  it("runs the image's CMD: the compiled `npm run serve` entry", () => {
    const cmd = runtime.instructions.filter((i) => i.keyword === 'CMD').at(-1);
    expect(execForm(cmd?.args ?? '')).toEqual(['node', compiled(scriptEntry('serve'))]);
    expect(service('app').command).toBeUndefined();
  });

  it('listens on all interfaces inside the container, on the published target port, and reaches neo4j', () => {
    expect(effective.HOST).toBe('0.0.0.0');
    expect(effective.NEO4J_URI).toBe('bolt://neo4j:7687');
    const [port] = service('app').ports ?? [];
    expect(typeof port === 'object' ? String(port.target) : undefined).toBe(effective.PORT);
    expect(interpolate(typeof port === 'object' ? String(port.published) : '', {})).toBe('4000');
  });
});

describe('pinned images', () => {
  it('neo4j is the same release as the local runner', () => {
    expect(service('neo4j').image).toBe(`neo4j:${NEO4J_VERSION}-community`);
  });

  it('every image has an explicit tag; locally built ones are never pulled', () => {
    for (const [name, s] of Object.entries(services)) {
      const tag = /^[^:/]+(?:\/[^:]+)*:([\w.-]+)$/.exec(s.image ?? '')?.[1];
      expect(tag, `${name}: ${s.image}`).toBeDefined();
      expect(['latest', 'stable', 'lts', 'current'], name).not.toContain(tag);
      if (s.build) expect(s.pull_policy, name).toBe('build');
      else expect(tag, name).toMatch(/^\d+\.\d+\.\d+/);
    }
  });

  it("the Dockerfile's base image is an exact official Node release, the line and minor the project is tested on", () => {
    const [major, minor] = readText('.nvmrc').trim().split('.').map(Number);
    for (const stage of dockerfile.stages) {
      // An exact release on a named Debian: neither the Node patch nor the Debian release moves under the tag.
      const m = /^node:(\d+)\.(\d+)\.(\d+)-(trixie|bookworm)-slim$/.exec(stage.image);
      expect(m, stage.image).not.toBeNull();
      expect([Number(m?.[1]), Number(m?.[2])], `${stage.image} against .nvmrc`).toEqual([major, minor]);
    }
  });
});

describe('the Dockerfile', () => {
  const runs = (stage = runtime) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);

  it('is multi-stage: builds in one stage, runs from another', () => {
    expect(dockerfile.stages.length).toBeGreaterThanOrEqual(2);
    const build = dockerfile.stages.find((s) => runs(s).some((r) => /npm run build\b/.test(r)));
    expect(build).toBeDefined();
    expect(build).not.toBe(runtime);
    expect(runtime.instructions.some((i) => i.keyword === 'COPY' && i.args.startsWith(`--from=${build?.name}`))).toBe(true);
  });

  it('runs as a non-root user', () => {
    expect(image.user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(image.user);
  });

  it('installs production dependencies only, and no sources, in the final stage', () => {
    const installs = runs().flatMap((r) => r.split('&&').map((c) => c.trim())).filter((c) => /^npm (ci|install|i)\b/.test(c));
    expect(installs.length).toBeGreaterThan(0);
    for (const c of installs) expect(c).toMatch(/^npm ci\b.*--omit=dev/);
    const copies = runtime.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    expect(copies).not.toContainEqual(expect.stringMatching(/^\.\s/));
    expect(copies).toContain('cypher ./cypher');
    expect(copies).toContainEqual(expect.stringMatching(/^package\.json package-lock\.json \.\/?$/));
  });

  it('every npm script it runs exists', () => {
    for (const r of dockerfile.stages.flatMap((s) => runs(s))) {
      for (const [, script] of r.matchAll(/npm run (\S+)/g)) {
        expect(Object.keys(packageJson.scripts), `Dockerfile runs \`npm run ${script}\``).toContain(script);
      }
    }
  });

  it('the app has a healthcheck (compose or HEALTHCHECK)', () => {
    const inImage = runtime.instructions.some((i) => i.keyword === 'HEALTHCHECK' && i.args !== 'NONE');
    expect(inImage || service('app').healthcheck?.test !== undefined).toBe(true);
  });
});

describe('.env.example', () => {
  const text = readText('.env.example');
  const documented = new Set([...text.matchAll(/^#?\s*([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1] as string));

  it('documents every setting docker-compose.yml reads, and only those', () => {
    const used = interpolatedNames(strings(compose).map(([, v]) => v).join('\n'));
    expect([...documented].sort()).toEqual([...used].sort());
  });

  it('each setting comes after its explanation', () => {
    const lines = text.split('\n');
    const assignment = /^#?\s*[A-Z_][A-Z0-9_]*=/;
    for (const name of documented) {
      let at = lines.findIndex((l) => new RegExp(`^#?\\s*${name}=`).test(l)) - 1;
      while (at >= 0 && assignment.test(lines[at] ?? '')) at--;
      expect(lines[at], name).toMatch(/^#\s+\S/);
    }
  });
});

describe('.dockerignore', () => {
  const ignored = dockerignore(readText('.dockerignore'));

  it('keeps dependencies, build output, local data, secrets and history out of the build context', () => {
    for (const p of ['node_modules', 'node_modules/yaml/package.json', 'client/node_modules/x', 'dist', 'dist/client/index.html',
      '.neo4j', '.neo4j/dev/data/x', '.node', '.node/26.12.1/node_modules/x', 'test-results', '.git', '.git/HEAD', '.env']) {
      expect(ignored(p), p).toBe(true);
    }
  });

  it('keeps everything the build needs', () => {
    for (const p of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'client/vite.config.ts',
      'client/src/main.ts', 'server/src/main.ts', 'server/src/schema/query.graphql', 'neo4j/target.ts', 'cypher/vocabulary.json',
      'cypher/000-schema.cypher']) {
      expect(ignored(p), p).toBe(false);
    }
  });
});

describe("Neo4j's healthcheck command, run against the real test Neo4j", () => {
  const { uri, user } = testNeo4j();
  const applicable = user === 'neo4j' && uri.startsWith('bolt://');

  /** The check as the container runs it: Compose-interpolated, in sh, cypher-shell on PATH. */
  async function healthcheck(password: string): Promise<{ code: number; ms: number }> {
    const lib = await fetchCypherShellJars({ root: process.env.NEO4J_LOCAL_DIR ?? path.join(root, '.neo4j') });
    const bin = path.join(temp, 'bin');
    const shim = path.join(bin, 'cypher-shell');
    await run('mkdir', ['-p', bin]);
    writeFileSync(shim, `#!/bin/sh\nexec java -cp '${lib}${path.sep}*' org.neo4j.shell.Main "$@"\n`);
    chmodSync(shim, 0o755);
    const [kind, script = ''] = commandArgv(service('neo4j').healthcheck?.test ?? []);
    expect(kind).toBe('CMD-SHELL');
    // The only change: the test server's address for the container's own localhost:7687.
    const command = interpolate(script, env).replace('bolt://localhost:7687', uri);
    const auth = interpolate(environmentOf(service('neo4j')).NEO4J_AUTH ?? '', { NEO4J_PASSWORD: password });
    const started = Date.now();
    const code = await run('sh', ['-c', command], { env: { PATH: `${bin}:${process.env.PATH ?? ''}`, NEO4J_AUTH: auth } })
      .then(() => 0, (e: { code?: number }) => e.code ?? 1);
    return { code, ms: Date.now() - started };
  }

  it.skipIf(!applicable)('passes with the right password, within its timeout', { timeout: 180_000 }, async () => {
    const { code, ms } = await healthcheck(testNeo4j().password);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(seconds(service('neo4j').healthcheck?.timeout) * 1000);
  });

  it.skipIf(!applicable)('fails with a wrong one: it really logs in and queries', { timeout: 60_000 }, async () => {
    expect((await healthcheck(`${testNeo4j().password}-wrong`)).code).not.toBe(0);
  });
});

describe("the neo4j service's settings", () => {
  /** The image's entrypoint turns NEO4J_a_b__c into the setting a.b_c; these few variables are its own. */
  const ownVariables = new Set(['NEO4J_AUTH', 'NEO4J_ACCEPT_LICENSE_AGREEMENT', 'NEO4J_PLUGINS', 'NEO4J_DEBUG', 'NEO4J_EDITION', 'NEO4J_HOME']);

  async function validate(lines: string[]): Promise<{ code: number; output: string }> {
    const lib = await fetchNeo4jJars({ root: process.env.NEO4J_LOCAL_DIR ?? path.join(root, '.neo4j') });
    const home = mkdtempSync(path.join(temp, 'neo4j-home-'));
    mkdirSync(path.join(home, 'conf'));
    writeFileSync(path.join(home, 'conf', 'neo4j.conf'), `${lines.join('\n')}\n`);
    return run('java', ['-cp', `${lib}${path.sep}*`, 'org.neo4j.server.startup.Neo4jAdminCommand', 'server', 'validate-config'], {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    }).then((r) => ({ code: 0, output: r.stdout + r.stderr }), (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}`,
    }));
  }

  const settings = Object.entries(environmentOf(service('neo4j')))
    .filter(([name]) => name.startsWith('NEO4J_') && !ownVariables.has(name))
    .map(([name, value]) => `${name.slice('NEO4J_'.length).replaceAll('_', '.').replaceAll('..', '_')}=${interpolate(value, {})}`);

  it(`are all settings of Neo4j ${NEO4J_VERSION}, with valid values (neo4j-admin server validate-config)`, { timeout: 180_000 }, async () => {
    expect(settings).toContain('server.memory.heap.max_size=1024m');
    const result = await validate(settings);
    expect(result, result.output).toMatchObject({ code: 0, output: expect.stringContaining('Configuration file validation successful') });
  });

  it('the validation does reject an unknown setting', { timeout: 60_000 }, async () => {
    const result = await validate([...settings, 'server.memory.heap.max.size=1g']);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Unrecognized setting');
  });
});

/**
 * The project's own Neo4j launcher, on an instance of its own (ports 7741/7742), so the database the
 * other tests use is never touched.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalNeo4jError, portAnswers, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local.js';
import { createDriver } from '../../server/src/db/driver.js';
import { projectRoot } from '../../server/src/paths.js';
import { runTs } from '../support/process.js';

const run = promisify(execFile);
const options = { name: 'launcher-test', boltPort: 7741, httpPort: 7742 };
const started: LocalNeo4j[] = [];

afterAll(async () => {
  for (const instance of started) await instance.stop();
});

describe('the local Neo4j launcher', () => {
  it('starts a real server, a second start reuses it, stop stops it', { timeout: 180_000 }, async () => {
    // A fresh instance each run, with a password an option parser could take for an option.
    rmSync(path.join(process.env.NEO4J_LOCAL_DIR ?? path.join(projectRoot, '.neo4j'), options.name), { recursive: true, force: true });
    const first = await startLocalNeo4j({ ...options, password: '-looks-like-an-option' });
    started.push(first);
    expect(first.startedHere).toBe(true);
    expect(first.uri).toBe('bolt://127.0.0.1:7741');
    expect(first.password).toBe('-looks-like-an-option');

    const driver = createDriver(first);
    try {
      const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition');
      expect(records[0]?.get('version')).toMatch(/^5\.26\./);
      expect(records[0]?.get('edition')).toBe('community');
    } finally {
      await driver.close();
    }

    const second = await startLocalNeo4j(options); // the stored password, without being told
    expect(second.startedHere).toBe(false);
    expect(second.pid).toBe(first.pid);
    expect(second.password).toBe(first.password);
    await second.stop(); // not its own: must leave the server running
    expect(await portAnswers(7741)).toBe(true);

    await first.stop();
    expect(await portAnswers(7741)).toBe(false);
  });

  it('`npm run neo4j` prints the URI, and SIGTERM stops the server it started', { timeout: 180_000 }, async () => {
    const cli = runTs('neo4j/cli.ts', [], { ...process.env, NEO4J_URI: '', NEO4J_PASSWORD: '', NEO4J_BOLT_PORT: '7741', NEO4J_HTTP_PORT: '7742' });
    try {
      await cli.waitFor(/Ctrl-C stops it/, 120_000);
      expect(cli.output()).toMatch(/uri\s+bolt:\/\/127\.0\.0\.1:7741/);
      expect(await portAnswers(7741)).toBe(true);
      cli.child.kill('SIGTERM');
      expect(await cli.exited()).toBe(0);
      expect(await portAnswers(7741)).toBe(false);
    } finally {
      cli.child.kill('SIGKILL');
    }
  });

  it('a busy port is a one-line error that says what to do', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(7743, '127.0.0.1', resolve));
    try {
      const error = await startLocalNeo4j({ name: 'launcher-busy', boltPort: 7743, httpPort: 7744 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LocalNeo4jError);
      const message = (error as Error).message;
      expect(message).toMatch(/^Port 7743 .*in use.*NEO4J_BOLT_PORT/);
      expect(message).not.toContain('\n');
    } finally {
      blocker.close();
    }
  });

  it('without Maven, fetching says so in one line', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'no-mvn-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    try {
      const result = await runCli(['--fetch'], { PATH: bin, NEO4J_LOCAL_DIR: path.join(bin, 'neo4j') });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(/^Maven is required .*NEO4J_URI/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('a download that fails is a one-line error, not a hang', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'no-net-'));
    try {
      // An empty local repository and a proxy that refuses every connection: Maven cannot download.
      const unreachable = '-Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=9 -Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort=9';
      const result = await runCli(['--fetch'], {
        PATH: process.env.PATH ?? '', NEO4J_LOCAL_DIR: path.join(dir, 'neo4j'), MAVEN_OPTS: `-Dmaven.repo.local=${path.join(dir, 'm2')} ${unreachable}`,
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(/^Fetching Neo4j from Maven Central failed \(mvn exit 1: .+\); check the network/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without Java, `npm run neo4j` says so in one line instead of hanging', async () => {
    // A PATH that has node but no java or mvn.
    const bin = mkdtempSync(path.join(tmpdir(), 'no-java-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    try {
      const result = await runCli([], { PATH: bin, NEO4J_LOCAL_DIR: path.join(bin, 'neo4j'), NEO4J_BOLT_PORT: '7745', NEO4J_HTTP_PORT: '7746' });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(/^Java 17 is required .*NEO4J_URI/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});

/** `npm run neo4j` with only the given environment (and HOME), as a user's shell would run it. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return run(process.execPath, [path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'neo4j/cli.ts', ...args], {
    cwd: projectRoot,
    env: { HOME: process.env.HOME ?? '/tmp', ...env },
    timeout: 90_000,
  }).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
}

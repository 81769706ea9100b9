/**
 * scripts/node.sh, the one way CI and developers get the project's Node: it runs a command on the release
 * `.nvmrc` pins or on the engines floor (fetching it into .node/ the first time), and refuses a pin that is
 * not an exact release instead of guessing one.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import semver from 'semver';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/src/paths.js';

const run = promisify(execFile);
const script = path.join(projectRoot, 'scripts', 'node.sh');
const pinned = readFileSync(path.join(projectRoot, '.nvmrc'), 'utf8').trim();
const temp = mkdtempSync(path.join(tmpdir(), 'kg-node-sh-'));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the script in a project of its own, with this package.json and .nvmrc. */
function project(nvmrc: string, engines: string): string {
  const root = mkdtempSync(path.join(temp, 'p-'));
  mkdirSync(path.join(root, 'scripts'));
  cpSync(script, path.join(root, 'scripts', 'node.sh'));
  writeFileSync(path.join(root, '.nvmrc'), nvmrc);
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ engines: { node: engines } }));
  return root;
}

async function fails(root: string, ...args: string[]): Promise<string> {
  const result = await run('bash', [path.join(root, 'scripts', 'node.sh'), ...args]).then(() => undefined, (e: { code?: number; stderr?: string }) => e);
  expect(result?.code, 'exit code').toBe(1);
  return result?.stderr ?? '';
}

describe('scripts/node.sh', () => {
  it('runs a command on the pinned release, and prints its bin folder', { timeout: 120_000 }, async () => {
    const { stdout } = await run('bash', [script, 'node', '-p', 'process.version']);
    expect(stdout.trim()).toBe(`v${pinned}`);
    const bin = (await run('bash', [script])).stdout.trim();
    expect(bin).toBe(path.join(projectRoot, '.node', pinned, 'node_modules', `node-linux-${process.arch}`, 'bin'));
    expect((await run(path.join(bin, 'node'), ['--version'])).stdout.trim()).toBe(`v${pinned}`);
  });

  it("runs a command on the engines floor, the release that package.json's `>=X.Y` names", { timeout: 120_000 }, async () => {
    const engines = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const { stdout } = await run('bash', [script, '--floor', 'node', '-p', 'process.version']);
    expect(stdout.trim()).toBe(`v${semver.coerce(engines.replace(/^>=/, ''))?.version}`);
  });

  it('refuses a pin that is not an exact release, and an engines it cannot read', async () => {
    expect(await fails(project('26\n', '>=22.18'))).toMatch(/"26" is not an exact release/);
    expect(await fails(project('lts/*\n', '>=22.18'))).toMatch(/not an exact release/);
    expect(await fails(project('26.12.1\n', '^22.18.0'), '--floor')).toMatch(/no engines\.node of the form ">=X\.Y"/);
  });
});

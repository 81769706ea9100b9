/**
 * The Node the project claims and the Node it runs on agree: `.nvmrc` names the exact release CI and
 * developers use, `engines` the oldest one it supports, and every installed package accepts both — so
 * `npm ci` prints no EBADENGINE on either, and a dependency that raises its floor fails here, not on a
 * user's machine. CI installs both through scripts/node.sh and runs the unit tests on the floor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/src/paths.js';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const packageJson = JSON.parse(read('package.json')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
const pinned = read('.nvmrc').trim();
/** `>=22.18` -> 22.18.0, as scripts/node.sh --floor reads it. */
const floor = semver.coerce(/^>=(\d+(?:\.\d+){0,2})$/.exec(packageJson.engines.node)?.[1] ?? '')?.version;

describe('the Node release', () => {
  it('.nvmrc pins an exact release that engines allows, and engines is a plain floor', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(floor, `engines.node "${packageJson.engines.node}" is not of the form ">=X.Y"`).toBeDefined();
    expect(semver.satisfies(pinned, packageJson.engines.node)).toBe(true);
    expect(semver.major(pinned)).toBeGreaterThan(semver.major(floor ?? '0.0.0'));
  });

  it('every installed package accepts both the pinned release and the floor', () => {
    const refusing: string[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      // Old packages wrote engines as a list of strings; npm ignores that form, and so does this check.
      const range = !entry.engines || Array.isArray(entry.engines) ? undefined : entry.engines.node;
      if (!key || !range) continue;
      for (const version of [pinned, floor ?? '']) {
        if (!semver.satisfies(version, range)) refusing.push(`${key.replace(/^.*node_modules\//, '')}@${entry.version}: node ${range} refuses ${version}`);
      }
    }
    expect(refusing).toEqual([]);
  });

  it('every direct dependency is pinned to an exact version', () => {
    for (const [name, spec] of Object.entries({ ...packageJson.dependencies, ...packageJson.devDependencies })) {
      expect(semver.valid(spec), `${name}@${spec}`).not.toBeNull();
    }
  });

  it('CI fetches the pinned Node and the floor, runs `npm test` on the first and the unit tests on the second', () => {
    const ci = read('.ci/run');
    expect(ci).toMatch(/node_bin="\$\(bash scripts\/node\.sh\)"/);
    expect(ci).toMatch(/floor_bin="\$\(bash scripts\/node\.sh --floor\)"/);
    expect(ci).toMatch(/export PATH="\$node_bin:\$PATH"[\s\S]*\nnpm ci\b[\s\S]*\nnpm test\n/);
    expect(ci).toMatch(/\nPATH="\$floor_bin:\$PATH" npm run --silent test:unit\n/);
    expect((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['test:unit']).toMatch(/^vitest run test\/unit\b/);
  });
});

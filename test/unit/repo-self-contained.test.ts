/**
 * A lone clone must build and pass its tests: no tracked file may reach outside the repository (the article
 * the dataset quotes once lived in a folder beside the project). The check names no folder: every relative
 * path a file writes (`../x`, from the file's own folder) must land inside the repository, and no file may
 * name a folder that lies beside the repository, in any form.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/src/paths.js';

const TEXT = /\.(ts|js|mjs|json|md|cypher|ya?ml|sh|txt)$|^\.ci\/|Dockerfile/;

/** Relative paths that climb, up to the first folder they name (`../x`, `../../x`): that decides where they land. */
const CLIMBING = /(?<![\w./-])(?:\.\.\/)+[\w@.-]+/g;

/** Where each climbing path of `text`, written in `file`, lands outside `root`. */
function climbsOut(root: string, file: string, text: string): string[] {
  const from = path.dirname(path.join(root, file));
  return [...text.matchAll(CLIMBING)].map(([written]) => written)
    .filter((written) => path.relative(root, path.resolve(from, written)).startsWith('..'));
}

/** Whether `text` names `folder` as a sibling of the repository: `../folder`, `'..', 'folder'` or its absolute path. */
function namesSibling(root: string, folder: string, text: string): boolean {
  const literal = (raw: string) => raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const name = literal(folder);
  const absolute = literal(path.join(path.dirname(root), folder));
  return new RegExp(`\\.\\.[\\\\/]${name}\\b|'\\.\\.',\\s*'${name}'|${absolute}\\b`).test(text);
}

describe('the repository', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: projectRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  // This file writes climbing paths on purpose, as examples for the checks.
  const self = path.relative(projectRoot, import.meta.filename);
  const texts = files.filter((f) => f !== self && TEXT.test(f)).map((f) => ({ file: f, text: readFileSync(path.join(projectRoot, f), 'utf8') }));

  it('the checks find what they look for', () => {
    expect(climbsOut('/r/repo', 'test/unit/a.ts', "import x from '../../server/x.js'")).toEqual([]);
    expect(climbsOut('/r/repo', 'test/unit/a.ts', "readFileSync('../../../beside/article.txt')")).toEqual(['../../../beside']);
    expect(climbsOut('/r/repo', 'README.md', 'see [the seed](../beside/seed.txt)')).toEqual(['../beside']);
    expect(namesSibling('/r/repo', 'beside', "path.join(root, '..', 'beside', 'a.txt')")).toBe(true);
    expect(namesSibling('/r/repo', 'beside', 'cat /r/beside/a.txt')).toBe(true);
    expect(namesSibling('/r/repo', 'beside', 'a folder besides this one')).toBe(false);
  });

  it('no tracked file climbs out of it', () => {
    expect(texts.length).toBeGreaterThan(50);
    const out = texts.flatMap(({ file, text }) => climbsOut(projectRoot, file, text).map((written) => `${file}: ${written}`));
    expect(out).toEqual([]);
  });

  it('no tracked file names a folder beside it', () => {
    const siblings = readdirSync(path.dirname(projectRoot), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && path.join(path.dirname(projectRoot), entry.name) !== projectRoot)
      .map((entry) => entry.name);
    const named = texts.flatMap(({ file, text }) => siblings.filter((folder) => namesSibling(projectRoot, folder, text)).map((folder) => `${file}: ${folder}`));
    expect(named).toEqual([]);
  });
});

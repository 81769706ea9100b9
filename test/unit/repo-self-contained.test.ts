/**
 * A lone clone must build and pass its tests: no tracked file may reach outside the repository for data
 * (the article the dataset quotes once lived in a folder beside the project).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/src/paths.js';

const OUTSIDE = [/\.\.\/shared\b/, /'\.\.',\s*'shared'/, /\/work\/shared\b/];

describe('the repository', () => {
  it('no tracked file refers to a folder beside the project', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: projectRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    const self = path.relative(projectRoot, import.meta.filename);
    const offenders = files
      .filter((f) => f !== self && /\.(ts|js|json|md|cypher|ya?ml|sh|txt)$|^\.ci\/|Dockerfile/.test(f))
      .filter((f) => OUTSIDE.some((re) => re.test(readFileSync(path.join(projectRoot, f), 'utf8'))));
    expect(offenders).toEqual([]);
  });
});

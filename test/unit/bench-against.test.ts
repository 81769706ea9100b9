import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkAgainstSections, resolveCommit } from '../../bench/against.js';
import { SECTIONS } from '../../bench/sections/index.js';

const pick = (...names: string[]) => SECTIONS.filter((s) => names.includes(s.name));

describe('bench --against', () => {
  it('compares render and api only, and only when they are chosen with --only', () => {
    expect(() => checkAgainstSections(pick('render', 'api'), true)).not.toThrow();
    expect(() => checkAgainstSections(pick('render'), true)).not.toThrow();
    expect(() => checkAgainstSections(pick('api', 'soak', 'load'), true)).toThrow('--against compares only api; leave out load, soak with --only (e.g. --only render,api)');
    expect(() => checkAgainstSections(SECTIONS, false)).toThrow('--against compares only api and render; choose them with --only');
  });

  it('names the commit a commit-ish names, and says so in one line when it names none', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    expect(resolveCommit('HEAD')).toBe(head);
    expect(resolveCommit(head.slice(0, 7))).toBe(head);
    expect(resolveCommit('HEAD~1')).toMatch(/^[0-9a-f]{40}$/);
    expect(() => resolveCommit('no-such-branch-anywhere')).toThrow(/^--against: "no-such-branch-anywhere" names no commit in this repository$/);
    expect(() => resolveCommit('--output=x')).toThrow('--against: "--output=x" is not a commit');
    // A tree or a blob is not a commit either.
    expect(() => resolveCommit('HEAD^{tree}')).toThrow('names no commit');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgainstSections, checkoutCommit, resolveCommit } from '../../bench/against.js';
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

describe('bench --against: this checkout as a commit', () => {
  it('is HEAD when nothing changed, and a commit of the changed tracked files otherwise, without touching the checkout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'against-checkout-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' }).trim();
      git('init', '-q');
      writeFileSync(path.join(dir, 'a.txt'), 'one\n');
      git('add', 'a.txt');
      git('commit', '-qm', 'first');
      const head = git('rev-parse', 'HEAD');
      expect(checkoutCommit(dir)).toEqual({ commit: head, changed: false, untracked: [] });

      writeFileSync(path.join(dir, 'a.txt'), 'two\n');
      writeFileSync(path.join(dir, 'new.txt'), 'not tracked\n');
      const { commit, changed, untracked } = checkoutCommit(dir);
      expect(changed).toBe(true);
      expect(commit).not.toBe(head);
      expect(git('show', `${commit}:a.txt`)).toBe('two');
      expect(untracked).toEqual(['new.txt']);
      // The checkout and the stash list are as they were.
      expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('two\n');
      expect(git('stash', 'list')).toBe('');
      expect(git('rev-parse', 'HEAD')).toBe(head);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

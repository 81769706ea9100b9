/**
 * `--against <commit>`: our render and API beside an earlier commit of ours, in one run. The commit's tree
 * is exported with `git archive` into `.bench/against/<sha>` (not `git worktree add`: nothing in this
 * checkout or in the repository's shared worktree list changes) and gets its own `npm ci`, because its
 * lockfile is its own; a tree prepared once is kept for the next run of the same commit.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../server/src/paths.js';

export interface BaseTree {
  /** The full commit id. */
  sha: string;
  /** What was asked for, for notes and the command line. */
  asked: string;
  root: string;
}

/** What a section needs to compare itself with a base tree; sections without it cannot. */
export function checkAgainstSections(chosen: readonly { name: string; against?: unknown }[], explicit: boolean): void {
  const comparable = chosen.filter((s) => s.against).map((s) => s.name);
  const others = chosen.filter((s) => !s.against).map((s) => s.name);
  if (!explicit || others.length) {
    throw new Error(`--against compares only ${comparable.length ? comparable.join(' and ') : 'render and api'}; `
      + `${explicit ? `leave out ${others.join(', ')}` : 'choose them'} with --only (e.g. --only render,api)`);
  }
}

/** The commit a commit-ish names, or an error that says so in one line. */
export function resolveCommit(commitish: string, cwd = projectRoot): string {
  // A leading dash would be read by git as an option.
  if (!commitish || commitish.startsWith('-')) throw new Error(`--against: "${commitish}" is not a commit`);
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${commitish}^{commit}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new Error(`--against: "${commitish}" names no commit in this repository`);
  }
}

/** The base commit's tree with its own node_modules, prepared once per commit. */
export async function prepareBase(commitish: string, log: (line: string) => void, label = `against ${commitish}`): Promise<BaseTree> {
  const sha = resolveCommit(commitish);
  const root = path.join(projectRoot, '.bench', 'against', sha);
  const ready = path.join(root, '.bench-ready');
  if (existsSync(ready)) {
    log(`${label} (${sha.slice(0, 10)}): ${path.relative(projectRoot, root)} is prepared`);
    return { sha, asked: commitish, root };
  }
  // A half-prepared tree (an interrupted npm ci) is started again from nothing.
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  log(`${label} (${sha.slice(0, 10)}): exporting its tree and installing its packages (npm ci) into ${path.relative(projectRoot, root)}`);
  await run('sh', ['-c', `git archive --format=tar ${sha} | tar -x -C "$0"`, root], projectRoot);
  await run('npm', ['ci', '--no-audit', '--no-fund'], root);
  writeFileSync(ready, `${sha}\n`);
  return { sha, asked: commitish, root };
}

/**
 * This checkout as the API side of --against runs it: exported and installed like the base, from `git stash
 * create` (a commit of the tracked files as they are now, uncommitted changes included, made without touching
 * the checkout or the stash list; untracked files are not in it). With the same code on both sides, a server
 * started from this checkout answered up to 8 % slower than one started from an exported tree: in three runs of
 * --against with the checkout's own commit (1.02, 1.02, 0.994) and two probes of four servers, two from each
 * place, each started first once (1.06 and 1.08; 1.02 with the built client moved away). The cause was not
 * found (not the built client, not the packages' versions, not which tree's operations asked), so the API
 * compares two exported trees.
 */
export async function prepareHead(log: (line: string) => void): Promise<BaseTree> {
  const { commit, changed, untracked } = checkoutCommit();
  if (untracked.length) log(`  this checkout's untracked files are not in its exported tree: ${untracked.slice(0, 5).join(', ')}${untracked.length > 5 ? ', …' : ''}`);
  const tree = await prepareBase(commit, log, `this checkout${changed ? ' with its changes' : ''}`);
  return { ...tree, asked: 'head' };
}

/** A commit of the checkout's tracked files as they are (HEAD when nothing changed), and the untracked files it leaves out. */
export function checkoutCommit(cwd = projectRoot): { commit: string; changed: boolean; untracked: string[] } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  // A commit needs an author: a machine with no git identity set still gets one (the commit is never pushed).
  const stash = git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'stash', 'create');
  return { commit: stash || git('rev-parse', 'HEAD'), changed: stash !== '', untracked: git('ls-files', '--others', '--exclude-standard').split('\n').filter(Boolean) };
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args[0] ?? ''} failed in ${cwd}: ${stderr.trim().split('\n').at(-1) ?? `exit ${code}`}`))));
  });
}

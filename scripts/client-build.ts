/**
 * `npm start`'s client build, only when it is needed: vite build takes seconds on every start, though the
 * client rarely changes between two. The built client keeps a hash of what it was built from (client/,
 * the Vite config, the lockfile); a start whose inputs hash the same serves it as it is. `npm run build`
 * still always builds.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultClientDir, projectRoot } from '../server/src/paths.js';

const STAMP = '.build-inputs';
const INPUTS = ['client', 'package-lock.json'];

/** Builds dist/client unless it was built from the same inputs; says which it did. */
export async function buildClientIfChanged(log: (line: string) => void): Promise<'built' | 'unchanged'> {
  const hash = await inputsHash();
  const stamp = path.join(defaultClientDir, STAMP);
  const built = existsSync(path.join(defaultClientDir, 'index.html')) && existsSync(stamp) && (await readFile(stamp, 'utf8')) === hash;
  if (built) {
    log('Client unchanged since it was built: not building it again');
    return 'unchanged';
  }
  log('Building the client');
  await viteBuild();
  await writeFile(stamp, hash);
  return 'built';
}

/** Every input file's path and content, in a stable order. */
export async function inputsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of await filesUnder(path.join(projectRoot, input))) {
      hash.update(path.relative(projectRoot, file)).update('\0').update(await readFile(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

async function filesUnder(target: string): Promise<string[]> {
  const entries = await readdir(target, { withFileTypes: true }).catch(() => null);
  if (entries === null) return existsSync(target) ? [target] : [];
  const nested = await Promise.all(entries.sort((a, b) => (a.name < b.name ? -1 : 1)).map((e) => filesUnder(path.join(target, e.name))));
  return nested.flat();
}

function viteBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
      cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
}

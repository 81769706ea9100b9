/**
 * Our server as a child process (`server/src/main.ts`, the same entry the Docker image runs), pointed at
 * the bench Neo4j, so its memory can be read from outside and a Neo4j outage hits a real deployment shape.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../server/src/paths.js';
import { freePort } from '../test/support/ports.js';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory in MB, from /proc. */
  rssMb(): number;
  /** Last lines it printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startServerProcess(options: {
  neo4j: { uri: string; user: string; password: string };
  queryTimeoutMs: number;
  /** The tree to run (a base commit's for --against): its main.ts with its own tsx and packages. @default this one */
  root?: string;
}): Promise<ServerProcess> {
  const port = await freePort();
  // `--import tsx` resolves from the working directory: each tree runs with its own tsx.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'src', 'main.ts')], {
    cwd: options.root ?? projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: options.neo4j.uri, NEO4J_USER: options.neo4j.user, NEO4J_PASSWORD: options.neo4j.password,
      PORT: String(port), HOST: '127.0.0.1', QUERY_TIMEOUT_MS: String(options.queryTimeoutMs), NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the server process');
  let exited = false;
  child.once('exit', () => (exited = true));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`the server exited before it answered: ${output.trim().split('\n').at(-1) ?? ''}`);
    const ok = await fetch(`${url}/ready`).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the server did not become ready within 60 s: ${output.trim().split('\n').at(-1) ?? ''}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    url,
    pid,
    rssMb: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return kb / 1024;
    },
    output: () => output,
    stop: async () => {
      if (exited) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

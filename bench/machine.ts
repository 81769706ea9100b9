/** What the numbers were measured on: the machine and the version of everything in the path. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../server/src/paths.js';

export function machine(): Record<string, unknown> {
  const cpu = cpus();
  return {
    cores: cpu.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: cpu[0]?.model ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
    // Other work on the machine skews absolute times; the side-by-side ratios are what to compare.
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100).join(' '),
  };
}

const PACKAGES = ['neo4j-driver', 'graphql-yoga', '@neo4j/graphql', 'graphql', '@graphql-tools/schema', 'cytoscape', 'autocannon', 'playwright-core', 'esbuild'];

export async function versions(driver: Driver | undefined): Promise<Record<string, string>> {
  const out: Record<string, string> = { node: process.versions.node };
  if (driver) {
    try {
      const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
      const r = records[0];
      if (r) out.neo4j = `${String(r.get('version'))} ${String(r.get('edition'))}`;
    } catch {
      out.neo4j = 'unreachable';
    }
  }
  for (const name of PACKAGES) out[name] = packageVersion(name);
  out.java = firstLine(spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr);
  out.chromium = firstLine(spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout);
  return out;
}

export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

function firstLine(text: string | null | undefined): string {
  return (text ?? '').split('\n')[0]?.trim() || 'not found';
}

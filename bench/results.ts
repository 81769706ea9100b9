/**
 * Figures and how they are written: a table on stdout, `bench/results/<name>.json` and `.md`. A figure
 * that could not be measured keeps its name with `value: null` and a `note` saying why — never a guess.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Target {
  op: '<=' | '>=' | '==';
  value: number;
}

export interface Figure {
  name: string;
  value: number | null;
  unit: string;
  /** e.g. `<= 1.3`; null for figures reported for context only. */
  target: string | null;
  /** Whether the value meets the target; null without a value or a target. */
  met: boolean | null;
  note?: string;
}

export function figure(name: string, value: number | null, unit: string, target?: Target | null, note?: string): Figure {
  const measured = value === null || !Number.isFinite(value) ? null : value;
  // Judged on the measured value, not the rounded one: 19.96× does not meet ">= 20".
  const met = measured === null || !target ? null
    : target.op === '<=' ? measured <= target.value : target.op === '>=' ? measured >= target.value : measured === target.value;
  const rounded = measured === null ? null : round(measured);
  return { name, value: rounded, unit, target: target ? `${target.op} ${target.value}` : null, met, ...(note ? { note } : {}) };
}

/** The same names, unmeasured: every figure of a section that could not run. */
export function unmeasured(names: readonly (readonly [name: string, unit: string, target?: Target])[], note: string): Figure[] {
  return names.map(([name, unit, target]) => figure(name, null, unit, target ?? null, note));
}

export const le = (value: number): Target => ({ op: '<=', value });
export const ge = (value: number): Target => ({ op: '>=', value });
export const eq = (value: number): Target => ({ op: '==', value });

function round(value: number): number {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return Number(value.toFixed(digits));
}

export interface Results {
  run: { mode: 'full' | 'quick'; startedAt: string; seconds: number; command: string };
  machine: Record<string, unknown>;
  versions: Record<string, string>;
  sizes: Record<string, unknown>;
  figures: Figure[];
  /** Per-section detail behind the figures. */
  details: Record<string, unknown>;
}

export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.value === null ? '—' : String(f.value),
    f.unit,
    f.target ?? '',
    f.met === null ? '' : f.met ? 'met' : 'MISSED',
    f.note ?? '',
  ]);
  const head = ['figure', 'value', 'unit', 'target', '', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 5 ? 0 : (r[i] ?? '').length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 5 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function markdown(results: Results): string {
  const cell = (s: string) => s.replaceAll('|', '\\|');
  const lines = [
    `# Benchmark results (${results.run.mode})`,
    '',
    `Run ${results.run.startedAt} with \`${results.run.command}\`, ${Math.round(results.run.seconds)} s. ` +
      'Ratios are measured side by side in one run on the same Neo4j and the same data; they are not CI gates.',
    '',
    '| figure | value | unit | target | | note |',
    '| --- | ---: | --- | --- | --- | --- |',
    ...results.figures.map((f) => `| \`${f.name}\` | ${f.value ?? '—'} | ${f.unit} | ${f.target ?? ''} | ${f.met === null ? '' : f.met ? 'met' : '**missed**'} | ${cell(f.note ?? '')} |`),
    '',
    ...apiTable(results.details.api),
    '## Short of target',
    '',
    ...shortfalls(results.figures),
    '',
    '## Machine',
    '',
    ...Object.entries(results.machine).map(([k, v]) => `- ${k}: ${String(v)}`),
    '',
    '## Versions',
    '',
    ...Object.entries(results.versions).map(([k, v]) => `- ${k}: ${v}`),
    '',
    '## Sizes',
    '',
    '```json',
    JSON.stringify(results.sizes, null, 2),
    '```',
    '',
  ];
  return lines.join('\n');
}

/** Every operation's latencies and throughput, our server beside the floor and the alternative. */
function apiTable(api: unknown): string[] {
  if (!api || typeof api !== 'object') return [];
  type Stats = { p50: number; p95: number; rps: number; errors: number };
  const rows = Object.entries(api as Record<string, Record<'ours' | 'raw' | 'lib', Stats> & { same: boolean }>);
  const cell = (s: Stats) => `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} ms, ${Math.round(s.rps)}/s${s.errors ? `, ${s.errors} errors` : ''}`;
  return [
    '## API per operation (p50 / p95, throughput)',
    '',
    '| operation | ours (GraphQL over HTTP) | raw neo4j-driver | @neo4j/graphql over HTTP | same answer |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(([name, s]) => `| ${name} | ${cell(s.ours)} | ${cell(s.raw)} | ${cell(s.lib)} | ${s.same ? 'yes' : 'no'} |`),
    '',
  ];
}

function shortfalls(figures: readonly Figure[]): string[] {
  const missed = figures.filter((f) => f.met === false).map((f) => `- \`${f.name}\` = ${f.value} ${f.unit}, target ${f.target}${f.note ? ` — ${f.note}` : ''}`);
  const open = figures.filter((f) => f.value === null && f.target).map((f) => `- \`${f.name}\`: not measured — ${f.note ?? 'no reason given'}`);
  return missed.length + open.length ? [...missed, ...open] : ['Nothing: every figure with a target met it.'];
}

export async function writeResults(dir: string, name: string, results: Results): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, `${name}.json`);
  const md = path.join(dir, `${name}.md`);
  await writeFile(json, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(md, markdown(results));
  return [json, md];
}

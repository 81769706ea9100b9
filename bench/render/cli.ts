/**
 * The render section on its own: `npx tsx bench/render/cli.ts [--quick]`. Same code, sizes and figures as
 * `npm run bench -- --only render`, but it needs no Neo4j, so it never starts, takes over, wipes or stops
 * the bench instance that someone may be using for the API figures at the same time. Writes
 * bench/results/partial-render-<mode>.{json,md} (ignored by git), never latest/quick.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../server/src/paths.js';
import { machine, versions } from '../machine.js';
import { table, writeResults, type Results } from '../results.js';
import { benchRender } from '../sections/render.js';
import { SIZES } from '../sizes.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const mode = values.quick ? 'quick' : 'full';
  const sizes = SIZES[mode];
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const details: Record<string, unknown> = {};
  const atStart = machine();
  const figures = await benchRender({ sizes, log, details });
  const results: Results = {
    run: { mode, startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, command: `npx tsx bench/render/cli.ts${values.quick ? ' --quick' : ''}` },
    machine: atStart,
    versions: await versions(undefined),
    sizes: { render: sizes.render },
    figures,
    details,
  };
  const files = await writeResults(path.join(projectRoot, 'bench', 'results'), `partial-render-${mode}`, results);
  console.log(`\n${table(results.figures)}\n`);
  console.log(`written: ${files.map((f) => path.relative(process.cwd(), f)).join(', ')} (${Math.round(results.run.seconds)} s)`);
}

main().catch((error: unknown) => {
  console.error(`render bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});

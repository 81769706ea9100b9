/**
 * `npm run bench` (full: 100k entities / 500k relationships) and `npm run bench -- --quick` (small sizes,
 * a few minutes): generates the synthetic graph, loads it into the bench's own Neo4j, runs every section
 * side by side on that one server and data, prints a table and writes bench/results/latest.{json,md}
 * (quick: quick.{json,md}). Sections that cannot run yet keep their figures with value null and a note.
 *
 *   --only load,api,roundtrips,render,soak,fault,start   run some sections (the graph is loaded when needed);
 *                                                  written to bench/results/partial-<mode>.{json,md}
 *   --keep                                         leave the bench Neo4j running afterwards
 *   --against <commit>                             render and api of this tree beside that commit's, in one
 *                                                  run (with --only render,api; see bench/against.ts)
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkAgainstSections, prepareBase, type BaseTree } from './against.js';
import { createDriver } from '../server/src/db/driver.js';
import { projectRoot } from '../server/src/paths.js';
import { createGenerator } from './generate.js';
import { loadSyntheticGraph } from './load-graph.js';
import { machine, versions } from './machine.js';
import { startBenchNeo4j, BENCH_NEO4J } from './neo4j.js';
import { table, unmeasured, writeResults, type Figure, type Results } from './results.js';
import { HEADLINE, SECTIONS, type Section, type SectionContext } from './sections/index.js';
import { SIZES } from './sizes.js';

const SEED = 20250120;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, keep: { type: 'boolean', default: false }, against: { type: 'string' } } });
  const mode = values.quick ? 'quick' : 'full';
  const sizes = SIZES[mode];
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? [];
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}`);
  const chosen = SECTIONS.filter((s) => !only || only.includes(s.name));
  if (values.against !== undefined) checkAgainstSections(chosen, only !== undefined);
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

  const graph = createGenerator({ seed: SEED, entities: sizes.entities, relationships: sizes.relationships });
  const graphKey = JSON.stringify({ seed: SEED, ...graph.sizes });
  const marker = path.join(projectRoot, '.neo4j', BENCH_NEO4J.name, 'bench-graph.json');
  const loadRuns = chosen.some((s) => s.name === 'load');
  const haveGraph = existsSync(marker) && readFileSync(marker, 'utf8') === graphKey;

  log(`${mode} run: ${chosen.map((s) => s.name).join(', ')}${values.against === undefined ? '' : ` against ${values.against}`}`);
  const base = values.against === undefined ? undefined : await prepareBase(values.against, log);
  const fresh = loadRuns || !haveGraph;
  if (fresh) rmSync(marker, { force: true });
  const neo4j = await startBenchNeo4j({ fresh, log });
  const driver = createDriver(neo4j);
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  let versionInfo: Record<string, string>;
  try {
    versionInfo = await versions(driver);
    if (!loadRuns && !haveGraph && chosen.some((s) => s.needsGraph)) {
      log('the bench graph is not loaded: loading it (untimed)');
      await loadGraphUntimed();
    }
    const context: SectionContext = { mode, sizes, graph, neo4j, driver, log, figures, details };
    for (const section of chosen) {
      log(`— ${section.name}`);
      const got = await runSection(section, context, base);
      figures.push(...got);
      if (section.name === 'load' && got.every((f) => f.value !== null)) writeFileSync(marker, graphKey);
    }
  } finally {
    await driver.close();
    if (!values.keep) await neo4j.stop();
  }

  const results: Results = {
    run: { mode, startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, command: `npm run bench${values.quick ? ' -- --quick' : ''}${only ? ` (--only ${only.join(',')})` : ''}${base ? ` (--against ${base.asked}: ${base.sha})` : ''}` },
    machine: machine(),
    versions: versionInfo,
    sizes: { seed: SEED, ...graph.sizes, ...sizes },
    figures: ordered(figures),
    details,
  };
  // A partial run never replaces a whole one: every figure of latest/quick comes from the same run.
  const name = only ? `partial-${mode}` : mode === 'quick' ? 'quick' : 'latest';
  const files = await writeResults(path.join(projectRoot, 'bench', 'results'), name, results);
  console.log(`\n${table(results.figures)}\n`);
  console.log(`written: ${files.map((f) => path.relative(process.cwd(), f)).join(', ')} (${Math.round(results.run.seconds)} s)`);

  async function loadGraphUntimed(): Promise<void> {
    const { applySchema } = await import('./load-graph.js');
    await applySchema(driver);
    await loadSyntheticGraph({ driver, graph, log });
    writeFileSync(marker, graphKey);
  }
}

async function runSection(section: Section, context: SectionContext, base: BaseTree | undefined): Promise<Figure[]> {
  const against = base ? section.against : undefined;
  try {
    if (base && against) return await against.run(context, base);
    return await section.run(context);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error);
    context.log(`  ${section.name} failed: ${message}`);
    return unmeasured(against?.figures ?? section.figures, `${section.name} failed: ${message}`);
  }
}

/** The issue's headline figures first, in its order; the context figures after. */
function ordered(figures: Figure[]): Figure[] {
  const rank = (f: Figure) => {
    const i = (HEADLINE as readonly string[]).indexOf(f.name);
    return i === -1 ? HEADLINE.length : i;
  };
  return figures.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}

main().then(
  // A Neo4j left running with --keep is a child process: without exiting here Node would wait for it.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

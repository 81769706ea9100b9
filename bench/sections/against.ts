/**
 * `--against <commit>`: the render and API sections' own measurements, taken of this tree ("head") and of
 * a base commit's tree (bench/against.ts prepares it) side by side in one run. Every figure is head over
 * base: at most 1 for times means head is no worse.
 *
 * Render: both trees' bench pages (each bundled from its own tree) in the same Chromium, `draw('ours', n,
 * 'fcose')` as the explorer draws, alternating which goes first each round; medians.
 * API: both trees' servers as child processes of the same kind (each tree's server/src/main.ts with its
 * own tsx and packages), each asked with its own tree's bench operations (the client's GraphQL documents
 * of that commit), request by request, alternating which goes first.
 */
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../server/src/paths.js';
import type { BaseTree } from '../against.js';
import { postGraphQL } from '../api/http.js';
import { createOperations, type Operation } from '../api/operations.js';
import { figure, le, type Figure } from '../results.js';
import { startServerProcess, type ServerProcess } from '../server-process.js';
import { geomean, percentile } from '../stats.js';
import { interleave } from './api.js';
import type { SectionContext } from './index.js';
import { RENDER_ROUNDS, describeRun, drawAndPan, launchChromium, medianRun, servePage, type Run, type ServedPage } from './render.js';

type Side = 'head' | 'base';
type Measure = keyof Omit<Run, 'quality'>;
const SIDES: readonly Side[] = ['head', 'base'];
/** The API section's in-process server gets createApp's default budget; both child processes get the same. */
const QUERY_TIMEOUT_MS = 5000;

export const RENDER_AGAINST_FIGURES = [['against.render.5k.complete_head_over_base', '×', le(1)]] as const;
export const API_AGAINST_FIGURES = [['against.api.p50.head_over_base', '×', le(1)]] as const;

export async function benchRenderAgainst(context: SectionContext, base: BaseTree): Promise<Figure[]> {
  const { sizes, log } = context;
  const pages: ServedPage[] = [];
  const browser = await launchChromium();
  try {
    const origin = { head: '', base: '' };
    for (const side of SIDES) {
      const page = await servePage(side === 'head' ? projectRoot : base.root);
      pages.push(page);
      origin[side] = page.origin;
    }
    const figures: Figure[] = [];
    const details: Record<string, Record<Side, Run[]>> = {};
    for (const [index, n] of sizes.render.nodes.entries()) {
      const runs: Record<Side, Run[]> = { head: [], base: [] };
      for (let round = 0; round < RENDER_ROUNDS; round++) {
        for (const side of (index + round) % 2 ? ['base', 'head'] as const : ['head', 'base'] as const) {
          const r = await drawAndPan(browser, origin[side], 'ours', n, sizes.render.panSeconds, { quality: false });
          runs[side].push(r);
          log(`  ${n} nodes, ${side}: ${describeRun(r)}`);
        }
      }
      details[String(n)] = runs;
      const medians = { head: medianRun(runs.head), base: medianRun(runs.base) };
      const mid = (side: Side, key: Measure) => medians[side][key] ?? NaN;
      const ms = (side: Side, key: Measure) => `${Math.round(mid(side, key))} ms`;
      const label = `${n / 1000}k`;
      const ratio = (key: Measure, name: string, what: string, note = '') => figure(`against.render.${label}.${name}_head_over_base`,
        mid('head', key) / mid('base', key), '×', n === 5000 ? le(1) : null,
        `${what}, medians of ${RENDER_ROUNDS}: head ${ms('head', key)} vs ${base.asked} ${ms('base', key)}${note}`);
      const fps = (side: Side) => `${mid(side, 'panFps').toFixed(1)} fps (${mid(side, 'panWhileArrangingFps').toFixed(1)} while the layout ran)`;
      figures.push(
        ratio('firstFrameMs', 'first_frame', `${n} nodes, first interactive frame`),
        ratio('completeMs', 'complete', 'until Cytoscape has drawn every element'),
        ratio('settledMs', 'layout_landed', 'until the force layout landed',
          `; panning after it landed: head ${fps('head')}, ${base.asked} ${fps('base')}`),
        ratio('longestFrameGapMs', 'longest_frame_gap', 'the longest the page went without a frame until complete'),
      );
    }
    context.details.againstRender = details;
    return figures;
  } finally {
    await browser.close();
    for (const page of pages) await page.close();
  }
}

export async function benchApiAgainst(context: SectionContext, base: BaseTree): Promise<Figure[]> {
  const { sizes, graph, neo4j, log } = context;
  const servers: ServerProcess[] = [];
  try {
    for (const side of SIDES) servers.push(await startServerProcess({ neo4j, queryTimeoutMs: QUERY_TIMEOUT_MS, root: side === 'head' ? projectRoot : base.root }));
    const [head, baseServer] = servers;
    if (!head || !baseServer) throw new Error('a server did not start');
    const url = { head: `${head.url}/graphql`, base: `${baseServer.url}/graphql` };
    // The base commit's own operations (its client's documents, as its bench sent them), on this graph.
    const baseModule = await import(pathToFileURL(`${base.root}/bench/api/operations.ts`).href) as { createOperations: typeof createOperations };
    const baseOps = new Map(baseModule.createOperations(graph).map((op) => [op.name, op]));
    const ask = async (side: Side, op: Operation, i: number) => {
      const answer = await postGraphQL(url[side], op.ours(i));
      if (answer.error) throw new Error(`${side} ${op.name}: ${answer.error}`);
      return answer.data;
    };

    const perOp: Record<string, Record<Side, { p50: number; p95: number; errors: number }> & { same: boolean }> = {};
    const figures: Figure[] = [];
    for (const op of createOperations(graph)) {
      const baseOp = baseOps.get(op.name);
      if (!baseOp) {
        log(`  ${op.name}: not in ${base.asked}'s operations, left out`);
        continue;
      }
      const sides = { head: op, base: baseOp };
      const same = await Promise.all(SIDES.map(async (side) => sides[side].digest.ours(await ask(side, sides[side], 0))))
        .then(([a, b]) => a === b, () => false);
      const { samples, errors, firstError } = await interleave(SIDES, sizes.api, (side, i) => ask(side, sides[side], i));
      const stats = (side: Side) => ({ p50: percentile(samples[side], 50), p95: percentile(samples[side], 95), errors: errors[side] });
      const row = { head: stats('head'), base: stats('base'), same };
      perOp[op.name] = row;
      const ms = (x: number) => `${x.toFixed(1)} ms`;
      const failed = SIDES.filter((side) => errors[side] > 0).map((side) => `; ${side} ${errors[side]} errors (${firstError[side] ?? 'no message'})`).join('');
      log(`  ${op.name.padEnd(14)} p50 head ${ms(row.head.p50)}, ${base.asked} ${ms(row.base.p50)}${same ? '' : ' (answers differ)'}`);
      figures.push(figure(`against.api.${op.name}.p50.head_over_base`, row.head.p50 / row.base.p50, '×', null,
        `p50 head ${ms(row.head.p50)} vs ${base.asked} ${ms(row.base.p50)}, p95 ${ms(row.head.p95)} vs ${ms(row.base.p95)}${same ? '' : '; answers differ'}${failed}`));
    }
    context.details.againstApi = perOp;
    const rows = Object.values(perOp);
    const ratio = (key: 'p50' | 'p95') => geomean(rows.map((r) => r.head[key] / r.base[key]));
    const names = Object.keys(perOp).join(', ');
    return [
      figure('against.api.p50.head_over_base', ratio('p50'), '×', le(1),
        `geometric mean over ${names}; ${sizes.api.requests} interleaved requests each, both servers child processes on the bench Neo4j; `
        + `${rows.every((r) => r.same) ? 'the two give the same answers' : `answers differ for ${Object.entries(perOp).filter(([, r]) => !r.same).map(([name]) => name).join(', ')}`}`),
      figure('against.api.p95.head_over_base', ratio('p95'), '×', null, 'geometric mean'),
      ...figures,
    ];
  } finally {
    for (const server of servers) await server.stop();
  }
}

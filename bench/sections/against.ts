/**
 * `--against <commit>`: the render and API sections' own measurements, taken of this tree ("head") and of
 * a base commit's tree (bench/against.ts prepares it) side by side in one run. Every figure is head over
 * base: at most 1 for times means head is no worse.
 *
 * Render: both trees' bench pages (each bundled from its own tree) in the same Chromium, `draw('ours', n,
 * 'fcose')` as the explorer draws, alternating which goes first each round; medians.
 * API: both trees' servers as child processes of the same kind (each tree's server/src/main.ts with its
 * own tsx and packages; this one's from an exported tree too, see prepareHead), each asked with its own
 * tree's bench operations (the client's GraphQL documents of that commit), request by request, rotating
 * which goes first, beside a second server of the base tree (the control: how far two servers of the same
 * code land apart in the same run).
 */
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../server/src/paths.js';
import { prepareHead, type BaseTree } from '../against.js';
import { postGraphQL } from '../api/http.js';
import { createOperations, type Operation } from '../api/operations.js';
import { figure, le, type Figure } from '../results.js';
import { startServerProcess, type ServerProcess } from '../server-process.js';
import { geomean, percentile } from '../stats.js';
import { interleave, rotate } from './api.js';
import type { SectionContext } from './index.js';
import { describeRun, drawAndPan, launchChromium, medianRun, servePage, type Run, type ServedPage } from './render.js';

type Side = 'head' | 'base';
type Measure = keyof Omit<Run, 'quality'>;
const SIDES: readonly Side[] = ['head', 'base'];
/** The API section's in-process server gets createApp's default budget; both child processes get the same. */
const QUERY_TIMEOUT_MS = 5000;

/**
 * Draws a size takes per side: more than the render section's three, because one draw's longest frame gap
 * swings by a tenth and a two-sided ratio carries the swing of both (quick 5k gap: 1.11, then 0.984).
 */
export const AGAINST_RENDER_ROUNDS = 5;

/**
 * Requests per operation and side, at least. Both servers start cold as child processes: with the api
 * section's quick counts (10 warm-up, 40 timed) the p50s were 10-15 ms against 2-4 ms once warm, and the
 * quick head-over-base ratio swung from 0.98 to 1.10 between runs; 100 warm-up requests and 300 timed
 * ones settle it (neighborhood1 and path within 1.00-1.06 in three rounds of a probe; profiled under path
 * requests, head's server spent 7 % less CPU than base's over the same window).
 */
const AGAINST_API = { warmup: 100, requests: 300 };

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
      for (let round = 0; round < AGAINST_RENDER_ROUNDS; round++) {
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
        `${what}, medians of ${AGAINST_RENDER_ROUNDS}: head ${ms('head', key)} vs ${base.asked} ${ms('base', key)}${note}`);
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
  const head = await prepareHead(log);
  // The base commit's own operations (its client's documents, as its bench sent them), on this graph.
  const baseModule = await import(pathToFileURL(`${base.root}/bench/api/operations.ts`).href) as { createOperations: typeof createOperations };
  const baseOps = new Map(baseModule.createOperations(graph).map((op) => [op.name, op]));
  const runs: OperationRun[] = [];
  for (const op of createOperations(graph)) {
    const baseOp = baseOps.get(op.name);
    if (!baseOp) {
      log(`  ${op.name}: not in ${base.asked}'s operations, left out`);
      continue;
    }
    runs.push({
      name: op.name,
      sides: { head: op, base: baseOp, control: baseOp },
      same: true,
      samples: { head: [], base: [], control: [] },
      errors: { head: 0, base: 0, control: 0 },
      firstError: {},
    });
  }

  const counts = { warmup: Math.max(sizes.api.warmup, AGAINST_API.warmup), requests: Math.max(sizes.api.requests, AGAINST_API.requests) };
  const share = { warmup: counts.warmup, requests: Math.ceil(counts.requests / START_ORDERS.length) };
  for (const order of START_ORDERS) {
    await withServers(neo4j, { head: head.root, base: base.root, control: base.root }, order, async (ask) => {
      for (const run of runs) {
        const { sides } = run;
        const same = await Promise.all(SIDES.map(async (side) => sides[side].digest.ours(await ask(side, sides[side], 0))))
          .then(([a, b]) => a === b, () => false);
        run.same &&= same;
        const { samples, errors, firstError } = await interleave(API_SIDES, share, (side, i) => ask(side, sides[side], i));
        for (const side of API_SIDES) {
          run.samples[side].push(...samples[side]);
          run.errors[side] += errors[side];
          run.firstError[side] ??= firstError[side];
        }
      }
    });
  }

  type Stats = { p50: number; p95: number; errors: number };
  const perOp: Record<string, Record<ApiSide, Stats> & { same: boolean }> = {};
  const figures: Figure[] = [];
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  for (const { name, same, samples, errors, firstError } of runs) {
    const stats = (side: ApiSide) => ({ p50: percentile(samples[side], 50), p95: percentile(samples[side], 95), errors: errors[side] });
    const row = { head: stats('head'), base: stats('base'), control: stats('control'), same };
    perOp[name] = row;
    const failed = API_SIDES.filter((side) => errors[side] > 0).map((side) => `; ${side} ${errors[side]} errors (${firstError[side] ?? 'no message'})`).join('');
    log(`  ${name.padEnd(14)} p50 head ${ms(row.head.p50)}, ${base.asked} ${ms(row.base.p50)} and ${ms(row.control.p50)}${same ? '' : ' (answers differ)'}`);
    figures.push(figure(`against.api.${name}.p50.head_over_base`, row.head.p50 / row.base.p50, '×', null,
      `p50 head ${ms(row.head.p50)} vs ${base.asked} ${ms(row.base.p50)} (its second server ${ms(row.control.p50)}), `
      + `p95 ${ms(row.head.p95)} vs ${ms(row.base.p95)}${same ? '' : '; answers differ'}${failed}`));
  }
  context.details.againstApi = perOp;
  const rows = Object.values(perOp);
  const ratio = (over: ApiSide, key: 'p50' | 'p95') => geomean(rows.map((r) => r[over][key] / r.base[key]));
  const names = Object.keys(perOp).join(', ');
  return [
    figure('against.api.p50.head_over_base', ratio('head', 'p50'), '×', le(1),
      `geometric mean over ${names}; ${counts.requests} interleaved requests each, a third with each server started first, each third after ${counts.warmup} to warm up; `
      + `the servers are child processes on the bench Neo4j; `
      + `${rows.every((r) => r.same) ? 'the two give the same answers' : `answers differ for ${Object.entries(perOp).filter(([, r]) => !r.same).map(([name]) => name).join(', ')}`}`),
    figure('against.api.p50.control_over_base', ratio('control', 'p50'), '×', null,
      `the same for a second server of ${base.asked}, asked alongside: how far two servers of the same code land apart in this run`),
    figure('against.api.p95.head_over_base', ratio('head', 'p95'), '×', null, 'geometric mean'),
    ...figures,
  ];
}

/**
 * The API is asked of three servers: head, base and a second server of base, the control (two servers of the
 * same code came out up to 7 % apart on one operation in a run; the control puts that spread beside every
 * run's figure). They are started three times, each first once (in A/A probes the server started first
 * answered search 6-10 % slower and path and stance 1-4 % faster), and a third of the requests go to each start.
 */
type ApiSide = Side | 'control';
const API_SIDES: readonly ApiSide[] = ['head', 'base', 'control'];
const START_ORDERS: readonly (readonly ApiSide[])[] = API_SIDES.map((_, k) => rotate(API_SIDES, k));

/** One operation's requests to the three servers, gathered over the starts. */
interface OperationRun {
  name: string;
  sides: Record<ApiSide, Operation>;
  /** Head and base gave the same answer to the first arguments, at every start. */
  same: boolean;
  samples: Record<ApiSide, number[]>;
  errors: Record<ApiSide, number>;
  firstError: Partial<Record<ApiSide, string>>;
}

type Ask = (side: ApiSide, op: Operation, i: number) => Promise<unknown>;

async function withServers(neo4j: SectionContext['neo4j'], roots: Record<ApiSide, string>, order: readonly ApiSide[], use: (ask: Ask) => Promise<void>): Promise<void> {
  const servers: Partial<Record<ApiSide, ServerProcess>> = {};
  try {
    for (const side of order) servers[side] = await startServerProcess({ neo4j, queryTimeoutMs: QUERY_TIMEOUT_MS, root: roots[side] });
    const url = Object.fromEntries(API_SIDES.map((side) => {
      const server = servers[side];
      if (!server) throw new Error(`the ${side} server did not start`);
      return [side, `${server.url}/graphql`];
    })) as Record<ApiSide, string>;
    await use(async (side, op, i) => {
      const answer = await postGraphQL(url[side], op.ours(i));
      if (answer.error) throw new Error(`${side} ${op.name}: ${answer.error}`);
      return answer.data;
    });
  } finally {
    for (const server of Object.values(servers)) await server.stop();
  }
}

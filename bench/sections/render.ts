/**
 * Rendering: the client's graph module (client/src/graph/) against plain Cytoscape with default options
 * on the same elements, in headless Chromium: time to the first interactive frame, frames per second
 * while a mouse drags the canvas (during the module's background layout, and once it has landed), and
 * when the layout landed. Each run gets a fresh page; the two alternate which goes first. The page and
 * the client's layout worker are bundled as ES modules and served over loopback HTTP, as a browser would
 * get them (module workers do not load from file: URLs).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../server/src/paths.js';
import { chromiumPath } from '../machine.js';
import { nodeDiameter } from '../../client/src/graph/style.js';
import { forceLayout } from '../../client/src/graph/force-layout.js';
import { figure, ge, le, type Figure } from '../results.js';
import { benchGraph, componentsGraph, type BenchGraph } from '../render/graph.js';
import { forceLayoutD3 } from '../render/force-layout-d3.js';
import { layoutQuality, type LayoutQuality } from '../render/quality.js';
import { median } from '../stats.js';
import type { SectionContext } from './index.js';

/**
 * ours: as the explorer draws (fcose: its force layout in a worker); ours-d3: the same with the layout on
 * d3-force (render/force-layout-d3.ts); ours-early: the same with the layout asked of the worker at the
 * first frame, not once Cytoscape has drawn everything (GraphViewOptions.askLayout); ours-grid: the grid
 * layout, as plain; plain: Cytoscape defaults; plain-webgl: the same with Cytoscape's own WebGL renderer,
 * beside the preview.
 */
type Impl = 'ours' | 'ours-d3' | 'ours-early' | 'ours-grid' | 'plain' | 'plain-webgl';
export interface Run { firstFrameMs: number; completeMs: number; longestFrameGapMs: number; settledMs: number; panFps: number; panWhileArrangingFps: number | null; quality: LayoutQuality | null }
const VIEWPORT = { width: 1280, height: 800 };
/**
 * Draws of the module as the explorer draws (`ours`) and of plain Cytoscape per size, alternating which
 * goes first: their figures are medians (one draw each swung the ratio by a tenth on this machine). The
 * other variants are drawn once.
 */
export const RENDER_ROUNDS = 3;
const DRAW_TIMEOUT_MS = 180_000;

export async function benchRender(context: Pick<SectionContext, 'sizes' | 'log' | 'details'>): Promise<Figure[]> {
  const { sizes, log } = context;
  let browser: Browser | undefined;
  let page: ServedPage | undefined;
  try {
    page = await servePage(projectRoot);
    const { origin } = page;
    browser = await launchChromium();

    const webgl = await probeWebgl(browser, origin);
    log(`  WebGL 2: ${webgl ?? 'none'}`);
    const figures: Figure[] = [];
    const results: Record<string, Record<Impl, Run>> = {};
    for (const [index, n] of sizes.render.nodes.entries()) {
      const row = {} as Record<Impl, Run>;
      const order: Impl[] = index % 2 ? ['plain-webgl', 'plain', 'ours-grid', 'ours-d3', 'ours-early', 'ours'] : ['ours', 'ours-early', 'ours-d3', 'ours-grid', 'plain', 'plain-webgl'];
      for (const impl of order) {
        row[impl] = await drawAndPan(browser, origin, impl, n, sizes.render.panSeconds);
        const r = row[impl];
        log(`  ${n} nodes, ${impl}: ${describeRun(r)}`
          + (r.panWhileArrangingFps === null ? '' : ` (${r.panWhileArrangingFps.toFixed(1)} fps while the layout ran)`));
      }
      // More rounds of the two the headline ratios compare; the first round is the one above.
      const rounds: Record<'ours' | 'plain', Run[]> = { ours: [row.ours], plain: [row.plain] };
      for (let round = 1; round < RENDER_ROUNDS; round++) {
        for (const impl of (index + round) % 2 ? ['plain', 'ours'] as const : ['ours', 'plain'] as const) {
          const r = await drawAndPan(browser, origin, impl, n, sizes.render.panSeconds, { quality: false });
          rounds[impl].push(r);
          log(`  ${n} nodes, ${impl}, round ${round + 1}: ${describeRun(r)}`);
        }
      }
      row.ours = medianRun(rounds.ours);
      row.plain = medianRun(rounds.plain);
      results[String(n)] = row;
      const label = `${n / 1000}k`;
      const headline = n === 5000;
      const { ours, plain } = row;
      const medians = `; medians of ${RENDER_ROUNDS} draws each`;
      const d3 = row['ours-d3'];
      const early = row['ours-early'];
      const apart = componentsQuality(n);
      const q = (r: Run, key: keyof LayoutQuality) => (r.quality ? r.quality[key] : NaN);
      const vs = (key: keyof LayoutQuality) => `ours ${q(ours, key).toFixed(3)}, on d3-force ${q(d3, key).toFixed(3)}`;
      figures.push(
        figure(`render.${label}.first_frame_over_plain`, ours.firstFrameMs / plain.firstFrameMs, '×', headline ? le(0.5) : null,
          `${n} nodes, ${2 * n} edges, every one painted and the page answering: ${Math.round(ours.firstFrameMs)} ms (the explorer's module: its preview, then Cytoscape in slices, force layout in a worker) vs plain Cytoscape's defaults (grid) ${Math.round(plain.firstFrameMs)} ms${medians}`),
        figure(`render.${label}.complete_over_plain`, ours.completeMs / plain.completeMs, '×', headline ? le(1) : null,
          `until Cytoscape holds and has drawn every element (hover, selection, labels): ${Math.round(ours.completeMs)} ms vs ${Math.round(plain.completeMs)} ms${medians}`),
        figure(`render.${label}.complete_over_plain_asked_early`, early.completeMs / plain.completeMs, '×', null,
          `the same with the layout asked of the worker at the first frame (askLayout 'first-frame'), computing while Cytoscape takes the graph in: ${Math.round(early.completeMs)} ms`),
        figure(`render.${label}.longest_frame_gap_over_plain`, ours.longestFrameGapMs / plain.longestFrameGapMs, '×', null,
          `the longest the page went without a frame until then: ${Math.round(ours.longestFrameGapMs)} ms vs ${Math.round(plain.longestFrameGapMs)} ms${medians}`),
        figure(`render.${label}.first_frame_over_plain_same_layout`, row['ours-grid'].firstFrameMs / plain.firstFrameMs, '×', null,
          `the module asked for a grid: ${Math.round(row['ours-grid'].firstFrameMs)} ms (the grid runs after the first frame, on the main thread) vs ${Math.round(plain.firstFrameMs)} ms`),
        figure(`render.${label}.layout_landed_ms`, ours.settledMs, 'ms', null,
          `until the force layout's positions are painted; the page answers input meanwhile (${fps(ours)} panning while it ran); on d3-force ${Math.round(d3.settledMs)} ms (${fps(d3)})`),
        figure(`render.${label}.layout_landed_over_plain_asked_early`, early.settledMs / plain.firstFrameMs, '×', null,
          `the layout asked of the worker at the first frame: landed ${Math.round(early.settledMs)} ms; asked once Cytoscape has drawn everything (the default) ${Math.round(ours.settledMs)} ms`),
        figure(`render.${label}.layout_landed_over_plain`, ours.settledMs / plain.firstFrameMs, '×', headline ? le(2.5) : null,
          `force layout landed ${Math.round(ours.settledMs)} ms vs plain Cytoscape's first frame ${Math.round(plain.firstFrameMs)} ms (medians of ${RENDER_ROUNDS} draws each); on d3-force ${(d3.settledMs / plain.firstFrameMs).toFixed(2)}× (its page went ${Math.round(d3.longestFrameGapMs)} ms without a frame until complete, ours ${Math.round(ours.longestFrameGapMs)} ms)`),
        figure(`render.${label}.layout_overlaps`, q(ours, 'overlaps'), 'share', null,
          `nodes whose disc touches another's once the layout landed: ${vs('overlaps')} (bench/render/quality.ts)`),
        figure(`render.${label}.layout_coverage`, q(ours, 'coverage'), 'share', null,
          `canvas cells (room for four nodes each) holding a node, the picture fitted: ${vs('coverage')}`),
        figure(`render.${label}.layout_edge_stretch`, q(ours, 'edgeStretch'), '×', null,
          `mean edge length over the mean distance of two random nodes (lower: linked nodes together): ${vs('edgeStretch')}`),
        figure(`render.${label}.layout_components_apart`, apart.ours.componentsApart, 'share', null,
          `a graph of ${n} nodes in many components (render/graph.ts), laid out in Node: nodes whose nearest node is of their own component; ours ${apart.ours.componentsApart.toFixed(3)} (overlaps ${apart.ours.overlaps.toFixed(3)}, coverage ${apart.ours.coverage.toFixed(3)}, ${Math.round(apart.ours.cpuMs)} ms CPU), on d3-force ${apart.d3.componentsApart.toFixed(3)} (overlaps ${apart.d3.overlaps.toFixed(3)}, coverage ${apart.d3.coverage.toFixed(3)}, ${Math.round(apart.d3.cpuMs)} ms CPU)`),
        figure(`render.${label}.webgl_first_frame_over_plain`, row['plain-webgl'].firstFrameMs / plain.firstFrameMs, '×', null,
          `plain Cytoscape with its WebGL renderer (${webgl ?? 'no WebGL 2 here'}): first frame ${Math.round(row['plain-webgl'].firstFrameMs)} ms (longest without a frame ${Math.round(row['plain-webgl'].longestFrameGapMs)} ms), panning ${row['plain-webgl'].panFps.toFixed(1)} fps; the module's preview ${Math.round(ours.firstFrameMs)} ms`),
        figure(`render.${label}.pan_fps`, ours.panFps, 'fps', headline ? ge(30) : null,
          `after the layout landed; plain Cytoscape ${plain.panFps.toFixed(1)} fps, ours on grid ${row['ours-grid'].panFps.toFixed(1)} fps; ${sizes.render.panSeconds} s mouse drag, software rendering`),
      );
    }
    context.details.render = results;
    return figures;
  } finally {
    await browser?.close();
    await page?.close();
  }
}

export interface ServedPage {
  origin: string;
  close(): Promise<void>;
}

/**
 * The render page of a tree (this one, or a base commit's for --against) bundled as ES modules and served
 * over loopback HTTP: bench/render/page.ts imports client/src/graph/view.ts, whose worker is built beside
 * it under the name its `new URL('./layout-worker.js', import.meta.url)` asks for. Packages resolve from the
 * tree's own node_modules.
 */
export async function servePage(root: string): Promise<ServedPage> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-render-'));
  try {
    const entries: Record<string, string> = {
      page: path.join(root, 'bench', 'render', 'page.ts'),
      'layout-worker': path.join(root, 'client', 'src', 'graph', 'layout-worker.ts'),
      'layout-worker-d3': path.join(root, 'bench', 'render', 'layout-worker-d3.ts'),
    };
    await build({
      entryPoints: Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file))),
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, splitting: false,
      outdir: dir, logLevel: 'warning',
    });
    await writeFile(path.join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="graph" style="position:absolute;inset:0"></div><script type="module" src="page.js"></script>');
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const server = await serve(dir);
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: not done after ${ms / 1000} s`)), ms); });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** One draw, for the log. */
export function describeRun(r: Run): string {
  return `first frame ${Math.round(r.firstFrameMs)} ms, complete ${Math.round(r.completeMs)} ms (longest without a frame ${Math.round(r.longestFrameGapMs)} ms), laid out ${Math.round(r.settledMs)} ms, panning ${r.panFps.toFixed(1)} fps`;
}

/** Each time and rate the median of the runs'; the layout's quality the first run's. */
export function medianRun(runs: readonly Run[]): Run {
  const mid = (key: keyof Omit<Run, 'quality'>) => median(runs.map((r) => r[key] ?? NaN));
  const arranging = runs.some((r) => r.panWhileArrangingFps !== null) ? mid('panWhileArrangingFps') : null;
  return {
    firstFrameMs: mid('firstFrameMs'), completeMs: mid('completeMs'), longestFrameGapMs: mid('longestFrameGapMs'),
    settledMs: mid('settledMs'), panFps: mid('panFps'), panWhileArrangingFps: arranging, quality: runs[0]?.quality ?? null,
  };
}

function fps(run: Run): string {
  return run.panWhileArrangingFps === null ? 'not measured' : `${run.panWhileArrangingFps.toFixed(1)} fps`;
}

/** The graph as typed arrays, in the order of its nodes. */
function arrays(graph: BenchGraph): { index: Map<string, number>; edges: Uint32Array; radius: Float64Array } {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const edges = Uint32Array.from(graph.edges.flatMap((e) => [index.get(e.from.id) ?? 0, index.get(e.to.id) ?? 0]));
  return { index, edges, radius: Float64Array.from(graph.nodes, (n) => nodeDiameter(n.degree) / 2) };
}

/** The quality of what landed on the page (positions by id). */
function landedQuality(graph: BenchGraph, landed: { ids: string[]; xy: number[] }): LayoutQuality {
  const { index, edges, radius } = arrays(graph);
  const xy = new Float64Array(2 * graph.nodes.length);
  landed.ids.forEach((id, k) => {
    const i = index.get(id);
    if (i === undefined) return;
    xy[2 * i] = landed.xy[2 * k] ?? NaN;
    xy[2 * i + 1] = landed.xy[2 * k + 1] ?? NaN;
  });
  return layoutQuality({ xy, radius, edges });
}

/** Both layouts on a graph of many components, in this process (no tidying): quality and CPU time. */
function componentsQuality(n: number): Record<'ours' | 'd3', LayoutQuality & { cpuMs: number }> {
  const { edges, radius } = arrays(componentsGraph(n));
  const run = (layout: typeof forceLayout) => {
    const before = process.cpuUsage();
    const xy = layout({ n, edges, radii: radius });
    const used = process.cpuUsage(before);
    return { ...layoutQuality({ xy, radius, edges }), cpuMs: (used.user + used.system) / 1000 };
  };
  return { ours: run(forceLayout), d3: run(forceLayoutD3) };
}

async function probeWebgl(browser: Browser, origin: string): Promise<string | null> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'bench' in window);
    return await page.evaluate(() => window.bench.webgl());
  } finally {
    await page.close();
  }
}

/** The bundle over loopback HTTP (page, worker, index). */
function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
  const server = createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? '/', 'http://x').pathname) || 'index.html';
    readFile(path.join(dir, name)).then((body) => {
      response.writeHead(200, { 'content-type': types[path.extname(name)] ?? 'application/octet-stream' });
      response.end(body);
    }, () => {
      response.writeHead(404);
      response.end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One draw on a fresh page, then pans; `quality: false` for a page without `bench.positions()` (older commits). */
export async function drawAndPan(browser: Browser, origin: string, impl: Impl, n: number, panSeconds: number, options = { quality: true }): Promise<Run> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(DRAW_TIMEOUT_MS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'bench' in window);
    // page.evaluate has no timeout of its own: a draw that never ends must not hold the benchmark.
    const drawn = await within(DRAW_TIMEOUT_MS, `${impl} drawing ${n} nodes`, page.evaluate(([which, count]) => window.bench.draw(which === 'ours-grid' ? 'ours' : which, count, which === 'ours-grid' || which.startsWith('plain') ? 'grid' : 'fcose'), [impl, n] as const));
    const forced = impl === 'ours' || impl === 'ours-d3' || impl === 'ours-early';
    // Ours right away, while its layout still runs in the worker: what a person gets who starts at once.
    const arranging = forced ? await pan(page, panSeconds) : null;
    const settledMs = await page.evaluate(() => window.bench.settled());
    const quality = forced && options.quality ? landedQuality(benchGraph(n), await page.evaluate(() => window.bench.positions())) : null;
    if (arranging !== null) await page.evaluate(() => window.bench.fit());
    const panFps = await pan(page, panSeconds);
    if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
    return { firstFrameMs: drawn.ms, completeMs: drawn.completeMs, longestFrameGapMs: drawn.longestFrameGapMs, settledMs, panFps, panWhileArrangingFps: arranging, quality };
  } finally {
    await page.close();
  }
}

/**
 * Presses on the background (a fitted graph leaves an empty margin; pressing on a node would drag the node
 * instead of the view), drags around the middle for `seconds` and counts the page's animation frames.
 */
async function pan(page: Page, seconds: number): Promise<number> {
  const centre = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
  const before = await page.evaluate(() => window.bench.probe());
  await page.mouse.move(8, 8);
  await page.mouse.down();
  await page.mouse.move(centre.x, centre.y, { steps: 5 });
  await page.evaluate(() => window.bench.startFrames());
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < seconds * 1000) {
    const angle = step++ / 10;
    await page.mouse.move(centre.x + 200 * Math.sin(angle), centre.y + 120 * Math.cos(angle));
  }
  const frames = await page.evaluate(() => window.bench.stopFrames());
  const elapsed = (Date.now() - started) / 1000;
  await page.mouse.up();
  const after = await page.evaluate(() => window.bench.probe());
  // Frames are only worth counting if the drag really moved the view.
  const panned = before !== null && after !== null && Math.hypot(after.x - before.x, after.y - before.y) > 50;
  return panned ? frames / elapsed : NaN;
}

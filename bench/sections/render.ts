/**
 * Rendering: the client's graph module (client/src/graph/) against plain Cytoscape with default options
 * on the same elements, in headless Chromium: time to the first interactive frame, then frames per
 * second while a mouse drags the canvas. Each run gets a fresh page; the two alternate which goes first.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from '../../server/src/paths.js';
import { chromiumPath } from '../machine.js';
import { figure, ge, le, type Figure } from '../results.js';
import type { SectionContext } from './index.js';

/** ours: as the explorer draws (fcose); ours-grid: the same layout as plain; plain: Cytoscape defaults. */
type Impl = 'ours' | 'ours-grid' | 'plain';
const VIEWPORT = { width: 1280, height: 800 };
const DRAW_TIMEOUT_MS = 180_000;

export async function benchRender(context: SectionContext): Promise<Figure[]> {
  const { sizes, log } = context;
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-render-'));
  let browser: Browser | undefined;
  try {
    await build({
      entryPoints: [path.join(projectRoot, 'bench', 'render', 'page.ts')],
      bundle: true, format: 'iife', platform: 'browser', target: 'es2022', minify: true,
      outfile: path.join(dir, 'page.js'), logLevel: 'warning',
    });
    await writeFile(path.join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="graph" style="position:absolute;inset:0"></div><script src="page.js"></script>');
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });

    const figures: Figure[] = [];
    const results: Record<string, Record<Impl, { firstFrameMs: number; panFps: number }>> = {};
    for (const [index, n] of sizes.render.nodes.entries()) {
      const row = {} as Record<Impl, { firstFrameMs: number; panFps: number }>;
      const order: Impl[] = index % 2 ? ['plain', 'ours-grid', 'ours'] : ['ours', 'ours-grid', 'plain'];
      for (const impl of order) {
        row[impl] = await drawAndPan(browser, dir, impl, n, sizes.render.panSeconds);
        log(`  ${n} nodes, ${impl}: first frame ${Math.round(row[impl].firstFrameMs)} ms, panning ${row[impl].panFps.toFixed(1)} fps`);
      }
      results[String(n)] = row;
      const label = `${n / 1000}k`;
      const headline = n === 5000;
      figures.push(
        figure(`render.${label}.first_frame_over_plain`, row.ours.firstFrameMs / row.plain.firstFrameMs, '×', headline ? le(0.5) : null,
          `${n} nodes, ${2 * n} edges: ${Math.round(row.ours.firstFrameMs)} ms (the explorer's fcose layout) vs plain Cytoscape's defaults (grid) ${Math.round(row.plain.firstFrameMs)} ms`),
        figure(`render.${label}.first_frame_over_plain_same_layout`, row['ours-grid'].firstFrameMs / row.plain.firstFrameMs, '×', null,
          `both grid: ${Math.round(row['ours-grid'].firstFrameMs)} ms vs ${Math.round(row.plain.firstFrameMs)} ms`),
        figure(`render.${label}.pan_fps`, row.ours.panFps, 'fps', headline ? ge(30) : null,
          `plain Cytoscape ${row.plain.panFps.toFixed(1)} fps, ours on grid ${row['ours-grid'].panFps.toFixed(1)} fps; ${sizes.render.panSeconds} s mouse drag, software rendering`),
      );
    }
    context.details.render = results;
    return figures;
  } finally {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function drawAndPan(browser: Browser, dir: string, impl: Impl, n: number, panSeconds: number): Promise<{ firstFrameMs: number; panFps: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(DRAW_TIMEOUT_MS);
  try {
    await page.goto(`file://${path.join(dir, 'index.html')}`);
    const drawn = await page.evaluate(([which, count]) => window.bench.draw(which === 'plain' ? 'plain' : 'ours', count, which === 'ours' ? 'fcose' : 'grid'), [impl, n] as const);

    // Press on the background (a fitted graph leaves an empty margin; pressing on a node would drag the
    // node instead of the view), then drag around the middle for panSeconds.
    const centre = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
    const before = await page.evaluate(() => window.bench.probe());
    await page.mouse.move(8, 8);
    await page.mouse.down();
    await page.mouse.move(centre.x, centre.y, { steps: 5 });
    await page.evaluate(() => window.bench.startFrames());
    const started = Date.now();
    let step = 0;
    while (Date.now() - started < panSeconds * 1000) {
      const angle = step++ / 10;
      await page.mouse.move(centre.x + 200 * Math.sin(angle), centre.y + 120 * Math.cos(angle));
    }
    const frames = await page.evaluate(() => window.bench.stopFrames());
    const seconds = (Date.now() - started) / 1000;
    await page.mouse.up();
    const after = await page.evaluate(() => window.bench.probe());
    // Frames are only worth counting if the drag really moved the view.
    const panned = before !== null && after !== null && Math.hypot(after.x - before.x, after.y - before.y) > 50;
    return { firstFrameMs: drawn.ms, panFps: panned ? frames / seconds : NaN };
  } finally {
    await page.close();
  }
}

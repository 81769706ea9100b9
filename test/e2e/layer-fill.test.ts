/**
 * The layer of a big graph filled before it is revealed (client/src/graph/instance.ts, layerFiller), in
 * real Chromium with Cytoscape's own canvas renderer: the reveal frame then draws one layer instead of
 * every element one by one (which, at 5k nodes, was the longest the page went without a frame). It reaches
 * into Cytoscape's renderer, whose internals are not public: this is where an upgrade that changes them
 * shows up.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/src/paths.js';
import { launchBrowser } from '../support/browser.js';
import type { Reveal } from './pages/layer-fill.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [path.join(projectRoot, 'test', 'e2e', 'pages', 'layer-fill.ts')],
    bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, logLevel: 'warning',
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent('<!doctype html><meta charset="utf-8"><body style="margin:0"></body>');
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
});

afterAll(async () => {
  await browser?.close();
});

const reveal = (n: number, fill: boolean) => page.evaluate(([count, filled]) => window.layerFill.reveal(count, filled), [n, fill] as const) as Promise<Reveal>;

describe('client graph: a big graph revealed from a filled layer', () => {
  it('draws the reveal frame from one finished layer, not element by element, and paints the same picture', async () => {
    const n = 3000;
    const unfilled = await reveal(n, false);
    const filled = await reveal(n, true);
    // Without the filler, what the filler saves: every element drawn on its own.
    expect(unfilled).toMatchObject({ steps: 0, layers: 0, oneByOne: 3 * n });
    // With it: the sort, the queueing, then at least one step of drawing into the layer.
    expect(filled.steps).toBeGreaterThanOrEqual(3);
    expect(filled).toMatchObject({ oneByOne: 0, layers: 1 });
    // The same graph on the canvas either way (the layer is drawn at its zoom level's scale).
    expect(unfilled.painted).toBeGreaterThan(10_000);
    expect(filled.painted / unfilled.painted).toBeGreaterThan(0.8);
    expect(filled.painted / unfilled.painted).toBeLessThan(1.25);
  }, 60_000);
});

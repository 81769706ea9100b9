/**
 * Runs in headless Chromium (bundled by bench/sections/render.ts, with the client's layout worker beside
 * it): draws the same synthetic elements either with the client's graph module or with plain Cytoscape
 * and all its defaults, and reports the time to the first interactive frame — every element painted and
 * the page free for input (the next animation frame runs) — for the client's module that is its preview's
 * first frame; the time until the Cytoscape scene has every element (plain: its first frame); the longest
 * the page went without a frame until then; and, for the client's module, when its layout has landed.
 * Panning is driven from outside with the mouse; this page counts frames.
 */
import cytoscape from 'cytoscape';
import { toElements } from '../../client/src/graph/elements.js';
import { createGraphView } from '../../client/src/graph/view.js';
import { benchGraph } from './graph.js';

let probe: () => { x: number; y: number } | null = () => null;
let frames = 0;
let counting = false;
const countFrames = () => {
  frames++;
  if (counting) requestAnimationFrame(countFrames);
};
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

declare global {
  interface Window {
    bench: {
      /** ours: the client's graph module with this layout; plain: `cytoscape({ container, elements })`, nothing else. */
      draw(impl: 'ours' | 'ours-d3' | 'ours-early' | 'plain' | 'plain-webgl', n: number, layout: 'fcose' | 'grid'): Promise<{ ms: number; completeMs: number; longestFrameGapMs: number; nodes: number; edges: number }>;
      /** ms from the start of `draw` until the layout had landed and been painted (plain: its first frame). */
      settled(): Promise<number>;
      /** Every node's model position, for the quality figures (quality.ts): ids and x, y per node. */
      positions(): { ids: string[]; xy: number[] };
      /** Fits the whole graph again (after a pan moved it), and resolves when the view stands still. */
      fit(): Promise<void>;
      /** What WebGL 2 this browser offers: its renderer's name, or null without one. */
      webgl(): string | null;
      startFrames(): void;
      stopFrames(): number;
      /** Where the first node is on screen: it moves when the view pans. */
      probe(): { x: number; y: number } | null;
    };
  }
}

let started = 0;
let settled: () => Promise<number> = () => Promise.resolve(0);
let fit: () => Promise<void> = () => Promise.resolve();
let positions: () => { ids: string[]; xy: number[] } = () => ({ ids: [], xy: [] });

window.bench = {
  async draw(impl, n, layout) {
    const container = document.getElementById('graph');
    if (!container) throw new Error('no #graph');
    const elements = toElements(benchGraph(n));
    started = performance.now();
    // The longest stretch without an animation frame, from the start until the scene is complete.
    let last = started;
    let longestGap = 0;
    let ticking = true;
    const tick = () => {
      // When the callback runs, not the frame's timestamp (which may be from before a long task).
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      if (ticking) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    let firstFrame: number | undefined;
    if (impl === 'ours' || impl === 'ours-d3' || impl === 'ours-early') {
      // As the explorer does: the module decides by size how to draw and when to lay out. Its first frame
      // is reported from an animation frame after the one that painted it: the page is free by then.
      const view = createGraphView({
        container,
        onFirstFrame: () => { firstFrame ??= performance.now() - started; },
        // The layout on d3-force in its own worker, for the side-by-side figures (force-layout-d3.ts).
        ...(impl === 'ours-d3' ? { createLayoutWorker: () => new Worker(new URL('./layout-worker-d3.js', import.meta.url), { type: 'module' }) } : {}),
        // The layout asked of the worker at the first frame, instead of once Cytoscape has drawn everything.
        ...(impl === 'ours-early' ? { askLayout: 'first-frame' as const } : {}),
      });
      // Resolves once every element is on Cytoscape's canvas (a small graph: once laid out and settled).
      await view.load(elements, layout);
      probe = () => view.renderedPosition('e0');
      // Timed from now, not when asked: the benchmark pans first, and a layout that landed meanwhile
      // would otherwise count as landing when the pan ended.
      const landed = view.whenSettled().then(nextFrame).then(() => performance.now() - started);
      settled = () => landed;
      positions = () => {
        const ids = view.nodes().map((d) => d.id);
        return { ids, xy: ids.flatMap((id) => { const p = view.position(id); return [p?.x ?? NaN, p?.y ?? NaN]; }) };
      };
      fit = async () => {
        view.fit();
        while (!view.settled()) await nextFrame();
      };
    } else {
      // Default options: Cytoscape's own stylesheet, renderer settings and layout (grid); plain-webgl adds
      // only its WebGL renderer (experimental since 3.31).
      const cy = cytoscape({
        container,
        elements: elements.map((e) => ({ group: e.group, data: { ...e.data } })),
        // Not in @types/cytoscape yet.
        ...(impl === 'plain-webgl' ? { renderer: { name: 'canvas', webgl: true } } as cytoscape.CytoscapeOptions : {}),
      });
      probe = () => ({ ...cy.getElementById('e0').renderedPosition() });
      // Its first frame: the renderer paints on the next animation frame after the constructor. The WebGL
      // renderer emits no 'render': its loop draws in that frame's callbacks, before this one's.
      if (impl === 'plain-webgl') await nextFrame();
      else await new Promise<void>((resolve) => cy.one('render', () => resolve()));
      const painted = performance.now() - started;
      settled = () => Promise.resolve(painted);
    }
    // Interactive: the frame is painted and the next animation frame runs (nothing holds the main thread).
    await nextFrame();
    const completeMs = performance.now() - started;
    ticking = false;
    longestGap = Math.max(longestGap, performance.now() - last);
    const nodes = elements.filter((e) => e.group === 'nodes').length;
    return { ms: firstFrame ?? completeMs, completeMs, longestFrameGapMs: longestGap, nodes, edges: elements.length - nodes };
  },
  settled: () => settled(),
  positions: () => positions(),
  fit: () => fit(),
  webgl() {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  },
  startFrames() {
    frames = 0;
    counting = true;
    requestAnimationFrame(countFrames);
  },
  stopFrames() {
    counting = false;
    return frames;
  },
  probe: () => probe(),
};

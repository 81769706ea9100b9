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
import type { Entity, Relation } from '../../client/src/api/types.js';
import { toElements } from '../../client/src/graph/elements.js';
import { createGraphView } from '../../client/src/graph/view.js';

const KINDS = ['PERSON', 'ORGANIZATION', 'MODEL', 'PRODUCT', 'PLACE', 'CONCEPT'];
const TYPES = ['ENDORSES', 'DOUBTS', 'HOSTS', 'DEVELOPED', 'WORKS_FOR', 'BASED_IN', 'RIVALS'];

/** n entities and 2n relations (a ring plus skewed long links), as the API would return them. */
function subgraph(n: number): { nodes: Entity[]; edges: Relation[] } {
  let seed = 12345;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const nodes: Entity[] = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`, name: `Entity ${i}`, nameAr: `كيان ${i}`, kind: KINDS[i % KINDS.length] ?? 'PERSON',
    aliases: [], description: null, degree: 0,
  }));
  const edges: Relation[] = [];
  const link = (a: number, b: number, k: number) => {
    const type = TYPES[k % TYPES.length] ?? 'ENDORSES';
    edges.push({
      id: `e${a}>${type}>e${b}@bench`, type, from: { id: `e${a}` }, to: { id: `e${b}` },
      claim: null, claimAr: null, role: null, quoteAr: 'قال إن النموذج يضاهي في الأداء النماذج الملكية.', quoteEn: 'He said the model matches proprietary models.',
      source: { id: 'bench', url: null, title: 'Bench', outlet: null, date: null },
    });
    const from = nodes[a];
    const to = nodes[b];
    if (from) from.degree++;
    if (to) to.degree++;
  };
  for (let i = 0; i < n; i++) {
    link(i, (i + 1) % n, i);
    link(i, Math.floor(n * random() ** 2), i + 3);
  }
  return { nodes, edges };
}

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
      draw(impl: 'ours' | 'plain', n: number, layout: 'fcose' | 'grid'): Promise<{ ms: number; completeMs: number; longestFrameGapMs: number; nodes: number; edges: number }>;
      /** ms from the start of `draw` until the layout has landed and been painted (plain: its first frame). */
      settled(): Promise<number>;
      /** Fits the whole graph again (after a pan moved it), and resolves when the view stands still. */
      fit(): Promise<void>;
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

window.bench = {
  async draw(impl, n, layout) {
    const container = document.getElementById('graph');
    if (!container) throw new Error('no #graph');
    const elements = toElements(subgraph(n));
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
    if (impl === 'ours') {
      // As the explorer does: the module decides by size how to draw and when to lay out. Its first frame
      // is reported from an animation frame after the one that painted it: the page is free by then.
      const view = createGraphView({ container, onFirstFrame: () => { firstFrame ??= performance.now() - started; } });
      // Resolves once every element is on Cytoscape's canvas (a small graph: once laid out and settled).
      await view.load(elements, layout);
      probe = () => view.renderedPosition('e0');
      settled = async () => {
        await view.whenSettled();
        await nextFrame();
        return performance.now() - started;
      };
      fit = async () => {
        view.fit();
        while (!view.settled()) await nextFrame();
      };
    } else {
      // Default options: Cytoscape's own stylesheet, renderer settings and layout (grid).
      const cy = cytoscape({ container, elements: elements.map((e) => ({ group: e.group, data: { ...e.data } })) });
      probe = () => ({ ...cy.getElementById('e0').renderedPosition() });
      // Its first frame: the renderer paints on the next animation frame after the constructor.
      await new Promise<void>((resolve) => cy.one('render', () => resolve()));
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
  fit: () => fit(),
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

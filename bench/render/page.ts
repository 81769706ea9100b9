/**
 * Runs in headless Chromium (bundled by bench/sections/render.ts): draws the same synthetic elements
 * either with the client's graph module or with plain Cytoscape and all its defaults, and reports the time
 * to the first interactive frame. Panning is driven from outside with the mouse; this page counts frames.
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
      claim: null, quoteAr: 'قال إن النموذج يضاهي في الأداء النماذج الملكية.', quoteEn: 'He said the model matches proprietary models.',
      source: { id: 'bench', url: null, title: 'Bench', outlet: null },
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
      draw(impl: 'ours' | 'plain', n: number, layout: 'fcose' | 'grid'): Promise<{ ms: number; nodes: number; edges: number }>;
      startFrames(): void;
      stopFrames(): number;
      /** Where the first node is on screen: it moves when the view pans. */
      probe(): { x: number; y: number } | null;
    };
  }
}

window.bench = {
  async draw(impl, n, layout) {
    const container = document.getElementById('graph');
    if (!container) throw new Error('no #graph');
    const elements = toElements(subgraph(n));
    const started = performance.now();
    if (impl === 'ours') {
      // As the explorer does: the large mode above 2000 elements.
      const view = createGraphView({ container, large: elements.length > 2000 });
      await view.load(elements, layout);
      probe = () => view.renderedPosition('e0');
    } else {
      // Default options: Cytoscape's own stylesheet, renderer settings and layout (grid).
      await new Promise<void>((resolve) => {
        const cy = cytoscape({ container, elements: elements.map((e) => ({ group: e.group, data: { ...e.data } })) });
        probe = () => ({ ...cy.getElementById('e0').renderedPosition() });
        cy.ready(() => resolve());
      });
    }
    // Interactive: the layout has settled and a frame with it has been painted.
    await nextFrame();
    await nextFrame();
    const nodes = elements.filter((e) => e.group === 'nodes').length;
    return { ms: performance.now() - started, nodes, edges: elements.length - nodes };
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

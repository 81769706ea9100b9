/**
 * Bundled into a blank page by layer-fill.test.ts: a big graph put into a Cytoscape instance made as the
 * explorer makes it (instance.ts), after a first small draw, then revealed at a fitted viewport, with its
 * layer filled beforehand (layerFiller) or not. Counts what the reveal frame drew element by element.
 */
import type { Core } from 'cytoscape';
import { createInstance, flushRenderedStyle, layerFiller, registerPlugins } from '../../../client/src/graph/instance.js';

interface Renderer {
  drawCachedElements(...args: unknown[]): unknown;
  data: { lyrTxrCache: { getLayers(...args: unknown[]): unknown[] | null } };
}

export interface Reveal {
  /** Steps the filler took (0: none given). */
  steps: number;
  /** Elements the reveal frame drew one by one (the fallback when the layer is not ready). */
  oneByOne: number;
  /** Layers the reveal frame drew. */
  layers: number;
  /** Pixels of the node canvas with paint on them after the reveal. */
  painted: number;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const none = () => undefined;

async function reveal(n: number, fill: boolean): Promise<Reveal> {
  document.body.innerHTML = '<div id="graph" style="position:absolute;inset:0"></div>';
  const container = document.getElementById('graph') as HTMLElement;
  registerPlugins();
  const at = (i: number) => ({ x: (i % 70) * 60, y: Math.floor(i / 70) * 60 });
  const nodes = Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, label: `Entity ${i}`, kind: ['PERSON', 'ORGANIZATION', 'MODEL', 'PRODUCT'][i % 4], degree: 3 }, position: at(i) }));
  const edges = Array.from({ length: 2 * n }, (_, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: `n${i % n}`, target: `n${(i * 7 + 1) % n}`, type: 'ENDORSES' } }));
  // The first slice, drawn as sliced-build.ts draws it: the layer cache's first get is spent on it.
  const cy: Core = createInstance({
    container, lang: 'en', large: true, elements: nodes.slice(0, 200), viewport: { zoom: 1, pan: { x: -1e7, y: -1e7 }, minZoom: 0.001 },
    events: { select: none, expand: none, backgroundTap: none, viewportMoved: none },
  });
  await new Promise<void>((resolve) => cy.one('render', () => resolve()));
  cy.startBatch();
  cy.add([...nodes.slice(200), ...edges]);
  cy.endBatch();
  cy.fit(undefined, 20);
  flushRenderedStyle(cy);
  const filler = fill ? layerFiller(cy) : undefined;
  let steps = 0;
  cy.startBatch();
  while (filler) {
    await frame();
    steps++;
    if (!filler(40)) break;
  }
  const r = (cy as unknown as { renderer(): Renderer }).renderer();
  let oneByOne = 0;
  let layers = 0;
  const drawCachedElements = r.drawCachedElements.bind(r);
  r.drawCachedElements = (...args: unknown[]) => {
    oneByOne += (args[1] as unknown[]).length;
    return drawCachedElements(...args);
  };
  const cache = r.data.lyrTxrCache;
  const getLayers = cache.getLayers.bind(cache);
  cache.getLayers = (...args: unknown[]) => {
    const got = getLayers(...args);
    layers += got?.length ?? 0;
    return got;
  };
  const drawn = new Promise<void>((resolve) => cy.one('render', () => resolve()));
  cy.endBatch();
  await drawn;
  const canvas = container.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]') ?? container.querySelectorAll('canvas')[2];
  const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) painted++;
  cy.destroy();
  return { steps, oneByOne, layers, painted };
}

declare global {
  interface Window { layerFill: { reveal: typeof reveal } }
}
window.layerFill = { reveal };

/**
 * Making a Cytoscape instance: the plugins registered once, the page's CSP respected, the renderer's
 * options chosen by the graph's size, and the events the rest of the module listens to (touch gestures
 * included, touch.ts) wired in one place.
 */
import cytoscape, { type Collection, type Core, type CytoscapeOptions, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Point } from './placement.js';
import { MAX_ZOOM, MIN_ZOOM } from './scale.js';
import { createStylesheet, type Language } from './style.js';
import { installTouchGestures } from './touch.js';

let registered = false;
export function registerPlugins(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** cytoscape-svg touches `window` when imported, so it loads on the first SVG export, in the browser only. */
let svgRegistered: Promise<void> | undefined;
export function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then((module) => { cytoscape.use(module.default); });
  return svgRegistered;
}

/**
 * Cytoscape's renderer injects a one-rule <style> (`position: relative` on its container) unless an
 * element with this id already exists. Under the page's CSP (style-src 'self') that injection is
 * blocked and reported, so a placeholder claims the id; the page's own CSS positions the container.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
export function claimCytoscapeStylesheet(container: HTMLElement): void {
  const doc = container.ownerDocument;
  if (doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = doc.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  doc.head.prepend(placeholder);
}

export interface InstanceEvents {
  /** Selection changed (called once per element: coalesce downstream). */
  select(): void;
  /** Double click, double tap or a long press (touch) on a node. */
  expand(id: string): void;
  /** A click or tap on the canvas's background (Cytoscape has cleared the selection already). */
  backgroundTap(tap: { touch: boolean }): void;
  /** A person panned or zoomed the view. */
  viewportMoved(): void;
}

export interface InstanceOptions {
  /** Absent: headless (tests). */
  container: HTMLElement | undefined;
  lang: Language;
  /** Drawn the cheap way (see LARGE_ELEMENTS). */
  large: boolean;
  elements: ElementDefinition[];
  viewport?: { zoom: number; pan: Point; minZoom: number } | undefined;
  events: InstanceEvents;
}

/** A new instance per load: the elements go in through the constructor, the renderer's options by size. */
export function createInstance({ container, lang, large, elements, viewport, events }: InstanceOptions): Core {
  const cy = cytoscape({
    ...(container ? { container } : { headless: true, styleEnabled: true }),
    style: createStylesheet({ lang, large }),
    elements,
    // The elements carry their positions: the constructor's layout must not move (or re-set) them.
    layout: { name: 'preset', fit: false, positions: () => null } as unknown as CytoscapeOptions['layout'],
    ...(viewport ? { zoom: viewport.zoom, pan: viewport.pan } : {}),
    minZoom: viewport?.minZoom ?? MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: large ? 1 : 'auto',
  });
  cy.on('select unselect', () => events.select());
  cy.on('dbltap', 'node', (event) => events.expand((event.target as NodeSingular).id()));
  installTouchGestures(cy, { onExpand: events.expand, onBackgroundTap: events.backgroundTap });
  cy.on('mouseover', 'node, edge', (event) => (event.target as Collection).addClass('hover'));
  cy.on('mouseout', 'node, edge', (event) => (event.target as Collection).removeClass('hover'));
  cy.on('dragpan scrollzoom pinchzoom', () => events.viewportMoved());
  return cy;
}

/**
 * Styles and measures what the renderer has queued, as its next frame would (not in Cytoscape's typings;
 * present in 3.35). Without it the next frame does it: for a slice, all at once in that frame
 * (sliced-build.ts); for an export, never, since it draws before any frame.
 */
export function flushRenderedStyle(cy: Core): void {
  const { renderer } = cy as unknown as { renderer?: () => { flushRenderedStyleQueue?: () => void } | undefined };
  renderer?.call(cy)?.flushRenderedStyleQueue?.();
}

/** The element holding the renderer's canvases (not in Cytoscape's typings; present in 3.35), if it has them. */
export function canvasLayers(cy: Core): HTMLElement | undefined {
  const { renderer } = cy as unknown as { renderer?: () => { data?: { canvasContainer?: HTMLElement } } | undefined };
  return renderer?.call(cy)?.data?.canvasContainer;
}

/** The parts of Cytoscape's layered texture cache that `layerFiller` drives (not in its typings; present in 3.35). */
interface LayerCache {
  firstGet: boolean;
  skipping: boolean;
  lastInvalidationTime: number;
  layersQueue: { size(): number };
  getLayers(eles: unknown[], pxRatio: number): unknown[] | null;
  dequeue(pxRatio: number): unknown[];
}
interface CanvasRenderer {
  data?: { lyrTxrCache?: LayerCache };
  getPixelRatio?(): number;
  getCachedZSortedEles?(): unknown[] & { nondrag?: unknown[] };
}

/**
 * Fills the renderer's layer for the current zoom level ahead of the frame that draws it, in steps the
 * caller spreads over tasks: each `fill(ms)` does the next step, drawing elements into the layer for about
 * `ms`, and says whether any are left. Undefined when there is no such cache to fill.
 *
 * Why: after a change, Cytoscape's next frame does not use its layers. It queues every element for a new
 * layer, drawn a few per frame, and meanwhile draws every element on its own, each frame. For a very big
 * graph revealed at once (sliced-build.ts) that frame was the longest the page went without one: 0.45 to
 * 0.55 s at 5k nodes, of which about 0.35 s drawing elements one by one. Filled here first, the frame
 * draws one finished layer. The steps before the drawing are the frame's own: sorting the elements by
 * z-order (30 to 120 ms at 5k nodes) and queueing them in the layer (measuring their box, about 150 ms).
 * The cache skips its layers for 250 ms after a change (a burst of edits); the change here is over, so
 * that guard is reset. Any later change invalidates the layer as it would anyway.
 */
export function layerFiller(cy: Core): ((ms: number) => boolean) | undefined {
  const { renderer } = cy as unknown as { renderer?: () => CanvasRenderer | undefined };
  const r = renderer?.call(cy);
  const cache = r?.data?.lyrTxrCache;
  const pxRatio = r?.getPixelRatio?.();
  // On its first get the cache draws the layer at once: the frame's work, only earlier.
  if (!cache || !r?.getCachedZSortedEles || pxRatio === undefined || cache.firstGet || typeof cache.getLayers !== 'function' || typeof cache.dequeue !== 'function') return undefined;
  const zSorted = () => r.getCachedZSortedEles?.().nondrag;
  const settle = () => {
    cache.skipping = false;
    cache.lastInvalidationTime = -Infinity;
  };
  const steps = [
    () => zSorted() !== undefined,
    () => {
      const eles = zSorted();
      settle();
      // Queues every element for the level's layer: the same elements, in the same order, as the frame's.
      return eles !== undefined && cache.getLayers(eles, pxRatio) === null && cache.layersQueue.size() > 0;
    },
  ];
  return (ms) => {
    const step = steps.shift();
    if (step) return step();
    const until = performance.now() + ms;
    while (cache.layersQueue.size() > 0 && performance.now() < until) cache.dequeue(pxRatio);
    settle();
    return cache.layersQueue.size() > 0;
  };
}

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

/**
 * Sorts the elements in the order the renderer draws them and keeps it, as its next frame would (not in
 * Cytoscape's typings; present in 3.35). The order holds until an element is added or removed.
 */
export function sortZOrder(cy: Core): void {
  const { renderer } = cy as unknown as { renderer?: () => { getCachedZSortedEles?: () => unknown } | undefined };
  renderer?.call(cy)?.getCachedZSortedEles?.();
}

/** The element holding the renderer's canvases (not in Cytoscape's typings; present in 3.35), if it has them. */
export function canvasLayers(cy: Core): HTMLElement | undefined {
  const { renderer } = cy as unknown as { renderer?: () => { data?: { canvasContainer?: HTMLElement } } | undefined };
  return renderer?.call(cy)?.data?.canvasContainer;
}

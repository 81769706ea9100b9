/**
 * The canvas: the only code that talks to a Cytoscape instance. Everything goes in and out as plain
 * data (elements.ts), bulk changes run in `cy.batch`, lookups use `getElementById`, and the layout only
 * runs when asked. Works headless (no container) for unit tests.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type NodeCollection, type Collection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeData, EdgeElement, GraphElement, NodeData, NodeElement } from './elements.js';
import { FIT_PADDING, type LayoutName } from './layouts.js';
import { placeAround, type Point } from './placement.js';
import { runLayout } from './run-layout.js';
import { NODE_SIZE, createStylesheet, type Language } from './style.js';

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** cytoscape-svg touches `window` when imported, so it loads on the first SVG export, in the browser only. */
let svgRegistered: Promise<void> | undefined;
function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then((module) => { cytoscape.use(module.default); });
  return svgRegistered;
}

/**
 * Cytoscape's renderer injects a one-rule <style> (`position: relative` on its container) unless an
 * element with this id already exists. Under the page's CSP (style-src 'self') that injection is
 * blocked and reported, so a placeholder claims the id; the page's own CSS positions the container.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
function claimCytoscapeStylesheet(container: HTMLElement): void {
  const doc = container.ownerDocument;
  if (doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = doc.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  doc.head.prepend(placeholder);
}

export interface Selection {
  group: 'nodes' | 'edges';
  id: string;
}

export interface Filters {
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
}

/** Removed elements with their positions, enough to put them back exactly (undo). */
export interface Snapshot {
  nodes: NodeElement[];
  edges: EdgeElement[];
}

export interface Counts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
  byKind: Map<string, number>;
  byType: Map<string, number>;
}

export interface GraphViewOptions {
  /** Absent: headless (tests). */
  container?: HTMLElement | undefined;
  lang?: Language;
  /** Big graphs: edges hidden and the scene textured while panning/zooming, pixel ratio 1. */
  large?: boolean;
  onSelect?: (selection: Selection | null) => void;
  /** Double click (or double tap) on a node. */
  onExpand?: (id: string) => void;
}

export interface GraphView {
  /** Replaces everything and lays it out once. */
  load(elements: GraphElement[], layout: LayoutName): Promise<void>;
  /** Adds what is not drawn yet; new nodes are placed around `anchor` (no global layout). Returns the ids added. */
  add(elements: GraphElement[], options?: { anchor?: string | undefined }): string[];
  /** Removes the elements (and the edges of removed nodes); returns what was removed, for undo. */
  remove(ids: readonly string[]): Snapshot;
  /** Puts removed elements back where they were. */
  restore(snapshot: Snapshot): void;
  clear(): Snapshot;
  has(id: string): boolean;
  node(id: string): NodeData | undefined;
  edge(id: string): EdgeData | undefined;
  /** Ids of the nodes directly linked to `id`. */
  neighbours(id: string): string[];
  nodes(options?: { visibleOnly?: boolean }): NodeData[];
  edges(options?: { visibleOnly?: boolean }): EdgeData[];
  counts(): Counts;
  select(id: string | null, options?: { center?: boolean }): void;
  selected(): Selection | null;
  /** Emphasises these elements and fades the rest; null clears. */
  highlight(ids: readonly string[] | null, className?: 'path' | 'found'): void;
  setFilters(filters: Filters): void;
  setLanguage(lang: Language): void;
  runLayout(name: LayoutName, options?: { roots?: string[] }): Promise<void>;
  fit(ids?: readonly string[]): void;
  /** No layout is running and nothing (viewport or node) is animating. */
  settled(): boolean;
  /** Model position of a node (layout coordinates, independent of zoom and pan). */
  position(id: string): Point | null;
  /** Position of a node (or an edge's midpoint) on the canvas, in CSS pixels from its top-left corner. */
  renderedPosition(id: string): Point | null;
  exportPng(): Promise<Blob>;
  exportSvg(): Promise<string>;
  exportJson(): string;
  /** Redraws after the page's fonts arrive, so canvas labels use them. */
  refreshStyle(): void;
  destroy(): void;
}

export function createGraphView(options: GraphViewOptions = {}): GraphView {
  register();
  let lang: Language = options.lang ?? 'en';
  let filters: Filters = { hiddenKinds: new Set(), hiddenTypes: new Set() };
  const large = options.large ?? false;
  if (options.container) claimCytoscapeStylesheet(options.container);
  const cy: Core = cytoscape({
    ...(options.container ? { container: options.container } : { headless: true, styleEnabled: true }),
    style: createStylesheet({ lang, large }),
    elements: [],
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: large ? 1 : 'auto',
  });

  let layoutsRunning = 0;
  let pendingSelect = false;
  const reportSelection = () => {
    if (pendingSelect) return;
    pendingSelect = true;
    queueMicrotask(() => {
      pendingSelect = false;
      options.onSelect?.(currentSelection());
    });
  };
  cy.on('select unselect', reportSelection);
  cy.on('dbltap', 'node', (event) => options.onExpand?.((event.target as NodeSingular).id()));
  cy.on('mouseover', 'node, edge', (event) => (event.target as Collection).addClass('hover'));
  cy.on('mouseout', 'node, edge', (event) => (event.target as Collection).removeClass('hover'));

  const currentSelection = (): Selection | null => {
    const first = cy.$(':selected').first();
    if (first.empty()) return null;
    return { group: first.isNode() ? 'nodes' : 'edges', id: first.id() };
  };

  const applyFilters = (scope: Collection) => {
    cy.batch(() => {
      scope.nodes().forEach((n) => {
        n.toggleClass('filtered', filters.hiddenKinds.has(n.data('kind') as string));
      });
      const edges = scope.nodes().connectedEdges().union(scope.edges());
      edges.forEach((e) => {
        const hidden = filters.hiddenTypes.has(e.data('type') as string)
          || e.source().hasClass('filtered') || e.target().hasClass('filtered');
        e.toggleClass('filtered', hidden);
      });
    });
  };

  const center = (nodes: NodeCollection = cy.nodes()): Point => {
    const box = nodes.boundingBox({});
    return nodes.empty() ? { x: 0, y: 0 } : { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  };

  const snapshotOf = (collection: Collection): Snapshot => ({
    nodes: collection.nodes().map((n) => ({ group: 'nodes', data: { ...(n.data() as NodeData) }, position: { ...n.position() } })),
    edges: collection.edges().map((e) => ({ group: 'edges', data: { ...(e.data() as EdgeData) } })),
  });

  const byIds = (ids: readonly string[]): Collection => {
    let collection = cy.collection();
    for (const id of ids) {
      const element = cy.getElementById(id);
      if (element.nonempty()) collection = collection.union(element);
    }
    return collection;
  };

  const visible = (selector: string) => cy.$(selector).filter((e) => !e.hasClass('filtered'));

  const view: GraphView = {
    async load(elements, layout) {
      // Start from a circle, not a pile at (0, 0): the first frames and an animated layout stay drawable.
      const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes' && !e.position);
      const ring = placeAround({ center: { x: 0, y: 0 }, count: nodes.length, radius: Math.max(120, nodes.length * 6) });
      const start = new Map(nodes.map((n, i) => [n.data.id, ring[i]]));
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements.map((e) => {
          const position = start.get(e.data.id);
          return (position ? { ...e, position } : e) as ElementDefinition;
        }));
      });
      applyFilters(cy.elements());
      await view.runLayout(layout);
    },

    add(elements, { anchor } = {}) {
      const fresh = elements.filter((e) => cy.getElementById(e.data.id).empty());
      const freshNodes = fresh.filter((e): e is NodeElement => e.group === 'nodes' && !e.position);
      const anchorNode = anchor ? cy.getElementById(anchor) : undefined;
      const origin = anchorNode?.nonempty() ? { ...anchorNode.position() } : center();
      // Fan out away from the rest of the graph; the anchor's own neighbours (an earlier batch) do not
      // count, so a "show more" keeps facing the way the first batch did.
      const rest = anchorNode?.nonempty() ? cy.nodes().not(anchorNode.closedNeighborhood()) : cy.collection();
      const points = placeAround({
        center: origin,
        away: rest.nonempty() ? center(rest) : undefined,
        count: freshNodes.length,
        // Every node drawn keeps its place and its room: new ones take the free slots only.
        occupied: freshNodes.length ? cy.nodes().map((n) => n.position()) : [],
        clearance: NODE_SIZE.max + 8,
      });
      const positioned = new Map(freshNodes.map((n, i) => [n.data.id, points[i] ?? origin]));
      let added = cy.collection();
      cy.batch(() => {
        added = cy.add(fresh.map((e) => {
          const position = positioned.get(e.data.id);
          return (position ? { ...e, position } : e) as ElementDefinition;
        }));
      });
      applyFilters(added);
      return added.map((e) => e.id());
    },

    remove(ids) {
      const targets = byIds(ids);
      const all = targets.union(targets.nodes().connectedEdges());
      const snapshot = snapshotOf(all);
      cy.batch(() => all.remove());
      return snapshot;
    },

    restore(snapshot) {
      const nodes = snapshot.nodes.filter((n) => cy.getElementById(n.data.id).empty());
      let added = cy.collection();
      cy.batch(() => {
        added = cy.add(nodes as ElementDefinition[]);
        const edges = snapshot.edges.filter((e) => cy.getElementById(e.data.id).empty()
          && cy.getElementById(e.data.source).nonempty() && cy.getElementById(e.data.target).nonempty());
        added = added.union(cy.add(edges as ElementDefinition[]));
      });
      applyFilters(added);
    },

    clear() {
      const snapshot = snapshotOf(cy.elements());
      cy.batch(() => cy.elements().remove());
      return snapshot;
    },

    has: (id) => cy.getElementById(id).nonempty(),
    node(id) {
      const n = cy.getElementById(id);
      return n.nonempty() && n.isNode() ? (n.data() as NodeData) : undefined;
    },
    edge(id) {
      const e = cy.getElementById(id);
      return e.nonempty() && e.isEdge() ? (e.data() as EdgeData) : undefined;
    },
    neighbours(id) {
      const n = cy.getElementById(id);
      return n.nonempty() && n.isNode() ? n.neighborhood().nodes().map((m) => m.id()) : [];
    },
    nodes: ({ visibleOnly = false } = {}) => (visibleOnly ? visible('node') : cy.nodes()).map((n) => n.data() as NodeData),
    edges: ({ visibleOnly = false } = {}) => (visibleOnly ? visible('edge') : cy.edges()).map((e) => e.data() as EdgeData),

    counts() {
      const byKind = new Map<string, number>();
      const byType = new Map<string, number>();
      cy.nodes().forEach((n) => {
        const kind = n.data('kind') as string;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      });
      cy.edges().forEach((e) => {
        const type = e.data('type') as string;
        byType.set(type, (byType.get(type) ?? 0) + 1);
      });
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        visibleNodes: visible('node').length,
        visibleEdges: visible('edge').length,
        byKind,
        byType,
      };
    },

    select(id, { center: centre = false } = {}) {
      cy.batch(() => {
        cy.$(':selected').unselect();
        if (id === null) return;
        const element = cy.getElementById(id);
        if (element.empty()) return;
        element.select();
      });
      if (id !== null && centre) {
        const element = cy.getElementById(id);
        if (element.nonempty() && options.container) {
          cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
        }
      }
    },
    selected: currentSelection,

    highlight(ids, className = 'path') {
      cy.batch(() => {
        cy.elements().removeClass(`faded ${className}`);
        if (!ids) return;
        const chosen = byIds(ids);
        cy.elements().not(chosen).addClass('faded');
        chosen.addClass(className);
      });
    },

    setFilters(next) {
      filters = { hiddenKinds: new Set(next.hiddenKinds), hiddenTypes: new Set(next.hiddenTypes) };
      applyFilters(cy.elements());
    },

    setLanguage(next) {
      if (next === lang) return;
      lang = next;
      cy.style(createStylesheet({ lang, large }));
    },

    runLayout(name, { roots } = {}) {
      const target = cy.elements().not('.filtered');
      if (target.empty()) return Promise.resolve();
      const selected = cy.$('node:selected').map((n) => n.id());
      const hubs = roots ?? (selected.length ? selected : [maxDegree(cy)].filter((x): x is string => Boolean(x)));
      layoutsRunning++;
      return runLayout(cy, target, name, {
        nodeCount: target.nodes().length,
        roots: hubs,
        animate: Boolean(options.container),
        viewport: options.container ? { w: cy.width(), h: cy.height() } : undefined,
      }).finally(() => { layoutsRunning--; });
    },

    fit(ids) {
      if (!options.container) return;
      const target = ids?.length ? byIds(ids) : cy.elements().not('.filtered');
      cy.animate({ fit: { eles: target, padding: FIT_PADDING } }, { duration: 300 });
    },

    settled: () => layoutsRunning === 0 && !cy.animated() && cy.$(':animated').empty(),

    position(id) {
      const n = cy.getElementById(id);
      return n.nonempty() && n.isNode() ? { ...n.position() } : null;
    },

    renderedPosition(id) {
      const element = cy.getElementById(id);
      if (element.empty()) return null;
      return element.isNode() ? { ...element.renderedPosition() } : { ...(element as cytoscape.EdgeSingular).renderedMidpoint() };
    },

    exportPng: () => cy.png({ output: 'blob-promise', full: true, scale: large ? 1 : 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }),
    // cytoscape-svg adds `cy.svg()`; the package has no types, see cytoscape-plugins.d.ts.
    async exportSvg() {
      await registerSvg();
      return (cy as Core & { svg(o: { full: boolean; bg: string; scale: number }): string }).svg({ full: true, bg: '#ffffff', scale: 1 });
    },
    exportJson() {
      const shown = snapshotOf(cy.elements().not('.filtered'));
      return JSON.stringify({ format: 'cytoscape-elements', elements: shown }, null, 2);
    },

    refreshStyle: () => cy.style().update(),
    destroy: () => cy.destroy(),
  };
  return view;
}

function maxDegree(cy: Core): string | undefined {
  let best: NodeSingular | undefined;
  cy.nodes().forEach((n) => {
    if (!best || n.degree(false) > best.degree(false)) best = n;
  });
  return best?.id();
}

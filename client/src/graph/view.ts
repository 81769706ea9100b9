/**
 * The canvas: the only code that talks to a Cytoscape instance. Everything goes in and out as plain
 * data (elements.ts), bulk changes run in `cy.batch`, lookups use `getElementById`, and the layout only
 * runs when asked. Works headless (no container) for unit tests.
 */
import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition, type NodeSingular, type NodeCollection, type Collection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeData, EdgeElement, GraphElement, NodeData, NodeElement } from './elements.js';
import { CANCELLED, createForceRunner, createLayoutWorker } from './force-runner.js';
import { initialPlacement } from './initial-placement.js';
import { FIT_PADDING, type LayoutName } from './layouts.js';
import { placeAround, type Point } from './placement.js';
import { createPreview, previewScene, type Preview } from './preview.js';
import { runLayout } from './run-layout.js';
import { BACKGROUND_LAYOUT_NODES, BUILD_SLICE, LARGE_ELEMENTS, MAX_ZOOM, MIN_ZOOM, boxAround, fitViewport, minZoomFor, nextSlice, type Box } from './scale.js';
import { NODE_SIZE, createStylesheet, nodeDiameter, type Language } from './style.js';
import { tidy, type NodeBox } from './tidy.js';
import { installTouchGestures } from './touch.js';

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
  /**
   * Draw the cheap way (see LARGE_ELEMENTS): edges straight and unlabelled, hidden and the scene textured
   * while the view moves, pixel ratio 1. @default decided at each load: more than `largeThreshold` elements
   */
  large?: boolean | undefined;
  /** @default LARGE_ELEMENTS (2000) */
  largeThreshold?: number | undefined;
  /**
   * Starts the worker that lays big graphs out off the main thread; null computes in this thread after
   * the first frame. @default createLayoutWorker in a browser, null headless
   */
  createLayoutWorker?: (() => Worker) | null;
  onSelect?: (selection: Selection | null) => void;
  /**
   * Every element of a load is on the screen and the page answers. For a very big graph that is the
   * preview's first frame (preview.ts), well before `load` resolves (`complete: false`: clicks and hover
   * wait for Cytoscape); otherwise just before `load` resolves.
   */
  onFirstFrame?: (frame: { complete: boolean }) => void;
  /** Double click, double tap or a long press (touch) on a node. */
  onExpand?: (id: string) => void;
  /** A click or tap on the canvas's background (Cytoscape has cleared the selection already). */
  onBackgroundTap?: (tap: { touch: boolean }) => void;
}

export interface GraphView {
  /**
   * Replaces everything. A small graph is laid out first and settles with one animation; the promise
   * resolves after that. A big one (more than BACKGROUND_LAYOUT_NODES nodes) is drawn at once from a
   * cheap placement: the promise resolves once that frame is on the canvas and the layout then runs
   * without blocking the page (`settled`, `whenSettled`). A very big one (more than LARGE_ELEMENTS) is
   * shown by a preview at once while Cytoscape takes it in slices (`onFirstFrame`); the promise resolves
   * when Cytoscape has all of it on the canvas.
   */
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
  /** Resolves when the layout has landed (for a big graph's force layout: when the worker's answer is drawn). */
  runLayout(name: LayoutName, options?: { roots?: string[] }): Promise<void>;
  /** Shows every visible element (or these), whatever the graph's size. */
  fit(ids?: readonly string[]): void;
  /** No layout is running and nothing (viewport or node) is animating. */
  settled(): boolean;
  /** Resolves once no layout is running (a later layout is waited for too). */
  whenSettled(): Promise<void>;
  /** Whether the current graph is drawn the cheap way. */
  isLarge(): boolean;
  /** Model position of a node (layout coordinates, independent of zoom and pan). */
  position(id: string): Point | null;
  /** Position of a node (or an edge's midpoint) on the canvas, in CSS pixels from its top-left corner. */
  renderedPosition(id: string): Point | null;
  /** Zoom and pan: Cytoscape's, or the preview's while one stands in. */
  viewport(): { zoom: number; pan: Point };
  /**
   * Pans, animated, so the element lies inside `box` (canvas pixels from its top-left corner) — the part
   * of the canvas a sheet over it leaves in view. Nothing moves when it is inside already.
   */
  reveal(id: string, box: { x: number; y: number; w: number; h: number }): void;
  /** The label Cytoscape draws for an element now (its computed style), for tests to read what the canvas says. */
  labelOf(id: string): string | null;
  exportPng(): Promise<Blob>;
  exportSvg(): Promise<string>;
  exportJson(): string;
  /** Redraws after the page's fonts arrive, so canvas labels use them. */
  refreshStyle(): void;
  destroy(): void;
}

/** A selection centred on the canvas is shown at least this close, so its label reads. */
const CENTRE_ZOOM = 1;

/** Room for a label under a node when the picture is fitted without measuring every label. */
const LABEL_ALLOWANCE = 22;

/** The box nodes at these positions fill, with room for the biggest node and a label. */
function pictureBox(points: readonly Point[]): Box {
  return boxAround(points, NODE_SIZE.max / 2 + LABEL_ALLOWANCE);
}

/** Where Cytoscape looks while it takes a big graph in: far from every element, so its frames draw nothing. */
const OFF_STAGE: Point = { x: -1e7, y: -1e7 };

export function createGraphView(options: GraphViewOptions = {}): GraphView {
  register();
  let lang: Language = options.lang ?? 'en';
  let filters: Filters = { hiddenKinds: new Set(), hiddenTypes: new Set() };
  let large = options.large ?? false;
  const { container } = options;
  if (container) claimCytoscapeStylesheet(container);
  const runner = createForceRunner({
    createWorker: options.createLayoutWorker !== undefined ? options.createLayoutWorker
      : container && typeof Worker !== 'undefined' ? createLayoutWorker : null,
  });

  /** A new instance per load: the elements go in through the constructor, the renderer's options by size. */
  const make = (elements: ElementDefinition[], viewport?: { zoom: number; pan: Point; minZoom: number }): Core => {
    const instance = cytoscape({
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
    instance.on('select unselect', reportSelection);
    instance.on('dbltap', 'node', (event) => options.onExpand?.((event.target as NodeSingular).id()));
    installTouchGestures(instance, { onExpand: options.onExpand, onBackgroundTap: options.onBackgroundTap });
    instance.on('mouseover', 'node, edge', (event) => (event.target as Collection).addClass('hover'));
    instance.on('mouseout', 'node, edge', (event) => (event.target as Collection).removeClass('hover'));
    // A person moved the view: a layout that lands later keeps it instead of fitting.
    instance.on('dragpan scrollzoom pinchzoom', () => { viewportTouched = true; });
    return instance;
  };

  /** Layouts in progress (settled failures included), for `settled` and `whenSettled`. */
  const running = new Set<Promise<void>>();
  /** Bumped by every load (and destroy): a load that a newer one overtook stops where it is. */
  let loads = 0;
  /** Bumped by every load and layout: an older layout that lands late is dropped. */
  let generation = 0;
  /** A very big graph going in slice by slice: the elements still to come, and when it is all in. */
  let pending: ElementDefinition[] = [];
  let building: Promise<unknown> | undefined;
  /** Puts the rest of a sliced build in at once: an edit while the slices go in acts on the whole graph. */
  const finishBuild = () => {
    if (!pending.length) return;
    const rest = pending;
    pending = [];
    cy.batch(() => { cy.add(rest); });
  };
  let viewportTouched = false;
  let pendingSelect = false;
  const reportSelection = () => {
    if (pendingSelect) return;
    pendingSelect = true;
    queueMicrotask(() => {
      pendingSelect = false;
      options.onSelect?.(currentSelection());
    });
  };
  let cy: Core = make([]);
  /** The stand-in picture while a very big graph goes into Cytoscape. */
  let preview: Preview | undefined;
  /** Draws the preview again with the current filters, while there is one. */
  let redrawPreview: (() => void) | undefined;
  const dropPreview = () => {
    preview?.destroy();
    preview = undefined;
    redrawPreview = undefined;
  };
  const nextFrame = () => new Promise<void>((resolve) => {
    // A hidden page runs no frames: the slices go on without them.
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

  const currentSelection = (): Selection | null => {
    const first = cy.$(':selected').first();
    if (first.empty()) return null;
    return { group: first.isNode() ? 'nodes' : 'edges', id: first.id() };
  };

  /** Only elements whose state changes are touched: with no filter on, a big graph costs one pass and no restyle. */
  const applyFilters = (scope: Collection) => {
    cy.batch(() => {
      scope.nodes().forEach((n) => {
        const hidden = filters.hiddenKinds.has(n.data('kind') as string);
        if (hidden !== n.hasClass('filtered')) n.toggleClass('filtered', hidden);
      });
      const edges = scope.nodes().connectedEdges().union(scope.edges());
      edges.forEach((e) => {
        const hidden = filters.hiddenTypes.has(e.data('type') as string) || e.source().hasClass('filtered') || e.target().hasClass('filtered');
        if (hidden !== e.hasClass('filtered')) e.toggleClass('filtered', hidden);
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

  const canvasSize = () => ({ w: cy.width(), h: cy.height() });

  /** The box of these nodes from their positions and sizes, without measuring labels: cheap at any size. */
  const nodesBox = (nodes: NodeCollection): Box => {
    const points: Point[] = [];
    nodes.forEach((n) => { points.push(n.position()); });
    return pictureBox(points);
  };

  /** Lets the zoom go low enough for `box` to fit, and returns the viewport that fits it. */
  const viewportFor = (box: Box) => {
    const fitted = fitViewport(box, canvasSize(), FIT_PADDING);
    cy.minZoom(minZoomFor(fitted.zoom));
    return fitted;
  };

  /** Resolves once the renderer has drawn a frame (at once headless, where nothing is drawn). */
  const drawn = () => new Promise<void>((resolve) => {
    if (!container) {
      resolve();
      return;
    }
    // A hidden page draws no frames: do not wait forever for one.
    const timer = setTimeout(resolve, 5000);
    cy.one('render', () => {
      clearTimeout(timer);
      resolve();
    });
  });

  /** Tracks a layout for `settled` and `whenSettled`. */
  const track = (run: Promise<void>): Promise<void> => {
    const quiet = run.catch(() => undefined).finally(() => { running.delete(quiet); });
    running.add(quiet);
    return run;
  };

  /**
   * The force layout of a big graph, off the main thread: the visible nodes and their edges go to the
   * worker as typed arrays; the answer is tidied (loose nodes in rows) and applied in one batch.
   */
  const forceInBackground = async (mine: number): Promise<void> => {
    const target = cy.elements().not('.filtered');
    const nodes = target.nodes();
    const index = new Map<string, number>();
    const radii = new Float64Array(nodes.length);
    nodes.forEach((n, i) => {
      index.set(n.id(), i);
      radii[i] = nodeDiameter(Number(n.data('degree') ?? 0)) / 2;
    });
    const pairs: number[] = [];
    target.edges().forEach((e) => {
      const s = index.get(e.data('source') as string);
      const t = index.get(e.data('target') as string);
      if (s !== undefined && t !== undefined) pairs.push(s, t);
    });
    const linked = new Uint8Array(nodes.length);
    for (const i of pairs) linked[i] = 1;
    let result: Float64Array;
    try {
      result = await runner.run({ n: nodes.length, edges: Uint32Array.from(pairs), radii });
    } catch (error) {
      if (error === CANCELLED) return;
      throw error;
    }
    if (mine !== generation) return;
    const boxes = nodes.map((n, i): NodeBox => ({
      id: n.id(),
      x: result[2 * i] ?? 0,
      y: result[2 * i + 1] ?? 0,
      w: 2 * (radii[i] ?? 0) + 16,
      h: 2 * (radii[i] ?? 0) + LABEL_ALLOWANCE,
      isolated: !linked[i],
      group: String(n.data('kind') ?? ''),
      label: String(n.data('name') ?? n.id()),
    }));
    const final = tidy(boxes, { viewport: container ? canvasSize() : undefined, reshape: true });
    land(final);
  };

  /**
   * Puts the nodes where a background layout placed them, in one batch. Nodes added since it started
   * follow a neighbour that moved; the view fits the new picture unless a person moved it meanwhile, in
   * which case a selected node stays where it was on screen.
   */
  const land = (final: Map<string, Point>) => {
    const selectedNode = cy.nodes(':selected').first();
    const before = selectedNode.nonempty() ? { ...selectedNode.renderedPosition() } : undefined;
    cy.batch(() => {
      const moved = new Map<string, Point>();
      cy.nodes().forEach((n) => {
        const to = final.get(n.id());
        if (!to || n.grabbed()) return;
        const from = n.position();
        moved.set(n.id(), { x: to.x - from.x, y: to.y - from.y });
      });
      cy.nodes().forEach((n) => {
        let shift = moved.get(n.id());
        if (!shift && !final.has(n.id())) {
          const neighbour = n.neighborhood().nodes().filter((m) => moved.has(m.id())).first();
          shift = neighbour.nonempty() ? moved.get(neighbour.id()) : undefined;
        }
        if (shift) n.position({ x: n.position('x') + shift.x, y: n.position('y') + shift.y });
      });
    });
    if (!container) return;
    const visibleNodes = cy.nodes().not('.filtered');
    if (!viewportTouched) {
      const fitted = viewportFor(nodesBox(visibleNodes));
      if (selectedNode.nonempty()) {
        cy.viewport({ zoom: Math.max(fitted.zoom, cy.zoom()), pan: cy.pan() });
        cy.center(selectedNode);
      } else {
        cy.viewport({ zoom: fitted.zoom, pan: fitted.pan });
      }
    } else {
      cy.minZoom(minZoomFor(fitViewport(nodesBox(visibleNodes), canvasSize(), FIT_PADDING).zoom));
      if (before && selectedNode.nonempty()) {
        const after = selectedNode.renderedPosition();
        cy.panBy({ x: before.x - after.x, y: before.y - after.y });
      }
    }
  };

  /**
   * A very big graph: the preview (preview.ts) shows all of it in the first frame and answers pan and zoom,
   * while Cytoscape takes the elements in slices, one per frame, panned off-stage so that its frames only
   * style and measure the new slice and draw nothing. Then Cytoscape gets the preview's viewport; the
   * caller drops the preview once Cytoscape has drawn. False when another load (or destroy) came first.
   */
  const buildInSlices = async (host: HTMLElement, definitions: ElementDefinition[], elements: GraphElement[], positions: ReadonlyMap<string, Point | undefined>): Promise<boolean> => {
    const mine = loads;
    const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
    const edges = elements.filter((e): e is EdgeElement => e.group === 'edges');
    const scene = () => previewScene(nodes, edges, positions, {
      node: (n) => filters.hiddenKinds.has(n.data.kind),
      edge: (e) => filters.hiddenTypes.has(e.data.type),
    });
    const points = nodes.filter((n) => !filters.hiddenKinds.has(n.data.kind)).map((n) => positions.get(n.data.id) ?? n.position ?? { x: 0, y: 0 });
    const fitted = fitViewport(pictureBox(points), { w: host.clientWidth, h: host.clientHeight }, FIT_PADDING);
    const limits = { min: minZoomFor(fitted.zoom), max: MAX_ZOOM };
    const shown = createPreview(host, scene(), fitted, limits);
    preview = shown;
    redrawPreview = () => shown.update(scene());
    cy = make([], { zoom: 1, pan: OFF_STAGE, minZoom: limits.min });
    await shown.painted();
    if (mine !== loads) return false;
    options.onFirstFrame?.({ complete: false });
    const filtersAtStart = filters;
    // Nodes first: an edge needs both of its ends.
    pending = [...definitions.filter((d) => d.group === 'nodes'), ...definitions.filter((d) => d.group === 'edges')];
    const total = pending.length;
    let size: number = BUILD_SLICE.first;
    while (pending.length) {
      const began = performance.now();
      const slice = pending.splice(0, size);
      cy.batch(() => { cy.add(slice); });
      await nextFrame();
      if (mine !== loads) return false;
      size = nextSlice(size, performance.now() - began, total);
    }
    redrawPreview = undefined;
    // The filters changed while the slices went in: the later slices carry the old classes.
    if (filters !== filtersAtStart) applyFilters(cy.elements());
    viewportTouched = shown.touched();
    cy.viewport(shown.viewport());
    return true;
  };

  const view: GraphView = {
    async load(elements, layout) {
      const mine = ++loads;
      const layoutAtStart = ++generation;
      runner.cancel();
      const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
      large = options.large ?? elements.length > (options.largeThreshold ?? LARGE_ELEMENTS);
      const background = nodes.length > BACKGROUND_LAYOUT_NODES;
      // Nodes without a position: a big graph starts from its kind/degree disc, a small one from a circle
      // (not a pile at (0, 0): the first frames and an animated layout stay drawable).
      const free = nodes.filter((n) => !n.position);
      const points = background
        ? initialPlacement(free.map((n) => ({ id: n.data.id, kind: n.data.kind, degree: n.data.degree })))
        : placeAround({ center: { x: 0, y: 0 }, count: free.length, radius: Math.max(120, free.length * 6) });
      const start = new Map(free.map((n, i) => [n.data.id, points[i]]));
      // Filters (a deep link's) go in as classes: no restyle pass after the first frame.
      const hiddenNodes = new Set(nodes.filter((n) => filters.hiddenKinds.has(n.data.kind)).map((n) => n.data.id));
      const definitions = elements.map((e): ElementDefinition => {
        const position = e.group === 'nodes' ? start.get(e.data.id) ?? e.position : undefined;
        const hidden = e.group === 'nodes' ? hiddenNodes.has(e.data.id)
          : filters.hiddenTypes.has(e.data.type) || hiddenNodes.has(e.data.source) || hiddenNodes.has(e.data.target);
        return { group: e.group, data: e.data, ...(position ? { position } : {}), ...(hidden ? { classes: 'filtered' } : {}) } as ElementDefinition;
      });
      cy.destroy();
      dropPreview();
      pending = [];
      building = undefined;
      viewportTouched = false;
      if (container && large && background) {
        building = buildInSlices(container, definitions, elements, start);
        const built = await building;
        if (mine === loads) building = undefined;
        if (!built) return;
      } else {
        cy = make(definitions);
        if (container) {
          // Fitted before the first frame. Measuring the box styles every element now, as plain Cytoscape's
          // own first layout does: styled inside the first frame instead, they would invalidate what that
          // frame cached and cost a second full frame. The renderer reuses the boxes.
          const fitted = viewportFor(cy.elements().not('.filtered').boundingBox({}));
          cy.viewport({ zoom: fitted.zoom, pan: fitted.pan });
        }
      }
      if (!background) {
        await view.runLayout(layout);
        if (mine === loads) options.onFirstFrame?.({ complete: true });
        return;
      }
      const standIn = preview;
      await drawn();
      if (mine !== loads) return;
      // Cytoscape has drawn what the preview showed.
      if (standIn) dropPreview();
      else options.onFirstFrame?.({ complete: true });
      // The first frame is on the canvas: the layout follows without holding the page (see runLayout),
      // unless a layout was asked for meanwhile (it ran once the graph was in).
      const next = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(() => (mine === loads && layoutAtStart === generation ? view.runLayout(layout) : undefined));
      void track(next).catch((error: unknown) => console.error(error));
    },

    add(elements, { anchor } = {}) {
      finishBuild();
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
      finishBuild();
      const targets = byIds(ids);
      const all = targets.union(targets.nodes().connectedEdges());
      const snapshot = snapshotOf(all);
      cy.batch(() => all.remove());
      return snapshot;
    },

    restore(snapshot) {
      finishBuild();
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
      finishBuild();
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
          cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), CENTRE_ZOOM) }, { duration: 300 });
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
      redrawPreview?.();
    },

    setLanguage(next) {
      if (next === lang) return;
      lang = next;
      cy.style(createStylesheet({ lang, large }));
    },

    runLayout(name, { roots } = {}) {
      // A graph still going in is laid out once it is all there (and has its viewport).
      if (building) return building.then(() => view.runLayout(name, { roots }));
      const target = cy.elements().not('.filtered');
      if (target.empty()) return Promise.resolve();
      const mine = ++generation;
      runner.cancel();
      const nodeCount = target.nodes().length;
      if (name === 'fcose' && nodeCount > BACKGROUND_LAYOUT_NODES) return track(forceInBackground(mine));
      // Only the hierarchy needs roots: the selected node, else the best-connected one.
      const selected = cy.$('node:selected').map((n) => n.id());
      const hubs = name !== 'breadthfirst' ? [] : roots ?? (selected.length ? selected : [maxDegree(target.nodes())].filter((x): x is string => Boolean(x)));
      return track(runLayout(cy, target, name, {
        nodeCount,
        roots: hubs,
        animate: Boolean(container),
        viewport: container ? canvasSize() : undefined,
      }).then(() => {
        if (!container || mine !== generation) return;
        // The layout's own fit stops at the zoom floor, set for the picture before it: a bigger picture
        // gets a lower floor, and is fitted again unless a person has moved the view.
        const fitted = fitViewport(nodesBox(target.nodes()), canvasSize(), FIT_PADDING);
        const floorHeld = fitted.zoom < cy.minZoom();
        cy.minZoom(minZoomFor(fitted.zoom));
        if (floorHeld && !viewportTouched) cy.viewport({ zoom: fitted.zoom, pan: fitted.pan });
      }));
    },

    fit(ids) {
      // While a preview stands in, Cytoscape is off-stage and gets the preview's viewport when it is done.
      if (!container || preview) return;
      const target = ids?.length ? byIds(ids) : cy.elements().not('.filtered');
      if (target.empty()) return;
      viewportTouched = false;
      // Big graphs: the box from positions, without measuring thousands of labels; the zoom floor follows.
      const box = large ? nodesBox(target.nodes().union(target.edges().connectedNodes())) : target.boundingBox({});
      const fitted = viewportFor(box);
      cy.animate({ zoom: fitted.zoom, pan: fitted.pan }, { duration: 300 });
    },

    settled: () => running.size === 0 && !cy.animated() && cy.$(':animated').empty(),
    async whenSettled() {
      // Each one leaves the set before it resolves, so this ends; a layout started meanwhile is waited for too.
      while (running.size) await Promise.all(running);
    },
    isLarge: () => large,

    position(id) {
      const n = cy.getElementById(id);
      return n.nonempty() && n.isNode() ? { ...n.position() } : null;
    },

    renderedPosition(id) {
      const element = cy.getElementById(id);
      if (element.empty()) return null;
      return element.isNode() ? { ...element.renderedPosition() } : { ...(element as cytoscape.EdgeSingular).renderedMidpoint() };
    },

    viewport: () => preview?.viewport() ?? { zoom: cy.zoom(), pan: { ...cy.pan() } },
    reveal(id, box) {
      const element = cy.getElementById(id);
      if (element.empty() || !container || preview) return;
      const p = element.isNode() ? element.position() : (element as cytoscape.EdgeSingular).midpoint();
      // A centring animation (select with center) may be under way: this takes over from it, at the
      // zoom it was heading for, instead of measuring a view that is about to change.
      const centring = cy.animated();
      cy.stop(true);
      const zoom = centring ? Math.max(cy.zoom(), CENTRE_ZOOM) : cy.zoom();
      const pan = cy.pan();
      const at = { x: p.x * zoom + pan.x, y: p.y * zoom + pan.y };
      const margin = Math.min(40, box.w / 4, box.h / 4);
      const inside = at.x >= box.x + margin && at.x <= box.x + box.w - margin && at.y >= box.y + margin && at.y <= box.y + box.h - margin;
      if (inside && !centring) return;
      cy.animate({ zoom, pan: { x: box.x + box.w / 2 - p.x * zoom, y: box.y + box.h / 2 - p.y * zoom } }, { duration: 250 });
    },
    labelOf(id) {
      const element = cy.getElementById(id);
      return element.nonempty() ? String(element.style('label') ?? '') : null;
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
    destroy() {
      loads++;
      generation++;
      pending = [];
      building = undefined;
      dropPreview();
      runner.dispose();
      cy.destroy();
    },
  };
  return view;
}

function maxDegree(nodes: NodeCollection): string | undefined {
  let best: string | undefined;
  let most = -1;
  nodes.forEach((n) => {
    const degree = n.degree(false);
    if (degree > most) {
      most = degree;
      best = n.id();
    }
  });
  return best;
}

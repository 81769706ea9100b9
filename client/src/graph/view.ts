/**
 * The canvas, as the app sees it: the only way in to the graph module's Cytoscape instance. Everything
 * goes in and out as plain data (elements.ts), bulk changes run in `cy.batch`, lookups use
 * `getElementById`, and a layout only runs when asked. Works headless (no container) for unit tests.
 *
 * This facade only wires the parts, each of which fits on a screen or two:
 * - load-controller.ts: loads and layouts, and the one token that lets a newer one overtake them
 *   (sliced-build.ts with preview.ts for very big graphs, background-layout.ts for the force layout);
 * - edits.ts: add, remove, restore, clear and the read-only questions;
 * - selection.ts: selection and highlight; viewport.ts: fit, reveal, positions and exports;
 * - instance.ts: making a Cytoscape instance, its events and touch gestures (touch.ts); stage.ts: the
 *   state they share; filters.ts: hiding.
 */
import type { ElementDefinition } from 'cytoscape';
import { addElements, clearAll, createQueries, removeElements, restoreSnapshot, type Counts, type Snapshot } from './edits.js';
import type { EdgeData, GraphElement, NodeData } from './elements.js';
import { applyFilters } from './filters.js';
import { createForceRunner, createLayoutWorker } from './force-runner.js';
import { claimCytoscapeStylesheet, createInstance, registerPlugins, type InstanceEvents } from './instance.js';
import { labelAsViewed, labelInView } from './labels.js';
import type { LayoutName } from './layouts.js';
import { createLoadController } from './load-controller.js';
import type { Point } from './placement.js';
import type { Viewport } from './preview.js';
import { createSelection, type Selection } from './selection.js';
import type { Filters, Stage } from './stage.js';
import { createStylesheet, type Language } from './style.js';
import { createViewport } from './viewport.js';

export type { Counts, Filters, Selection, Snapshot };

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
  /**
   * When a big graph's force layout is asked of the worker: once Cytoscape has drawn all of it, or at the
   * first frame, so that it computes while Cytoscape takes the graph in and shares the cores with it
   * (load-controller.ts has the figures). @default 'complete'
   */
  askLayout?: 'first-frame' | 'complete';
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
  /** Selects one element, or several at once (an article's sentence: its edges and their ends); null clears. */
  select(id: string | readonly string[] | null, options?: { center?: boolean }): void;
  /** The selected element (the first, when several are). */
  selected(): Selection | null;
  /** Every selected element's id. */
  selectedIds(): string[];
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
  /**
   * Pans and zooms, animated, so all these elements are in view — inside `box` (canvas pixels) when a
   * sheet covers the rest. Zooms out as far as they need and in no further than labels read well.
   */
  frame(ids: readonly string[], box?: { x: number; y: number; w: number; h: number }): void;
  /** The label Cytoscape draws for an element now (its computed style), for tests to read what the canvas says. */
  labelOf(id: string): string | null;
  exportPng(): Promise<Blob>;
  exportSvg(): Promise<string>;
  exportJson(): string;
  /** Redraws after the page's fonts arrive, so canvas labels use them. */
  refreshStyle(): void;
  destroy(): void;
}

export function createGraphView(options: GraphViewOptions = {}): GraphView {
  registerPlugins();
  const { container } = options;
  if (container) claimCytoscapeStylesheet(container);
  const events: InstanceEvents = {
    select: () => selection.changed(),
    expand: (id) => options.onExpand?.(id),
    backgroundTap: (tap) => options.onBackgroundTap?.(tap),
    viewportMoved: () => { stage.viewportTouched = true; },
  };
  const lang = options.lang ?? 'en';
  const large = options.large ?? false;
  const stage: Stage = {
    container,
    // Replaced by the first load, which the app asks for at once: without a renderer it costs no canvases
    // and draws no frames meanwhile.
    cy: createInstance({ container: undefined, lang, large, elements: [], events }),
    large,
    lang,
    filters: { hiddenKinds: new Set(), hiddenTypes: new Set() },
    viewportTouched: false,
  };
  const selection = createSelection(stage, options.onSelect, (ids) => viewport.frame(ids));
  /** A new instance per load, drawn as the stage says at that moment. */
  const make = (elements: ElementDefinition[], viewport?: Viewport & { minZoom: number }) => {
    const cy = createInstance({ container, lang: stage.lang, large: stage.large, elements, viewport, events });
    if (stage.large) labelAsViewed(cy, stage);
    return cy;
  };
  const controller = createLoadController({
    stage,
    make,
    runner: createForceRunner({
      createWorker: options.createLayoutWorker !== undefined ? options.createLayoutWorker
        : container && typeof Worker !== 'undefined' ? createLayoutWorker : null,
    }),
    large: options.large,
    largeThreshold: options.largeThreshold,
    onFirstFrame: options.onFirstFrame,
    askLayout: options.askLayout,
  });
  const viewport = createViewport(stage, controller.preview);

  return {
    load: (elements, layout) => controller.load(elements, layout),
    // Edits act on the whole graph: a big one still going in is put in at once first.
    add(elements, { anchor } = {}) {
      controller.finishBuild();
      const added = addElements(stage, elements, anchor);
      labelInView(stage);
      return added;
    },
    remove(ids) {
      controller.finishBuild();
      return removeElements(stage, ids);
    },
    restore(snapshot) {
      controller.finishBuild();
      restoreSnapshot(stage, snapshot);
      labelInView(stage);
    },
    clear() {
      controller.finishBuild();
      return clearAll(stage);
    },
    ...createQueries(stage),
    select: selection.select,
    selected: selection.selected,
    selectedIds: selection.selectedIds,
    highlight: selection.highlight,
    setFilters(next) {
      stage.filters = { hiddenKinds: new Set(next.hiddenKinds), hiddenTypes: new Set(next.hiddenTypes), hiddenSources: new Set(next.hiddenSources) };
      applyFilters(stage.cy, stage.cy.elements(), stage.filters);
      controller.filtersChanged();
    },
    setLanguage(next) {
      if (next === stage.lang) return;
      stage.lang = next;
      stage.cy.style(createStylesheet({ lang: stage.lang, large: stage.large }));
    },
    runLayout: (name, { roots } = {}) => controller.runLayout(name, roots),
    fit: viewport.fit,
    settled: controller.settled,
    whenSettled: controller.whenSettled,
    isLarge: () => stage.large,
    position: viewport.position,
    renderedPosition: viewport.renderedPosition,
    viewport: viewport.viewport,
    reveal: viewport.reveal,
    frame: viewport.frame,
    exportPng: viewport.exportPng,
    exportSvg: viewport.exportSvg,
    exportJson: viewport.exportJson,
    refreshStyle: () => stage.cy.style().update(),
    destroy() {
      controller.destroy();
      stage.cy.destroy();
    },
  };
}

/**
 * A very big graph going in: the preview (preview.ts) shows all of it in the first frame and answers pan
 * and zoom, while Cytoscape takes the elements in slices, one per frame, panned off-stage. Then Cytoscape
 * gets the preview's viewport; the caller drops the preview once Cytoscape has drawn.
 *
 * Each slice is styled and measured in its own task (the renderer's queue flushed, the bounding boxes
 * cached), and between slices the instance is held in a batch, which Cytoscape's render loop skips:
 * left to draw, every frame passed over every element already in (z-order, bounding box against the
 * view) only to find nothing on screen, about 1 s of the 5k-node build. The first slice is drawn as any
 * change is: the layer texture cache builds its layers on its first draw, and must do so for a few
 * hundred elements, not for the whole graph in the hand-over frame (that frame took 0.9 s).
 * At 5k nodes, complete over plain Cytoscape's first frame and the longest gap without a frame over
 * plain's, drawn every frame against held: quick render runs 1.45 and 0.274 against 1.02 and 0.272, and
 * 0.995 and 0.248 in a second (1k: 1.22 and 0.554 against 1.27 and 0.552, then 1.18 and 0.619: noise);
 * the benchmark's draw alone, 2 interleaved rounds, 1.35 and 0.27 (slices 2.8 s, hand-over frame 0.33 s)
 * against 1.13 and 0.30 (slices 1.9 s, hand-over 0.4 s). Its canvases are hidden while the preview covers
 * them, so the page's frames do not composite them.
 * The hand-over frame draws every element one by one: the z-order is sorted a frame ahead (sortZOrder), which
 * took 0.03–0.12 s of that frame. The 5k-node longest gap without a frame over 229675e's, quick render runs
 * side by side: 0.787 and 0.894 against 1.08 and 1.11 before.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { EdgeElement, GraphElement, NodeElement } from './elements.js';
import { applyFilters, edgeFiltered } from './filters.js';
import { nextFrame } from './frames.js';
import { canvasLayers, flushRenderedStyle, sortZOrder } from './instance.js';
import { FIT_PADDING } from './layouts.js';
import type { Point } from './placement.js';
import { createPreview, previewScene, type Preview, type Viewport } from './preview.js';
import { BUILD_SLICE, MAX_ZOOM, fitViewport, minZoomFor, nextSlice } from './scale.js';
import type { Stage } from './stage.js';
import { pictureBox } from './viewport.js';

/** Where Cytoscape looks while it takes a big graph in: far from every element, so its frames draw nothing. */
const OFF_STAGE: Point = { x: -1e7, y: -1e7 };

export interface SlicedBuild {
  readonly preview: Preview;
  /** True once Cytoscape holds every element and has the preview's viewport; false when `alive` said stop. */
  readonly done: Promise<boolean>;
  /** Puts the rest in at once: an edit while the slices go in acts on the whole graph. */
  finish(): void;
  /** The filters changed: the preview draws them on its next frame. */
  redraw(): void;
}

export interface SlicedBuildOptions {
  stage: Stage;
  host: HTMLElement;
  definitions: ElementDefinition[];
  elements: readonly GraphElement[];
  positions: ReadonlyMap<string, Point | undefined>;
  /** An empty instance looking at `viewport`: the build puts it on the stage and fills it. */
  make(viewport: Viewport & { minZoom: number }): Core;
  /** False once the load this build belongs to was overtaken: the build stops where it is. */
  alive(): boolean;
  /** The preview's first picture is on the screen. */
  onPainted(): void;
}

export function startSlicedBuild({ stage, host, definitions, elements, positions, make, alive, onPainted }: SlicedBuildOptions): SlicedBuild {
  const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
  const edges = elements.filter((e): e is EdgeElement => e.group === 'edges');
  const scene = () => previewScene(nodes, edges, positions, {
    node: (n) => stage.filters.hiddenKinds.has(n.data.kind),
    edge: (e) => edgeFiltered(stage.filters, e.data),
  });
  const points = nodes.filter((n) => !stage.filters.hiddenKinds.has(n.data.kind)).map((n) => positions.get(n.data.id) ?? n.position ?? { x: 0, y: 0 });
  const fitted = fitViewport(pictureBox(points), { w: host.clientWidth, h: host.clientHeight }, FIT_PADDING);
  const limits = { min: minZoomFor(fitted.zoom), max: MAX_ZOOM };
  const preview = createPreview(host, scene(), fitted, limits);
  const cy = make({ zoom: 1, pan: OFF_STAGE, minZoom: limits.min });
  stage.cy = cy;
  const layers = canvasLayers(cy);
  if (layers) layers.style.visibility = 'hidden';
  // Nodes first: an edge needs both of its ends.
  let pending = [...definitions.filter((d) => d.group === 'nodes'), ...definitions.filter((d) => d.group === 'edges')];
  let inProgress = true;
  /** The instance is in a batch between slices, so its render loop does nothing. */
  let held = false;
  const hold = () => {
    cy.startBatch();
    held = true;
  };
  const release = () => {
    if (held) cy.endBatch();
    held = false;
  };

  const run = async (): Promise<boolean> => {
    await preview.painted();
    if (!alive()) return false;
    onPainted();
    const filtersAtStart = stage.filters;
    const total = pending.length;
    let size: number = BUILD_SLICE.first;
    let first = true;
    while (pending.length) {
      const began = performance.now();
      const slice = pending.splice(0, size);
      release();
      let added = cy.collection();
      cy.batch(() => { added = cy.add(slice); });
      flushRenderedStyle(cy);
      added.boundingBox();
      if (!first) hold();
      first = false;
      await nextFrame();
      if (!alive()) return false;
      size = nextSlice(size, performance.now() - began, total);
    }
    // The hand-over frame draws every element one by one (the layer cache skips layers for 250 ms after a
    // change): the order it draws them in is sorted here, a frame ahead, while the instance is held. In a
    // frame of its own: added to the last slice's task, it would lengthen that one instead.
    release();
    sortZOrder(cy);
    hold();
    await nextFrame();
    if (!alive()) return false;
    release();
    inProgress = false;
    // The filters changed while the slices went in: the later slices carry the old classes.
    if (stage.filters !== filtersAtStart) applyFilters(stage.cy, stage.cy.elements(), stage.filters);
    stage.viewportTouched = preview.touched();
    if (layers) layers.style.visibility = '';
    stage.cy.viewport(preview.viewport());
    return true;
  };

  return {
    preview,
    done: run(),
    finish() {
      if (!pending.length) return;
      const rest = pending;
      pending = [];
      release();
      stage.cy.batch(() => { stage.cy.add(rest); });
    },
    redraw() {
      if (inProgress) preview.update(scene());
    },
  };
}

/**
 * A very big graph going in: the preview (preview.ts) shows all of it in the first frame and answers pan
 * and zoom, while Cytoscape takes the elements in slices, one per frame, panned off-stage so that its
 * frames only style and measure the new slice and draw nothing. Then Cytoscape gets the preview's
 * viewport; the caller drops the preview once Cytoscape has drawn.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { EdgeElement, GraphElement, NodeElement } from './elements.js';
import { applyFilters, edgeFiltered } from './filters.js';
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
  stage.cy = make({ zoom: 1, pan: OFF_STAGE, minZoom: limits.min });
  // Nodes first: an edge needs both of its ends.
  let pending = [...definitions.filter((d) => d.group === 'nodes'), ...definitions.filter((d) => d.group === 'edges')];
  let inProgress = true;

  const run = async (): Promise<boolean> => {
    await preview.painted();
    if (!alive()) return false;
    onPainted();
    const filtersAtStart = stage.filters;
    const total = pending.length;
    let size: number = BUILD_SLICE.first;
    while (pending.length) {
      const began = performance.now();
      const slice = pending.splice(0, size);
      stage.cy.batch(() => { stage.cy.add(slice); });
      await nextFrame();
      if (!alive()) return false;
      size = nextSlice(size, performance.now() - began, total);
    }
    inProgress = false;
    // The filters changed while the slices went in: the later slices carry the old classes.
    if (stage.filters !== filtersAtStart) applyFilters(stage.cy, stage.cy.elements(), stage.filters);
    stage.viewportTouched = preview.touched();
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
      stage.cy.batch(() => { stage.cy.add(rest); });
    },
    redraw() {
      if (inProgress) preview.update(scene());
    },
  };
}

function nextFrame(): Promise<void> {
  return new Promise<void>((resolve) => {
    // A hidden page runs no frames: the slices go on without them.
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

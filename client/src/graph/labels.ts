/**
 * A big graph's node labels, put on as nodes come into view at a zoom where labels can be read.
 * Cytoscape measures a node's label text when it styles the node (for its bounding box), whether the
 * label is drawn or not, and at the zoom that shows thousands of nodes none is (min-zoomed-font-size).
 * The big-graph stylesheet labels `node.labelled` only; this marks the nodes in and around the view once
 * the zoom nears legibility: after the view moves, a layout lands or nodes come in, and all of them
 * before an export. At 5,000 nodes / 10,000 edges, measuring every label cost about a tenth of the build:
 * until Cytoscape has drawn everything over plain Cytoscape's first frame (the render benchmark's draw,
 * medians of 5 interleaved rounds on a loaded machine), 0.92 without node labels against 0.98 with them
 * all; in another run 1.01 labelling in view against 1.14 labelling all (main-thread CPU 1.02 against 1.13).
 */
import type { Core } from 'cytoscape';
import { flushRenderedStyle } from './instance.js';
import type { Stage } from './stage.js';
import { LARGE_LABEL } from './style.js';

const LABELLED = LARGE_LABEL.labelled;

/** Labels go on from this zoom: a little before they are drawn, so a zoom that ends past it finds them there. */
export const LABEL_ZOOM = 0.75 * LARGE_LABEL.minScreenPx / LARGE_LABEL.fontSize;

/** How often, at most, a moving view labels what came into it. */
const LABEL_EVERY_MS = 100;

/** Labels the unlabelled nodes in the view and half a view around it, when the zoom is near legible. */
export function labelInView(stage: Stage): void {
  const { cy } = stage;
  if (!stage.large || !stage.container || cy.zoom() < LABEL_ZOOM) return;
  const view = cy.extent();
  const x1 = view.x1 - view.w / 2;
  const x2 = view.x2 + view.w / 2;
  const y1 = view.y1 - view.h / 2;
  const y2 = view.y2 + view.h / 2;
  const fresh = cy.nodes().filter((n) => {
    if (n.hasClass(LABELLED)) return false;
    const { x, y } = n.position();
    return x >= x1 && x <= x2 && y >= y1 && y <= y2;
  });
  if (fresh.nonempty()) fresh.addClass(LABELLED);
}

/** Every node labelled: an export draws the whole graph at a zoom where labels read. */
export function labelAll(stage: Stage): void {
  if (!stage.large) return;
  stage.cy.nodes().not(`.${LABELLED}`).addClass(LABELLED);
  // The export draws now, before the frame that would measure the new labels: they would be left out.
  flushRenderedStyle(stage.cy);
}

/** Labels what a moving view brings in, at most every LABEL_EVERY_MS while it moves and once it stops. */
export function labelAsViewed(cy: Core, stage: Stage): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!cy.destroyed() && stage.cy === cy) labelInView(stage);
    }, LABEL_EVERY_MS);
  });
}

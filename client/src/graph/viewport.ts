/**
 * Where the view looks and what leaves it: fit (by positions for big graphs, without measuring thousands
 * of labels), the zoom floor that lets Fit always show everything, reveal (an element brought into the
 * part of the canvas a sheet leaves in view), positions on and off screen, and the PNG, SVG and JSON exports.
 */
import type { Core, EdgeSingular, NodeCollection } from 'cytoscape';
import { byIds, snapshotOf } from './edits.js';
import { registerSvg } from './instance.js';
import { labelAll } from './labels.js';
import { FIT_PADDING } from './layouts.js';
import type { Point } from './placement.js';
import type { Viewport } from './preview.js';
import { boxAround, fitViewport, minZoomFor, type Box } from './scale.js';
import type { Stage } from './stage.js';
import { NODE_SIZE } from './style.js';

/** A selection centred on the canvas is shown at least this close, so its label reads. */
export const CENTRE_ZOOM = 1;

/** Framing a few elements zooms in no further than this (or the zoom already chosen, if closer). */
const FRAME_ZOOM = 1.5;

/** Room for a label under a node when the picture is fitted without measuring every label. */
export const LABEL_ALLOWANCE = 22;

/** The box nodes at these positions fill, with room for the biggest node and a label. */
export function pictureBox(points: readonly Point[]): Box {
  return boxAround(points, NODE_SIZE.max / 2 + LABEL_ALLOWANCE);
}

/** The box of these nodes from their positions and sizes, without measuring labels: cheap at any size. */
export function nodesBox(nodes: NodeCollection): Box {
  const points: Point[] = [];
  nodes.forEach((n) => { points.push(n.position()); });
  return pictureBox(points);
}

export function canvasSize(cy: Core): { w: number; h: number } {
  return { w: cy.width(), h: cy.height() };
}

/** Lets the zoom go low enough for `box` to fit, and returns the viewport that fits it. */
export function viewportFor(cy: Core, box: Box): Viewport {
  const fitted = fitViewport(box, canvasSize(cy), FIT_PADDING);
  cy.minZoom(minZoomFor(fitted.zoom));
  return fitted;
}

/** `preview`: the stand-in picture while a very big graph goes in, if one does. */
export function createViewport(stage: Stage, preview: () => { viewport(): Viewport } | undefined) {
  return {
    /** Shows every visible element (or these), whatever the graph's size. */
    fit(ids?: readonly string[]) {
      // While a preview stands in, Cytoscape is off-stage and gets the preview's viewport when it is done.
      if (!stage.container || preview()) return;
      const { cy } = stage;
      const target = ids?.length ? byIds(stage, ids) : cy.elements().not('.filtered');
      if (target.empty()) return;
      stage.viewportTouched = false;
      const box = stage.large ? nodesBox(target.nodes().union(target.edges().connectedNodes())) : target.boundingBox({});
      const fitted = viewportFor(cy, box);
      cy.animate({ zoom: fitted.zoom, pan: fitted.pan }, { duration: 300 });
    },
    viewport: (): Viewport => preview()?.viewport() ?? { zoom: stage.cy.zoom(), pan: { ...stage.cy.pan() } },
    /** @see GraphView.reveal */
    reveal(id: string, box: { x: number; y: number; w: number; h: number }) {
      const { cy } = stage;
      const element = cy.getElementById(id);
      if (element.empty() || !stage.container || preview()) return;
      const p = element.isNode() ? element.position() : (element as EdgeSingular).midpoint();
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
    /** @see GraphView.frame */
    frame(ids: readonly string[], box?: { x: number; y: number; w: number; h: number }) {
      const { cy } = stage;
      const target = byIds(stage, ids);
      if (target.empty() || !stage.container || preview()) return;
      // A sliver of canvas left beside a sheet is no place to show them: the whole canvas then.
      const area = box && box.w >= 80 && box.h >= 80 ? box : { x: 0, y: 0, ...canvasSize(cy) };
      const bb = target.boundingBox({});
      const fitted = fitViewport(bb, { w: area.w, h: area.h }, FIT_PADDING);
      const zoom = Math.max(cy.minZoom(), Math.min(fitted.zoom, Math.max(cy.zoom(), FRAME_ZOOM)));
      const centre = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
      cy.stop(true);
      cy.animate({ zoom, pan: { x: area.x + area.w / 2 - centre.x * zoom, y: area.y + area.h / 2 - centre.y * zoom } }, { duration: 300 });
    },
    position(id: string): Point | null {
      const n = stage.cy.getElementById(id);
      return n.nonempty() && n.isNode() ? { ...n.position() } : null;
    },
    renderedPosition(id: string): Point | null {
      const element = stage.cy.getElementById(id);
      if (element.empty()) return null;
      return element.isNode() ? { ...element.renderedPosition() } : { ...(element as EdgeSingular).renderedMidpoint() };
    },
    exportPng(): Promise<Blob> {
      labelAll(stage);
      return stage.cy.png({ output: 'blob-promise', full: true, scale: stage.large ? 1 : 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    },
    // cytoscape-svg adds `cy.svg()`; the package has no types, see cytoscape-plugins.d.ts.
    async exportSvg(): Promise<string> {
      await registerSvg();
      labelAll(stage);
      return (stage.cy as Core & { svg(o: { full: boolean; bg: string; scale: number }): string }).svg({ full: true, bg: '#ffffff', scale: 1 });
    },
    exportJson(): string {
      const shown = snapshotOf(stage.cy.elements().not('.filtered'));
      return JSON.stringify({ format: 'cytoscape-elements', elements: shown }, null, 2);
    },
  };
}

/**
 * A big graph's first frames. Cytoscape needs over a second to take in thousands of elements (creating,
 * styling and measuring each), and that second would be a blank, frozen page. Instead every node and edge
 * is first drawn straight onto one 2D canvas from typed arrays — a few strokes per colour, tens of
 * milliseconds — at the positions and zoom Cytoscape will show, and the view pans and zooms at once.
 * Meanwhile sliced-build.ts feeds Cytoscape in slices, frame by frame, and hands over to it when it has all
 * of them (with the viewport the person left the preview at). Clicks, hover and labels wait for Cytoscape.
 *
 * Cytoscape's own WebGL renderer (`renderer: { webgl: true }`, experimental in 3.35) is no substitute
 * here: the render benchmark draws plain Cytoscape with it beside the preview (`webgl_first_frame_over_plain`).
 * Headless Chromium with --disable-gpu offers WebGL 2 only through SwiftShader, on the CPU, and there the
 * WebGL renderer's first frame came later than the 2D canvas renderer's (1,000 nodes: 6.2 s against 3.6 s;
 * 5,000: 11.5 s against 7.8 s, on a machine loaded several times over), because it still styles and
 * measures every element first and then rasterises textures in software; the preview shows 5,000 nodes
 * in well under a second. It also emits no 'render' event, so a caller cannot tell when it has drawn.
 *
 * At the zoom that shows thousands of nodes a node is a dot: the preview draws circles in the kind's
 * colour, sized by degree as the stylesheet sizes them, and edges as straight lines in the type's colour,
 * as the big-graph stylesheet does.
 */
import type { EdgeElement, NodeElement } from './elements.js';
import type { Point } from './placement.js';
import { LARGE_EDGE, nodeDiameter } from './style.js';
import { kindLooks, typeLooks, UNKNOWN_KIND } from './vocabulary.js';

export interface Viewport {
  zoom: number;
  pan: Point;
}

/** The picture as flat arrays, indexed by node; hidden elements are left out. */
export interface PreviewScene {
  /** x, y of node i at 2i, 2i+1 (model units). */
  xy: Float64Array;
  /** Radius of node i (model units). */
  radius: Float64Array;
  /** Index into `nodeColors`. */
  nodeColor: Uint8Array;
  nodeColors: readonly string[];
  /** Source and target node index of edge j at 2j, 2j+1. */
  edges: Uint32Array;
  /** Index into `edgeLooks`. */
  edgeLook: Uint8Array;
  /** Drawn in this order: structural lines under the claims, as in the big-graph stylesheet. */
  edgeLooks: readonly { color: string; width: number }[];
}

/** Below this on screen a node would vanish; Cytoscape also keeps a dot. */
const MIN_SCREEN_RADIUS = 0.75;

/**
 * The scene of these elements, a node at `positions` (else its own position). Hidden nodes are left out
 * with their edges; `hidden.edge` leaves out more edges.
 */
export function previewScene(nodes: readonly NodeElement[], edges: readonly EdgeElement[], positions: ReadonlyMap<string, Point | undefined>,
  hidden: { node(node: NodeElement): boolean; edge(edge: EdgeElement): boolean } = { node: () => false, edge: () => false }): PreviewScene {
  const kinds = kindLooks();
  const claims = typeLooks().filter((t) => t.group === 'claim');
  const nodeColors = [...kinds.map((k) => k.color), UNKNOWN_KIND.color];
  const kindIndex = new Map(kinds.map((k, i) => [k.kind, i]));
  const edgeLooks = [LARGE_EDGE.structural, ...claims.map((t) => ({ color: t.color, width: LARGE_EDGE.claimWidth }))];
  const typeIndex = new Map(claims.map((t, i) => [t.type, i + 1]));

  const shown = nodes.filter((n) => !hidden.node(n));
  const index = new Map<string, number>();
  const xy = new Float64Array(2 * shown.length);
  const radius = new Float64Array(shown.length);
  const nodeColor = new Uint8Array(shown.length);
  shown.forEach((n, i) => {
    const at = positions.get(n.data.id) ?? n.position ?? { x: 0, y: 0 };
    index.set(n.data.id, i);
    xy[2 * i] = at.x;
    xy[2 * i + 1] = at.y;
    radius[i] = nodeDiameter(n.data.degree) / 2;
    nodeColor[i] = kindIndex.get(n.data.kind) ?? nodeColors.length - 1;
  });
  const pairs: number[] = [];
  const looks: number[] = [];
  for (const e of edges) {
    const s = index.get(e.data.source);
    const t = index.get(e.data.target);
    if (s === undefined || t === undefined || hidden.edge(e)) continue;
    pairs.push(s, t);
    looks.push(typeIndex.get(e.data.type) ?? 0);
  }
  return { xy, radius, nodeColor, nodeColors, edges: Uint32Array.from(pairs), edgeLook: Uint8Array.from(looks), edgeLooks };
}

/** Draws the scene (model units) onto a context whose origin is the canvas's top-left, in CSS pixels. */
export function drawScene(context: CanvasRenderingContext2D, scene: PreviewScene, viewport: Viewport, size: { w: number; h: number }): void {
  const { zoom, pan } = viewport;
  const { xy, radius, edges } = scene;
  context.clearRect(0, 0, size.w, size.h);
  // One path per look: a single stroke draws all its lines.
  scene.edgeLooks.forEach((look, li) => {
    context.beginPath();
    for (let j = 0; j < scene.edgeLook.length; j++) {
      if (scene.edgeLook[j] !== li) continue;
      const s = edges[2 * j] ?? 0;
      const t = edges[2 * j + 1] ?? 0;
      context.moveTo((xy[2 * s] ?? 0) * zoom + pan.x, (xy[2 * s + 1] ?? 0) * zoom + pan.y);
      context.lineTo((xy[2 * t] ?? 0) * zoom + pan.x, (xy[2 * t + 1] ?? 0) * zoom + pan.y);
    }
    context.strokeStyle = look.color;
    context.lineWidth = Math.max(0.5, look.width * zoom);
    context.stroke();
  });
  scene.nodeColors.forEach((color, ci) => {
    context.beginPath();
    for (let i = 0; i < radius.length; i++) {
      if (scene.nodeColor[i] !== ci) continue;
      const x = (xy[2 * i] ?? 0) * zoom + pan.x;
      const y = (xy[2 * i + 1] ?? 0) * zoom + pan.y;
      const r = Math.max(MIN_SCREEN_RADIUS, (radius[i] ?? 0) * zoom);
      // Off the canvas: nothing to draw.
      if (x + r < 0 || y + r < 0 || x - r > size.w || y - r > size.h) continue;
      context.moveTo(x + r, y);
      context.arc(x, y, r, 0, 2 * Math.PI);
    }
    context.fillStyle = color;
    context.fill();
  });
}

/** The viewport after zooming by `factor` about `at` (canvas pixels), within the zoom limits: the point under the pointer stays put. */
export function zoomAbout(viewport: Viewport, at: Point, factor: number, limits: { min: number; max: number }): Viewport {
  const zoom = Math.min(limits.max, Math.max(limits.min, viewport.zoom * factor));
  const k = zoom / viewport.zoom;
  return { zoom, pan: { x: at.x - (at.x - viewport.pan.x) * k, y: at.y - (at.y - viewport.pan.y) * k } };
}

export interface Preview {
  viewport(): Viewport;
  /** A person panned or zoomed the preview. */
  touched(): boolean;
  /** Draws another scene (a filter changed meanwhile) on the next frame. */
  update(scene: PreviewScene): void;
  /** Resolves once the first picture has been painted. */
  painted(): Promise<void>;
  destroy(): void;
}

/**
 * Lays a canvas over `container` (which must be positioned) and draws `scene` on it; dragging pans and
 * the wheel zooms, redrawn once per frame. Styles are set through the DOM, so the page's CSP holds.
 */
export function createPreview(container: HTMLElement, scene: PreviewScene, initial: Viewport, limits: { min: number; max: number }): Preview {
  const doc = container.ownerDocument;
  const canvas = doc.createElement('canvas');
  canvas.dataset.preview = '';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', zIndex: '1', cursor: 'grab', touchAction: 'none' });
  const size = { w: Math.max(1, container.clientWidth), h: Math.max(1, container.clientHeight) };
  canvas.width = size.w;
  canvas.height = size.h;
  container.append(canvas);
  const context = canvas.getContext('2d');

  let current = scene;
  let viewport: Viewport = { zoom: initial.zoom, pan: { ...initial.pan } };
  let touched = false;
  let frame = 0;
  let destroyed = false;
  let resolvePainted: () => void = () => {};
  const painted = new Promise<void>((resolve) => { resolvePainted = resolve; });

  const draw = () => {
    frame = 0;
    if (destroyed || !context) return;
    drawScene(context, current, viewport, size);
    // The next frame paints it (after its animation callbacks): painted once the one after that begins.
    requestAnimationFrame(() => requestAnimationFrame(() => resolvePainted()));
  };
  const redraw = () => {
    if (!frame && !destroyed) frame = requestAnimationFrame(draw);
  };

  let dragFrom: Point | null = null;
  const onDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    dragFrom = { x: event.clientX, y: event.clientY };
    canvas.setPointerCapture(event.pointerId);
    canvas.style.cursor = 'grabbing';
  };
  const onMove = (event: PointerEvent) => {
    if (!dragFrom) return;
    viewport = { zoom: viewport.zoom, pan: { x: viewport.pan.x + event.clientX - dragFrom.x, y: viewport.pan.y + event.clientY - dragFrom.y } };
    dragFrom = { x: event.clientX, y: event.clientY };
    touched = true;
    redraw();
  };
  const onUp = () => {
    dragFrom = null;
    canvas.style.cursor = 'grab';
  };
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const box = canvas.getBoundingClientRect();
    // A wheel notch (about 100 px) zooms by about a quarter; a trackpad's small deltas by little.
    const delta = Math.max(-100, Math.min(100, event.deltaY * (event.deltaMode === 1 ? 33 : 1)));
    viewport = zoomAbout(viewport, { x: event.clientX - box.left, y: event.clientY - box.top }, 10 ** (-delta / 1000), limits);
    touched = true;
    redraw();
  };
  canvas.addEventListener('pointerdown', onDown);
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerup', onUp);
  canvas.addEventListener('pointercancel', onUp);
  canvas.addEventListener('wheel', onWheel, { passive: false });
  // Drawn now, not on the next frame: this task's end is when the page first paints it.
  draw();

  return {
    viewport: () => ({ zoom: viewport.zoom, pan: { ...viewport.pan } }),
    touched: () => touched,
    update(next) {
      current = next;
      redraw();
    },
    painted: () => painted,
    destroy() {
      destroyed = true;
      if (frame) cancelAnimationFrame(frame);
      resolvePainted();
      canvas.remove();
    },
  };
}

/**
 * What a graph's size changes, in one place. Small graphs (the article's) are laid out before they are
 * shown and settle with one calm animation; big ones are drawn at once from a cheap placement and laid
 * out off the main thread; very big ones are also drawn the cheap way.
 */

/**
 * Above this many nodes the first frame does not wait for a layout: it is drawn from initial-placement.ts
 * and the force layout follows in a worker. fCoSE alone took about 1 s at 300 nodes and 2.6 s at 600 on
 * the benchmark machine, blocking the page for all of it.
 */
export const BACKGROUND_LAYOUT_NODES = 200;

/**
 * Above this many elements (nodes + edges) the canvas draws the cheap way: edges straight, without
 * labels (shown on hover and selection), hidden while the view moves; pixel ratio 1; labels only when
 * they are big enough to read. @see createStylesheet
 */
export const LARGE_ELEMENTS = 2000;

/**
 * While a preview shows a graph over LARGE_ELEMENTS (preview.ts), Cytoscape takes it in slices, one per
 * frame; each frame styles and measures its slice. The slice grows or shrinks so that a frame takes about
 * this long: short enough that pan and zoom keep going. Held in a batch between slices (sliced-build.ts),
 * a frame no longer passes over what is already in, and smaller slices came out cheaper in all than
 * bigger ones. At 5k nodes / 10k edges, the time until Cytoscape has drawn everything over plain
 * Cytoscape's first frame (medians of 5 interleaved rounds of the render benchmark's draw, four runs on a
 * loaded machine): 40 ms 0.97 against 80 ms 1.07; 80 ms 1.10 against 160 ms 1.25; 40 ms 0.92 against 20 ms 1.13.
 */
export const BUILD_FRAME_MS = 40;
/**
 * The first slice, and the bounds of the ones after it: the graph goes in within `frames` frames whatever
 * they cost.
 */
export const BUILD_SLICE = { first: 500, min: 100, max: 5000, frames: 40 } as const;

/** The next slice after one whose frame took `frameMs`, for a graph of `total` elements. */
export function nextSlice(slice: number, frameMs: number, total: number): number {
  const scaled = slice * BUILD_FRAME_MS / Math.max(1, frameMs);
  // At most doubling: one quick frame (a hidden page's timer) must not make the next one huge.
  const budgeted = Math.min(BUILD_SLICE.max, 2 * slice, Math.max(BUILD_SLICE.min, scaled));
  return Math.round(Math.max(budgeted, Math.ceil(total / BUILD_SLICE.frames)));
}

/** Zoom limits for graphs that fit at these zooms; a bigger graph lowers the minimum (minZoomFor). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;

/** The smallest zoom to allow for a picture that fits the canvas at `fitZoom`: Fit must always show all of it. */
export function minZoomFor(fitZoom: number): number {
  return Math.min(MIN_ZOOM, fitZoom / 2);
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box of the points, grown by `margin` on every side. */
export function boxAround(points: readonly { x: number; y: number }[], margin = 0): Box {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  if (!points.length) return { x1: -margin, y1: -margin, x2: margin, y2: margin };
  return { x1: x1 - margin, y1: y1 - margin, x2: x2 + margin, y2: y2 + margin };
}

/** The zoom and pan that show `box` (model units) in a canvas of `size` with `padding` pixels around it. */
export function fitViewport(box: Box, size: { w: number; h: number }, padding: number): { zoom: number; pan: { x: number; y: number } } {
  const w = Math.max(1, box.x2 - box.x1);
  const h = Math.max(1, box.y2 - box.y1);
  const zoom = Math.min(MAX_ZOOM, Math.max(1e-4, Math.min((size.w - 2 * padding) / w, (size.h - 2 * padding) / h)));
  return {
    zoom,
    pan: { x: size.w / 2 - zoom * (box.x1 + w / 2), y: size.h / 2 - zoom * (box.y1 + h / 2) },
  };
}

/**
 * How good a big graph's layout is, as numbers that can be compared side by side:
 * - `overlaps`: share of nodes whose disc touches another node's disc (0 is right).
 * - `coverage`: the picture fitted to the benchmark's canvas, cut into square cells with room for four
 *   nodes each: the share of cells holding a node. An even spread in the canvas's shape is near 1; a
 *   round ball about 0.5; a few long lines or a dense core in empty space much less.
 * - `edgeStretch`: mean edge length over the mean distance between two nodes picked at random. Low: linked
 *   nodes lie together, so the picture shows the structure.
 * - `componentsApart`: among nodes of components of two or more, the share whose nearest node belongs to
 *   the same component (1: no component runs into another).
 */
export interface LayoutQuality {
  overlaps: number;
  coverage: number;
  edgeStretch: number;
  componentsApart: number;
}

export interface LaidOut {
  /** x, y of node i at 2i, 2i+1. */
  xy: Float64Array;
  radius: Float64Array;
  /** Pairs of node indexes. */
  edges: Uint32Array;
}

export function layoutQuality(graph: LaidOut, canvas = { w: 1280, h: 800, padding: 30 }): LayoutQuality {
  const n = graph.radius.length;
  const component = components(n, graph.edges);
  const grid = createGrid(graph.xy, n, 2 * Math.max(1, ...graph.radius));
  const coarse = createGrid(graph.xy, n, Math.max(1, Math.sqrt(area(graph.xy, n) / Math.max(1, n))) * 2);
  let overlapping = 0;
  let together = 0;
  let counted = 0;
  const size = new Uint32Array(n);
  for (let i = 0; i < n; i++) size[component[i] as number] = (size[component[i] as number] as number) + 1;
  for (let i = 0; i < n; i++) {
    const x = graph.xy[2 * i] as number;
    const y = graph.xy[2 * i + 1] as number;
    let overlap = false;
    grid.near(x, y, (j) => {
      if (j !== i && Math.hypot((graph.xy[2 * j] as number) - x, (graph.xy[2 * j + 1] as number) - y) < (graph.radius[i] as number) + (graph.radius[j] as number)) overlap = true;
    });
    if (overlap) overlapping++;
    if ((size[component[i] as number] as number) < 2) continue;
    const nearest = coarse.nearest(i);
    counted++;
    if (nearest >= 0 && component[nearest] === component[i]) together++;
  }
  return {
    overlaps: overlapping / Math.max(1, n),
    coverage: coverage(graph.xy, n, canvas),
    edgeStretch: edgeStretch(graph),
    componentsApart: counted ? together / counted : 1,
  };
}

function components(n: number, edges: Uint32Array): Uint32Array {
  const parent = Uint32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (let k = 0; k + 1 < edges.length; k += 2) parent[find(edges[k] as number)] = find(edges[k + 1] as number);
  return Uint32Array.from({ length: n }, (_, i) => find(i));
}

function bounds(xy: Float64Array, n: number) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < n; i++) {
    x1 = Math.min(x1, xy[2 * i] as number);
    x2 = Math.max(x2, xy[2 * i] as number);
    y1 = Math.min(y1, xy[2 * i + 1] as number);
    y2 = Math.max(y2, xy[2 * i + 1] as number);
  }
  return { x1, y1, x2, y2 };
}

function area(xy: Float64Array, n: number): number {
  const { x1, y1, x2, y2 } = bounds(xy, n);
  return n ? Math.max(1, x2 - x1) * Math.max(1, y2 - y1) : 1;
}

function coverage(xy: Float64Array, n: number, canvas: { w: number; h: number; padding: number }): number {
  const { x1, y1, x2, y2 } = bounds(xy, n);
  const w = canvas.w - 2 * canvas.padding;
  const h = canvas.h - 2 * canvas.padding;
  const zoom = Math.min(w / Math.max(1, x2 - x1), h / Math.max(1, y2 - y1));
  const cell = Math.sqrt((w * h * 4) / Math.max(1, n));
  const columns = Math.max(1, Math.floor(w / cell));
  const rows = Math.max(1, Math.floor(h / cell));
  const ox = (w - zoom * (x2 - x1)) / 2;
  const oy = (h - zoom * (y2 - y1)) / 2;
  const used = new Uint8Array(columns * rows);
  for (let i = 0; i < n; i++) {
    const cx = Math.min(columns - 1, Math.floor((ox + zoom * ((xy[2 * i] as number) - x1)) / (w / columns)));
    const cy = Math.min(rows - 1, Math.floor((oy + zoom * ((xy[2 * i + 1] as number) - y1)) / (h / rows)));
    used[cy * columns + cx] = 1;
  }
  return used.reduce((sum, u) => sum + u, 0) / used.length;
}

function edgeStretch({ xy, edges, radius }: LaidOut): number {
  const n = radius.length;
  const distance = (a: number, b: number) => Math.hypot((xy[2 * a] as number) - (xy[2 * b] as number), (xy[2 * a + 1] as number) - (xy[2 * b + 1] as number));
  let edgeSum = 0;
  const m = edges.length / 2;
  for (let k = 0; k < m; k++) edgeSum += distance(edges[2 * k] as number, edges[2 * k + 1] as number);
  // The same pairs every time: a fixed sequence, not Math.random.
  let seed = 99;
  const pick = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  let pairSum = 0;
  const pairs = 20_000;
  for (let k = 0; k < pairs; k++) pairSum += distance(pick(), pick());
  return m && pairSum ? (edgeSum / m) / (pairSum / pairs) : 0;
}

/** Points in square cells of side `cell`, for neighbour queries. */
function createGrid(xy: Float64Array, n: number, cell: number) {
  const cells = new Map<string, number[]>();
  const key = (cx: number, cy: number) => `${cx},${cy}`;
  for (let i = 0; i < n; i++) {
    const k = key(Math.floor((xy[2 * i] as number) / cell), Math.floor((xy[2 * i + 1] as number) / cell));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  }
  /** The points in the cells `ring` steps around (x, y)'s cell: its border only, 0 being the cell itself. */
  const visitRing = (x: number, y: number, ring: number, visit: (j: number) => void) => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        for (const j of cells.get(key(cx + dx, cy + dy)) ?? []) visit(j);
      }
    }
  };
  return {
    /** Every point within one cell of (x, y)'s cell. */
    near(x: number, y: number, visit: (j: number) => void) {
      visitRing(x, y, 0, visit);
      visitRing(x, y, 1, visit);
    },
    /** The nearest other point: ring by ring until a found one cannot be beaten, else by looking at all. */
    nearest(i: number): number {
      const x = xy[2 * i] as number;
      const y = xy[2 * i + 1] as number;
      let best = -1;
      let bestDistance = Infinity;
      const consider = (j: number) => {
        if (j === i) return;
        const d = Math.hypot((xy[2 * j] as number) - x, (xy[2 * j + 1] as number) - y);
        if (d < bestDistance) {
          bestDistance = d;
          best = j;
        }
      };
      for (let ring = 0; ring <= 16; ring++) {
        visitRing(x, y, ring, consider);
        if (best >= 0 && bestDistance <= ring * cell) return best;
      }
      for (let j = 0; j < n; j++) consider(j);
      return best;
    },
  };
}

/**
 * The force layout for big graphs, on d3-force (forceLink, forceManyBody with Barnes–Hut `theta`,
 * forceX/forceY as a pull to the centre, forceCollide), as plain data in and out: no Cytoscape, no DOM, so
 * it runs in a Web Worker (layout-worker.ts) and headless in tests. fCoSE is not used for these: its
 * refinement grows too fast with size (seconds at 1,000 nodes, minutes at 5,000), and its draft mode
 * alone leaves a big graph on a few long lines.
 *
 * Until 2026 this module was a hand-written simulation of d3-force's model (a flat-array quadtree, 490
 * lines). Side by side in the render benchmark (bench/sections/render.ts), d3-force with the settings
 * below did better, so the library runs it now:
 * FIGURES
 *
 * What stays hand-written is the start (`radialStart`, O(n + m)): d3 starts from a phyllotaxis spiral that
 * knows nothing of the edges, and needs several times the ticks to untangle it.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface ForceInput {
  /** Number of nodes; nodes are numbered 0 … n − 1. */
  n: number;
  /** Start positions, x and y per node: [x0, y0, x1, y1, …]. @default radialStart, spread to the graph's size */
  positions?: Float64Array | undefined;
  /** Edges as pairs of node indexes: [source0, target0, source1, target1, …]. */
  edges: Uint32Array;
  /** Node radius in model units; nodes keep at least their radii and `gap` apart. @default 15 */
  radii?: Float64Array | undefined;
  options?: ForceOptions | undefined;
}

export interface ForceOptions {
  /** Rest length of an edge, between the nodes' outlines. @default 70 */
  linkDistance?: number;
  /** Ticks to run; the temperature (`alpha`) falls from 1 to 0.001 over them. @default defaultTicks(n) */
  iterations?: number;
  /** Barnes–Hut opening angle: larger is faster and coarser. @default 1.5 */
  theta?: number;
  /** Repulsion between nodes (forceManyBody strength). @default -150 × (linkDistance / 30)² */
  charge?: number;
  /** Pull towards the centre (forceX/forceY strength). @default 0.02 */
  gravity?: number;
  /** Room kept between neighbouring nodes' outlines. @default 12 */
  gap?: number;
}

/**
 * Ticks for a graph of `n` nodes: fewer on big graphs (which start from the radial tree), so the work
 * stays bounded; the last 30% of them also keep nodes apart (forceCollide).
 */
export function defaultTicks(n: number): number {
  return Math.round(Math.min(200, Math.max(50, 250_000 / Math.max(1, n))));
}

interface Body extends SimulationNodeDatum {
  r: number;
}

export function forceLayout(input: ForceInput): Float64Array {
  const { n } = input;
  const opts = input.options ?? {};
  const distance = opts.linkDistance ?? 70;
  const gap = opts.gap ?? 12;
  const ticks = opts.iterations ?? defaultTicks(n);
  const start = input.positions?.length === 2 * n ? input.positions : spread(radialStart(n, input.edges, distance), n, distance);
  const bodies: Body[] = Array.from({ length: n }, (_, i) => ({ index: i, x: start[2 * i] ?? 0, y: start[2 * i + 1] ?? 0, r: input.radii?.[i] ?? 15 }));
  const links: { source: number; target: number }[] = [];
  const valid = validLinks(input.edges, n);
  for (let k = 0; k < valid.length; k += 2) links.push({ source: valid[k] as number, target: valid[k + 1] as number });
  const gravity = opts.gravity ?? 0.02;
  const simulation = forceSimulation(bodies)
    .stop()
    .alphaDecay(1 - 0.001 ** (1 / Math.max(1, ticks)))
    // Springs as long as the link plus both nodes' radii: big hubs keep their neighbours off their outline.
    .force('link', forceLink<Body, { source: number | Body; target: number | Body }>(links)
      .distance((l) => distance + (l.source as Body).r + (l.target as Body).r))
    // Five times d3's default charge for links of this length (-30 for 30), and no push beyond twelve
    // links: the graph fills its room without a thin ring of hubs far out.
    .force('charge', forceManyBody<Body>().strength(opts.charge ?? -150 * (distance / 30) ** 2).theta(opts.theta ?? 1.5).distanceMax(distance * 12))
    .force('x', forceX<Body>(0).strength(gravity))
    .force('y', forceY<Body>(0).strength(gravity));
  // Overlaps are only worth removing once the picture has its shape: forceCollide is the costliest force
  // (a quadtree with radii, twice per tick), so it runs in the last 30% of the ticks only.
  const untangle = ticks - Math.ceil(0.3 * ticks);
  simulation.tick(untangle);
  simulation.force('collide', forceCollide<Body>((b) => b.r + gap / 2).iterations(2));
  simulation.tick(ticks - untangle);
  const out = new Float64Array(2 * n);
  bodies.forEach((b, i) => {
    out[2 * i] = b.x ?? 0;
    out[2 * i + 1] = b.y ?? 0;
  });
  return out;
}

/**
 * A start that already keeps linked nodes together: per connected component (largest first), a
 * breadth-first tree from its best-connected node, drawn radially — each subtree in a wedge of its
 * parent's wedge, sized by the nodes it holds, one ring per hop. The forces only have to relax it.
 */
export function radialStart(n: number, edges: Uint32Array, distance = 70): Float64Array {
  const links = validLinks(edges, n);
  const degree = new Uint32Array(n);
  for (let k = 0; k < links.length; k++) add(degree, links[k] as number, 1);
  // Adjacency in CSR form.
  const offset = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = (offset[i] as number) + (degree[i] as number);
  const fill = offset.slice(0, n);
  const adjacent = new Uint32Array(links.length);
  for (let k = 0; k < links.length; k += 2) {
    const s = links[k] as number;
    const t = links[k + 1] as number;
    adjacent[fill[s] as number] = t;
    adjacent[fill[t] as number] = s;
    add(fill, s, 1);
    add(fill, t, 1);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (degree[b] as number) - (degree[a] as number) || a - b);
  const parent = new Int32Array(n).fill(-1);
  const depth = new Uint32Array(n);
  const seen = new Uint8Array(n);
  const out = new Float64Array(2 * n);
  const components: number[][] = [];
  for (const root of order) {
    if (seen[root]) continue;
    // Breadth first: `queue` ends up holding the component in BFS order.
    const queue = [root];
    seen[root] = 1;
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head] as number;
      for (let a = offset[u] as number; a < (offset[u + 1] as number); a++) {
        const v = adjacent[a] as number;
        if (seen[v]) continue;
        seen[v] = 1;
        parent[v] = u;
        depth[v] = (depth[u] as number) + 1;
        queue.push(v);
      }
    }
    components.push(queue);
  }
  const size = new Float64Array(n).fill(1);
  const from = new Float64Array(n);
  const span = new Float64Array(n);
  const used = new Float64Array(n);
  let placedArea = 0;
  components.forEach((members, c) => {
    // Subtree sizes bottom-up (reverse BFS order), then wedges top-down (BFS order).
    for (let m = members.length - 1; m > 0; m--) {
      const v = members[m] as number;
      size[parent[v] as number] = (size[parent[v] as number] as number) + (size[v] as number);
    }
    const root = members[0] as number;
    from[root] = 0;
    span[root] = 2 * Math.PI;
    let radius = 0;
    for (const v of members) {
      const u = parent[v] as number;
      if (u !== -1) {
        const share = ((span[u] as number) * (size[v] as number)) / Math.max(1, (size[u] as number) - 1);
        from[v] = (from[u] as number) + (used[u] as number);
        span[v] = share;
        used[u] = (used[u] as number) + share;
      }
      radius = Math.max(radius, (depth[v] as number) * distance);
    }
    // A deep tree would start far wider than it ends: shrink it to the disc its nodes fill at rest.
    const rest = distance * Math.sqrt(members.length / Math.PI) * 1.2;
    const shrink = radius > rest ? rest / radius : 1;
    radius *= shrink;
    // Components side by side on a widening spiral, the biggest in the middle.
    const r = c === 0 ? 0 : Math.sqrt(placedArea) + radius + distance;
    const t = c * 2.399963;
    const cx = r * Math.cos(t);
    const cy = r * Math.sin(t);
    placedArea += (radius + distance) ** 2 * 4;
    for (const v of members) {
      const angle = (from[v] as number) + (span[v] as number) / 2;
      const d = (depth[v] as number) * distance * shrink;
      out[2 * v] = cx + d * Math.cos(angle);
      out[2 * v + 1] = cy + d * Math.sin(angle);
    }
  });
  return out;
}

/**
 * A small-world graph's breadth-first tree is shallow and wide: its rings hold hundreds of nodes a few
 * units apart. Spread to 1.5 times the disc the nodes fill at rest, the forces start from room to move
 * instead of a dense core (which also makes every Barnes–Hut tick slower).
 */
function spread(start: Float64Array, n: number, distance: number): Float64Array {
  let radius = 0;
  for (let i = 0; i < n; i++) radius = Math.max(radius, Math.hypot(start[2 * i] ?? 0, start[2 * i + 1] ?? 0));
  const rest = 1.5 * distance * Math.sqrt(n / Math.PI);
  if (radius >= rest || radius === 0) return start;
  const k = rest / radius;
  return start.map((v) => v * k);
}

/** Edges between two different, existing nodes. */
function validLinks(edges: Uint32Array, n: number): Uint32Array {
  const out = new Uint32Array(edges.length);
  let m = 0;
  for (let k = 0; k + 1 < edges.length; k += 2) {
    const s = edges[k] as number;
    const t = edges[k + 1] as number;
    if (s === t || s >= n || t >= n) continue;
    out[m++] = s;
    out[m++] = t;
  }
  return out.subarray(0, m);
}

function add(array: Float64Array | Uint32Array, index: number, value: number): void {
  array[index] = (array[index] as number) + value;
}

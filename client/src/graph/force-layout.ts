/**
 * A force-directed layout for big graphs, as plain arithmetic on typed arrays: no Cytoscape, no DOM, so
 * it runs in a Web Worker (layout-worker.ts) and headless in tests. The model is d3-force's — springs on
 * the edges, a Barnes–Hut approximation of node repulsion (O(n log n) per step instead of O(n²)), a weak
 * pull towards the centre so that components stay together, velocity decay and a cooling `alpha` —
 * because fCoSE's refinement grows too fast with size (seconds at 1,000 nodes, minutes at 5,000) and its
 * draft mode alone leaves a big graph on a few long lines.
 *
 * Why not d3-force itself: it was tried in the worker (forceLink, forceManyBody with theta, forceX/Y,
 * forceCollide; bench/render/force-layout-d3.ts) and is measured beside this module in every render
 * benchmark (`ours-d3`). Figures from four runs (bench/render/cli.ts, 2 cores shared with other work, so
 * absolute times were several times the usual; the ratios are side by side within a run):
 *
 *   first run, d3-force against this module at d3's default charge (its old tuning), 1k / 5k / 10k nodes:
 *   - layout landed over plain Cytoscape's first frame: d3 2.42 / 3.30 / 10.6×, this module 2.82 / 2.74 / 4.90×
 *   - longest the page went without a frame until complete: d3 1.5 / 5.3 / 41 s, this module 1.2 / 4.0 / 5.6 s
 *   - nodes overlapping another once landed: d3 0 / 0 / 12.5%, this module 0 / 23.6% / 54.9%
 *   - canvas coverage: d3 0.72 / 0.73 / 0.66, this module 0.78 / 0.71 / 0.69; edge stretch (lower is
 *     better): d3 0.419 / 0.449 / 0.442, this module 0.420 / 0.424 / 0.426
 *   - many components (in Node): nodes nearest their own component d3 0.964 / 0.972 / 0.984, this module
 *     0.986 / 0.989 / 0.985; CPU at 5k: d3 2.7 s, this module 3.0 s
 *   second run, after this module took the charge below and 100 steps at 5k (quick sizes, 1k / 5k):
 *   - landed over plain's first frame: this module 2.47 / 2.54×, d3 2.08 / 1.94×
 *   - longest without a frame until complete: this module 0.76 / 1.49 s, d3 0.46 / 0.99 s
 *   - overlaps 0 / 0 both; coverage 0.78 / 0.74 against d3's 0.72 / 0.73; edge stretch 0.420 / 0.419
 *     against 0.419 / 0.449; many components 0.986 / 0.968 against 0.964 / 0.972
 *   Both runs read the landing only after the benchmark's first pan, so no layout could come out below
 *   complete plus 2–3 s there (fixed since). Timed when they landed, two more quick runs (1k / 5k; the
 *   first with the layout asked at the first frame, the second once Cytoscape had the whole graph):
 *   - landed over plain's first frame: this module 3.22 / 0.93× and 2.55 / 1.50×, d3 4.17 / 2.48× and 3.52 / 2.30×
 *   - longest without a frame until complete: this module 0.79 / 0.80 s and 0.49 / 0.53 s, d3 3.6 / 3.5 s
 *     and 0.92 / 0.82 s; quality as in the second run
 *   So this module lands sooner too, in all four pairs (between runs one figure moves as much). What decided
 *   first is 10k nodes: in the first run and again in a direct probe (the page 58 s without a frame
 *   against 19 s), d3-force's object quadtrees, rebuilt every tick, held up the page's main
 *   thread while the worker ran and Cytoscape took the graph in; this module keeps flat typed arrays. So
 *   it stays, and every render run measures d3-force beside it (`ours-d3`): when the figures turn, switch.
 * What d3-force taught: a stronger charge on big graphs (below) leaves no overlaps.
 */

export interface ForceInput {
  /** Number of nodes; nodes are numbered 0 … n − 1. */
  n: number;
  /** Start positions, x and y per node: [x0, y0, x1, y1, …]. @default radialStart */
  positions?: Float64Array | undefined;
  /** Edges as pairs of node indexes: [source0, target0, source1, target1, …]. */
  edges: Uint32Array;
  /** Node radius in model units; repulsion keeps at least two radii and `gap` between centres. @default 15 */
  radii?: Float64Array | undefined;
  options?: ForceOptions | undefined;
}

export interface ForceOptions {
  /** Rest length of an edge. @default 70 */
  linkDistance?: number;
  /** Steps to run; the temperature falls from 1 to 0.001 over them. @default scaled to the graph's size */
  iterations?: number;
  /** Barnes–Hut opening angle: larger is faster and coarser. @default 0.9 */
  theta?: number;
  /** Pull towards the centre, per step, as a share of the distance. @default 0.03 */
  gravity?: number;
  /**
   * Repulsion between two nodes (negative), before the cooling. @default d3-force's default for links of
   * this length (-30 × (linkDistance / 30)²), times n / 1000 between 1 and 5: a big graph gets fewer steps
   * (defaultIterations), too few for the overlap pass alone — at d3's own charge 24% of a 5,000-node
   * graph's nodes still overlapped when the layout landed — while a small one would only be blown apart.
   */
  charge?: number;
  /** Room kept between neighbouring nodes' outlines. @default 12 */
  gap?: number;
}

/**
 * Steps for a graph of `n` nodes: fewer on huge graphs (which start from a good radial tree), so the work
 * stays bounded. At 5,000 nodes 100 steps instead of 150 cost a third less and give the same picture on
 * the benchmark's graph (no overlaps, edge stretch 0.418 against 0.412); on one of many components a few
 * more nodes end up nearest another component (0.968 against 0.995).
 */
export function defaultIterations(n: number): number {
  return Math.round(Math.min(300, Math.max(80, 500_000 / Math.max(1, n))));
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

export function forceLayout(input: ForceInput): Float64Array {
  const { n } = input;
  const opts = input.options ?? {};
  const distance = opts.linkDistance ?? 70;
  const start = input.positions?.length === 2 * n ? input.positions : radialStart(n, input.edges, distance);
  const iterations = opts.iterations ?? defaultIterations(n);
  const theta2 = (opts.theta ?? 0.9) ** 2;
  const gravity = opts.gravity ?? 0.03;
  const gap = opts.gap ?? 12;
  const charge = opts.charge ?? -30 * (distance / 30) ** 2 * Math.min(5, Math.max(1, n / 1000));
  // Beyond this, other nodes no longer push: a big graph stays compact instead of a thin ring of hubs.
  const reach2 = (distance * 12) ** 2;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const radius = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = start[2 * i] ?? 0;
    y[i] = start[2 * i + 1] ?? 0;
    radius[i] = input.radii?.[i] ?? 15;
  }
  const links = validLinks(input.edges, n);
  const degree = new Float64Array(n);
  for (let k = 0; k < links.length; k += 2) {
    add(degree, links[k] as number, 1);
    add(degree, links[k + 1] as number, 1);
  }
  // A hub's springs are weaker (d3's 1 / min degree) and it moves less (bias by degree).
  const strength = new Float64Array(links.length / 2);
  const bias = new Float64Array(links.length / 2);
  for (let k = 0; k < links.length; k += 2) {
    const s = degree[links[k] as number] as number;
    const t = degree[links[k + 1] as number] as number;
    strength[k / 2] = 1 / Math.min(s, t);
    bias[k / 2] = s / (s + t);
  }

  let alpha = 1;
  const alphaDecay = 1 - 0.001 ** (1 / Math.max(1, iterations));
  const velocityKeep = 0.6;
  const tree = createQuadTree(n);
  for (let step = 0; step < iterations; step++) {
    alpha += (0 - alpha) * alphaDecay;
    // Springs.
    for (let k = 0; k < links.length; k += 2) {
      const s = links[k] as number;
      const t = links[k + 1] as number;
      let dx = (x[t] as number) + (vx[t] as number) - (x[s] as number) - (vx[s] as number);
      let dy = (y[t] as number) + (vy[t] as number) - (y[s] as number) - (vy[s] as number);
      if (dx === 0 && dy === 0) {
        dx = jiggle(s + t);
        dy = jiggle(s - t);
      }
      const l = Math.sqrt(dx * dx + dy * dy);
      const rest = distance + (radius[s] as number) + (radius[t] as number);
      const f = ((l - rest) / l) * alpha * (strength[k / 2] as number);
      const b = bias[k / 2] as number;
      dx *= f;
      dy *= f;
      vx[t] = (vx[t] as number) - dx * b;
      vy[t] = (vy[t] as number) - dy * b;
      vx[s] = (vx[s] as number) + dx * (1 - b);
      vy[s] = (vy[s] as number) + dy * (1 - b);
    }
    // Repulsion, approximated: a far-away cell of the quadtree acts as one body at its centre of mass.
    tree.build(x, y);
    for (let i = 0; i < n; i++) {
      tree.visit(i, x, y, theta2, reach2, charge * alpha, vx, vy);
    }
    // Overlaps: nodes closer than their radii and the gap are pushed apart directly.
    tree.separate(x, y, vx, vy, radius, gap);
    // Gravity, then move.
    for (let i = 0; i < n; i++) {
      vx[i] = ((vx[i] as number) - (x[i] as number) * gravity * alpha) * velocityKeep;
      vy[i] = ((vy[i] as number) - (y[i] as number) * gravity * alpha) * velocityKeep;
      x[i] = (x[i] as number) + (vx[i] as number);
      y[i] = (y[i] as number) + (vy[i] as number);
    }
  }
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = x[i] as number;
    out[2 * i + 1] = y[i] as number;
  }
  return out;
}

/** Edges between two different, existing nodes. */
export function validLinks(edges: Uint32Array, n: number): Uint32Array {
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

/** A tiny deterministic nudge for coincident points. */
function jiggle(seed: number): number {
  return ((Math.sin(seed * 12.9898) * 43758.5453) % 1) * 1e-3 || 1e-3;
}

/**
 * A point quadtree in flat arrays, rebuilt every step: cell `c` has four child slots (`child[4c + q]`, −1
 * for none), a total mass and a centre of mass; a leaf holds a chain of bodies (`body`, `nextBody`).
 */
function createQuadTree(n: number) {
  const capacity = 4 * n + 16;
  let child = new Int32Array(4 * capacity);
  let mass = new Float64Array(capacity);
  let mx = new Float64Array(capacity);
  let my = new Float64Array(capacity);
  let body = new Int32Array(capacity);
  let half = new Float64Array(capacity);
  let cxs = new Float64Array(capacity);
  let cys = new Float64Array(capacity);
  const nextBody = new Int32Array(n);
  /** Cells in the order they were made: children always come after their parent. */
  let cells = 0;
  /** Bodies at (nearly) the same point share a leaf below this depth instead of splitting forever. */
  const MAX_DEPTH = 48;

  const grow = () => {
    const size = mass.length * 2;
    const copy = <T extends Float64Array | Int32Array>(a: T, length: number): T => {
      const b = new (a.constructor as { new(len: number): T })(length);
      b.set(a);
      return b;
    };
    child = copy(child, 4 * size);
    mass = copy(mass, size);
    mx = copy(mx, size);
    my = copy(my, size);
    body = copy(body, size);
    half = copy(half, size);
    cxs = copy(cxs, size);
    cys = copy(cys, size);
  };
  const newCell = (cx: number, cy: number, h: number): number => {
    if (cells >= mass.length) grow();
    const c = cells++;
    child.fill(-1, 4 * c, 4 * c + 4);
    mass[c] = 0;
    mx[c] = 0;
    my[c] = 0;
    body[c] = -1;
    half[c] = h;
    cxs[c] = cx;
    cys[c] = cy;
    return c;
  };
  const quadrant = (c: number, px: number, py: number) => (px >= (cxs[c] as number) ? 1 : 0) + (py >= (cys[c] as number) ? 2 : 0);
  const childCentre = (c: number, q: number): [number, number, number] => {
    const h = (half[c] as number) / 2;
    return [(cxs[c] as number) + (q & 1 ? h : -h), (cys[c] as number) + (q & 2 ? h : -h), h];
  };

  const insert = (i: number, px: number, py: number) => {
    let c = 0;
    for (let depth = 0; ; depth++) {
      const isLeaf = child[4 * c] === -1 && child[4 * c + 1] === -1 && child[4 * c + 2] === -1 && child[4 * c + 3] === -1;
      if (isLeaf && (body[c] === -1 || depth >= MAX_DEPTH)) {
        nextBody[i] = body[c] as number;
        body[c] = i;
        return;
      }
      if (isLeaf) {
        // Split: the resident bodies move one level down.
        let j = body[c] as number;
        body[c] = -1;
        while (j !== -1) {
          const next = nextBody[j] as number;
          const q = quadrant(c, bx[j] as number, by[j] as number);
          let k = child[4 * c + q] as number;
          if (k === -1) {
            const [ccx, ccy, h] = childCentre(c, q);
            k = newCell(ccx, ccy, h);
            child[4 * c + q] = k;
          }
          nextBody[j] = body[k] as number;
          body[k] = j;
          j = next;
        }
      }
      const q = quadrant(c, px, py);
      let k = child[4 * c + q] as number;
      if (k === -1) {
        const [ccx, ccy, h] = childCentre(c, q);
        k = newCell(ccx, ccy, h);
        child[4 * c + q] = k;
        nextBody[i] = -1;
        body[k] = i;
        return;
      }
      c = k;
    }
  };
  /** Cells still to look at, shared by every walk (one walk at a time). */
  const stack: number[] = [];
  // Positions of the current build, for the split above.
  let bx: Float64Array = new Float64Array(0);
  let by: Float64Array = new Float64Array(0);

  return {
    build(x: Float64Array, y: Float64Array) {
      bx = x;
      by = y;
      let x1 = Infinity;
      let y1 = Infinity;
      let x2 = -Infinity;
      let y2 = -Infinity;
      for (let i = 0; i < n; i++) {
        const px = x[i] as number;
        const py = y[i] as number;
        if (px < x1) x1 = px;
        if (px > x2) x2 = px;
        if (py < y1) y1 = py;
        if (py > y2) y2 = py;
      }
      cells = 0;
      const h = Math.max(x2 - x1, y2 - y1, 1) / 2 + 1;
      newCell((x1 + x2) / 2, (y1 + y2) / 2, h);
      for (let i = 0; i < n; i++) insert(i, x[i] as number, y[i] as number);
      // Masses bottom-up: children were made after their parents, so walk the cells backwards.
      for (let c = cells - 1; c >= 0; c--) {
        let m = 0;
        let sx = 0;
        let sy = 0;
        for (let j = body[c] as number; j !== -1; j = nextBody[j] as number) {
          m += 1;
          sx += x[j] as number;
          sy += y[j] as number;
        }
        for (let q = 0; q < 4; q++) {
          const k = child[4 * c + q] as number;
          if (k === -1) continue;
          const km = mass[k] as number;
          m += km;
          sx += (mx[k] as number) * km;
          sy += (my[k] as number) * km;
        }
        mass[c] = m;
        mx[c] = m ? sx / m : 0;
        my[c] = m ? sy / m : 0;
      }
    },

    /** Adds the (approximated) push of every other node on node `i` to its velocity. */
    visit(i: number, x: Float64Array, y: Float64Array, theta2: number, reach2: number, strength: number, vx: Float64Array, vy: Float64Array) {
      const px = x[i] as number;
      const py = y[i] as number;
      let fx = 0;
      let fy = 0;
      stack.length = 0;
      stack.push(0);
      while (stack.length) {
        const c = stack.pop() as number;
        const m = mass[c] as number;
        if (m === 0) continue;
        const dx = (mx[c] as number) - px;
        const dy = (my[c] as number) - py;
        let l2 = dx * dx + dy * dy;
        const size = 2 * (half[c] as number);
        const isLeaf = child[4 * c] === -1 && child[4 * c + 1] === -1 && child[4 * c + 2] === -1 && child[4 * c + 3] === -1;
        if (!isLeaf && (size * size) / theta2 < l2) {
          // Far enough: the whole cell as one body.
          if (l2 < reach2) {
            fx += (dx * strength * m) / l2;
            fy += (dy * strength * m) / l2;
          }
          continue;
        }
        if (isLeaf) {
          for (let j = body[c] as number; j !== -1; j = nextBody[j] as number) {
            if (j === i) continue;
            let ex = (x[j] as number) - px;
            let ey = (y[j] as number) - py;
            if (ex === 0 && ey === 0) {
              ex = jiggle(i * 31 + j);
              ey = jiggle(j * 17 - i);
            }
            l2 = ex * ex + ey * ey;
            if (l2 >= reach2) continue;
            // Very close bodies: keep the push finite.
            l2 = Math.max(l2, 1);
            fx += (ex * strength) / l2;
            fy += (ey * strength) / l2;
          }
          continue;
        }
        // Too close to approximate: look inside (only when something in reach can be in there).
        const reach = Math.sqrt(reach2) + size;
        if (l2 > reach * reach) continue;
        for (let q = 0; q < 4; q++) {
          const k = child[4 * c + q] as number;
          if (k !== -1) stack.push(k);
        }
      }
      vx[i] = (vx[i] as number) + fx;
      vy[i] = (vy[i] as number) + fy;
    },

    /** Nodes that overlap (closer than their radii plus `gap`) are pushed half the overlap apart each. */
    separate(x: Float64Array, y: Float64Array, vx: Float64Array, vy: Float64Array, radius: Float64Array, gap: number) {
      let maxR = 0;
      for (let i = 0; i < n; i++) maxR = Math.max(maxR, radius[i] as number);
      for (let i = 0; i < n; i++) {
        const px = (x[i] as number) + (vx[i] as number);
        const py = (y[i] as number) + (vy[i] as number);
        const ri = (radius[i] as number) + gap / 2;
        const search = ri + maxR + gap / 2;
        stack.length = 0;
        stack.push(0);
        while (stack.length) {
          const c = stack.pop() as number;
          const h = half[c] as number;
          // Skip cells whose square cannot hold anything within reach (the tree is of the step's start).
          if (Math.abs((cxs[c] as number) - (x[i] as number)) > h + search || Math.abs((cys[c] as number) - (y[i] as number)) > h + search) continue;
          for (let j = body[c] as number; j !== -1; j = nextBody[j] as number) {
            if (j <= i) continue;
            const qx = (x[j] as number) + (vx[j] as number);
            const qy = (y[j] as number) + (vy[j] as number);
            let dx = px - qx;
            let dy = py - qy;
            const r = ri + (radius[j] as number) + gap / 2;
            let l2 = dx * dx + dy * dy;
            if (l2 >= r * r) continue;
            if (l2 === 0) {
              dx = jiggle(i + 7 * j);
              dy = jiggle(j - 3 * i);
              l2 = dx * dx + dy * dy;
            }
            const l = Math.sqrt(l2);
            const push = ((r - l) / l) * 0.5;
            dx *= push;
            dy *= push;
            vx[i] = (vx[i] as number) + dx;
            vy[i] = (vy[i] as number) + dy;
            vx[j] = (vx[j] as number) - dx;
            vy[j] = (vy[j] as number) - dy;
          }
          for (let q = 0; q < 4; q++) {
            const k = child[4 * c + q] as number;
            if (k !== -1) stack.push(k);
          }
        }
      }
    },
  };
}

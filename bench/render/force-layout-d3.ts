/**
 * For the render benchmark's side-by-side figures only: the big-graph layout on d3-force (forceLink,
 * forceManyBody with Barnes–Hut `theta`, forceX/forceY, forceCollide in the last ticks), with the same
 * input and output as client/src/graph/force-layout.ts and its radial start. Tuned on the benchmark's
 * graphs for no overlaps at about the same CPU time; the client keeps its own module (see its header).
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { radialStart, validLinks, type ForceInput } from '../../client/src/graph/force-layout.js';

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

export function forceLayoutD3(input: ForceInput): Float64Array {
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

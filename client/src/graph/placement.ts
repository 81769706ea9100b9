/**
 * Where new nodes go when an expansion adds them: on rings around the node that was expanded, away from
 * the bulk of the graph, so the rest of the picture stays where the reader left it. A ring slot is only
 * used when it keeps `clearance` from every point already taken, so a later batch ("show more") goes
 * to the free slots that remain and then to the next ring, whatever the earlier batches looked like.
 */
export interface Point {
  x: number;
  y: number;
}

export interface PlaceOptions {
  center: Point;
  /** Centre of everything already drawn: new nodes fan out on the far side of the anchor. */
  away?: Point | undefined;
  count: number;
  /** Points already taken (the nodes on the canvas): nothing new comes closer than `clearance` to them. */
  occupied?: readonly Point[];
  /** Smallest distance between two centres: the largest node's diameter and a little air. @default 60 */
  clearance?: number;
  /** @default 110 */
  radius?: number;
}

/** Distance between neighbours on a ring. */
const SLOT_SPACING = 70;
/** Rings grow until the points fit; this only guards against a caller passing nonsense. */
const MAX_RINGS = 10_000;

export function placeAround(options: PlaceOptions): Point[] {
  const { center, count } = options;
  if (count <= 0) return [];
  const radius = options.radius ?? 110;
  const clearance = Math.max(1, options.clearance ?? 60);
  const taken = createPointIndex(clearance);
  for (const p of options.occupied ?? []) taken.add(p);
  const dx = options.away ? center.x - options.away.x : 0;
  const dy = options.away ? center.y - options.away.y : 0;
  const hasDirection = Math.hypot(dx, dy) > 1;
  // With a direction: a 200° fan facing outwards; otherwise a full circle.
  const spread = hasDirection ? (200 * Math.PI) / 180 : 2 * Math.PI;
  const facing = hasDirection ? Math.atan2(dy, dx) : -Math.PI / 2;
  /** The angles of `n` points on a ring, spread evenly over the fan (or the circle). */
  const angles = (n: number) => Array.from({ length: n }, (_, i) => (hasDirection
    ? facing - spread / 2 + (spread * (i + 0.5)) / n
    : facing + (spread * i) / n));

  const points: Point[] = [];
  const take = (p: Point) => {
    points.push(p);
    taken.add(p);
  };
  for (let ring = 0; points.length < count && ring < MAX_RINGS; ring++) {
    const r = radius * (1 + ring * 0.7);
    const at = (t: number): Point => ({ x: center.x + r * Math.cos(t), y: center.y + r * Math.sin(t) });
    const capacity = Math.max(4, Math.floor((spread * r) / SLOT_SPACING));
    const wanted = count - points.length;
    // A ring the batch does not fill: spread the points evenly over it, if that touches nothing.
    if (wanted < capacity) {
      const even = angles(wanted).map(at);
      // Neighbours on the ring are the closest pairs: their chord decides whether the points keep clear.
      const apart = wanted === 1 || 2 * r * Math.sin(Math.min(Math.PI, spread / wanted) / 2) >= clearance;
      if (apart && even.every((p) => taken.isFree(p))) {
        for (const p of even) take(p);
        break;
      }
    }
    // Otherwise the ring's fixed slots that are still free, the ones facing outwards first.
    const slots = angles(capacity)
      .map((t) => ({ t, off: Math.abs(normalize(t - facing)) }))
      .sort((a, b) => a.off - b.off);
    for (const { t } of slots) {
      if (points.length === count) break;
      const p = at(t);
      if (taken.isFree(p)) take(p);
    }
  }
  return points;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** An angle in (-π, π]. */
function normalize(t: number): number {
  const twoPi = 2 * Math.PI;
  const u = ((t % twoPi) + twoPi) % twoPi;
  return u > Math.PI ? u - twoPi : u;
}

/** Points bucketed in square cells of the clearance: "is anything too close?" looks at nine cells only. */
function createPointIndex(clearance: number) {
  const cells = new Map<string, Point[]>();
  const cell = (v: number) => Math.floor(v / clearance);
  return {
    add(p: Point) {
      const key = `${cell(p.x)},${cell(p.y)}`;
      const bucket = cells.get(key);
      if (bucket) bucket.push(p);
      else cells.set(key, [p]);
    },
    isFree(p: Point): boolean {
      const cx = cell(p.x);
      const cy = cell(p.y);
      for (let i = cx - 1; i <= cx + 1; i++) {
        for (let j = cy - 1; j <= cy + 1; j++) {
          if (cells.get(`${i},${j}`)?.some((q) => distance(p, q) < clearance)) return false;
        }
      }
      return true;
    },
  };
}

/**
 * Where new nodes go when an expansion adds them: on rings around the node that was expanded, away from
 * the bulk of the graph, so the rest of the picture stays where the reader left it.
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
  /** Slots already taken around the centre (an earlier expansion): new points go after them. */
  skip?: number;
  /** @default 110 */
  radius?: number;
}

export function placeAround(options: PlaceOptions): Point[] {
  const { center } = options;
  const skip = Math.max(0, options.skip ?? 0);
  const count = options.count + skip;
  const radius = options.radius ?? 110;
  if (options.count === 0) return [];
  const dx = options.away ? center.x - options.away.x : 0;
  const dy = options.away ? center.y - options.away.y : 0;
  const hasDirection = Math.hypot(dx, dy) > 1;
  // With a direction: a 200° fan facing outwards; otherwise a full circle.
  const spread = hasDirection ? (200 * Math.PI) / 180 : 2 * Math.PI;
  const facing = hasDirection ? Math.atan2(dy, dx) : -Math.PI / 2;
  const points: Point[] = [];
  let placed = 0;
  for (let ring = 0; placed < count; ring++) {
    const r = radius * (1 + ring * 0.7);
    // Keep ~70px between neighbours on a ring.
    const capacity = Math.max(4, Math.floor((spread * r) / 70));
    const inRing = Math.min(capacity, count - placed);
    for (let i = 0; i < inRing; i++) {
      const t = hasDirection
        ? facing - spread / 2 + (spread * (i + 0.5)) / inRing
        : facing + (spread * i) / inRing;
      points.push({ x: center.x + r * Math.cos(t), y: center.y + r * Math.sin(t) });
    }
    placed += inRing;
  }
  return points.slice(skip);
}

/**
 * Where a big graph's nodes stand in its first frame, before any layout has run: a disc of even density,
 * one sector per kind (the largest kind first, clockwise from the top), the best-connected nodes of each
 * kind at the centre. It costs one sort, needs no measuring and is the same for the same data, so the
 * first frame can be drawn at once. The force layout (force-layout.ts) then runs from its own radial start
 * and the result replaces this one.
 */
import type { Point } from './placement.js';

export interface PlacementNode {
  id: string;
  kind: string;
  degree: number;
}

export interface InitialPlacementOptions {
  /** Room per node (the side of a square cell) in model units. @default 60 */
  spacing?: number;
}

/** Golden-ratio steps spread the nodes of a sector evenly over its angle, whatever their count. */
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** Positions in the order of `nodes`, centred on (0, 0). */
export function initialPlacement(nodes: readonly PlacementNode[], options: InitialPlacementOptions = {}): Point[] {
  const spacing = options.spacing ?? 60;
  const n = nodes.length;
  const byKind = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    const list = byKind.get(node.kind);
    if (list) list.push(i);
    else byKind.set(node.kind, [i]);
  });
  const kinds = [...byKind.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const points: Point[] = new Array<Point>(n);
  let start = -Math.PI / 2;
  for (const [, members] of kinds) {
    const share = members.length / n;
    const sweep = 2 * Math.PI * share;
    members.sort((a, b) => (nodes[b]?.degree ?? 0) - (nodes[a]?.degree ?? 0) || compare(nodes[a]?.id, nodes[b]?.id));
    members.forEach((index, j) => {
      // The sector up to radius r holds share·π·r² of area: node j sits where that area is j + ½ cells.
      const r = spacing * Math.sqrt((j + 0.5) / (Math.PI * share));
      const t = start + sweep * ((j * GOLDEN) % 1);
      points[index] = { x: r * Math.cos(t), y: r * Math.sin(t) };
    });
    start += sweep;
  }
  return points;
}

function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

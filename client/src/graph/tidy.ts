/**
 * The last step of a free-form layout (force, hierarchy), as plain geometry: nodes without a visible
 * link are lined up in tidy rows beside the connected part instead of floating around it, and a force
 * picture (whose orientation and proportions mean nothing) is turned a quarter and stretched a little
 * so that it has the canvas's shape. The arrangement with the largest fit zoom wins.
 */
import type { Point } from './placement.js';
import type { Box } from './scale.js';

export interface NodeBox {
  id: string;
  /** Centre of the node. */
  x: number;
  y: number;
  /** Size including the label. */
  w: number;
  h: number;
  /** No visible edge. */
  isolated: boolean;
  /** Isolated nodes are grouped by this (the kind), then sorted by `label`. */
  group?: string;
  label?: string;
}

export interface TidyOptions {
  /** The canvas size; without it (headless) the picture keeps its orientation and proportions. */
  viewport?: { w: number; h: number } | undefined;
  /**
   * May the connected part turn by 90° and stretch (up to 1.5×) along its short side to match the
   * canvas? Only for layouts whose orientation and proportions mean nothing (force). @default false
   */
  reshape?: boolean;
}

type Side = 'below' | 'right' | 'alone';

const MAX_STRETCH = 1.5;

export function tidy(nodes: readonly NodeBox[], options: TidyOptions = {}): Map<string, Point> {
  const main = nodes.filter((n) => !n.isolated);
  const loose = nodes.filter((n) => n.isolated)
    .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || (a.label ?? a.id).localeCompare(b.label ?? b.id));
  const viewport = options.viewport && options.viewport.w > 0 && options.viewport.h > 0 ? options.viewport : undefined;
  const aspect = viewport ? viewport.w / viewport.h : 1.5;
  const reshape = Boolean(options.reshape && viewport && main.length > 1);
  const sides: Side[] = !loose.length ? ['below'] : main.length ? ['below', 'right'] : ['alone'];
  const at = (placed: Map<string, Point>) => (n: NodeBox): NodeBox => ({ ...n, ...placed.get(n.id) });
  /** The whole picture: the connected part as placed, the loose nodes lined up on one side of it. */
  const arrange = (placed: Map<string, Point>, side: Side) =>
    new Map([...placed, ...(loose.length ? lineUp(loose, main.length ? boxOf(main.map(at(placed))) : undefined, side, aspect) : [])]);

  const candidates: { placed: Map<string, Point>; turned: boolean }[] = [];
  for (const turned of reshape ? [false, true] : [false]) {
    const pivot = center(boxOf(main));
    const placed = new Map(main.map((n) => [n.id, turned ? turn(n, pivot) : { x: n.x, y: n.y }]));
    for (const side of sides) {
      if (!reshape) {
        candidates.push({ placed: arrange(placed, side), turned });
        continue;
      }
      // Stretch the connected part along the picture's short side until it has the canvas's shape.
      const whole = boxOf(nodes.map(at(arrange(placed, side))));
      const part = boxOf(main.map(at(placed)));
      const [w, h] = [whole.x2 - whole.x1, whole.y2 - whole.y1];
      const wide = w / h > aspect;
      const missing = wide ? w / aspect - h : h * aspect - w;
      const span = wide ? part.y2 - part.y1 : part.x2 - part.x1;
      const factor = Math.min(MAX_STRETCH, 1 + missing / Math.max(1, span));
      const c = center(part);
      const stretched = new Map([...placed].map(([id, p]) => [id, wide
        ? { x: p.x, y: c.y + (p.y - c.y) * factor }
        : { x: c.x + (p.x - c.x) * factor, y: p.y }]));
      candidates.push({ placed: arrange(stretched, side), turned });
    }
  }
  if (!viewport || candidates.length === 1) return candidates[0]?.placed ?? new Map();
  const zoom = (placed: Map<string, Point>) => {
    const box = boxOf(nodes.map(at(placed)));
    return Math.min(viewport.w / Math.max(1, box.x2 - box.x1), viewport.h / Math.max(1, box.y2 - box.y1));
  };
  // A quarter turn has to earn its place: one that gains little just looks arbitrary.
  const scored = candidates.map((c) => ({ ...c, score: zoom(c.placed) * (c.turned ? 0.9 : 1) }));
  return scored.reduce((best, c) => (c.score > best.score ? c : best)).placed;
}

/**
 * Isolated nodes in a grid: under the connected part (as wide as it), at its right (as tall as it), or,
 * with nothing connected, in a block shaped like the canvas.
 */
function lineUp(loose: readonly NodeBox[], body: Box | undefined, side: Side, aspect: number): Map<string, Point> {
  const cellW = Math.max(...loose.map((n) => n.w)) + 16;
  const cellH = Math.max(...loose.map((n) => n.h)) + 12;
  const n = loose.length;
  const fit = side === 'below' && body ? clamp(Math.floor((body.x2 - body.x1) / cellW), 1, n)
    : side === 'right' && body ? Math.ceil(n / clamp(Math.floor((body.y2 - body.y1) / cellH), 1, n))
    : clamp(Math.round(Math.sqrt((n * aspect * cellH) / cellW)), 1, n);
  // As many rows as needed, then rows of even length: 3 + 3 rather than 5 + 1.
  const rows = Math.ceil(n / fit);
  const columns = Math.ceil(n / rows);
  const blockW = columns * cellW;
  const blockH = rows * cellH;
  // Where the block's top-left corner goes: a row's gap away from the connected part, centred on it.
  const origin = !body ? { x: -blockW / 2, y: -blockH / 2 }
    : side === 'below' ? { x: (body.x1 + body.x2 - blockW) / 2, y: body.y2 + cellH * 0.75 }
    : { x: body.x2 + cellW * 0.5, y: (body.y1 + body.y2 - blockH) / 2 };
  return new Map(loose.map((node, i) => [node.id, {
    x: origin.x + (i % columns) * cellW + cellW / 2,
    y: origin.y + Math.floor(i / columns) * cellH + cellH / 2,
  }]));
}

function boxOf(nodes: readonly NodeBox[]): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const n of nodes) {
    box.x1 = Math.min(box.x1, n.x - n.w / 2);
    box.y1 = Math.min(box.y1, n.y - n.h / 2);
    box.x2 = Math.max(box.x2, n.x + n.w / 2);
    box.y2 = Math.max(box.y2, n.y + n.h / 2);
  }
  return box;
}

function center(box: Box): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/** A quarter turn around `c`; labels stay horizontal, so each node's own box does not turn. */
function turn(p: Point, c: Point): Point {
  return { x: c.x - (p.y - c.y), y: c.y + (p.x - c.x) };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

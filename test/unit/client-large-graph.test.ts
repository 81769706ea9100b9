/**
 * Big graphs, headless: the first frame's placement, the force layout that follows it (in this thread
 * here: Node has no Web Worker), the view's load-then-arrange behaviour and the cheap drawing options.
 */
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/graph/elements.js';
import { forceLayout, radialStart } from '../../client/src/graph/force-layout.js';
import { CANCELLED, createForceRunner } from '../../client/src/graph/force-runner.js';
import { initialPlacement, type PlacementNode } from '../../client/src/graph/initial-placement.js';
import type { Point } from '../../client/src/graph/placement.js';
import { BACKGROUND_LAYOUT_NODES, MIN_ZOOM, fitViewport, minZoomFor } from '../../client/src/graph/scale.js';
import { LARGE_LABEL, createStylesheet } from '../../client/src/graph/style.js';
import { createGraphView, type GraphView } from '../../client/src/graph/view.js';
import { entity, relation } from './client-fixtures.js';

const KINDS = ['PERSON', 'ORGANIZATION', 'MODEL', 'PRODUCT', 'PLACE', 'CONCEPT'];

/** `n` entities in a ring with a few skewed long links (as the render benchmark draws). */
function bigGraph(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => entity({ id: `n${i}`, kind: KINDS[i % KINDS.length] ?? 'PERSON', degree: i % 97 === 0 ? 20 : 2 }));
  const edges = Array.from({ length: n }, (_, i) => relation(`n${i}`, i % 3 ? 'DEVELOPED' : 'ENDORSES', `n${(i + 1) % n}`, { id: `r${i}` }));
  for (let i = 0; i < n; i += 7) edges.push(relation(`n${i}`, 'DOUBTS', `n${(i * 31) % n}`, { id: `x${i}` }));
  return { nodes, edges };
}

function closestPair(points: readonly Point[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as Point;
      const b = points[j] as Point;
      min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return min;
}

describe('client graph: the first frame of a big graph', () => {
  const nodes: PlacementNode[] = Array.from({ length: 600 }, (_, i) => ({ id: `n${i}`, kind: KINDS[i % 3] ?? 'PERSON', degree: (i * 37) % 50 }));

  it('places every node, the same way every time, without two nodes on one spot', () => {
    const points = initialPlacement(nodes);
    expect(points).toHaveLength(nodes.length);
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(initialPlacement(nodes)).toEqual(points);
    // Cells of 60 units: neighbours keep clear of a small node's diameter.
    expect(closestPair(points)).toBeGreaterThan(24);
  });

  it('gives each kind its own sector and puts the best-connected nodes of a kind at the centre', () => {
    const points = initialPlacement(nodes);
    const angle = (p: Point) => (Math.atan2(p.y, p.x) + 2.5 * Math.PI) % (2 * Math.PI);
    const sectors = KINDS.slice(0, 3).map((kind) => {
      const angles = nodes.flatMap((n, i) => (n.kind === kind ? [angle(points[i] as Point)] : []));
      return { min: Math.min(...angles), max: Math.max(...angles) };
    });
    // Three equal kinds: three disjoint thirds of the disc.
    const sorted = [...sectors].sort((a, b) => a.min - b.min);
    for (let k = 1; k < sorted.length; k++) expect((sorted[k] as { min: number }).min).toBeGreaterThan((sorted[k - 1] as { max: number }).max);
    const radius = (i: number) => Math.hypot((points[i] as Point).x, (points[i] as Point).y);
    const people = nodes.map((n, i) => ({ n, i })).filter(({ n }) => n.kind === 'PERSON').sort((a, b) => b.n.degree - a.n.degree);
    const hubs = people.slice(0, 10).map(({ i }) => radius(i));
    const leaves = people.slice(-10).map(({ i }) => radius(i));
    expect(Math.max(...hubs)).toBeLessThan(Math.min(...leaves));
  });
});

describe('client graph: the force layout for big graphs', () => {
  /** Two rings of 40 joined by one edge. */
  const rings = () => {
    const pairs: number[] = [];
    for (let r = 0; r < 2; r++) for (let i = 0; i < 40; i++) pairs.push(40 * r + i, 40 * r + ((i + 1) % 40));
    pairs.push(0, 40);
    return new Uint32Array(pairs);
  };

  it('keeps linked nodes together and apart from the rest, without overlaps, deterministically', () => {
    const edges = rings();
    const radii = new Float64Array(80).fill(12);
    const out = forceLayout({ n: 80, edges, radii });
    expect(forceLayout({ n: 80, edges, radii })).toEqual(out);
    const points = Array.from({ length: 80 }, (_, i) => ({ x: out[2 * i] ?? NaN, y: out[2 * i + 1] ?? NaN }));
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(closestPair(points)).toBeGreaterThan(2 * 12);
    const centre = (from: number) => {
      const part = points.slice(from, from + 40);
      return { x: part.reduce((s, p) => s + p.x, 0) / 40, y: part.reduce((s, p) => s + p.y, 0) / 40 };
    };
    const [a, b] = [centre(0), centre(40)];
    const spread = (from: number, c: Point) => Math.max(...points.slice(from, from + 40).map((p) => Math.hypot(p.x - c.x, p.y - c.y)));
    // Each ring is a blob of its own: the two centres are further apart than a ring is wide.
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(Math.max(spread(0, a), spread(40, b)));
    let linked = 0;
    for (let k = 0; k < edges.length; k += 2) {
      const s = points[edges[k] as number] as Point;
      const t = points[edges[k + 1] as number] as Point;
      linked += Math.hypot(s.x - t.x, s.y - t.y);
    }
    // Springs of 70 plus the two radii: edges end up near their rest length, not stretched across the picture.
    expect(linked / (edges.length / 2)).toBeLessThan(150);
  });

  it('starts from a radial tree that keeps each component together', () => {
    const start = radialStart(80, rings());
    expect(start).toHaveLength(160);
    expect(Array.from(start).every(Number.isFinite)).toBe(true);
  });

  it('runs in this thread when there is no worker, after the current task, and can be cancelled', async () => {
    const runner = createForceRunner();
    let done = false;
    const first = runner.run({ n: 80, edges: rings() });
    void first.then(() => { done = true; }, () => undefined);
    expect(done).toBe(false);
    const second = runner.run({ n: 80, edges: rings() });
    await expect(first).rejects.toBe(CANCELLED);
    expect((await second).length).toBe(160);
    runner.dispose();
  });
});

describe('client graph view: big graphs', () => {
  let view: GraphView | undefined;
  afterEach(() => view?.destroy());

  it('draws a big graph at once from its placement and lays it out afterwards', async () => {
    const n = 1000;
    expect(n).toBeGreaterThan(BACKGROUND_LAYOUT_NODES);
    view = createGraphView();
    await view.load(toElements(bigGraph(n)), 'fcose');
    // Drawn, not laid out yet: every node stands where initialPlacement put it.
    expect(view.settled()).toBe(false);
    expect(view.isLarge()).toBe(true);
    expect(view.counts()).toMatchObject({ nodes: n });
    const first = view.position('n0');
    const expected = initialPlacement(bigGraph(n).nodes.map((e) => ({ id: e.id, kind: e.kind, degree: e.degree })))[0];
    expect(first).toEqual(expected);
    await view.whenSettled();
    expect(view.settled()).toBe(true);
    const after = view.nodes().map((d) => view?.position(d.id) ?? { x: NaN, y: NaN });
    expect(view.position('n0')).not.toEqual(first);
    expect(after.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    // Ring neighbours end up near each other (in the spiral they were on opposite sides of a sector):
    // far nearer than two nodes picked across the ring, whatever the picture's scale.
    const distance = (i: number, j: number) => {
      const a = view?.position(`n${i}`) ?? { x: 0, y: 0 };
      const b = view?.position(`n${j}`) ?? { x: 0, y: 0 };
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? NaN;
    const neighbours = median(Array.from({ length: 200 }, (_, i) => distance(i, i + 1)));
    const across = median(Array.from({ length: 200 }, (_, i) => distance(i, (i * 389 + 500) % n)));
    expect(neighbours).toBeLessThan(across / 5);
  });

  it('keeps a layout that lands after a newer load from touching it', async () => {
    view = createGraphView();
    await view.load(toElements(bigGraph(800)), 'fcose');
    await view.load(toElements(bigGraph(300)), 'grid');
    await view.whenSettled();
    expect(view.counts().nodes).toBe(300);
    expect(view.settled()).toBe(true);
  });

  it('lands the same picture whether the layout was asked for at the first frame or once drawn, for the filters it lands under', async () => {
    const landed = async (askLayout: 'first-frame' | 'complete', hidePlaces: boolean) => {
      const v = createGraphView({ askLayout });
      try {
        await v.load(toElements(bigGraph(600)), 'fcose');
        // After the first frame, before the layout lands: an answer asked for at the first frame is stale.
        if (hidePlaces) v.setFilters({ hiddenKinds: new Set(['PLACE']), hiddenTypes: new Set() });
        await v.whenSettled();
        return v.nodes({ visibleOnly: true }).map((d) => ({ id: d.id, at: v.position(d.id) }));
      } finally {
        v.destroy();
      }
    };
    for (const hidePlaces of [false, true]) {
      const early = await landed('first-frame', hidePlaces);
      expect(early).toHaveLength(hidePlaces ? 500 : 600);
      expect(early).toEqual(await landed('complete', hidePlaces));
    }
  });

  it('lays small graphs out before the first frame, as before', async () => {
    view = createGraphView();
    await view.load(toElements(bigGraph(50)), 'fcose');
    expect(view.settled()).toBe(true);
    expect(view.isLarge()).toBe(false);
  });
});

describe('client graph: drawing options for big graphs', () => {
  it('draws edges straight and unlabelled, and skips small node labels', () => {
    const graph = bigGraph(50);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: createStylesheet({ lang: 'en', large: true }),
      elements: toElements(graph) as cytoscape.ElementDefinition[],
    });
    const edge = cy.getElementById('x0');
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('label')).toBe('');
    // A claim keeps its colour; its line pattern (costly per frame, invisible at that zoom) waits for hover.
    expect(edge.style('line-color')).not.toBe(cy.getElementById('r1').style('line-color'));
    expect(edge.style('line-style')).toBe('solid');
    // A node's label (measured when styled) only once it is marked labelled (labels.ts: in view, legible).
    const node = cy.getElementById('n0');
    expect(node.style('label')).toBe('');
    node.addClass(LARGE_LABEL.labelled);
    expect(node.style('label')).toBe(node.data('labelEn'));
    expect(Number.parseFloat(node.style('min-zoomed-font-size') as string)).toBeGreaterThanOrEqual(8);
    // Hover and selection still show what an edge says, and how.
    edge.addClass('hover');
    expect(edge.style('label')).not.toBe('');
    expect(edge.style('line-style')).toBe('dashed');
    edge.removeClass('hover').select();
    expect(edge.style('line-style')).toBe('dashed');
    cy.destroy();
  });

  it('lets the zoom go as low as a big picture needs, so Fit always shows all of it', () => {
    const canvas = { w: 800, h: 600 };
    const huge = { x1: -40_000, y1: -30_000, x2: 40_000, y2: 30_000 };
    const { zoom, pan } = fitViewport(huge, canvas, 30);
    expect(zoom).toBeLessThan(MIN_ZOOM);
    expect(minZoomFor(zoom)).toBeLessThanOrEqual(zoom);
    // The box's corners land inside the canvas.
    for (const [x, y] of [[huge.x1, huge.y1], [huge.x2, huge.y2]] as const) {
      const sx = x * zoom + pan.x;
      const sy = y * zoom + pan.y;
      expect(sx).toBeGreaterThanOrEqual(0);
      expect(sx).toBeLessThanOrEqual(canvas.w);
      expect(sy).toBeGreaterThanOrEqual(0);
      expect(sy).toBeLessThanOrEqual(canvas.h);
    }
    expect(minZoomFor(1)).toBe(MIN_ZOOM);
  });
});

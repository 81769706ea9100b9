import { afterEach, describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/graph/elements.js';
import { LAYOUTS } from '../../client/src/graph/layouts.js';
import { placeAround, type Point } from '../../client/src/graph/placement.js';
import { NODE_SIZE } from '../../client/src/graph/style.js';
import { createGraphView, type GraphView } from '../../client/src/graph/view.js';
import { entity, relation, sampleGraph } from './client-fixtures.js';

let view: GraphView | undefined;
afterEach(() => view?.destroy());

async function loaded(): Promise<GraphView> {
  view = createGraphView();
  await view.load(toElements(sampleGraph()), 'grid');
  return view;
}

describe('client graph view (headless Cytoscape)', () => {
  it('loads elements and reports counts per kind and type', async () => {
    const v = await loaded();
    const counts = v.counts();
    expect(counts).toMatchObject({ nodes: 7, edges: 6, visibleNodes: 7, visibleEdges: 6 });
    expect(counts.byKind.get('PERSON')).toBe(2);
    expect(counts.byType.get('ENDORSES')).toBe(2);
    expect(v.node('deepseek')?.nameAr).toBe('ديب سيك');
    expect(v.edge('yann-lecun>DOUBTS>deepseek@article')?.quoteAr).toBe('قال يان ليكون');
    expect(v.neighbours('deepseek').sort()).toEqual(['hangzhou', 'r1', 'sean-kim', 'yann-lecun']);
  });

  it('runs every layout without throwing and places every node', async () => {
    const v = await loaded();
    for (const name of LAYOUTS) {
      await v.runLayout(name);
      const positions = v.nodes().map((n) => v.renderedPosition(n.id));
      expect(positions.every((p) => p && Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    }
  });

  it('adds only what is new, around the anchor, without moving what is drawn', async () => {
    const v = await loaded();
    const before = v.position('deepseek');
    const added = v.add(toElements({
      nodes: [entity({ id: 'deepseek' }), entity({ id: 'liang-wenfeng', kind: 'PERSON' }), entity({ id: 'v3', kind: 'MODEL' })],
      edges: [relation('liang-wenfeng', 'FOUNDED', 'deepseek'), relation('deepseek', 'DEVELOPED', 'v3')],
    }, { existing: (id) => v.has(id) }), { anchor: 'deepseek' });
    expect(added.sort()).toEqual(['deepseek>DEVELOPED>v3@article', 'liang-wenfeng', 'liang-wenfeng>FOUNDED>deepseek@article', 'v3'].sort());
    expect(v.position('deepseek')).toEqual(before);
    const anchor = v.position('deepseek') ?? { x: NaN, y: NaN };
    for (const id of ['v3', 'liang-wenfeng']) {
      const placed = v.position(id) ?? { x: NaN, y: NaN };
      expect(Math.hypot(placed.x - anchor.x, placed.y - anchor.y)).toBeGreaterThan(80);
    }
  });

  it('removes nodes with their edges and restores them exactly (undo)', async () => {
    const v = await loaded();
    const where = v.position('yann-lecun');
    const snapshot = v.remove(['yann-lecun']);
    expect(snapshot.nodes.map((n) => n.data.id)).toEqual(['yann-lecun']);
    expect(snapshot.edges).toHaveLength(2);
    expect(v.counts()).toMatchObject({ nodes: 6, edges: 4 });
    v.restore(snapshot);
    expect(v.counts()).toMatchObject({ nodes: 7, edges: 6 });
    expect(v.position('yann-lecun')).toEqual(where);
    const all = v.clear();
    expect(v.counts().nodes).toBe(0);
    v.restore(all);
    expect(v.counts()).toMatchObject({ nodes: 7, edges: 6 });
  });

  it('filters kinds and types by hiding, not removing, including edges to hidden nodes', async () => {
    const v = await loaded();
    v.setFilters({ hiddenKinds: new Set(['PERSON']), hiddenTypes: new Set(['HOSTS']) });
    const c = v.counts();
    expect(c).toMatchObject({ nodes: 7, edges: 6, visibleNodes: 5 });
    // Edges of the two people (3) and the HOSTS edge are hidden.
    expect(c.visibleEdges).toBe(2);
    expect(v.nodes({ visibleOnly: true }).map((n) => n.id)).not.toContain('yann-lecun');
    // Elements added while a filter is on obey it too.
    v.add(toElements({ nodes: [entity({ id: 'sam-altman', kind: 'PERSON' })], edges: [] }));
    expect(v.counts().visibleNodes).toBe(5);
    v.setFilters({ hiddenKinds: new Set(), hiddenTypes: new Set() });
    expect(v.counts()).toMatchObject({ visibleNodes: 8, visibleEdges: 6 });
  });

  it('selects, highlights a path and exports the visible elements as JSON', async () => {
    const v = await loaded();
    v.select('deepseek');
    expect(v.selected()).toEqual({ group: 'nodes', id: 'deepseek' });
    v.select('yann-lecun>DOUBTS>deepseek@article');
    expect(v.selected()).toEqual({ group: 'edges', id: 'yann-lecun>DOUBTS>deepseek@article' });
    v.select(null);
    expect(v.selected()).toBeNull();
    v.highlight(['yann-lecun', 'yann-lecun>DOUBTS>deepseek@article', 'deepseek']);
    v.setFilters({ hiddenKinds: new Set(['PLACE']), hiddenTypes: new Set() });
    const exported = JSON.parse(v.exportJson()) as { elements: { nodes: { data: { id: string } }[]; edges: unknown[] } };
    expect(exported.elements.nodes.map((n) => n.data.id)).not.toContain('hangzhou');
    expect(exported.elements.nodes).toHaveLength(6);
    expect(exported.elements.edges).toHaveLength(5);
  });

  it('switches the labels it draws, nodes and edges, to Arabic and back without rebuilding the elements', async () => {
    const v = await loaded();
    const doubt = v.edges().find((e) => e.type === 'DOUBTS');
    if (!doubt) throw new Error('the sample graph has no DOUBTS edge');
    expect(v.labelOf('deepseek')).toBe('DeepSeek');
    expect(v.labelOf(doubt.id)).toBe('doubts');
    v.setLanguage('ar');
    expect(v.labelOf('deepseek')).toBe('ديب سيك');
    expect(v.labelOf(doubt.id)).toBe('يشكك في');
    v.select(doubt.id);
    expect(v.labelOf(doubt.id)).toBe(doubt.claimAr ? `يشكك في: ${doubt.claimAr}` : doubt.claim ? `يشكك في: ${doubt.claim}` : 'يشكك في');
    v.setLanguage('en');
    expect(v.labelOf('deepseek')).toBe('DeepSeek');
    expect(v.counts().nodes).toBe(7);
  });

  it('handles a 5,000-node, 10,000-edge graph with batched adds and filters', async () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => entity({ id: `n${i}`, kind: i % 3 ? 'ORGANIZATION' : 'PERSON', degree: 4 }));
    const edges = Array.from({ length: 10_000 }, (_, i) => relation(`n${i % 5000}`, i % 2 ? 'ENDORSES' : 'DEVELOPED', `n${(i * 7 + 1) % 5000}`, { id: `e${i}` }));
    view = createGraphView({ large: true });
    const started = performance.now();
    await view.load(toElements({ nodes, edges }), 'grid');
    view.setFilters({ hiddenKinds: new Set(['PERSON']), hiddenTypes: new Set() });
    const took = performance.now() - started;
    expect(view.counts()).toMatchObject({ nodes: 5000, edges: 10_000 });
    expect(view.counts().visibleNodes).toBe(5000 - Math.ceil(5000 / 3));
    // Generous: this guards against accidental per-element redraws, not the machine's speed.
    expect(took).toBeLessThan(20_000);
  });
});

describe('client graph placement', () => {
  it('fans new nodes out on the far side of the anchor, without overlaps', () => {
    const points = placeAround({ center: { x: 100, y: 0 }, away: { x: 0, y: 0 }, count: 12 });
    expect(points).toHaveLength(12);
    expect(points.every((p) => p.x > 50)).toBe(true);
    points.forEach((a, i) => points.slice(i + 1).forEach((b) => expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(30)));
    expect(placeAround({ center: { x: 0, y: 0 }, count: 0 })).toEqual([]);
  });
});

describe('client graph placement: show more', () => {
  const closest = (points: readonly Point[], others: readonly Point[] = points) => {
    let min = Infinity;
    points.forEach((a) => others.forEach((b) => { if (a !== b) min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y)); }));
    return min;
  };

  it('puts three successive batches on free slots only: no two nodes closer than a node diameter', () => {
    const center = { x: 0, y: 0 };
    const placed: Point[] = [center];
    // The graph's centre moves as batches arrive, so each batch may face another way: worst case.
    for (const [count, away] of [[20, undefined], [20, { x: -300, y: 40 }], [13, { x: 120, y: 260 }]] as const) {
      const batch = placeAround({ center, away, count, occupied: placed, clearance: NODE_SIZE.max });
      expect(batch).toHaveLength(count);
      placed.push(...batch);
    }
    expect(placed).toHaveLength(54);
    expect(closest(placed)).toBeGreaterThanOrEqual(NODE_SIZE.max);
  });

  it('keeps a batch that fits on a fresh ring evenly spread, and the next batch off it', () => {
    const first = placeAround({ center: { x: 0, y: 0 }, count: 3 });
    const angles = first.map((p) => Math.atan2(p.y, p.x));
    const gaps = angles.map((a, i) => Math.abs(Math.cos(a - (angles[(i + 1) % 3] ?? 0)) - Math.cos((2 * Math.PI) / 3)));
    expect(Math.max(...gaps)).toBeLessThan(1e-9);
    const next = placeAround({ center: { x: 0, y: 0 }, count: 3, occupied: first });
    expect(closest(next, first)).toBeGreaterThanOrEqual(60);
  });

  it('expand, show more, show more on the canvas: every new node keeps a node diameter from every other', async () => {
    const v = await loaded();
    const added: string[] = [];
    for (let batch = 0; batch < 3; batch++) {
      const nodes = Array.from({ length: 20 }, (_, i) => entity({ id: `b${batch}-${i}`, kind: 'PERSON' }));
      const edges = nodes.map((n) => relation(n.id, 'ENDORSES', 'deepseek'));
      v.add(toElements({ nodes, edges }, { existing: (id) => v.has(id) }), { anchor: 'deepseek' });
      added.push(...nodes.map((n) => n.id));
    }
    const at = new Map(v.nodes().map((n) => [n.id, v.position(n.id) ?? { x: NaN, y: NaN }]));
    const fresh = added.map((id) => at.get(id) ?? { x: NaN, y: NaN });
    expect(fresh.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(closest(fresh, [...at.values()])).toBeGreaterThanOrEqual(NODE_SIZE.max);
  });
});

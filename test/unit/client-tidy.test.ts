import { describe, expect, it } from 'vitest';
import { tidy, type NodeBox } from '../../client/src/graph/tidy.js';

/** A node box with overridable defaults: 30×40 (a node and its label), linked. */
function box(id: string, x: number, y: number, overrides: Partial<NodeBox> = {}): NodeBox {
  return { id, x, y, w: 30, h: 40, isolated: false, ...overrides };
}

/** A wide connected part (a chain along x) and four loose nodes somewhere to the right. */
function widePicture(): NodeBox[] {
  return [
    ...Array.from({ length: 8 }, (_, i) => box(`chain-${i}`, i * 100, (i % 2) * 30)),
    box('weibo', 1200, 0, { isolated: true, group: 'PRODUCT', label: 'Weibo' }),
    box('reuters', 1200, 60, { isolated: true, group: 'ORGANIZATION', label: 'Reuters' }),
    box('google', 1260, 0, { isolated: true, group: 'ORGANIZATION', label: 'Google' }),
    box('ai-chips', 1260, 60, { isolated: true, group: 'CONCEPT', label: 'AI chips' }),
  ];
}

function extent(nodes: NodeBox[], placed: Map<string, { x: number; y: number }>) {
  const at = nodes.map((n) => ({ ...n, ...placed.get(n.id) }));
  const x1 = Math.min(...at.map((n) => n.x - n.w / 2));
  const x2 = Math.max(...at.map((n) => n.x + n.w / 2));
  const y1 = Math.min(...at.map((n) => n.y - n.h / 2));
  const y2 = Math.max(...at.map((n) => n.y + n.h / 2));
  return { x1, x2, y1, y2, w: x2 - x1, h: y2 - y1 };
}

describe('client tidy (the finish of a free-form layout)', () => {
  it('lines loose nodes up in a row under the connected part, grouped by kind, leaving the rest in place', () => {
    const nodes = widePicture();
    const placed = tidy(nodes);
    for (const n of nodes.filter((x) => !x.isolated)) expect(placed.get(n.id)).toEqual({ x: n.x, y: n.y });
    const loose = ['ai-chips', 'google', 'reuters', 'weibo'].map((id) => placed.get(id) ?? { x: NaN, y: NaN });
    // One row, below the chain, left to right: concept, organizations by name, product.
    expect(new Set(loose.map((p) => p.y)).size).toBe(1);
    expect(loose.map((p) => p.x)).toEqual([...loose.map((p) => p.x)].sort((a, b) => a - b));
    const chain = extent(nodes.filter((n) => !n.isolated), placed);
    expect(loose[0]?.y).toBeGreaterThan(chain.y2);
    // Under the connected part, not beside it.
    for (const p of loose) expect(p.x).toBeGreaterThanOrEqual(chain.x1);
    for (const p of loose) expect(p.x).toBeLessThanOrEqual(chain.x2);
  });

  it('wraps many loose nodes into rows of even length', () => {
    const nodes = [box('a', 0, 0), box('b', 90, 0), ...Array.from({ length: 6 }, (_, i) => box(`l${i}`, 0, 0, { isolated: true }))];
    const placed = tidy(nodes);
    const rows = new Map<number, number>();
    for (let i = 0; i < 6; i++) {
      const y = placed.get(`l${i}`)?.y ?? NaN;
      rows.set(y, (rows.get(y) ?? 0) + 1);
    }
    expect([...rows.values()].every((count) => count === [...rows.values()][0])).toBe(true);
  });

  it('gives a force picture the canvas shape: a wide one turns or stretches to fill a tall canvas', () => {
    const nodes = widePicture();
    const viewport = { w: 600, h: 900 };
    const zoom = (e: { w: number; h: number }) => Math.min(viewport.w / e.w, viewport.h / e.h);
    const kept = tidy(nodes, { viewport });
    const reshaped = tidy(nodes, { viewport, reshape: true });
    const before = extent(nodes, kept);
    const after = extent(nodes, reshaped);
    expect(zoom(after)).toBeGreaterThan(zoom(before) * 1.2);
    // Closer to the canvas shape, and the loose nodes still clear of the connected part.
    expect(Math.abs(Math.log(after.w / after.h / (viewport.w / viewport.h))))
      .toBeLessThan(Math.abs(Math.log(before.w / before.h / (viewport.w / viewport.h))));
    const chain = extent(nodes.filter((n) => !n.isolated), reshaped);
    for (const id of ['weibo', 'reuters', 'google', 'ai-chips']) {
      const p = reshaped.get(id) ?? { x: NaN, y: NaN };
      expect(p.y > chain.y2 || p.x > chain.x2).toBe(true);
    }
  });

  it('keeps the orientation of a picture that already suits the canvas, and places every node', () => {
    const nodes = widePicture();
    const placed = tidy(nodes, { viewport: { w: 1600, h: 500 }, reshape: true });
    expect(placed.size).toBe(nodes.length);
    const chain = extent(nodes.filter((n) => !n.isolated), placed);
    expect(chain.w).toBeGreaterThan(chain.h);
    expect(tidy([])).toEqual(new Map());
  });
});

import { describe, expect, it } from 'vitest';
import { eq, figure, ge, le, markdown, table, unmeasured, type Results } from '../../bench/results.js';
import { geomean, median, percentile } from '../../bench/stats.js';

describe('benchmark figures', () => {
  it('checks targets and rounds for reading', () => {
    expect(figure('a', 1.2345, '×', le(1.3))).toEqual({ name: 'a', value: 1.23, unit: '×', target: '<= 1.3', met: true });
    expect(figure('b', 19.96, '×', ge(20)).met).toBe(false);
    expect(figure('c', 0, 'errors', eq(0)).met).toBe(true);
    expect(figure('d', 1234.5, 'ms').met).toBeNull();
    expect(figure('e', NaN, 's', le(2), 'why').value).toBeNull();
  });

  it('keeps the names of what could not be measured, with the reason, never a value', () => {
    const [f] = unmeasured([['render.5k.pan_fps', 'fps', ge(30)]], 'render failed: no Chromium');
    expect(f).toEqual({ name: 'render.5k.pan_fps', value: null, unit: 'fps', target: '>= 30', met: null, note: 'render failed: no Chromium' });
  });

  it('lists shortfalls plainly in the markdown and prints every figure in the table', () => {
    const results: Results = {
      run: { mode: 'quick', startedAt: '2025-01-20T00:00:00.000Z', seconds: 12, command: 'npm run bench -- --quick' },
      machine: { cores: 2 }, versions: { node: '20' }, sizes: {}, details: {},
      figures: [figure('load.batched_over_naive', 9, '×', ge(20), 'sample'), ...unmeasured([['soak.errors', 'errors', eq(0)]], 'soak failed: x')],
    };
    const md = markdown(results);
    expect(md).toContain('`load.batched_over_naive` = 9 ×, target >= 20');
    expect(md).toContain('`soak.errors`: not measured — soak failed: x');
    expect(table(results.figures)).toMatch(/load\.batched_over_naive\s+9\s+×\s+>= 20\s+MISSED/);
  });

  it('computes percentiles by nearest rank and ratios by geometric mean', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([], 50)).toBeNaN();
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(geomean([2, 0.5])).toBeCloseTo(1);
  });
});

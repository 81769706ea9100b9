/** Values across the driver boundary (server/src/db/values.ts), without a database. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ReadCoalescer } from '../../server/src/db/coalesce.js';
import { toNeo4jParams, toPlain } from '../../server/src/db/values.js';

describe('db values', () => {
  it('sends whole numbers as integers (LIMIT and slices refuse floats), lists too, and leaves the rest', () => {
    const params = toNeo4jParams({ limit: 20, ratio: 0.5, ids: ['a'], depths: [1, 2], text: 'x', none: null });
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect((params.depths as unknown[]).every((d) => neo4j.isInt(d))).toBe(true);
    expect(params).toMatchObject({ ids: ['a'], text: 'x', none: null });
  });

  it('returns plain data, copying only what changes', () => {
    const rows = { nodes: [{ id: 'a', degree: 2 }], meta: { at: new neo4j.types.Date(2025, 1, 27) }, gone: undefined };
    const plain = toPlain(rows) as typeof rows & { meta: { at: string } };
    expect(plain.meta.at).toBe('2025-01-27');
    expect(plain.gone).toBeNull();
    // Nothing in `nodes` changed: the same array, not a copy.
    expect(plain.nodes).toBe(rows.nodes);
  });
});

describe('read coalescing', () => {
  it('runs a read asked for while the same one is in flight once, and forgets it when it is done', async () => {
    const coalescer = new ReadCoalescer<number[]>({ graceMs: 50 });
    let runs = 0;
    let finish: (rows: number[]) => void = () => {};
    const run = () => {
      runs++;
      return new Promise<number[]>((resolve) => { finish = resolve; });
    };
    const query = { cypher: 'RETURN $x', params: { x: 1 } };
    const deadline = Date.now() + 5000;
    const first = coalescer.read(query, deadline, run);
    const second = coalescer.read(query, deadline, run);
    const other = coalescer.read({ ...query, params: { x: 2 } }, deadline, () => Promise.resolve([2]));
    expect(runs).toBe(1);
    finish([1]);
    expect(await first).toEqual([1]);
    expect(await second).toBe(await first);
    expect(await other).toEqual([2]);
    expect(coalescer.size).toBe(0);
  });

  it('gives a joiner QUERY_TIMEOUT at its own deadline, not the first asker\'s', async () => {
    const coalescer = new ReadCoalescer<number[]>({ graceMs: 10 });
    const query = { cypher: 'RETURN 1', params: {} };
    const never = () => new Promise<number[]>(() => {});
    void coalescer.read(query, Date.now() + 60_000, never);
    const joined = coalescer.read(query, Date.now() + 20, never);
    await expect(joined).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
  });
});

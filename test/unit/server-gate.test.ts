/** The executor's gate: a bounded number of statements in Neo4j, the rest in line, refused when late. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Gate } from '../../server/src/db/gate.js';

function code(error: unknown): unknown {
  return (error as { extensions?: { code?: unknown } }).extensions?.code;
}

describe('Gate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets `concurrency` statements in at once and the next ones in arrival order as places free up', async () => {
    const gate = new Gate({ concurrency: 2, maxWaiting: 10 });
    const far = Date.now() + 60_000;
    const a = await gate.enter(far);
    const b = await gate.enter(far);
    const admitted: string[] = [];
    const c = gate.enter(far).then((release) => (admitted.push('c'), release));
    const d = gate.enter(far).then((release) => (admitted.push('d'), release));
    await vi.advanceTimersByTimeAsync(0);
    expect({ running: gate.running, waiting: gate.waiting, admitted }).toEqual({ running: 2, waiting: 2, admitted: [] });
    b();
    b(); // a second release of the same place changes nothing
    await vi.advanceTimersByTimeAsync(0);
    expect(admitted).toEqual(['c']);
    a();
    await vi.advanceTimersByTimeAsync(0);
    expect(admitted).toEqual(['c', 'd']);
    (await c)();
    (await d)();
    expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses with SERVER_BUSY when the deadline comes while waiting, and forgets the refused one', async () => {
    const gate = new Gate({ concurrency: 1, maxWaiting: 10 });
    const release = await gate.enter(Date.now() + 60_000);
    const late = gate.enter(Date.now() + 500).catch(code);
    await vi.advanceTimersByTimeAsync(499);
    expect(gate.waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await late).toBe('SERVER_BUSY');
    expect(gate.waiting).toBe(0);
    release();
    expect(gate.running).toBe(0);
  });

  it('refuses at once when the line is full', async () => {
    const gate = new Gate({ concurrency: 1, maxWaiting: 1 });
    await gate.enter(Date.now() + 60_000);
    void gate.enter(Date.now() + 60_000);
    await expect(gate.enter(Date.now() + 60_000)).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
  });

  it('refuses at once when, at the rate places freed up lately, its turn would come after its deadline', async () => {
    const gate = new Gate({ concurrency: 1, maxWaiting: 1000 });
    // 100 statements of 100 ms each: one place frees up every 100 ms.
    for (let i = 0; i < 100; i++) {
      const release = await gate.enter(Date.now() + 60_000);
      await vi.advanceTimersByTimeAsync(100);
      release();
    }
    const holder = await gate.enter(Date.now() + 60_000);
    for (let i = 0; i < 9; i++) void gate.enter(Date.now() + 60_000).then((r) => r());
    // Tenth in line: about a second away. A 500 ms budget is refused now, a 2 s one waits.
    const started = Date.now();
    await expect(gate.enter(Date.now() + 500)).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    expect(Date.now() - started).toBe(0);
    const patient = gate.enter(Date.now() + 2000);
    holder();
    await vi.advanceTimersByTimeAsync(0);
    (await patient)();
  });

  it('estimates by how long statements take, not how often they came: a burst after a quiet hour waits its turn', async () => {
    const gate = new Gate({ concurrency: 2, maxWaiting: 1000 });
    // 64 statements of 50 ms, one a minute.
    for (let i = 0; i < 64; i++) {
      const release = await gate.enter(Date.now() + 60_000);
      await vi.advanceTimersByTimeAsync(50);
      release();
      await vi.advanceTimersByTimeAsync(60_000);
    }
    // Then everyone opens the explorer at once: both places taken, ten in line, about 0.3 s to the last.
    const holders = [await gate.enter(Date.now() + 5000), await gate.enter(Date.now() + 5000)];
    const line = Array.from({ length: 10 }, () => gate.enter(Date.now() + 5000));
    expect(gate.waiting).toBe(10);
    // With 5 s of budget the eleventh waits too; with 100 ms it is refused at once (its turn is ~300 ms away).
    const eleventh = gate.enter(Date.now() + 5000);
    await expect(gate.enter(Date.now() + 100)).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    for (const release of holders) release();
    for (const admitted of [...line, eleventh]) (await admitted)();
    expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 0, waiting: 0 });
  });
});

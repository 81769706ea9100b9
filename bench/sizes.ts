/** How big each run is. Quick keeps every figure's name at sizes that finish in a few minutes. */
import type { LoadSizes } from './sections/load.js';
import type { StartSizes } from './sections/start.js';

export interface Sizes {
  entities: number;
  relationships: number;
  load: LoadSizes;
  api: {
    /** Timed requests per operation and implementation (after warm-up). */
    requests: number;
    warmup: number;
    /** Requests in flight for the throughput measurement. */
    concurrency: number;
    /** Result sizes for the round-trip count. */
    roundTripRows: number[];
  };
  render: { nodes: number[]; panSeconds: number };
  soak: { seconds: number; connections: number };
  fault: { stoppedSeconds: number; connections: number; timeoutMs: number };
  start: StartSizes;
}

export const SIZES: Record<'full' | 'quick', Sizes> = {
  full: {
    entities: 100_000,
    relationships: 500_000,
    load: { batchSize: 5000, sample: 2000, autoCommitSample: 300, rounds: 3, warmupEntities: 5000 },
    api: { requests: 100, warmup: 20, concurrency: 8, roundTripRows: [10, 100, 1000] },
    render: { nodes: [1000, 5000, 10_000], panSeconds: 3 },
    soak: { seconds: 60, connections: 50 },
    fault: { stoppedSeconds: 10, connections: 20, timeoutMs: 5000 },
    start: { rounds: 3 },
  },
  quick: {
    entities: 5000,
    relationships: 25_000,
    load: { batchSize: 5000, sample: 1000, autoCommitSample: 100, rounds: 2, warmupEntities: 2000 },
    api: { requests: 40, warmup: 10, concurrency: 4, roundTripRows: [10, 100, 1000] },
    render: { nodes: [1000, 5000], panSeconds: 2 },
    soak: { seconds: 10, connections: 50 },
    fault: { stoppedSeconds: 10, connections: 10, timeoutMs: 5000 },
    start: { rounds: 2 },
  },
};

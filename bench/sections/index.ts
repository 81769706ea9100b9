/** The figures the issue asks for, in its order: they lead the table. */
export const HEADLINE = [
  'api.p50.ours_over_raw', 'api.p50.ours_over_neo4j_graphql', 'api.roundtrips.max', 'load.batched_over_naive', 'load.500k_rels_seconds',
  'render.5k.first_frame_over_plain', 'render.5k.pan_fps', 'soak.errors', 'fault.ready_503_seconds', 'fault.recover_seconds',
  'start.restart_over_neo4j',
] as const;

/** The benchmark's sections, in the order they run; each names the figures it owes even when it cannot run. */
import type { Driver } from 'neo4j-driver';
import type { BaseTree } from '../against.js';
import type { SyntheticGraph } from '../generate.js';
import type { BenchNeo4j } from '../neo4j.js';
import { ge, le, eq, type Figure, type Target } from '../results.js';
import type { Sizes } from '../sizes.js';
import { API_AGAINST_FIGURES, benchApiAgainst, benchRenderAgainst, RENDER_AGAINST_FIGURES } from './against.js';
import { benchApi } from './api.js';
import { benchFault } from './fault.js';
import { benchLoad, LOAD_FIGURES } from './load.js';
import { benchRender } from './render.js';
import { benchRoundTrips } from './roundtrips.js';
import { benchSoak } from './soak.js';
import { benchStart, START_FIGURES } from './start.js';

export interface SectionContext {
  mode: 'full' | 'quick';
  sizes: Sizes;
  graph: SyntheticGraph;
  neo4j: BenchNeo4j;
  driver: Driver;
  log: (line: string) => void;
  /** Figures of the sections that ran before. */
  figures: readonly Figure[];
  /** Per-section detail for the results file (e.g. every operation's latencies). */
  details: Record<string, unknown>;
}

export interface Section {
  name: string;
  /** Needs the synthetic graph in Neo4j. */
  needsGraph: boolean;
  figures: readonly (readonly [name: string, unit: string, target?: Target])[];
  run(context: SectionContext): Promise<Figure[]>;
  /** The same measurements of this tree beside a base commit's (`--against`); sections without it cannot. */
  against?: {
    figures: readonly (readonly [name: string, unit: string, target?: Target])[];
    run(context: SectionContext, base: BaseTree): Promise<Figure[]>;
  };
}

export const SECTIONS: readonly Section[] = [
  {
    name: 'load',
    needsGraph: false,
    figures: LOAD_FIGURES,
    run: ({ driver, graph, sizes, log }) => benchLoad({ driver, graph, sizes: sizes.load, log }),
  },
  {
    name: 'api',
    needsGraph: true,
    figures: [['api.p50.ours_over_raw', '×', le(1.3)], ['api.p50.ours_over_neo4j_graphql', '×', le(0.8)]],
    run: benchApi,
    against: { figures: API_AGAINST_FIGURES, run: benchApiAgainst },
  },
  {
    name: 'roundtrips',
    needsGraph: true,
    figures: [['api.roundtrips.max', 'statements/request', le(4)]],
    run: benchRoundTrips,
  },
  {
    name: 'render',
    needsGraph: false,
    figures: [['render.5k.first_frame_over_plain', '×', le(0.5)], ['render.5k.pan_fps', 'fps', ge(30)]],
    run: benchRender,
    against: { figures: RENDER_AGAINST_FIGURES, run: benchRenderAgainst },
  },
  {
    name: 'soak',
    needsGraph: true,
    figures: [['soak.errors', 'errors', eq(0)]],
    run: benchSoak,
  },
  {
    name: 'fault',
    needsGraph: true,
    figures: [['fault.ready_503_seconds', 's', le(2)], ['fault.recover_seconds', 's', le(5)]],
    run: benchFault,
  },
  {
    name: 'start',
    needsGraph: false,
    figures: START_FIGURES,
    run: ({ sizes, log }) => benchStart({ sizes: sizes.start, log }),
  },
];

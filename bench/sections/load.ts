/**
 * Loading: the whole synthetic graph through the batched path (timed), then batched vs naive
 * one-statement-per-row on the same sample rows, alternating, on the same server in the same state.
 */
import type { Driver } from 'neo4j-driver';
import { loadRows } from '../../server/src/loader/batch.js';
import { createGenerator, type RelationRow, type SyntheticGraph } from '../generate.js';
import { applySchema, CREATE_ONLY_STATEMENT, loadRowsOneByOne, loadSyntheticGraph, RELATION_STATEMENT } from '../load-graph.js';
import { figure, ge, le, type Figure } from '../results.js';
import { median } from '../stats.js';

export interface LoadSizes {
  /** Rows per batch for the relationships. */
  batchSize: number;
  /** Rows of the side-by-side sample (naive in one transaction, and batched). */
  sample: number;
  /** Rows for naive with a commit per row (slowest; a smaller sample). */
  autoCommitSample: number;
  /** Rounds of the alternating comparison. */
  rounds: number;
  /** Entities of the throw-away graph loaded (and removed) first, so the JVM's warm-up is not timed as the loader's. */
  warmupEntities: number;
}

export const LOAD_FIGURES = [
  ['load.batched_over_naive', '×', ge(20)],
  ['load.500k_rels_seconds', 's', le(60)],
] as const;

export async function benchLoad(options: { driver: Driver; graph: SyntheticGraph; sizes: LoadSizes; log: (line: string) => void }): Promise<Figure[]> {
  const { driver, graph, sizes, log } = options;
  await applySchema(driver);

  // A just-started Neo4j runs its write path interpreted for the first seconds; that cost is Neo4j's,
  // not the loader's. It is reported on its own (cold), then the real load runs on a warm server.
  const warm = createGenerator({ seed: graph.seed + 1, entities: sizes.warmupEntities, relationships: sizes.warmupEntities * 5, idPrefix: 'bench-warmup-' });
  const cold = await loadSyntheticGraph({ driver, graph: warm, batchSize: { relations: sizes.batchSize } });
  const coldRate = cold.relations.relationshipsCreated / (cold.relations.ms / 1000);
  await deleteByPrefix(driver, 'bench-warmup-');
  log(`  warm-up on a just-started Neo4j: ${warm.sizes.relationships} relationships at ${Math.round(coldRate)}/s (removed again)`);

  log(`loading ${graph.sizes.entities} entities, ${graph.sizes.relationships} relationships (batches of ${sizes.batchSize})`);
  const report = await loadSyntheticGraph({ driver, graph, batchSize: { relations: sizes.batchSize }, log });
  const relsPerSecond = report.relations.relationshipsCreated / (report.relations.ms / 1000);
  const full = graph.sizes.relationships >= 500_000;

  log(`batched vs naive on ${sizes.sample} sample relationships, ${sizes.rounds} rounds`);
  const sample = sampleRows(graph, sizes.sample);
  const naive: number[] = [];
  const batched: number[] = [];
  try {
    for (let round = 0; round < sizes.rounds; round++) {
      // Alternate which goes first, so neither always meets a warmer cache.
      const order = round % 2 === 0 ? ['naive', 'batched'] as const : ['batched', 'naive'] as const;
      for (const how of order) {
        const rows = retag(sample, `bench-sample-${how}-${round}`);
        if (how === 'naive') {
          const r = await loadRowsOneByOne({ driver, statement: RELATION_STATEMENT, rows, transaction: 'one' });
          naive.push(r.relationshipsCreated / (r.ms / 1000));
        } else {
          const r = await loadRows({ driver, statement: RELATION_STATEMENT, rows, batchSize: sizes.batchSize });
          batched.push(r.relationshipsCreated / (r.ms / 1000));
        }
      }
    }
    // The ceiling of the ratio here: without MERGE's lookup and locks, each row costs Neo4j less, but
    // naive still pays a round trip per row.
    const createNaive: number[] = [];
    const createBatched: number[] = [];
    for (let round = 0; round < sizes.rounds; round++) {
      const n = await loadRowsOneByOne({ driver, statement: CREATE_ONLY_STATEMENT, rows: retag(sample, `bench-sample-create-naive-${round}`), transaction: 'one' });
      createNaive.push(n.relationshipsCreated / (n.ms / 1000));
      const b = await loadRows({ driver, statement: CREATE_ONLY_STATEMENT, rows: retag(sample, `bench-sample-create-batched-${round}`), batchSize: sizes.batchSize });
      createBatched.push(b.relationshipsCreated / (b.ms / 1000));
    }
    const auto = await loadRowsOneByOne({ driver, statement: RELATION_STATEMENT, rows: retag(sample.slice(0, sizes.autoCommitSample), 'bench-sample-autocommit'), transaction: 'each' });
    const autoRate = auto.relationshipsCreated / (auto.ms / 1000);
    const naiveRate = median(naive);
    const batchedRate = median(batched);
    log(`  naive ${Math.round(naiveRate)}/s (one transaction), ${Math.round(autoRate)}/s (commit per row); batched ${Math.round(batchedRate)}/s`);
    log(`  with CREATE instead of MERGE: naive ${Math.round(median(createNaive))}/s, batched ${Math.round(median(createBatched))}/s`);

    return [
      figure('load.batched_over_naive', batchedRate / naiveRate, '×', ge(20),
        `${sizes.sample} relationships, median of ${sizes.rounds}: batched ${Math.round(batchedRate)}/s vs one statement per row in one transaction (as loadCypherDir applies a file) ${Math.round(naiveRate)}/s`),
      figure('load.create_only_batched_over_naive', median(createBatched) / median(createNaive), '×', null,
        `the same comparison with a plain CREATE instead of the loader's MERGE (not safe to re-run): ${Math.round(median(createBatched))}/s vs ${Math.round(median(createNaive))}/s — how far batching alone goes on this Neo4j and machine`),
      figure('load.batched_over_naive_autocommit', batchedRate / autoRate, '×', null, `vs one auto-commit statement per row, ${sizes.autoCommitSample} relationships: ${Math.round(autoRate)}/s`),
      full
        ? figure('load.500k_rels_seconds', (report.relations.ms / 1000) * (500_000 / report.relations.rows), 's', le(60),
          `${report.relations.relationshipsCreated} relationships (batches of ${sizes.batchSize}) into a new store, after ${graph.sizes.entities} entities`)
        : figure('load.500k_rels_seconds', 500_000 / relsPerSecond, 's', le(60),
          `quick: extrapolated from ${report.relations.relationshipsCreated} relationships at ${Math.round(relsPerSecond)}/s`),
      figure('load.rels_per_second', relsPerSecond, 'rels/s', null, `whole graph, batches of ${sizes.batchSize}`),
      figure('load.cold_start_rels_per_second', coldRate, 'rels/s', null, `the same loader on the just-started server, ${warm.sizes.relationships} relationships (the warm-up)`),
      figure('load.entities_per_second', report.entities.rows / (report.entities.ms / 1000), 'nodes/s', null, `${report.entities.rows} entities, with the unique constraint and full-text index in place`),
    ];
  } finally {
    await driver.executeQuery("MATCH ()-[r]->() WHERE r.source STARTS WITH 'bench-sample-' DELETE r");
  }
}

async function deleteByPrefix(driver: Driver, prefix: string): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) WHERE n.id STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS', { prefix });
  } finally {
    await session.close();
  }
}

/** Rows spread over the whole graph (not just its first rows, which favour the first-loaded hubs). */
function sampleRows(graph: SyntheticGraph, count: number): RelationRow[] {
  const total = graph.sizes.relationships;
  const step = Math.max(1, Math.floor(total / count));
  const rows: RelationRow[] = [];
  for (let i = 0; i < total && rows.length < count; i += step) rows.push(graph.relation(i));
  return rows;
}

/** New edges beside the graph's own: the source is part of an edge's identity. */
function retag(rows: readonly RelationRow[], source: string): RelationRow[] {
  return rows.map((r) => ({ ...r, source }));
}

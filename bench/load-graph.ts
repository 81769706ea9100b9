/**
 * Puts a synthetic graph into Neo4j through the project's loader: the schema from cypher/000-schema.cypher
 * (constraints, full-text index) via `loadCypherDir`, then the rows via the batched `loadRows`. Also the
 * naive baseline — the same statement once per row — that the loading benchmark compares against.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadRows, type LoadRowsReport } from '../server/src/loader/batch.js';
import { loadCypherDir } from '../server/src/loader/load.js';
import { defaultCypherDir } from '../server/src/paths.js';
import type { SyntheticGraph } from './generate.js';

/** Kind labels and relation types are set dynamically (`$(…)`, Neo4j 5.26+); the generator only emits allowlisted ones. */
export const ENTITY_STATEMENT = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.kind), n.name = row.name, n.nameAr = row.nameAr, n.aliases = row.aliases, n.description = row.description`;

export const ARTICLE_STATEMENT = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.title = row.title, a.titleAr = row.titleAr, a.outlet = row.outlet, a.date = row.date,
    a.language = row.language, a.author = row.author, a.cites = row.cites`;

/** An edge is identified by (from, type, to, source), as in cypher/030-relations.cypher. */
export const RELATION_STATEMENT = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {source: row.source}]->(b)
SET r.quoteAr = row.quoteAr, r.quoteEn = row.quoteEn, r.claim = row.claim, r.claimAr = row.claimAr, r.role = row.role, r.roleAr = row.roleAr`;

/**
 * Not the loader's: the same edges with a plain CREATE (no lookup of an existing edge, so not safe to run
 * twice). The loading benchmark times it both ways too, to show how far batching alone can go here.
 */
export const CREATE_ONLY_STATEMENT = RELATION_STATEMENT.replace('MERGE (a)-', 'CREATE (a)-');

export const SCHEMA_FILE = path.join(defaultCypherDir, '000-schema.cypher');

/** Applies the project's schema file with the project's loader, from a folder that holds only it. */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-schema-'));
  try {
    await copyFile(SCHEMA_FILE, path.join(dir, path.basename(SCHEMA_FILE)));
    await loadCypherDir({ driver, dir, database });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Empties the database in chunks (the bench instance's own data only). */
export async function wipe(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

export interface GraphLoadReport {
  entities: LoadRowsReport;
  articles: LoadRowsReport;
  relations: LoadRowsReport;
}

export async function loadSyntheticGraph(options: {
  driver: Driver;
  graph: SyntheticGraph;
  database?: string | undefined;
  /** @default 2000 entities / 5000 relationships per transaction */
  batchSize?: { entities?: number; relations?: number };
  log?: (line: string) => void;
}): Promise<GraphLoadReport> {
  const { driver, graph, database, log = () => {} } = options;
  const entities = await loadRows({ driver, database, statement: ENTITY_STATEMENT, rows: graph.entities(), batchSize: options.batchSize?.entities ?? 2000 });
  log(`  entities: ${entities.rows} in ${entities.ms} ms`);
  const articles = await loadRows({ driver, database, statement: ARTICLE_STATEMENT, rows: graph.articles(), batchSize: 1000 });
  let reported = 0;
  const relations = await loadRows({
    driver, database, statement: RELATION_STATEMENT, rows: graph.relations(), batchSize: options.batchSize?.relations ?? 5000,
    onBatch: (p) => {
      if (p.rows - reported >= 100_000) {
        reported = p.rows;
        log(`  relationships: ${p.rows} after ${(p.ms / 1000).toFixed(1)} s`);
      }
    },
  });
  log(`  relationships: ${relations.rows} in ${relations.ms} ms (${relations.relationshipsCreated} created)`);
  return { entities, articles, relations };
}

/**
 * The baseline: the same statement once per row (`$rows` = one row). `transaction: 'one'` runs them all in
 * one transaction, as `loadCypherDir` applies a file; 'each' commits every row on its own (auto-commit).
 */
export async function loadRowsOneByOne<Row>(options: { driver: Driver; statement: string; rows: Iterable<Row>; database?: string | undefined; transaction: 'one' | 'each' }): Promise<{ rows: number; relationshipsCreated: number; ms: number }> {
  const { driver, statement, database } = options;
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  const started = performance.now();
  let rows = 0;
  let relationshipsCreated = 0;
  try {
    if (options.transaction === 'one') {
      const tx = session.beginTransaction();
      try {
        for (const row of options.rows) {
          relationshipsCreated += (await tx.run(statement, { rows: [row] })).summary.counters.updates().relationshipsCreated;
          rows++;
        }
        await tx.commit();
      } finally {
        if (tx.isOpen()) await tx.rollback();
      }
    } else {
      for (const row of options.rows) {
        relationshipsCreated += (await session.run(statement, { rows: [row] })).summary.counters.updates().relationshipsCreated;
        rows++;
      }
    }
  } finally {
    await session.close();
  }
  return { rows, relationshipsCreated, ms: performance.now() - started };
}

/**
 * `npm run check`: checks a live database against the data contract (cypher/README.md) with the same
 * rules the loader enforces, for data that came in another way (Neo4j Browser, cypher-shell, a script).
 * Prints every violation with its ids and exits 1 if there is one. Reads only.
 */
import { resolveNeo4j } from '../../../neo4j/target.js';
import { readConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { runReads } from '../db/runners.js';
import { readStoredVocabulary } from '../db/stored-vocabulary.js';
import { countGraph } from '../loader/load.js';
import { findViolations, formatViolation, ruleList } from './check.js';

async function main(): Promise<void> {
  const config = readConfig();
  const target = await resolveNeo4j(config, { log: (l) => console.log(l) });
  const driver = createDriver(target);
  try {
    const run = runReads(driver, target.database);
    const vocabulary = await readStoredVocabulary(run);
    for (const problem of vocabulary.problems) console.log(`warning: ${problem} (left out)`);
    console.log(`Checking ${target.uri} against the data contract (cypher/README.md)`);
    const violations = await findViolations(run, vocabulary);
    const { nodes, relationships } = await countGraph(driver, target.database);
    if (violations.length === 0) {
      console.log(`  ${nodes} nodes and ${relationships} relationships keep the contract.`);
      return;
    }
    for (const v of violations) console.log(`  ${formatViolation(v)}`);
    const elements = new Set(violations.map((v) => v.elementId)).size;
    console.log(`\n${elements} of ${nodes + relationships} elements break the contract (${violations.length} violation${violations.length === 1 ? '' : 's'}). The rules:`);
    for (const line of ruleList(violations.map((v) => v.rule))) console.log(line);
    process.exitCode = 1;
  } finally {
    await driver.close();
    await target.release();
  }
}

main().catch((error: unknown) => {
  console.error(`check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});

/**
 * The loader enforces the data contract: one fixture folder per rule (test/fixtures/contract/<rule>),
 * each breaking exactly that rule. The file is rolled back whole and every violation is reported with
 * its rule, file and line; files before it stay; stray rows already in the database are not a file's fault.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES, type Rule } from '../../server/src/db/queries/contract.js';
import { ContractError, loadCypherDir } from '../../server/src/loader/load.js';
import { projectRoot } from '../../server/src/paths.js';
import { forgetFixtureFolders, removeSecondArticle } from '../support/fixtures.js';
import { testDatabase, testDriver, testNeo4j } from '../support/neo4j.js';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'contract');
const run = promisify(execFile);

/** The file of each fixture that breaks its rule, and the lines of the statements that do. */
const EXPECTED: Record<Rule, { file: string; lines: number[] }> = {
  'node-label': { file: '010-node-label.cypher', lines: [5] },
  'entity-id': { file: '010-entity-id.cypher', lines: [5] },
  'entity-name': { file: '010-entity-name.cypher', lines: [5] },
  'entity-kind': { file: '010-entity-kind.cypher', lines: [5, 8] },
  'article-id': { file: '010-article-id.cypher', lines: [2] },
  'article-text': { file: '010-article-text.cypher', lines: [2] },
  'relation-type': { file: '010-relation-type.cypher', lines: [2] },
  'relation-source': { file: '010-relation-source.cypher', lines: [2] },
  'relation-quote-ar': { file: '020-quotes.cypher', lines: [4] },
  'relation-quote-en': { file: '010-relation-quote-en.cypher', lines: [2] },
  'relation-claim': { file: '010-relation-claim.cypher', lines: [3, 8] },
};

let driver: Driver;

/** The ContractError loading `dir` must fail with. */
async function refused(dir: string): Promise<ContractError> {
  const error = await loadCypherDir({ driver, dir, database: testDatabase() }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContractError);
  return error as ContractError;
}

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'contract-fixture-' OR n.id = 'stray-contract' DETACH DELETE n", {}, { database: testDatabase() });
  await removeSecondArticle(driver);
  await forgetFixtureFolders(driver);
  await driver.close();
});

/** Every element of the data with its labels or type and all its properties, in a stable order. */
async function snapshot(): Promise<string[]> {
  const read = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database: testDatabase() })).records
    .map((r) => `${String(r.get('id'))} ${JSON.stringify(r.get('kind'))} ${JSON.stringify(Object.entries(r.get('props') as object).sort())}`);
  const nodes = await read('MATCH (n) WHERE NOT n:KgMeta RETURN elementId(n) AS id, labels(n) AS kind, properties(n) AS props');
  const rels = await read('MATCH ()-[r]->() RETURN elementId(r) AS id, type(r) AS kind, properties(r) AS props');
  return [...nodes, ...rels].sort();
}

describe('the data contract at load', () => {
  it('has one fixture folder per rule', () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.keys(RULES) as Rule[])('%s: the file is refused with every violation, its rule, file and line, and leaves nothing', async (rule) => {
    const before = await snapshot();
    const failure = await refused(path.join(fixtures, rule));
    const expected = EXPECTED[rule];
    expect(path.basename(failure.file)).toBe(expected.file);
    expect(failure.violations.map((v) => v.rule)).toEqual(expected.lines.map(() => rule));
    expect(failure.violations.map((v) => v.line)).toEqual(expected.lines);
    for (const line of expected.lines) expect(failure.message).toMatch(new RegExp(`${expected.file}:${line}\\s+${rule}\\s`));
    // A file before the failing one stays loaded (relation-quote-ar's article); nothing else changed.
    if (rule === 'relation-quote-ar') {
      const { records } = await driver.executeQuery("MATCH (a:Article {id: 'contract-fixture-article'}) DETACH DELETE a RETURN count(*) AS n", {}, { database: testDatabase() });
      expect(records[0]?.get('n')).toBe(1);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('names the ids involved: the node, or the relation\'s ends and source', async () => {
    const kind = await refused(path.join(fixtures, 'entity-kind'));
    expect(kind.violations.map((v) => v.ids)).toEqual([['contract-fixture-kindless'], ['contract-fixture-spaceship']]);
    expect(kind.message).toMatch(/\(:Entity:Spaceship \{id: 'contract-fixture-spaceship'\}\)\s+has no kind label from the vocabulary \(Spaceship is not in it\)/);
    const claim = await refused(path.join(fixtures, 'relation-claim'));
    expect(claim.violations.map((v) => v.ids)).toEqual([['yann-lecun', 'deepseek', 'congluan-post332892'], ['yann-lecun', 'deepseek', 'congluan-post332892']]);
    expect(claim.message).toMatch(/\(yann-lecun\)-\[:DOUBTS\]->\(deepseek\) source 'congluan-post332892'\s+has no claim/);
  });

  it('`npm run load -- --dir` exits non-zero and prints every violation with file:line and rule', async () => {
    const { uri, user, password } = testNeo4j();
    const result = await run(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['server/src/loader/cli.ts', '--dir', path.join(fixtures, 'entity-kind')], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: testDatabase() ?? '' },
    }).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/010-entity-kind\.cypher: breaks the data contract \(2 violations\); nothing of it was loaded/);
    expect(result.stderr).toMatch(/010-entity-kind\.cypher:5\s+entity-kind\s+\(:Entity \{id: 'contract-fixture-kindless'\}\)\s+has no kind label/);
    expect(result.stderr).toMatch(/010-entity-kind\.cypher:8\s+entity-kind\s+\(:Entity:Spaceship/);
  });

  it('stray rows already in the database are not a good file\'s fault', async () => {
    await driver.executeQuery("CREATE (:Entity {id: 'stray-contract', name: 'Stray, no kind'})-[:ADMIRES]->(:Entity:Person {id: 'contract-fixture-admired', name: 'Admired'})",
      {}, { database: testDatabase() });
    const report = await loadCypherDir({ driver, dir: path.join(projectRoot, 'test', 'fixtures', 'second-article'), database: testDatabase() });
    expect(report.files.map((f) => f.relationshipsCreated)).toEqual([5]);
    // While a file that breaks the contract still fails for what it did, and only for that.
    const error = await refused(path.join(fixtures, 'relation-type'));
    expect(error.violations.map((v) => v.subject)).toEqual(["(yann-lecun)-[:ADMIRES]->(deepseek) source 'congluan-post332892'"]);
  });
});

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherExecutor } from '../../server/src/db/executor.js';
import { countGraph, LoadError, loadCypherDir } from '../../server/src/loader/load.js';
import { defaultCypherDir, projectRoot } from '../../server/src/paths.js';
import { forgetFixtureFolders, removeSecondArticle } from '../support/fixtures.js';
import { testDatabase, testDriver, testNeo4j } from '../support/neo4j.js';

const fixtures = path.join(projectRoot, 'test', 'fixtures');
const run = promisify(execFile);

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'loader-' DETACH DELETE n", {}, { database: testDatabase() });
  await removeSecondArticle(driver);
  await forgetFixtureFolders(driver);
  await driver.close();
});

async function typeCounts(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type', {}, { database: testDatabase() });
  return Object.fromEntries(records.map((r) => [r.get('type') as string, r.get('n') as number]));
}

describe('the loader on the seed', () => {
  it('loading three more times changes no count', async () => {
    const before = { ...(await countGraph(driver, testDatabase())), types: await typeCounts() };
    expect(before.nodes).toBeGreaterThan(30);
    expect(before.relationships).toBeGreaterThan(30);
    for (let i = 0; i < 3; i++) {
      const report = await loadCypherDir({ driver, dir: defaultCypherDir, database: testDatabase() });
      expect(report.files.reduce((n, f) => n + f.nodesCreated + f.relationshipsCreated, 0)).toBe(0);
      expect({ nodes: report.nodes, relationships: report.relationships, types: await typeCounts() }).toEqual(before);
    }
  });
});

describe('a folder with a broken statement in its second file', () => {
  const dir = path.join(fixtures, 'broken');

  it('reports file:line and the server message, keeps the first file, leaves nothing of the second', async () => {
    const error = await loadCypherDir({ driver, dir, database: testDatabase() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    const loadError = error as LoadError;
    expect(path.basename(loadError.file)).toBe('020-bad.cypher');
    expect(loadError.line).toBe(6);
    expect(loadError.message).toMatch(/020-bad\.cypher:6: .*undefinedVariable/);
    // Classified by the mapping the API's reads go through (db/errors.ts): the statement's fault.
    expect(loadError).toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError', kind: 'statement' });
    expect(loadError.serverMessage).toMatch(/^Variable `undefinedVariable` not defined \(line 2, column \d+/);

    const { records } = await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'loader-' RETURN n.id AS id, n.note AS note ORDER BY id", {}, { database: testDatabase() });
    expect(records.map((r) => r.get('id'))).toEqual(['loader-good-1', 'loader-good-2']);
    expect(records[0]?.get('note')).toBe('from 010; with a ; inside a string');
    expect(records[1]?.get('note')).toBe('double "quoted"');
  });

  it('`npm run load -- --dir` exits non-zero and prints file:line', async () => {
    const { uri, user, password } = testNeo4j();
    const result = await run(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['server/src/loader/cli.ts', '--dir', dir], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: testDatabase() ?? '' },
    }).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/020-bad\.cypher:6: /);
  });

  it('a missing folder is a clear error', async () => {
    await expect(loadCypherDir({ driver, dir: path.join(fixtures, 'no-such-folder'), database: testDatabase() }))
      .rejects.toThrow(/no such folder of \.cypher files/);
  });
});

describe('one Cypher runner', () => {
  it("a file's transaction carries the metadata the API's reads carry, naming the file", async () => {
    const dir = path.join(fixtures, 'metadata');
    await loadCypherDir({ driver, dir, database: testDatabase() });
    const executor = new CypherExecutor({ driver, database: testDatabase() });
    const [api] = await executor.read({ name: 'metadataProbe', cypher: 'CALL tx.getMetaData() YIELD metadata RETURN metadata', params: {} }, { deadline: Date.now() + 10_000 });
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity {id: 'loader-metadata'}) RETURN n.txApp AS app, n.txQuery AS query, n.txFile AS file", {}, { database: testDatabase() });
    expect(api?.metadata).toEqual({ app: 'kg-explorer', query: 'metadataProbe' });
    expect(records.map((r) => r.toObject())).toEqual([
      { app: 'kg-explorer', query: 'loadFile', file: path.relative(process.cwd(), path.join(dir, '010-metadata.cypher')) },
    ]);
  });
});

describe('skipping what the database already holds (npm start)', () => {
  it('applies a folder once, skips its unchanged files after, applies a changed file again; a plain load always applies', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kg-skip-'));
    try {
      await cp(path.join(fixtures, 'second-article'), dir, { recursive: true });
      const file = path.join(dir, '010-second-article.cypher');
      const load = (skipUnchanged: boolean) => loadCypherDir({ driver, dir, database: testDatabase(), skipUnchanged });
      expect((await load(true)).files.map((f) => path.basename(f.file))).toEqual(['010-second-article.cypher']);
      const again = await load(true);
      expect([again.files, again.skipped]).toEqual([[], ['010-second-article.cypher']]);
      await writeFile(file, (await readFile(file, 'utf8')).replace("n.description = 'Only in the second-article fixture.'", "n.description = 'Changed.'"));
      expect((await load(true)).files).toHaveLength(1);
      const { records } = await driver.executeQuery("MATCH (n:Entity {id: 'fixture-analyst'}) RETURN n.description AS d", {}, { database: testDatabase() });
      expect(records[0]?.get('d')).toBe('Changed.');
      expect((await load(true)).skipped).toEqual(['010-second-article.cypher']);
      expect((await load(false)).files).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await removeSecondArticle(driver);
      await forgetFixtureFolders(driver);
    }
  });
});

describe('a second article', () => {
  it('adds parallel edges with its own quotes and leaves the first article\'s intact', async () => {
    const edges = async () => (await driver.executeQuery(
      `MATCH (:Entity {id: 'deepseek'})-[r:DEVELOPED]->(:Entity {id: 'r1'})
       RETURN r.source AS source, r.quoteAr AS quoteAr, r.quoteEn AS quoteEn ORDER BY source`,
      {}, { database: testDatabase() })).records.map((r) => r.toObject());

    const before = await edges();
    expect(before).toHaveLength(1);
    const first = before[0];

    await loadCypherDir({ driver, dir: path.join(fixtures, 'second-article'), database: testDatabase() });
    await loadCypherDir({ driver, dir: path.join(fixtures, 'second-article'), database: testDatabase() });

    const after = await edges();
    expect(after).toHaveLength(2);
    expect(after).toContainEqual(first);
    expect(after).toContainEqual({ source: 'fixture-second-article', quoteAr: 'نص تجريبي: ديب سيك بنت R1.', quoteEn: 'Fixture sentence: DeepSeek built R1.' });

    // Entities are shared by id: the second article's doubter points at the same DeepSeek node.
    const { records } = await driver.executeQuery(
      "MATCH (d:Entity {id: 'deepseek'})<-[r:DOUBTS]-(who) RETURN collect(who.id) AS who, count(DISTINCT d) AS nodes",
      {}, { database: testDatabase() });
    expect(records[0]?.get('nodes')).toBe(1);
    expect(records[0]?.get('who')).toContain('fixture-analyst');
  });
});

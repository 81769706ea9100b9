/**
 * A folder with its own vocabulary.json: its kinds and relation types are merged with the base, checked
 * by the loader, kept in the database, and served by a server started later — enums, the `vocabulary`
 * query with their looks, stats — with no code edited and without the folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from '../../server/src/contract/check.js';
import { runReads } from '../../server/src/db/runners.js';
import { vocabularyForServer } from '../../server/src/db/stored-vocabulary.js';
import { ContractError, LoadError, loadCypherDir } from '../../server/src/loader/load.js';
import { projectRoot } from '../../server/src/paths.js';
import { loadVocabulary, type Vocabulary } from '../../server/src/vocabulary.js';
import { forgetFixtureFolders } from '../support/fixtures.js';
import { testDatabase, testDriver } from '../support/neo4j.js';
import { createTestApp, ok, type TestApp } from './api-client.js';

const dir = path.join(projectRoot, 'test', 'fixtures', 'own-vocabulary');
let driver: Driver;
let vocabulary: Vocabulary;
let t: TestApp;

beforeAll(async () => {
  driver = testDriver();
  await loadCypherDir({ driver, dir, database: testDatabase() });
  // What a server started later does, with no folder at hand.
  vocabulary = await vocabularyForServer({ driver, database: testDatabase(), log: () => {} });
  t = createTestApp({ driver, vocabulary });
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id IN ['fixture-spaceflight', 'fixture-agency', 'fixture-probe', 'example-paris-summit', 'paris-ai-summit'] DETACH DELETE n", {}, { database: testDatabase() });
  await driver.executeQuery("MATCH ()-[r {source: 'example-paris-summit'}]->() DELETE r", {}, { database: testDatabase() });
  await forgetFixtureFolders(driver);
  expect((await vocabularyForServer({ driver, database: testDatabase(), log: () => {} })).kinds.map((k) => k.enum)).toEqual(loadVocabulary().kinds.map((k) => k.enum));
  await driver.close();
});

describe('a folder with its own vocabulary.json', () => {
  it('loads: the loader checks it against the merged vocabulary, which the database keeps', async () => {
    expect(vocabulary.kinds.map((k) => k.enum)).toEqual([...loadVocabulary().kinds.map((k) => k.enum), 'SPACECRAFT']);
    expect(vocabulary.isRelationType('LAUNCHED')).toBe(true);
    expect(await findViolations(runReads(driver, testDatabase()), vocabulary)).toEqual([]);
    // Against the base alone, the same rows are off the contract.
    const offBase = await findViolations(runReads(driver, testDatabase()), loadVocabulary());
    expect(offBase.map((v) => `${v.rule} ${v.ids.join(' ')}`)).toEqual(['entity-kind fixture-probe', 'relation-type fixture-agency fixture-probe fixture-spaceflight']);
  });

  it('its kind and type are in the API: enums, vocabulary with their looks, entity, graph filter, stats', async () => {
    const data = await ok<{
      vocabulary: { kinds: { kind: string; label: string; color: string | null; shape: string | null }[]; relationTypes: { type: string; group: string; color: string | null; lineStyle: string | null }[] };
      entity: { kind: string; relations: { type: string }[] };
      graph: { nodes: { id: string }[]; edges: { type: string }[] };
      stats: { byKind: { kind: string; count: number }[]; byType: { type: string; count: number }[] };
    }>(t.app, `{
      vocabulary { kinds { kind label color shape } relationTypes { type group color lineStyle } }
      entity(id: "fixture-probe") { kind relations { type } }
      graph(kinds: [SPACECRAFT, ORGANIZATION], types: [LAUNCHED]) { nodes { id } edges { type } }
      stats { byKind { kind count } byType { type count } }
    }`);
    expect(data.vocabulary.kinds.at(-1)).toEqual({ kind: 'SPACECRAFT', label: 'Spacecraft', color: '#1f6f8b', shape: 'diamond' });
    expect(data.vocabulary.kinds[0]).toMatchObject({ kind: 'PERSON', color: null, shape: null });
    expect(data.vocabulary.relationTypes.at(-1)).toEqual({ type: 'LAUNCHED', group: 'CLAIM', color: '#b5651d', lineStyle: 'dashed' });
    expect(data.entity).toEqual({ kind: 'SPACECRAFT', relations: [{ type: 'LAUNCHED' }] });
    expect(data.graph.edges).toEqual([{ type: 'LAUNCHED' }]);
    expect(data.graph.nodes.map((n) => n.id)).toContain('fixture-probe');
    expect(data.stats.byKind).toContainEqual({ kind: 'SPACECRAFT', count: 1 });
    expect(data.stats.byType).toContainEqual({ type: 'LAUNCHED', count: 1 });
    const sdl = await (await t.app.fetch('http://localhost/graphql/schema.graphql')).text();
    expect(sdl).toMatch(/enum Kind \{[^}]*SPACECRAFT[^}]*\}/);
    expect(sdl).toMatch(/enum RelationType \{[^}]*LAUNCHED[^}]*\}/);
  });

  it('loading it again changes nothing, and another folder cannot give its kind another meaning', async () => {
    const report = await loadCypherDir({ driver, dir, database: testDatabase() });
    expect(report.files.map((f) => f.nodesCreated + f.relationshipsCreated)).toEqual([0]);
    const other = await mkdtemp(path.join(tmpdir(), 'kg-vocabulary-'));
    try {
      await writeFile(path.join(other, 'vocabulary.json'), JSON.stringify({ kinds: [{ label: 'Spacecraft', enum: 'PROBE' }] }));
      await writeFile(path.join(other, '010-nothing.cypher'), 'RETURN 1;\n');
      const error = await loadCypherDir({ driver, dir: other, database: testDatabase() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LoadError);
      expect((error as LoadError).message).toMatch(/vocabulary\.json: .*kind Spacecraft \(PROBE\) clashes with Spacecraft \(SPACECRAFT\)/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe('a folder that drops a kind from its vocabulary.json', () => {
  it('is refused while entities of that kind are loaded; the vocabulary stays as it was', async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'kg-rocket-'));
    try {
      await writeFile(path.join(temp, 'vocabulary.json'), JSON.stringify({ kinds: [{ label: 'Rocket', enum: 'ROCKET' }] }));
      await writeFile(path.join(temp, '010-rocket.cypher'), "MERGE (n:Entity {id: 'fixture-rocket'}) SET n:Rocket, n.name = 'Fixture Rocket';\n");
      await loadCypherDir({ driver, dir: temp, database: testDatabase() });
      await rm(path.join(temp, 'vocabulary.json'));
      const error = await loadCypherDir({ driver, dir: temp, database: testDatabase() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContractError);
      expect((error as ContractError).violations.map((v) => `${v.rule} ${v.ids.join(' ')}`)).toEqual(['entity-kind fixture-rocket']);
      const stored = await vocabularyForServer({ driver, database: testDatabase(), log: () => {} });
      expect(stored.kinds.map((k) => k.enum)).toContain('ROCKET');
    } finally {
      await rm(temp, { recursive: true, force: true });
      await driver.executeQuery("MATCH (n:Entity {id: 'fixture-rocket'}) DETACH DELETE n", {}, { database: testDatabase() });
    }
  });
});

describe('the README\'s worked example (examples/paris-summit)', () => {
  it('loads, keeps the contract, and brings its kind to a server started after it', async () => {
    const report = await loadCypherDir({ driver, dir: path.join(projectRoot, 'examples', 'paris-summit'), database: testDatabase() });
    expect(report.files.map((f) => [path.basename(f.file), f.nodesCreated, f.relationshipsCreated])).toEqual([
      ['010-article.cypher', 1, 0], ['020-entities.cypher', 1, 0], ['030-relations.cypher', 0, 2],
    ]);
    const later = await vocabularyForServer({ driver, database: testDatabase(), log: () => {} });
    expect(later.kinds.map((k) => k.enum)).toContain('EVENT');
    expect(await findViolations(runReads(driver, testDatabase()), later)).toEqual([]);
  });
});

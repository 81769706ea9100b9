/** The Cypher the gateway sends, without a database: snapshots, and user values only ever as parameters. */
import { describe, expect, it } from 'vitest';
import type { CypherQuery } from '../../server/src/db/executor.js';
import * as entities from '../../server/src/db/queries/entities.js';
import { INCLUDE_ALL, kindCondition, relTypes, varLength, type Include, type Scope } from '../../server/src/db/queries/fragments.js';
import * as graph from '../../server/src/db/queries/graph.js';
import * as search from '../../server/src/db/queries/search.js';

const scope: Scope = { relationTypes: ['ENDORSES', 'DOUBTS', 'DEVELOPED'], kindLabels: ['Person', 'Organization', 'AIModel'] };

const LEAN: Include = { degree: false, articles: false };

/** Every builder, with `value` in each place a user's string can go. */
function build(value: string, include: Include = INCLUDE_ALL): CypherQuery[] {
  const lucene = search.luceneQuery(value) ?? 'x';
  return [
    entities.entitiesByIds(scope, [value, 'deepseek']),
    entities.degreesOf(scope, [value, 'deepseek']),
    entities.entitiesPage(scope, { kinds: { labels: ['Person'], other: false }, limit: 11, after: value }, include),
    entities.relationsOf(scope, { ids: [value], direction: 'OUT', types: ['ENDORSES'], first: 50 }),
    entities.relationById(scope, { from: value, type: 'DEVELOPED', to: value, source: value }),
    entities.allArticles(),
    entities.articlesByIds([value]),
    entities.mentionsOf(scope, [value]),
    entities.relationCounts(scope, [value, 'congluan-post332892']),
    search.search(scope, { lucene, kinds: { labels: ['Person', 'AIModel'], other: false }, first: 10 }, include),
    graph.neighborhood(scope, { ids: [value], depth: 2, types: ['ENDORSES'], limit: 200 }, include),
    graph.shortestPath(scope, { from: value, to: value, types: ['ENDORSES', 'DOUBTS'], maxLength: 6 }, include),
    graph.stance(scope, value, include),
    graph.wholeGraph(scope, { kinds: { labels: ['Person'], other: false }, types: ['ENDORSES'], limit: 2000 }, include),
    graph.stats(scope),
  ];
}

describe('generated Cypher', () => {
  it('matches the snapshots', () => {
    for (const query of build('deepseek')) expect(query).toMatchSnapshot(query.name);
  });

  // Builders that take no user string, or (search) only the Lucene query made from it.
  const withoutRawValue = new Set(['allArticles', 'wholeGraph', 'stats', 'search']);
  const hostile = ['"}) DETACH DELETE n //', "'}) CREATE (x) //", '`) MATCH (n) DETACH DELETE n //', '\\u0027 OR 1=1', '$secret} RETURN 1', 'ديب سيك`'];
  it.each(hostile)('keeps %j out of the statement text', (value) => {
    for (const query of build(value)) {
      expect(query.cypher, query.name).not.toContain(value);
      expect(query.cypher, query.name).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP|LOAD CSV|CALL \{)\b/i);
      if (!withoutRawValue.has(query.name)) expect(JSON.stringify(query.params), query.name).toContain(JSON.stringify(value).slice(1, -1));
    }
  });

  it('matches the snapshots when degree and articles are not selected', () => {
    const lean = build('deepseek', LEAN).filter((q) => ['entitiesPage', 'search', 'neighborhood', 'shortestPath', 'stance', 'wholeGraph'].includes(q.name));
    for (const query of lean) expect(query).toMatchSnapshot(`${query.name} (lean)`);
    for (const query of lean) expect(query.cypher, query.name).not.toMatch(/degree: |:Article/);
  });

  it('asks for kinds by their labels, OTHER as "no kind label", and nothing for an empty list', () => {
    expect(kindCondition('n', null)).toBe('true');
    expect(kindCondition('n', { labels: [], other: false })).toBe('false');
    expect(kindCondition('n', { labels: ['Person'], other: false })).toBe('any(l IN labels(n) WHERE l IN $labels)');
    expect(kindCondition('n', { labels: [], other: true })).toBe('none(l IN labels(n) WHERE l IN $kindLabels)');
    expect(kindCondition('n', { labels: ['Person'], other: true })).toBe('(any(l IN labels(n) WHERE l IN $labels) OR none(l IN labels(n) WHERE l IN $kindLabels))');
    const all = graph.wholeGraph(scope, { kinds: null, types: ['ENDORSES'], limit: 10 }, INCLUDE_ALL);
    expect(all.cypher).not.toMatch(/WHERE .*labels\(n\)/);
    expect(all.params).toEqual({ limit: 10 });
    expect(graph.wholeGraph(scope, { kinds: { labels: ['Person'], other: true }, types: ['ENDORSES'], limit: 10 }, INCLUDE_ALL).params)
      .toEqual({ labels: ['Person'], kindLabels: ['Person', 'Organization', 'AIModel'], limit: 10 });
  });

  it('writes relation types into the text only from the allowlist', () => {
    expect(relTypes(scope, ['ENDORSES', 'DOUBTS', 'ENDORSES'])).toBe(':ENDORSES|DOUBTS');
    expect(relTypes(scope, [])).toBeNull();
    for (const bad of ['MENTIONS', 'ENDORSES]-() DETACH DELETE n //', 'endorses', '']) {
      expect(() => relTypes(scope, [bad]), bad).toThrow(/allowlist/);
      expect(() => graph.wholeGraph(scope, { kinds: null, types: [bad], limit: 10 }, INCLUDE_ALL), bad).toThrow(/allowlist/);
      expect(() => graph.neighborhood(scope, { ids: ['a'], depth: 1, types: [bad], limit: 10 }, INCLUDE_ALL), bad).toThrow(/allowlist/);
    }
    // Degrees and the entity graph count exactly the allowlisted types, whatever the database holds
    // besides (mentionsOf follows the article's own MENTIONS, which is its very point).
    const typed = /\[(?:\w+)?:([A-Z_|]+)[*\]]/g;
    for (const query of build('x').filter((q) => q.name !== 'mentionsOf')) {
      for (const [, types = ''] of query.cypher.matchAll(typed)) {
        for (const type of types.split('|')) expect(['ENDORSES', 'DOUBTS', 'DEVELOPED'], `${query.name}: ${type}`).toContain(type);
      }
    }
    expect(entities.entitiesByIds(scope, ['a']).cypher).toContain('COUNT { (n)-[:ENDORSES|DOUBTS|DEVELOPED]-(:Entity) }');
  });

  it('writes only small checked integers into variable-length patterns (Cypher takes no parameter there)', () => {
    expect(varLength(0, 3)).toBe('*0..3');
    expect(graph.shortestPath(scope, { from: 'a', to: 'b', types: [], maxLength: 10 }, INCLUDE_ALL).cypher).toContain('*1..10]');
    expect(graph.neighborhood(scope, { ids: ['a'], depth: 3, types: ['ENDORSES'], limit: 1 }, INCLUDE_ALL).cypher).toContain('*0..3]');
    for (const [min, max] of [[1, 11], [-1, 2], [2, 1], [1, 2.5], [1, Number.NaN]] as const) {
      expect(() => varLength(min, max)).toThrow(/out of range/);
    }
    expect(() => graph.neighborhood(scope, { ids: ['a'], depth: 1e9, types: ['ENDORSES'], limit: 1 }, INCLUDE_ALL)).toThrow();
    expect(() => graph.shortestPath(scope, { from: 'a', to: 'b', types: [], maxLength: 1e9 }, INCLUDE_ALL)).toThrow();
  });
});

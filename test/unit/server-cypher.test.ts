/** The Cypher the gateway sends, without a database: snapshots, and user values only ever as parameters. */
import { describe, expect, it } from 'vitest';
import type { CypherQuery } from '../../server/src/db/executor.js';
import * as entities from '../../server/src/db/queries/entities.js';
import { quantifier, type Scope } from '../../server/src/db/queries/fragments.js';
import * as graph from '../../server/src/db/queries/graph.js';
import * as search from '../../server/src/db/queries/search.js';

const scope: Scope = { relationTypes: ['ENDORSES', 'DOUBTS', 'DEVELOPED'] };

/** Every builder, with `value` in each place a user's string can go. */
function build(value: string): CypherQuery[] {
  const lucene = search.luceneQuery(value) ?? 'x';
  return [
    entities.entitiesByIds(scope, [value, 'deepseek']),
    entities.entitiesPage(scope, { labels: ['Person'], limit: 11, after: value }),
    entities.relationsOf(scope, { ids: [value], direction: 'OUT', types: ['ENDORSES'], first: 50 }),
    entities.relationById(scope, { from: value, type: 'DEVELOPED', to: value, source: value }),
    entities.allArticles(scope),
    entities.articlesByIds(scope, [value]),
    entities.mentionsOf(scope, [value]),
    search.search(scope, { lucene, labels: ['Person', 'AIModel'], first: 10 }),
    graph.neighborhood(scope, { ids: [value], depth: 2, types: ['ENDORSES'], limit: 200 }),
    graph.shortestPath(scope, { from: value, to: value, types: ['ENDORSES', 'DOUBTS'], maxLength: 6 }),
    graph.stance(scope, value),
    graph.wholeGraph(scope, { labels: ['Person'], types: ['ENDORSES'], limit: 2000 }),
    graph.stats(scope, ['Person', 'Organization']),
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

  it('always passes the allowlisted relation types, for degree and the entity graph', () => {
    for (const query of build('x')) expect(query.params.relationTypes, query.name).toEqual(scope.relationTypes);
  });

  it('writes only small checked integers into path quantifiers (Cypher takes no parameter there)', () => {
    expect(quantifier(0, 3)).toBe('{0,3}');
    expect(graph.shortestPath(scope, { from: 'a', to: 'b', types: [], maxLength: 10 }).cypher).toContain('{1,10}');
    for (const [min, max] of [[1, 11], [-1, 2], [2, 1], [1, 2.5], [1, Number.NaN]] as const) {
      expect(() => quantifier(min, max)).toThrow(/out of range/);
    }
    expect(() => graph.neighborhood(scope, { ids: ['a'], depth: 1e9, types: [], limit: 1 })).toThrow();
  });
});

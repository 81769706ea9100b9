/**
 * Every query of the API against the article's seed, in-process through `app.fetch`. Works on the seed
 * the global setup loaded; the few tests that add to it (a second article, an article without text)
 * take it away again.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../server/src/http/graphiql.js';
import { loadCypherDir } from '../../server/src/loader/load.js';
import { projectRoot } from '../../server/src/paths.js';
import { removeSecondArticle } from '../support/fixtures.js';
import { testDatabase, testDriver, testSession } from '../support/neo4j.js';
import { createTestApp, gql, ok, type TestApp } from './api-client.js';

interface EntityRef { id: string; name: string; nameAr?: string | null; kind?: string }
interface RelationRef { id: string; type: string; from: EntityRef; to: EntityRef; quoteAr: string | null; quoteEn: string | null; claim?: string | null; source?: { id: string } | null }

const ARTICLE = 'congluan-post332892';
const SECOND = 'fixture-second-article';
let t: TestApp;

beforeAll(() => {
  t = createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('entity and entities', () => {
  it('entity: the stable id, kind, names, degree and facts with quotes', async () => {
    const { entity } = await ok<{ entity: EntityRef & { labels: string[]; degree: number; facts: { key: string; value: string; quoteAr: string | null }[] } }>(t.app,
      '{ entity(id: "v3") { id name nameAr kind labels degree facts { key value quoteAr } } }');
    expect(entity).toMatchObject({ id: 'v3', name: 'V3', kind: 'MODEL' });
    expect(entity.labels).toEqual(expect.arrayContaining(['Entity', 'AIModel']));
    expect(entity.degree).toBeGreaterThan(0);
    expect(entity.facts.length).toBeGreaterThan(0);
    for (const fact of entity.facts) expect(fact.quoteAr, fact.key).toBeTruthy();
    expect(typeof entity.degree).toBe('number');
  });

  it('entity: null for an id that is not there', async () => {
    expect(await ok(t.app, '{ entity(id: "no-such-entity") { id } }')).toEqual({ entity: null });
  });

  it('entities: cursor pages that add up to the total, in id order, filtered by kind', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const { entities }: { entities: { totalCount: number; nodes: { id: string; kind: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } =
        await ok(t.app, 'query($after: String) { entities(kinds: [PERSON], first: 2, after: $after) { totalCount nodes { id kind } pageInfo { endCursor hasNextPage } } }', { after });
      total = entities.totalCount;
      seen.push(...entities.nodes.map((n) => n.id));
      for (const node of entities.nodes) expect(node.kind).toBe('PERSON');
      if (!entities.pageInfo.hasNextPage) break;
      after = entities.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(['sam-altman', 'yann-lecun', 'andrew-ng']));
  });
});

describe('search', () => {
  const search = async (text: string, kinds?: string[]) =>
    (await ok<{ search: { score: number; entity: EntityRef }[] }>(t.app, 'query($text: String!, $kinds: [Kind!]) { search(text: $text, kinds: $kinds) { score entity { id name kind } } }', { text, kinds })).search;

  it('finds the same entity by its English and by its Arabic name', async () => {
    const english = await search('DeepSeek');
    const arabic = await search('ديب سيك');
    expect(english[0]?.entity.id).toBe('deepseek');
    expect(arabic[0]?.entity.id).toBe('deepseek');
    expect((await search('سام ألتمان'))[0]?.entity.id).toBe('sam-altman');
  });

  it('is prefix and typo tolerant, and ranks the best match first', async () => {
    expect((await search('deeps'))[0]?.entity.id).toBe('deepseek');
    expect((await search('altmn'))[0]?.entity.id).toBe('sam-altman');
    expect((await search('Yan LeCnu'))[0]?.entity.id).toBe('yann-lecun');
    expect((await search('التمان'))[0]?.entity.id).toBe('sam-altman');
    const hits = await search('google');
    expect(hits.map((h) => h.entity.id).slice(0, 2)).toEqual(expect.arrayContaining(['google']));
    expect(hits[0]?.entity.id).toBe('google');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by kind and answers empty text with no hits', async () => {
    const people = await search('a', ['PERSON']);
    for (const hit of people) expect(hit.entity.kind).toBe('PERSON');
    expect(await search('deepseek', ['PLACE'])).toEqual([]);
    expect(await search('')).toEqual([]);
    expect(await search('   ***  ')).toEqual([]);
  });
});

describe('graph views', () => {
  it('neighborhood: depth 1 holds the direct relations; depth 2 reaches further; limit truncates', async () => {
    const query = 'query($depth: Int, $limit: Int) { neighborhood(ids: ["deepseek"], depth: $depth, limit: $limit) { truncated totalNodes nodes { id } edges { id type from { id } to { id } quoteAr } } }';
    type N = { neighborhood: { truncated: boolean; totalNodes: number; nodes: { id: string }[]; edges: RelationRef[] } };
    const one = (await ok<N>(t.app, query, { depth: 1 })).neighborhood;
    const ids = one.nodes.map((n) => n.id);
    expect(ids[0]).toBe('deepseek');
    expect(ids).toEqual(expect.arrayContaining(['r1', 'v3', 'liang-wenfeng', 'yann-lecun', 'sean-kim']));
    expect(ids).not.toContain(ARTICLE);
    for (const edge of one.edges) {
      expect(ids).toContain(edge.from.id);
      expect(ids).toContain(edge.to.id);
      expect(edge.type).not.toMatch(/MENTIONS|CITES/);
      expect(edge.quoteAr).toBeTruthy();
    }
    expect(one.truncated).toBe(false);
    const two = (await ok<N>(t.app, query, { depth: 2 })).neighborhood;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const cut = (await ok<N>(t.app, query, { depth: 2, limit: 3 })).neighborhood;
    expect(cut.nodes).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    expect(cut.totalNodes).toBe(two.totalNodes);
  });

  it('path: between two experts, hops with quotes; null when the types allow none', async () => {
    type P = { path: { length: number; nodes: EntityRef[]; edges: RelationRef[] } | null };
    const query = 'query($types: [RelationType!]) { path(from: "yann-lecun", to: "andrew-ng", types: $types) { length nodes { id name } edges { id type from { id } to { id } quoteAr quoteEn claim } } }';
    const { path } = await ok<P>(t.app, query);
    expect(path).not.toBeNull();
    if (!path) return;
    expect(path.nodes[0]?.id).toBe('yann-lecun');
    expect(path.nodes.at(-1)?.id).toBe('andrew-ng');
    expect(path.edges).toHaveLength(path.length);
    expect(path.nodes).toHaveLength(path.length + 1);
    path.edges.forEach((edge, i) => {
      expect([edge.from.id, edge.to.id].sort()).toEqual([path.nodes[i]?.id, path.nodes[i + 1]?.id].sort());
      expect(edge.quoteAr).toBeTruthy();
      expect(edge.quoteEn).toBeTruthy();
    });
    expect((await ok<P>(t.app, query, { types: ['CAPITAL_OF'] })).path).toBeNull();
    expect((await ok<P>(t.app, '{ path(from: "deepseek", to: "deepseek") { length nodes { id } } }')).path).toMatchObject({ length: 0, nodes: [{ id: 'deepseek' }] });
    expect((await ok<P>(t.app, '{ path(from: "yann-lecun", to: "andrew-ng", maxLength: 1) { length } }')).path).toBeNull();
  });

  it('stance(deepseek): the endorsers and doubters the article names, each with a quote', async () => {
    type S = { stance: { target: EntityRef; endorsements: RelationRef[]; doubts: RelationRef[] } };
    const { stance } = await ok<S>(t.app, '{ stance(target: "deepseek") { target { id } endorsements { type from { id } to { id } claim quoteAr quoteEn source { id } } doubts { type from { id } to { id } claim quoteAr quoteEn source { id } } } }');
    expect(stance.target.id).toBe('deepseek');
    expect(stance.endorsements.map((r) => r.from.id)).toEqual(expect.arrayContaining(['sean-kim', 'zheng-xiaoqing']));
    expect(stance.doubts.map((r) => r.from.id)).toEqual(expect.arrayContaining(['yann-lecun', 'zheng-xiaoqing']));
    for (const r of [...stance.endorsements, ...stance.doubts]) {
      expect(r.to.id).toBe('deepseek');
      expect(r.quoteAr?.length).toBeGreaterThan(10);
      expect(r.quoteEn?.length).toBeGreaterThan(10);
      expect(r.claim).toBeTruthy();
      expect(r.source?.id).toBe(ARTICLE);
    }
    expect(stance.endorsements.every((r) => r.type === 'ENDORSES') && stance.doubts.every((r) => r.type === 'DOUBTS')).toBe(true);
    const missing = await gql(t.app, '{ stance(target: "nobody") { target { id } } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('graph: the entity graph without the article node or its MENTIONS, filtered and capped', async () => {
    type G = { graph: { truncated: boolean; totalNodes: number; nodes: EntityRef[]; edges: RelationRef[] } };
    const { graph } = await ok<G>(t.app, '{ graph { truncated totalNodes nodes { id kind } edges { id type from { id } to { id } } } }');
    const { stats } = await ok<{ stats: { nodes: number; relationships: number } }>(t.app, '{ stats { nodes relationships } }');
    expect(graph.truncated).toBe(false);
    expect(graph.nodes).toHaveLength(stats.nodes);
    expect(graph.edges).toHaveLength(stats.relationships);
    expect(graph.nodes.map((n) => n.id)).not.toContain(ARTICLE);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    const people = (await ok<G>(t.app, '{ graph(kinds: [PERSON], types: [ENDORSES, DOUBTS]) { nodes { kind } edges { type } } }')).graph;
    expect(people.nodes.every((n) => n.kind === 'PERSON')).toBe(true);
    const cut = (await ok<G>(t.app, '{ graph(limit: 5) { truncated totalNodes nodes { id } edges { from { id } to { id } } } }')).graph;
    expect(cut).toMatchObject({ truncated: true, totalNodes: stats.nodes });
    expect(cut.nodes).toHaveLength(5);
    const kept = new Set(cut.nodes.map((n) => n.id));
    for (const e of cut.edges) expect(kept.has(e.from.id) && kept.has(e.to.id)).toBe(true);
  });

  it('stats: counts per kind and per type add up to the totals', async () => {
    type St = { stats: { nodes: number; relationships: number; articles: number; byKind: { kind: string; count: number }[]; byType: { type: string; count: number }[] } };
    const { stats } = await ok<St>(t.app, '{ stats { nodes relationships articles byKind { kind count } byType { type count } } }');
    expect(stats.articles).toBe(1);
    expect(stats.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(stats.nodes);
    expect(stats.byType.reduce((sum, k) => sum + k.count, 0)).toBe(stats.relationships);
    expect(stats.byType.find((x) => x.type === 'ENDORSES')?.count).toBeGreaterThan(0);
    expect(stats.byType.map((x) => x.type)).not.toContain('MENTIONS');
  });
});

describe('relations, articles, deep links', () => {
  it('Entity.relations: direction and type filters; ids resolve back through relation(id)', async () => {
    type E = { entity: { out: RelationRef[]; in: RelationRef[]; both: RelationRef[]; developed: RelationRef[] } };
    const { entity } = await ok<E>(t.app, `{ entity(id: "deepseek") {
      out: relations(direction: OUT) { id from { id } to { id } }
      in: relations(direction: IN) { id from { id } to { id } }
      both: relations { id }
      developed: relations(types: [DEVELOPED], direction: OUT) { id type to { id } }
    } }`);
    expect(entity.out.every((r) => r.from.id === 'deepseek')).toBe(true);
    expect(entity.in.every((r) => r.to.id === 'deepseek')).toBe(true);
    expect(entity.both).toHaveLength(entity.out.length + entity.in.length);
    expect(entity.developed.map((r) => r.to.id).sort()).toEqual(['r1', 'v3']);
    const id = `deepseek>DEVELOPED>r1@${ARTICLE}`;
    expect(entity.developed.map((r) => r.id)).toContain(id);
    const { relation } = await ok<{ relation: RelationRef | null }>(t.app, 'query($id: ID!) { relation(id: $id) { id type from { id } to { id } quoteAr source { id } } }', { id });
    expect(relation).toMatchObject({ id, type: 'DEVELOPED', from: { id: 'deepseek' }, to: { id: 'r1' }, source: { id: ARTICLE } });
    expect(relation?.quoteAr).toBeTruthy();
    expect((await ok(t.app, '{ relation(id: "deepseek>DEVELOPED>r1@other-article") { id } }'))).toEqual({ relation: null });
  });

  it('Relation.via: the platforms a host goes through', async () => {
    const { relation } = await ok<{ relation: { via: { id: string }[] } }>(t.app, `{ relation(id: "microsoft>HOSTS>r1@${ARTICLE}") { via { id } } }`);
    expect(relation.via.map((v) => v.id).sort()).toEqual(['azure', 'github']);
  });

  it('articles: the source with what it names', async () => {
    const { articles } = await ok<{ articles: { id: string; url: string; titleAr: string; language: string; cites: string[]; mentions: { id: string }[] }[] }>(t.app,
      '{ articles { id url titleAr language cites mentions { id } } }');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ id: ARTICLE, language: 'ar' });
    expect(articles[0]?.url).toContain('post332892');
    expect(articles[0]?.cites).toEqual(expect.arrayContaining(['Reuters']));
    expect(articles[0]?.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['deepseek', 'sam-altman', 'r1']));
  });
});

describe('the reader: an article\'s text with its quotes', () => {
  interface Segment { text: string; quoteIds: string[] }
  interface Reader {
    article: {
      translationNote: string | null;
      paragraphs: { index: number; text: string; segments: Segment[]; translation: string | null; translationSegments: Segment[] }[] | null;
      quotes: { id: string; paragraph: number; start: number; end: number; text: string; relations: { id: string; type: string; from: { id: string }; to: { id: string }; quoteAr: string | null }[] }[];
    } | null;
  }
  const READER = `query($id: ID!) { article(id: $id) { translationNote
    paragraphs { index text segments { text quoteIds } translation translationSegments { text quoteIds } }
    quotes { id paragraph start end text relations { id type from { id } to { id } quoteAr } } } }`;

  it('serves the full text, paragraph by paragraph with the translation, and gives the text back from its segments', async () => {
    const { article } = await ok<Reader>(t.app, READER, { id: ARTICLE });
    const paragraphs = article?.paragraphs ?? [];
    expect(paragraphs).toHaveLength(26);
    expect(paragraphs.map((p) => p.index)).toEqual([...paragraphs.keys()]);
    expect(article?.translationNote).toMatch(/translation/i);
    for (const p of paragraphs) {
      expect(p.segments.map((s) => s.text).join('')).toBe(p.text);
      expect(p.translation).toBeTruthy();
      expect(p.translationSegments.map((s) => s.text).join('')).toBe(p.translation);
    }
  });

  it('marks every relation\'s sentence once, with the relations it backs, in both languages', async () => {
    const { article } = await ok<Reader>(t.app, READER, { id: ARTICLE });
    const { graph } = await ok<{ graph: { edges: { id: string }[] } }>(t.app, '{ graph(limit: 5000) { edges { id } } }');
    const quotes = article?.quotes ?? [];
    const backed = quotes.flatMap((q) => q.relations.map((r) => r.id));
    // Every edge of the entity graph is backed by exactly one quote of its article.
    expect([...backed].sort()).toEqual(graph.edges.map((e) => e.id).sort());
    for (const q of quotes) {
      expect(q.id).toBe(`${q.paragraph}:${q.start}-${q.end}`);
      expect(article?.paragraphs?.[q.paragraph]?.text.slice(q.start, q.end)).toBe(q.text);
      for (const r of q.relations) expect(r.quoteAr?.replace(/\s+/g, ' ').trim()).toBe(q.text.replace(/\s+/g, ' ').trim());
    }
    const doubt = quotes.find((q) => q.relations.some((r) => r.type === 'DOUBTS' && r.from.id === 'yann-lecun' && r.to.id === 'deepseek'));
    expect(doubt?.paragraph).toBe(18);
    // The Nvidia / Microsoft sentence backs several edges: one quote, all of them.
    const hosts = quotes.find((q) => q.text.startsWith('قامت شركة إنفيديا'));
    expect(hosts?.relations.length).toBeGreaterThanOrEqual(5);
    // The same quote ids mark the English rendering.
    const lecun = article?.paragraphs?.[18];
    expect(lecun?.segments.filter((s) => s.quoteIds.includes(doubt?.id ?? '')).map((s) => s.text).join('')).toBe(doubt?.text);
    expect(lecun?.translationSegments.find((s) => s.quoteIds.includes(doubt?.id ?? ''))?.text).toMatch(/^Yann LeCun, head of AI at Meta/);
  });

  it('relationCount: how many edges of the graph each article states (the Sources legend\'s totals)', async () => {
    const { articles } = await ok<{ articles: { id: string; relationCount: number }[] }>(t.app, '{ articles { id relationCount } }');
    const { graph } = await ok<{ graph: { edges: { source: { id: string } | null }[] } }>(t.app, '{ graph(limit: 5000) { edges { source { id } } } }');
    expect(articles).toEqual([{ id: ARTICLE, relationCount: graph.edges.filter((e) => e.source?.id === ARTICLE).length }]);
    expect(articles[0]?.relationCount).toBeGreaterThan(40);
  });

  it('a second article: its own text and quotes, its own count, its edges beside the first article\'s', async () => {
    const driver = testDriver();
    try {
      await loadCypherDir({ driver, dir: path.join(projectRoot, 'test', 'fixtures', 'second-article'), database: testDatabase() });
      const { articles } = await ok<{ articles: { id: string; relationCount: number }[] }>(t.app, '{ articles { id relationCount } }');
      expect(articles.find((a) => a.id === SECOND)?.relationCount).toBe(2);
      expect(articles.find((a) => a.id === ARTICLE)?.relationCount).toBeGreaterThan(40);
      const { article } = await ok<Reader>(t.app, READER, { id: SECOND });
      // The doubt's quote has three spaces where the article has one: found all the same, whitespace-normalised.
      expect(article?.quotes.map((q) => [q.id, q.relations.map((r) => r.id)])).toEqual([
        ['0:0-26', [`deepseek>DEVELOPED>r1@${SECOND}`]],
        ['1:0-42', [`fixture-analyst>DOUBTS>deepseek@${SECOND}`]],
      ]);
      expect(article?.paragraphs?.[1]?.translationSegments).toEqual([{ text: 'Fixture sentence: the analyst doubts DeepSeek.', quoteIds: ['1:0-42'] }]);
      // The first article's reader is unchanged: the second one's relations are not among its quotes.
      const first = await ok<Reader>(t.app, READER, { id: ARTICLE });
      expect(first.article?.quotes.flatMap((q) => q.relations.map((r) => r.id)).filter((id) => id.endsWith(SECOND))).toEqual([]);
    } finally {
      await removeSecondArticle(driver);
      await driver.close();
    }
  });

  it('an article without text has null paragraphs and no quotes; one that is not there is null', async () => {
    const { session, close } = await testSession();
    try {
      await session.run("CREATE (:Article {id: 'reader-test-no-text', title: 'No text'})");
      const { article } = await ok<Reader>(t.app, READER, { id: 'reader-test-no-text' });
      expect(article).toEqual({ translationNote: null, paragraphs: null, quotes: [] });
      expect((await ok<Reader>(t.app, READER, { id: 'no-such-article' })).article).toBeNull();
    } finally {
      await session.run("MATCH (a:Article {id: 'reader-test-no-text'}) DELETE a");
      await close();
    }
  });
});

describe('GraphiQL\'s example tabs', () => {
  it.each(GRAPHIQL_EXAMPLES.map((q) => [/query (\w+)/.exec(q)?.[1] ?? '?', q]))('%s answers with data and no error', async (_, query) => {
    const data = await ok<Record<string, unknown>>(t.app, query);
    expect(Object.values(data).every((v) => v !== null)).toBe(true);
  });
});

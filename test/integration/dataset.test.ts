/**
 * The seed dataset (cypher/) against its data contract (cypher/README.md) and against the article it
 * comes from: every quote is the article's own text, nothing lies outside vocabulary.json, and the
 * facts other code relies on are there. Read-only: works on the seed the global setup loaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from '../../server/src/contract/check.js';
import { runIn } from '../../server/src/db/runners.js';
import { locateQuotes } from '../../server/src/evidence/locate.js';
import { projectRoot } from '../../server/src/paths.js';
import { loadVocabulary } from '../../server/src/vocabulary.js';
import { testSession } from '../support/neo4j.js';

const ARTICLE = 'congluan-post332892';

interface Vocabulary {
  kinds: { label: string }[];
  relationTypes: { type: string }[];
  articleRelationTypes: { type: string }[];
}

const vocabulary = JSON.parse(readFileSync(path.join(projectRoot, 'cypher', 'vocabulary.json'), 'utf8')) as Vocabulary;
const kindLabels = new Set(vocabulary.kinds.map((k) => k.label));
const relationTypes = new Set([...vocabulary.relationTypes, ...vocabulary.articleRelationTypes].map((t) => t.type));

/** Quotes are compared with all runs of whitespace made one space, on both sides. */
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** The article's own text, as the dataset carries it (`:Article.paragraphs`); read in beforeAll. */
let articleText = '';
const inArticle = (quote: string): boolean => articleText.includes(normalise(quote));

let session: Session;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ session, close } = await testSession());
  const [article] = await rows<{ paragraphs: string[] }>('MATCH (a:Article {id: $article}) RETURN a.paragraphs AS paragraphs', { article: ARTICLE });
  articleText = normalise((article?.paragraphs ?? []).join('\n'));
});
afterAll(async () => {
  await close();
});

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await session.run(cypher, params);
  return result.records.map((record) => record.toObject() as T);
}

interface Edge {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
}

const edgeName = (e: Edge): string => `${e.from} -[${e.type}]-> ${e.to}`;

async function seedEdges(): Promise<Edge[]> {
  return rows<Edge>(
    'MATCH (a)-[r {source: $article}]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
    { article: ARTICLE },
  );
}

/** Ids of the nodes at the other end of the seed article's `type` edges into or out of `id`. */
async function neighbours(id: string, type: string, direction: 'in' | 'out'): Promise<string[]> {
  const pattern = direction === 'out' ? `(:Entity {id: $id})-[r:${type}]->(n)` : `(n)-[r:${type}]->(:Entity {id: $id})`;
  const found = await rows<{ id: string }>(`MATCH ${pattern} WHERE r.source = $article RETURN n.id AS id`, { id, article: ARTICLE });
  return found.map((f) => f.id).sort();
}

describe('evidence', () => {
  it('the article carries its full Arabic text, line by line', async () => {
    const [article] = await rows<{ paragraphs: unknown }>('MATCH (a:Article {id: $article}) RETURN a.paragraphs AS paragraphs', { article: ARTICLE });
    const paragraphs = article?.paragraphs;
    expect(Array.isArray(paragraphs) && paragraphs.every((p) => typeof p === 'string' && p.trim() !== '')).toBe(true);
    expect(paragraphs).toHaveLength(26);
    expect((paragraphs as string[])[0]).toMatch(/^\(CLO\) أحدثت شركة DeepSeek الصينية الناشئة/);
    expect((paragraphs as string[]).at(-1)).toBe('تعليق (0)');
  });

  it('carries an English translation, one paragraph per line, holding every quoteEn word for word', async () => {
    const [article] = await rows<{ paragraphs: string[]; en: unknown }>(
      'MATCH (a:Article {id: $article}) RETURN a.paragraphs AS paragraphs, a.paragraphsEn AS en', { article: ARTICLE });
    const en = article?.en;
    expect(Array.isArray(en) && en.every((p) => typeof p === 'string' && p.trim() !== '')).toBe(true);
    expect(en).toHaveLength(article?.paragraphs.length ?? -1);
    const english = normalise((en as string[]).join('\n'));
    const quotes = await rows<{ quote: string }>(
      `CALL () { MATCH ()-[r {source: $article}]->() RETURN r.quoteEn AS quote
                 UNION MATCH (n:Entity) UNWIND [k IN keys(n) WHERE k ENDS WITH 'QuoteEn' | n[k]] AS quote RETURN quote }
       RETURN DISTINCT quote`, { article: ARTICLE });
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.map((q) => q.quote).filter((q) => !english.includes(normalise(q)))).toEqual([]);
  });

  it('every relationship of the seed quotes the article verbatim (quoteAr, and roleAr / claimAr where set)', async () => {
    const edges = await seedEdges();
    expect(edges.length).toBeGreaterThan(80);
    const misquoted: string[] = [];
    for (const edge of edges) {
      for (const key of ['quoteAr', 'roleAr', 'claimAr']) {
        const value = edge.props[key];
        if (value === undefined && key !== 'quoteAr') continue;
        if (typeof value !== 'string' || !inArticle(value)) misquoted.push(`${edgeName(edge)} ${key}`);
      }
    }
    expect(misquoted).toEqual([]);
  });

  it('every quote of the seed is found once, in the paragraph it comes from', async () => {
    const [article] = await rows<{ paragraphs: string[] }>('MATCH (a:Article {id: $article}) RETURN a.paragraphs AS paragraphs', { article: ARTICLE });
    const paragraphs = article?.paragraphs ?? [];
    const edges = await seedEdges();
    const quotes = edges.map((e) => ({ key: edgeName(e), text: String(e.props.quoteAr) }));
    const { spans, missing } = locateQuotes(paragraphs, quotes);
    expect(missing).toEqual([]);
    // Each edge's sentence occurs once in the article and lies within one line of it.
    expect(spans.filter((s) => s.occurrence > 0).map((s) => s.key)).toEqual([]);
    expect(spans).toHaveLength(edges.length);
    const line = (key: string) => (spans.find((s) => s.key === key)?.paragraph ?? -2) + 1;
    // Line numbers of the article as published (cat -n): the doubts section, the endorsers, the hosts.
    expect(line('yann-lecun -[DOUBTS]-> deepseek')).toBe(19);
    expect(line('zheng-xiaoqing -[DOUBTS]-> v3')).toBe(21);
    expect(line('sean-kim -[ENDORSES]-> deepseek')).toBe(13);
    expect(line('aws -[HOSTS]-> r1')).toBe(14);
    for (const s of spans) expect(normalise((paragraphs[s.paragraph] ?? '').slice(s.start, s.end))).toBe(normalise(String(edges.find((e) => edgeName(e) === s.key)?.props.quoteAr)));
  });

  it('every fact on a node quotes the article verbatim (<fact>QuoteAr)', async () => {
    const nodes = await rows<{ id: string; props: Record<string, unknown> }>(
      'MATCH (n:Entity) RETURN n.id AS id, properties(n) AS props');
    const misquoted = nodes.flatMap((n) => Object.entries(n.props)
      .filter(([key, value]) => key.endsWith('QuoteAr') && !(typeof value === 'string' && inArticle(value)))
      .map(([key]) => `${n.id}.${key}`));
    expect(misquoted).toEqual([]);
  });

  it('every relationship has quoteAr, quoteEn and a source naming an :Article', async () => {
    const incomplete = await rows<{ edge: string }>(
      `MATCH (a)-[r]->(b)
       WHERE NOT (r.quoteAr IS :: STRING NOT NULL AND trim(r.quoteAr) <> ''
                  AND r.quoteEn IS :: STRING NOT NULL AND trim(r.quoteEn) <> ''
                  AND r.source IS :: STRING NOT NULL AND EXISTS { MATCH (:Article {id: r.source}) })
       RETURN a.id + ' -[' + type(r) + ']-> ' + b.id AS edge`);
    expect(incomplete.map((r) => r.edge)).toEqual([]);
  });

  it('every ENDORSES / DOUBTS says what (claim); every role-like edge says the role', async () => {
    const edges = await seedEdges();
    const missing = edges.filter((e) =>
      (['ENDORSES', 'DOUBTS'].includes(e.type) && typeof e.props.claim !== 'string') ||
      (['LEADS', 'WORKS_FOR', 'FORMERLY_AT', 'FOUNDED'].includes(e.type) &&
        (typeof e.props.role !== 'string' || typeof e.props.roleAr !== 'string')));
    expect(missing.map(edgeName)).toEqual([]);
  });

  it('the article mentions every entity its edges touch, and cites its three outlets', async () => {
    const unmentioned = await rows<{ id: string }>(
      `MATCH (n:Entity) WHERE EXISTS { (n)-[r]-() WHERE r.source = $article }
         AND NOT EXISTS { (:Article {id: $article})-[:MENTIONS]->(n) }
       RETURN n.id AS id`, { article: ARTICLE });
    expect(unmentioned.map((u) => u.id)).toEqual([]);
    const cited = await rows<{ id: string }>(
      'MATCH (:Article {id: $article})-[:CITES]->(n:Organization) RETURN n.id AS id ORDER BY id', { article: ARTICLE });
    expect(cited.map((c) => c.id)).toEqual(['new-york-times', 'reuters', 'scmp']);
  });
});

describe('shape and vocabulary', () => {
  it('keeps the data contract as the loader and `npm run check` enforce it', async () => {
    expect(await findViolations(runIn(session), loadVocabulary())).toEqual([]);
  });

  it('every node but the loader\'s bookkeeping (:KgMeta) is data', async () => {
    const meta = await rows<{ labels: string[] }>('MATCH (n:KgMeta) RETURN labels(n) AS labels');
    expect(meta.length).toBeGreaterThan(0);
    expect(meta.every((m) => m.labels.length === 1)).toBe(true);
  });

  it('every node is an :Article, or an :Entity with an id, a name and exactly one kind label', async () => {
    const nodes = await rows<{ labels: string[]; id: unknown; name: unknown }>(
      'MATCH (n) WHERE NOT n:KgMeta RETURN labels(n) AS labels, n.id AS id, n.name AS name');
    const wrong = nodes.filter((n) => {
      if (typeof n.id !== 'string' || n.id === '') return true;
      if (n.labels.length === 1 && n.labels[0] === 'Article') return false;
      const kinds = n.labels.filter((l) => l !== 'Entity');
      return !n.labels.includes('Entity') || kinds.length !== 1 || !kindLabels.has(kinds[0] ?? '') ||
        typeof n.name !== 'string' || n.name === '';
    });
    expect(wrong).toEqual([]);
  });

  it('ids are unique across all nodes', async () => {
    const duplicated = await rows<{ id: string }>(
      'MATCH (n) WHERE NOT n:KgMeta WITH n.id AS id, count(*) AS copies WHERE copies > 1 RETURN id');
    expect(duplicated).toEqual([]);
  });

  it('holds no label and no relationship type outside vocabulary.json', async () => {
    const labels = await rows<{ label: string }>('MATCH (n) WHERE NOT n:KgMeta UNWIND labels(n) AS label RETURN DISTINCT label');
    expect(labels.map((l) => l.label).filter((l) => l !== 'Entity' && l !== 'Article' && !kindLabels.has(l))).toEqual([]);
    const types = await rows<{ type: string }>('MATCH ()-[r]->() RETURN DISTINCT type(r) AS type');
    expect(types.map((t) => t.type).filter((t) => !relationTypes.has(t))).toEqual([]);
  });

  it('the ids other code relies on exist, with their kinds', async () => {
    const expected: Record<string, string> = {
      deepseek: 'Organization', openai: 'Organization', nvidia: 'Organization', microsoft: 'Organization',
      amazon: 'Organization', meta: 'Organization', alibaba: 'Organization',
      aws: 'Product', azure: 'Product', github: 'Product', nim: 'Product',
      r1: 'AIModel', v3: 'AIModel', chatgpt: 'AIModel', qwen: 'AIModel', kimi: 'AIModel', internvl: 'AIModel',
      'sam-altman': 'Person', 'andrew-ng': 'Person', 'yann-lecun': 'Person', 'liang-wenfeng': 'Person',
      'zheng-xiaoqing': 'Person', 'sean-kim': 'Person',
      hangzhou: 'Place', china: 'Place', 'united-states': 'Place',
    };
    const found = await rows<{ id: string; kind: string }>(
      `MATCH (n:Entity) WHERE n.id IN $ids
       RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind`, { ids: Object.keys(expected) });
    expect(Object.fromEntries(found.map((f) => [f.id, f.kind]))).toEqual(expected);
  });
});

describe('what the article says', () => {
  it('DeepSeek developed R1 and V3', async () => {
    expect(await neighbours('deepseek', 'DEVELOPED', 'out')).toEqual(['r1', 'v3']);
  });

  it('who endorses and who doubts DeepSeek', async () => {
    expect(await neighbours('deepseek', 'ENDORSES', 'in')).toEqual(['sean-kim', 'zheng-xiaoqing']);
    expect(await neighbours('deepseek', 'DOUBTS', 'in')).toEqual(['yann-lecun', 'zheng-xiaoqing']);
  });

  it('who hosts R1: three companies, each via the platforms it operates, and those platforms', async () => {
    expect(await neighbours('r1', 'HOSTS', 'in')).toEqual(['amazon', 'aws', 'azure', 'github', 'microsoft', 'nim', 'nvidia']);
    const via = await rows<{ company: string; via: string[]; operates: string[] }>(
      `MATCH (c:Organization)-[h:HOSTS {source: $article}]->(:Entity {id: 'r1'})
       RETURN c.id AS company, h.via AS via,
              COLLECT { MATCH (c)-[o:OPERATES {source: $article}]->(p) RETURN p.id ORDER BY p.id } AS operates
       ORDER BY company`, { article: ARTICLE });
    expect(via).toEqual([
      { company: 'amazon', via: ['aws'], operates: ['aws'] },
      { company: 'microsoft', via: ['azure', 'github'], operates: ['azure', 'github'] },
      { company: 'nvidia', via: ['nim'], operates: ['nim'] },
    ]);
  });

  it('V3 cost 5.5 million USD to train', async () => {
    const [v3] = await rows<{ cost: unknown; usd: unknown; quote: string }>(
      "MATCH (n:Entity {id: 'v3'}) RETURN n.trainingCost AS cost, n.trainingCostUsd AS usd, n.trainingCostQuoteAr AS quote");
    expect(v3).toBeDefined();
    expect(v3?.cost).toBe('5.5 million USD');
    expect(v3?.usd).toBe(5_500_000);
    expect(v3?.quote).toContain('5.5 مليون دولار');
  });

  it('R1 was announced on 20 January, with no year (the article gives none)', async () => {
    const [r1] = await rows<{ announced: string; quote: string }>(
      "MATCH (n:Entity {id: 'r1'}) RETURN n.announced AS announced, n.announcedQuoteAr AS quote");
    expect(r1?.announced).toBe('20 January');
    expect(r1?.announced).not.toMatch(/\d{4}/);
    expect(r1?.quote).toContain('20 يناير');
  });

  it('ChatGPT launched in November 2022; the article itself has no date finer than the year', async () => {
    const [facts] = await rows<{ launched: string; date: string }>(
      "MATCH (c:Entity {id: 'chatgpt'}), (a:Article {id: $article}) RETURN c.launched AS launched, a.date AS date",
      { article: ARTICLE });
    expect(facts).toEqual({ launched: 'November 2022', date: '2025' });
  });

  it('people carry their names as the article writes them in Arabic', async () => {
    const expected: Record<string, string> = {
      'sam-altman': 'سام ألتمان',
      'andrew-ng': 'أندرو نج',
      'yann-lecun': 'يان ليكون',
      'liang-wenfeng': 'ليانغ ونفنغ',
      'zheng-xiaoqing': 'تشنغ شياو تشينغ',
      'sean-kim': 'شون كيم',
    };
    const found = await rows<{ id: string; nameAr: string }>(
      'MATCH (n:Person) WHERE n.id IN $ids RETURN n.id AS id, n.nameAr AS nameAr', { ids: Object.keys(expected) });
    expect(Object.fromEntries(found.map((f) => [f.id, f.nameAr]))).toEqual(expected);
    for (const nameAr of Object.values(expected)) expect(inArticle(nameAr)).toBe(true);
  });
});

describe('the full-text index over names', () => {
  const search = async (query: string): Promise<string[]> =>
    (await rows<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node RETURN node.id AS id", { query }))
      .map((r) => r.id);

  it('finds English names, Arabic names and aliases', async () => {
    expect(await search('deepseek')).toContain('deepseek');
    expect(await search('ديب سيك')).toContain('deepseek');
    expect(await search('LeCun')).toContain('yann-lecun');
    expect(await search('فيسبوك')).toContain('meta');
    expect(await search('AWS')).toContain('aws');
  });

  it('matches Arabic spelled without hamza, and by prefix', async () => {
    expect(await search('التمان')).toContain('sam-altman');
    expect(await search('انفي*')).toContain('nvidia');
    expect(await search('هانغ*')).toContain('hangzhou');
  });
});

/**
 * The reader's logic without a browser: which sentence backs a relation, which of nested quotes a mark
 * stands for, what Details shows for a sentence, and how the canvas filters and selects by source and
 * by sentence (headless Cytoscape). The page itself is tested in Chromium (test/e2e/reader.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleText, NamedRelation, Quote, Source } from '../../client/src/api/types.js';
import { quoteOf, sentenceOf } from '../../client/src/app/evidence.js';
import { sourceEntries } from '../../client/src/app/panels.js';
import { toElements } from '../../client/src/graph/elements.js';
import { createGraphView, type GraphView } from '../../client/src/graph/view.js';
import { innermost } from '../../client/src/ui/reader.js';
import { entity, relation, sampleGraph } from './client-fixtures.js';

const SECOND = { id: 'second', url: null, title: 'A second article', outlet: 'Second Times', date: null };

/** The sample graph, with a second article stating DeepSeek → R1 again and a doubt of its own. */
function twoSources() {
  const graph = sampleGraph();
  return {
    ...graph,
    edges: [
      ...graph.edges,
      relation('deepseek', 'DEVELOPED', 'r1', { id: 'deepseek>DEVELOPED>r1@second', source: SECOND, quoteAr: 'بنت ديب سيك R1' }),
      relation('yann-lecun', 'DOUBTS', 'deepseek', { id: 'yann-lecun>DOUBTS>deepseek@second', source: SECOND }),
    ],
  };
}

function named(from: string, type: string, to: string, quoteEn: string | null = null): NamedRelation {
  const r = relation(from, type, to, { quoteEn });
  return { ...r, from: { id: from, name: from, nameAr: null, kind: 'PERSON' }, to: { id: to, name: to, nameAr: null, kind: 'ORGANIZATION' } };
}

function quote(id: string, text: string, relations: NamedRelation[]): Quote {
  return { id, paragraph: Number(id.split(':')[0]), text, relations };
}

const doubt = named('yann-lecun', 'DOUBTS', 'deepseek', 'Yann LeCun rejects the idea');
const works = named('yann-lecun', 'WORKS_FOR', 'meta');
const article: ArticleText = {
  id: 'article', url: null, title: 'An article', titleAr: null, outlet: 'Outlet', date: null, author: null, translationNote: null, paragraphs: [],
  quotes: [
    quote('3:0-40', 'جملة أولى', [named('deepseek', 'DEVELOPED', 'r1')]),
    quote('18:0-148', 'يان ليكون يرفض', [works, doubt]),
    // The same sentence again further on: a relation's sentence is its first place.
    quote('24:10-158', 'يان ليكون يرفض', [works, doubt]),
  ],
};

let view: GraphView | undefined;
afterEach(() => view?.destroy());

describe('the reader\'s bookkeeping', () => {
  it('finds the sentence that backs a relation: its first place in the article, none for another article\'s', () => {
    expect(quoteOf(article, doubt.id)?.id).toBe('18:0-148');
    expect(quoteOf(article, 'deepseek>DEVELOPED>r1@article')?.id).toBe('3:0-40');
    expect(quoteOf(article, 'deepseek>DEVELOPED>r1@second')).toBeUndefined();
  });

  it('shows a sentence in Details with its article, its relations and the English the relations give it', () => {
    const sentence = sentenceOf(article, article.quotes[1] as Quote);
    expect(sentence).toMatchObject({ article: { id: 'article' }, quoteAr: 'يان ليكون يرفض', quoteEn: 'Yann LeCun rejects the idea' });
    expect(sentence.relations.map((r) => r.type)).toEqual(['WORKS_FOR', 'DOUBTS']);
    expect(sentenceOf(article, article.quotes[0] as Quote).quoteEn).toBeNull();
  });

  it('a stretch inside nested quotes stands for the innermost (shortest) sentence', () => {
    expect(innermost(['4:0-191', '4:20-60'])).toBe('4:20-60');
    expect(innermost(['4:20-60', '4:0-191'])).toBe('4:20-60');
    expect(innermost(['7:0-159'])).toBe('7:0-159');
    expect(innermost([])).toBeUndefined();
  });
});

describe('sources on the canvas (headless Cytoscape)', () => {
  async function loaded(): Promise<GraphView> {
    view = createGraphView();
    await view.load(toElements(twoSources()), 'grid');
    return view;
  }

  it('hiding a source hides exactly the edges it states, and none of the entities', async () => {
    const v = await loaded();
    const all = v.edges().map((e) => e.id);
    v.setFilters({ hiddenKinds: new Set(), hiddenTypes: new Set(), hiddenSources: new Set(['second']) });
    expect(v.edges({ visibleOnly: true }).map((e) => e.id).sort()).toEqual(all.filter((id) => !id.endsWith('@second')).sort());
    expect(v.nodes({ visibleOnly: true })).toHaveLength(v.nodes().length);
    v.setFilters({ hiddenKinds: new Set(), hiddenTypes: new Set(), hiddenSources: new Set(['article']) });
    expect(v.edges({ visibleOnly: true }).map((e) => e.id).sort()).toEqual(['deepseek>DEVELOPED>r1@second', 'yann-lecun>DOUBTS>deepseek@second']);
    v.setFilters({ hiddenKinds: new Set(), hiddenTypes: new Set() });
    expect(v.edges({ visibleOnly: true })).toHaveLength(all.length);
  });

  it('a source hidden before the graph is drawn (a link) is hidden from the first frame, and new edges of it too', async () => {
    view = createGraphView();
    view.setFilters({ hiddenKinds: new Set(), hiddenTypes: new Set(), hiddenSources: new Set(['second']) });
    await view.load(toElements(sampleGraph()), 'grid');
    expect(view.edges({ visibleOnly: true })).toHaveLength(sampleGraph().edges.length);
    view.add(toElements({ nodes: [entity({ id: 'analyst', kind: 'PERSON' })], edges: [relation('analyst', 'DOUBTS', 'deepseek', { source: SECOND })] }, { existing: (id) => view?.has(id) ?? false }));
    expect(view.edges({ visibleOnly: true }).map((e) => e.id)).not.toContain('analyst>DOUBTS>deepseek@article');
    expect(view.has('analyst>DOUBTS>deepseek@article')).toBe(true);
  });

  it('selects a sentence\'s edges and their ends together; one element selected again is a single selection', async () => {
    const v = await loaded();
    const ids = ['yann-lecun>DOUBTS>deepseek@article', 'yann-lecun', 'deepseek'];
    v.select(ids);
    expect(v.selectedIds().sort()).toEqual([...ids].sort());
    v.select('r1');
    expect(v.selectedIds()).toEqual(['r1']);
    expect(v.selected()).toEqual({ group: 'nodes', id: 'r1' });
    v.select(null);
    expect(v.selectedIds()).toEqual([]);
  });

  it('the legend lists every article with its edges drawn and its total, then any article only the canvas cites', async () => {
    const v = await loaded();
    const sources: Source[] = [{ id: 'article', url: null, title: 'An article', titleAr: 'مقال', outlet: 'Outlet', date: '2025', relationCount: 9 }];
    expect(sourceEntries(v, sources, { lang: 'en' })).toEqual([
      { key: 'article', title: 'An article', outlet: 'Outlet', date: '2025', count: 6, total: 9 },
      { key: 'second', title: 'A second article', outlet: 'Second Times', date: null, count: 2 },
    ]);
    expect(sourceEntries(v, sources, { lang: 'ar' })[0]?.title).toBe('مقال');
    // Hidden edges are still drawn-and-filtered: the count is of what the canvas holds, as for kinds.
    v.setFilters({ hiddenKinds: new Set(), hiddenTypes: new Set(), hiddenSources: new Set(['second']) });
    expect(sourceEntries(v, sources, { lang: 'en' })[1]?.count).toBe(2);
  });
});

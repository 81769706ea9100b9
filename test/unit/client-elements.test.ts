import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { entityToNode, relationToEdge, toElements } from '../../client/src/graph/elements.js';
import { entity, relation, sampleGraph } from './client-fixtures.js';

describe('client graph: DTO -> elements', () => {
  it('turns an entity into a node whose data carries both labels, the kind and the degree', () => {
    const node = entityToNode(entity({ id: 'deepseek', name: 'DeepSeek', nameAr: 'ديب سيك', kind: 'ORGANIZATION', degree: 12, aliases: ['ديب سيك'] }));
    expect(node).toEqual({
      group: 'nodes',
      data: {
        id: 'deepseek', name: 'DeepSeek', nameAr: 'ديب سيك', labelEn: 'DeepSeek', labelAr: 'ديب سيك',
        kind: 'ORGANIZATION', description: null, aliases: ['ديب سيك'], degree: 12,
      },
    });
  });

  it('falls back to the English name for the Arabic label when the article gives none', () => {
    expect(entityToNode(entity({ id: 'r1', name: 'R1', nameAr: null })).data.labelAr).toBe('R1');
  });

  it('turns a relation into an edge with its evidence and source flattened into data', () => {
    const edge = relationToEdge(relation('yann-lecun', 'DOUBTS', 'deepseek', { claim: 'China overtaking the US', quoteAr: 'نص', quoteEn: 'text' }));
    expect(edge.data).toMatchObject({
      id: 'yann-lecun>DOUBTS>deepseek@article', source: 'yann-lecun', target: 'deepseek', type: 'DOUBTS', group: 'claim',
      label: 'doubts', longLabel: 'doubts: China overtaking the US', quoteAr: 'نص', quoteEn: 'text',
      articleId: 'article', articleUrl: 'https://example.org/a', articleTitle: 'An article', articleOutlet: 'Outlet',
    });
    expect(relationToEdge(relation('a', 'LEADS', 'b', { role: 'CEO' })).data).toMatchObject({ group: 'structural', label: 'leads (CEO)', role: 'CEO' });
  });

  it('labels an edge in Arabic too: the relation’s Arabic words, the Arabic claim where there is one, the role as written', () => {
    const doubt = relationToEdge(relation('yann-lecun', 'DOUBTS', 'deepseek', { claim: 'China overtaking the US', claimAr: 'تفوّق الصين على الولايات المتحدة' }));
    expect(doubt.data).toMatchObject({ labelAr: 'يشكك في', longLabelAr: 'يشكك في: تفوّق الصين على الولايات المتحدة' });
    expect(relationToEdge(relation('a', 'ENDORSES', 'b', { claim: 'open models' })).data.longLabelAr).toBe('يؤيد: open models');
    expect(relationToEdge(relation('a', 'LEADS', 'b', { role: 'CEO' })).data.labelAr).toBe('يقود (CEO)');
  });

  it('produces plain JSON: nodes first, then edges; a JSON round trip changes nothing', () => {
    const elements = toElements(sampleGraph());
    expect(JSON.parse(JSON.stringify(elements))).toEqual(elements);
    const firstEdge = elements.findIndex((e) => e.group === 'edges');
    expect(elements.slice(0, firstEdge).every((e) => e.group === 'nodes')).toBe(true);
    expect(elements.slice(firstEdge).every((e) => e.group === 'edges')).toBe(true);
  });

  it('drops duplicates, edges to missing nodes, and what is already drawn', () => {
    const g = sampleGraph();
    const withNoise = { nodes: [...g.nodes, ...g.nodes.slice(0, 1)], edges: [...g.edges, ...g.edges.slice(0, 1), relation('ghost', 'DOUBTS', 'deepseek')] };
    const elements = toElements(withNoise);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(g.nodes.length);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(g.edges.length);

    const drawn = new Set(['deepseek', 'yann-lecun']);
    const more = toElements({ nodes: [entity({ id: 'deepseek' }), entity({ id: 'r1' })], edges: [relation('deepseek', 'DEVELOPED', 'r1'), relation('yann-lecun', 'DOUBTS', 'deepseek')] }, { existing: (id) => drawn.has(id) });
    expect(more.map((e) => e.data.id)).toEqual(['r1', 'deepseek>DEVELOPED>r1@article', 'yann-lecun>DOUBTS>deepseek@article']);
  });

  it('loads into headless Cytoscape as is', () => {
    const cy = cytoscape({ headless: true, elements: toElements(sampleGraph()) as cytoscape.ElementDefinition[] });
    expect(cy.nodes()).toHaveLength(7);
    expect(cy.edges()).toHaveLength(6);
    expect(cy.getElementById('yann-lecun>DOUBTS>deepseek@article').source().id()).toBe('yann-lecun');
    cy.destroy();
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/graph/elements.js';
import { LARGE_LABEL, createStylesheet } from '../../client/src/graph/style.js';
import { KIND_LOOKS, TYPE_LOOKS, UNKNOWN_KIND } from '../../client/src/graph/vocabulary.js';
import { projectRoot } from '../../server/src/paths.js';
import { entity, relation, sampleGraph } from './client-fixtures.js';

const vocabulary = JSON.parse(readFileSync(path.join(projectRoot, 'cypher', 'vocabulary.json'), 'utf8')) as {
  kinds: { enum: string }[];
  relationTypes: { type: string; group: string }[];
};

function styled(lang: 'en' | 'ar' = 'en') {
  const g = sampleGraph();
  const nodes = vocabulary.kinds.map((k) => entity({ id: `n-${k.enum}`, kind: k.enum, name: k.enum, nameAr: `ع${k.enum}` }));
  const edges = vocabulary.relationTypes.map((t) => relation('n-PERSON', t.type, 'n-ORGANIZATION'));
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet({ lang }),
    elements: toElements({ nodes: [...g.nodes, ...nodes], edges: [...g.edges, ...edges] }) as cytoscape.ElementDefinition[],
  });
}

describe('client graph: the stylesheet', () => {
  it('styles every kind and relation type of cypher/vocabulary.json, with the same claim/structural split', () => {
    expect(KIND_LOOKS.map((k) => k.kind).sort()).toEqual(vocabulary.kinds.map((k) => k.enum).sort());
    expect(TYPE_LOOKS.map((t) => [t.type, t.group]).sort()).toEqual(vocabulary.relationTypes.map((t) => [t.type, t.group]).sort());
  });

  it('gives each kind its own colour and shape, selected on data(kind)', () => {
    const cy = styled();
    const seen = new Set<string>();
    for (const look of KIND_LOOKS) {
      const node = cy.getElementById(`n-${look.kind}`);
      expect(node.style('shape')).toBe(look.shape);
      expect(node.style('background-color')).toBe(rgb(look.color));
      seen.add(`${look.shape}|${look.color}`);
    }
    expect(seen.size).toBe(KIND_LOOKS.length);
    expect(new Set(KIND_LOOKS.map((k) => k.shape)).size).toBe(KIND_LOOKS.length);
    cy.destroy();
  });

  it('makes ENDORSES, DOUBTS and HOSTS distinct at a glance and structural edges quieter', () => {
    const cy = styled();
    const edge = (type: string) => cy.getElementById(`n-PERSON>${type}>n-ORGANIZATION@article`);
    const claims = ['ENDORSES', 'DOUBTS', 'HOSTS'].map((t) => edge(t));
    const looks = claims.map((e) => [e.style('line-color'), e.style('line-style'), e.style('target-arrow-shape')].join('|'));
    expect(new Set(looks).size).toBe(3);
    // Different in colour, line pattern and arrow head each, not just one of them.
    for (const property of ['line-color', 'line-style', 'target-arrow-shape']) {
      expect(new Set(claims.map((e) => e.style(property) as string)).size).toBe(3);
    }
    expect(edge('DOUBTS').style('line-style')).toBe('dashed');
    const structural = edge('DEVELOPED');
    for (const claim of claims) expect(parseFloat(structural.style('width') as string)).toBeLessThan(parseFloat(claim.style('width') as string));
    expect(structural.style('line-color')).toBe(edge('FOUNDED').style('line-color'));
    cy.destroy();
  });

  it('labels nodes in the chosen language and marks state with classes', () => {
    const en = styled('en');
    expect(en.getElementById('yann-lecun').style('label')).toBe('Yann LeCun');
    en.destroy();
    const ar = styled('ar');
    expect(ar.getElementById('yann-lecun').style('label')).toBe('يان ليكون');
    expect(ar.getElementById('sean-kim').style('label')).toBe('Sean Kim');
    expect(ar.getElementById('deepseek').style('font-family')).toContain('Noto Sans Arabic');
    const node = ar.getElementById('deepseek');
    node.addClass('filtered');
    expect(node.style('display')).toBe('none');
    node.removeClass('filtered').addClass('faded');
    expect(Number(node.style('opacity'))).toBeLessThan(0.5);
    ar.destroy();
  });

  it('draws a kind and a relation type this build was not generated with (a dataset of its own) in the neutral look', () => {
    // Kind and RelationType are the generated unions widened to any string: these type-check, as the API's answers do.
    const nodes = [entity({ id: 'known', kind: 'PERSON' }), entity({ id: 'new', kind: 'SPACECRAFT' })];
    const edges = [relation('known', 'ORBITS', 'new'), relation('known', 'FOUNDED', 'new')];
    for (const large of [false, true]) {
      const cy = cytoscape({
        headless: true, styleEnabled: true, style: createStylesheet({ lang: 'en', large }),
        elements: toElements({ nodes, edges }) as cytoscape.ElementDefinition[],
      });
      const node = cy.getElementById('new');
      expect([node.style('shape'), node.style('background-color')], `large: ${large}`).toEqual([UNKNOWN_KIND.shape, rgb(UNKNOWN_KIND.color)]);
      expect(cy.getElementById('known').style('shape')).not.toBe(UNKNOWN_KIND.shape);
      // An unknown relation type looks like the quiet structural edges, never like a claim.
      const look = (type: string) => ['line-color', 'width'].map((p) => cy.getElementById(`known>${type}>new@article`).style(p) as string);
      expect(look('ORBITS'), `large: ${large}`).toEqual(look('FOUNDED'));
      cy.destroy();
    }
  });

  it('hides labels earlier on big graphs, and labels only the nodes marked labelled there', () => {
    const small = createStylesheet({ lang: 'en' }).find((s) => s.selector === 'node')?.style as Record<string, unknown>;
    const sheet = createStylesheet({ lang: 'en', large: true });
    const big = sheet.find((s) => s.selector === `node.${LARGE_LABEL.labelled}`)?.style as Record<string, unknown>;
    expect(Number(big['min-zoomed-font-size'])).toBeGreaterThan(Number(small['min-zoomed-font-size']));
    expect(big.label).toBe('data(labelEn)');
    expect(sheet.filter((s) => 'label' in s.style && s.selector.startsWith('node') && !s.selector.includes(LARGE_LABEL.labelled))).toEqual([]);
  });
});

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

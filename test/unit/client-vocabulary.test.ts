/**
 * Kinds and relation types the client's tables do not know — a folder's own vocabulary.json, served by
 * the API's `vocabulary` — get their looks from it (or a colour of their own), in the stylesheet for
 * both sizes, the preview and the legend's lookups, and their names in both languages; OTHER is plainly
 * neutral. Its own file: useVocabulary and useVocabularyNames change module tables for the rest of the run.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { hasEvidence, toElements } from '../../client/src/graph/elements.js';
import { createStylesheet } from '../../client/src/graph/style.js';
import { EXTRA_COLORS, kindLook, kindLooks, OTHER_KIND, typeLook, typeLooks, UNKNOWN_KIND, useVocabulary } from '../../client/src/graph/vocabulary.js';
import { ar } from '../../client/src/i18n/ar.js';
import { en } from '../../client/src/i18n/en.js';
import { kindName, relationName, useVocabularyNames } from '../../client/src/i18n/i18n.js';
import type { VocabularyInfo } from '../../client/src/api/types.js';
import { entity, relation } from './client-fixtures.js';

const hex = (color: string) => `rgb(${[1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)).join(',')})`;

describe('client graph: the vocabulary from the API', () => {
  it('adds the looks a folder\'s vocabulary gives, and its own colours to kinds that bring none', () => {
    const before = kindLooks().length;
    const served: Pick<VocabularyInfo, 'kinds' | 'relationTypes'> = {
      kinds: [
        { kind: 'PERSON', label: 'Person', color: '#000000', shape: 'diamond' },
        { kind: 'SPACECRAFT', label: 'SpaceProbe', color: '#1f6f8b', shape: 'diamond' },
        { kind: 'MISSION', label: 'Mission', color: null, shape: 'star' },
      ],
      relationTypes: [
        { type: 'ENDORSES', group: 'CLAIM', color: '#000000', lineStyle: 'dotted' },
        { type: 'LAUNCHED', group: 'CLAIM', color: '#b5651d', lineStyle: 'dashed' },
        { type: 'PART_OF', group: 'STRUCTURAL', color: null, lineStyle: null },
      ],
    };
    useVocabulary(served);
    useVocabularyNames(served);
    // The client's own looks stay for the kinds it knows.
    expect(kindLook('PERSON').color).toBe('#3b6ea8');
    expect(typeLook('ENDORSES').lineStyle).toBe('solid');
    expect(kindLooks()).toHaveLength(before + 2);
    expect(kindLook('SPACECRAFT')).toEqual({ kind: 'SPACECRAFT', color: '#1f6f8b', shape: 'diamond' });
    expect(kindLook('MISSION')).toMatchObject({ color: EXTRA_COLORS[1], shape: 'round-rectangle' });
    expect(typeLook('LAUNCHED')).toMatchObject({ group: 'claim', color: '#b5651d', lineStyle: 'dashed' });
    expect(typeLook('PART_OF')).toMatchObject({ group: 'structural', lineStyle: 'solid' });
    // Named by the vocabulary's label in words, in either language; the catalogues keep their own names.
    expect([kindName(en, 'SPACECRAFT'), kindName(en, 'SPACECRAFT', 'many'), kindName(ar, 'SPACECRAFT')]).toEqual(['Space probe', 'Space probe', 'Space probe']);
    expect([relationName(en, 'PART_OF').label, relationName(ar, 'LAUNCHED').heading]).toEqual(['part of', 'launched']);
    expect([kindName(ar, 'PERSON'), relationName(ar, 'ENDORSES').label]).toEqual(['شخص', 'يؤيد']);
    expect(typeLooks().map((t) => t.type)).toEqual(expect.arrayContaining(['LAUNCHED', 'PART_OF']));

    for (const large of [false, true]) {
      const cy = cytoscape({
        headless: true, styleEnabled: true, style: createStylesheet({ lang: 'en', large }),
        elements: toElements({
          nodes: [entity({ id: 'probe', kind: 'SPACECRAFT' }), entity({ id: 'agency' }), entity({ id: 'stray', kind: 'OTHER' })],
          edges: [relation('agency', 'LAUNCHED', 'probe')],
        }) as cytoscape.ElementDefinition[],
      });
      expect(cy.getElementById('probe').style('background-color'), `large: ${large}`).toBe(hex('#1f6f8b'));
      expect(cy.getElementById('probe').style('shape'), `large: ${large}`).toBe('diamond');
      expect(cy.getElementById('stray').style('background-color'), `large: ${large}`).toBe(hex(UNKNOWN_KIND.color));
      expect(cy.getElementById('agency>LAUNCHED>probe@article').style('line-color'), `large: ${large}`).toBe(hex('#b5651d'));
      cy.destroy();
    }
  });

  it('OTHER (no kind label) is neutral and says so; a relation with no quote and no source says it has no evidence', () => {
    expect(kindLook('OTHER')).toBe(OTHER_KIND);
    expect([kindName(en, 'OTHER'), kindName(ar, 'OTHER')]).toEqual(['No kind', 'بلا نوع']);
    const [edge] = toElements({ nodes: [entity({ id: 'a' }), entity({ id: 'b' })], edges: [relation('a', 'ENDORSES', 'b', { source: null })] })
      .filter((e) => e.group === 'edges');
    expect(edge?.data).toMatchObject({ longLabel: 'endorses (no evidence recorded)', longLabelAr: 'يؤيد (لا أدلة مسجلة)' });
    expect(hasEvidence({ quoteAr: null, quoteEn: null, source: null })).toBe(false);
    expect(hasEvidence({ quoteAr: 'ق', quoteEn: null, source: null })).toBe(true);
  });
});

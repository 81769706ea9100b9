/**
 * The two message catalogues: the same keys (the types say so at compile time, this at run time too),
 * every kind and relation type of the dataset named in both, Arabic that is Arabic, and numbers and
 * counts the way each language writes them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar } from '../../client/src/i18n/ar.js';
import { en } from '../../client/src/i18n/en.js';
import { createI18n, factName, kindName, relationName } from '../../client/src/i18n/i18n.js';
import { projectRoot } from '../../server/src/paths.js';
import { MESSAGE_SAMPLES as SAMPLES, catalogueTexts as texts } from '../support/catalogue.js';

const vocabulary = JSON.parse(readFileSync(path.join(projectRoot, 'cypher', 'vocabulary.json'), 'utf8')) as {
  kinds: { enum: string }[];
  relationTypes: { type: string }[];
};

/** Every leaf of a catalogue by its path: strings as they are, functions as `fn/<arity>`. */
function leaves(value: unknown, at = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'function') out.set(at, `fn/${value.length}`);
  else if (typeof value === 'string') out.set(at, 'string');
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of leaves(child, at ? `${at}.${key}` : key)) out.set(k, v);
  } else out.set(at, typeof value);
  return out;
}

describe('message catalogues', () => {
  it('have the same keys, each a string or a function of the same arity in both', () => {
    expect([...leaves(ar)].sort()).toEqual([...leaves(en)].sort());
  });

  it('name every kind and relation type of cypher/vocabulary.json in both languages', () => {
    for (const m of [en, ar]) {
      for (const { enum: kind } of vocabulary.kinds) expect(Object.keys(m.kinds), kind).toContain(kind);
      for (const { type } of vocabulary.relationTypes) expect(Object.keys(m.relations), type).toContain(type);
    }
    // The ones the issue names, as it names them.
    expect(ar.relations.ENDORSES.label).toBe('يؤيد');
    expect(ar.relations.DOUBTS.label).toBe('يشكك في');
  });

  it('write Arabic in the Arabic catalogue: no English left behind, Latin letters only in names that stay Latin', () => {
    const latinAllowed = new Set(['GraphQL', 'GraphiQL', 'JSON', 'Ctrl', 'Shift', 'Enter', 'Esc', 'Del', 'F', 'Z']);
    const names = SAMPLES.flat().filter((s): s is string => typeof s === 'string');
    for (const full of texts(ar, SAMPLES)) {
      // What the sample arguments put in is data; a message that is nothing but them (a column's count) says nothing itself.
      const text = names.reduce((t, name) => t.replaceAll(name, ''), full);
      if (!/\p{L}/u.test(text)) continue;
      expect(text, 'an Arabic message holds Arabic').toMatch(/\p{Script=Arabic}/u);
      const latin = text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
      expect(latin.filter((word) => !latinAllowed.has(word)), text).toEqual([]);
    }
    // And the English one is English: an Arabic word there would be a slip (the search hint names Arabic on purpose).
    for (const text of texts(en, SAMPLES)) if (!text.includes('ابحث') && !text.includes('يؤيد')) expect(text).not.toMatch(/\p{Script=Arabic}/u);
  });

  it('count by each language’s grammar, with Western digits in both', () => {
    expect(en.status.nodes(1)).toBe('1 node');
    expect(en.status.nodes(1234)).toBe('1,234 nodes');
    expect([0, 1, 2, 5, 11, 100, 1234].map((n) => ar.status.nodes(n))).toEqual([
      'لا كيانات', 'كيان واحد', 'كيانان', '5 كيانات', '11 كيانًا', '100 كيان', '1,234 كيانًا',
    ]);
    expect(ar.status.edges(3)).toBe('3 علاقات');
    expect(ar.format.number(5.5)).toBe('5.5');
    expect(ar.format.compact(1200)).toMatch(/^1\.2\s?\p{Script=Arabic}+/u);
    // No Arabic-Indic digits anywhere, as in the article ("5.5 مليون دولار").
    for (const text of texts(ar, SAMPLES)) expect(text).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
  });

  it('names kinds, relations and facts the catalogue does not know from their keys', () => {
    expect(kindName(ar, 'PERSON', 'many')).toBe('أشخاص');
    expect(kindName(en, 'SATELLITE')).toBe('satellite');
    expect(relationName(en, 'ORBITS').label).toBe('orbits');
    expect(factName(ar, 'trainingCost')).toBe('كلفة التدريب');
    expect(factName(en, 'launchWindow')).toBe('Launch window');
  });

  it('tells its listeners when the language changes, and only then', () => {
    const i18n = createI18n('en');
    const heard: string[] = [];
    i18n.onChange((lang) => heard.push(lang));
    i18n.set('en');
    i18n.set('ar');
    expect(heard).toEqual(['ar']);
    expect(i18n.dir).toBe('rtl');
    expect(i18n.m.legend.title).toBe('وسيلة الإيضاح');
  });
});

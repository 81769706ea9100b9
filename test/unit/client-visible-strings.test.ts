/**
 * Every string a person reads comes from a message catalogue (client/src/i18n/en.ts and ar.ts): the
 * compiler's view of client/src finds the literals that reach the page (see test/support/visible-strings.ts),
 * and only a short, reviewed list of non-words may. A planted fixture shows the check finding what it
 * should by each road, and leaving alone what it should.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/src/paths.js';
import { clientProgram, findVisibleStrings, hasWord } from '../support/visible-strings.js';

const clientSrc = path.join(projectRoot, 'client', 'src');
const fixture = path.join(projectRoot, 'test', 'fixtures', 'visible-strings');
const catalogue = /[/\\]i18n[/\\](en|ar)\.ts$/;

/**
 * Reviewed: text that is the same in every language. Each entry is a literal exactly as written.
 */
const ALLOWED = new Map<string, string>([
  ['English', 'the language switch names each language in itself'],
  ['العربية', 'the language switch names each language in itself'],
  ['Ctrl', 'a key, as printed on keyboards everywhere'],
  ['Del', 'a key, as printed on keyboards everywhere'],
  ['Esc', 'a key, as printed on keyboards everywhere'],
  ['png', 'a file format, upper-cased on its export button'],
  ['svg', 'a file format, upper-cased on its export button'],
  ['json', 'a file format, upper-cased on its export button'],
  ['UNKNOWN', 'the kind sentinel of an entity known only by id; kindName() finds it in the catalogue'],
  ['data(labelEn)', "a Cytoscape mapper: the node's label field, not text"],
  ['data(labelAr)', "a Cytoscape mapper: the node's label field, not text"],
  ['data(label)', "a Cytoscape mapper: the edge's label field, not text"],
  ['data(longLabel)', "a Cytoscape mapper: the edge's label field, not text"],
  ['data(longLabelAr)', "a Cytoscape mapper: the edge's label field, not text"],
]);

function tsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => path.join(dir, f));
}

describe('visible strings', () => {
  it('finds a planted string by every road it can take to the page, and nothing that is not shown', () => {
    const found = findVisibleStrings(clientProgram(tsFiles(fixture)), {
      isChecked: (f) => f.startsWith(fixture),
      isCatalogue: (f) => f.endsWith('messages.ts'),
    });
    // Exactly the planted ones: nothing marked SILENT (a class name, an event name, the catalogue's own text).
    expect(found.map((f) => f.text).sort()).toEqual([
      'Direct child', 'An accessible name', 'One thing', ' …  things', 'Label from a const table', 'A tooltip',
      'Toast through an interface and a message function', 'Banner through an interface method', 'Default banner title', 'Pushed part',
    ].sort());
    // Each is reported where it is written.
    const source = readFileSync(path.join(fixture, 'page.ts'), 'utf8').split('\n');
    for (const f of found) expect(source[f.line - 1], f.text).toMatch(/REPORTED/);
  });

  it('client/src shows no text outside the message catalogues but the reviewed non-words', () => {
    const found = findVisibleStrings(clientProgram(tsFiles(clientSrc)), {
      isChecked: (f) => f.startsWith(clientSrc),
      isCatalogue: (f) => catalogue.test(f),
    });
    const unreviewed = found.filter((f) => !ALLOWED.has(f.text)).map((f) => `${path.relative(projectRoot, f.file)}:${f.line} ${JSON.stringify(f.text)}`);
    expect(unreviewed, 'user-visible text written outside client/src/i18n/en.ts and ar.ts').toEqual([]);
    // The allowlist stays honest: every entry is still needed.
    const used = new Set(found.map((f) => f.text));
    expect([...ALLOWED.keys()].filter((text) => !used.has(text))).toEqual([]);
  }, 120_000);

  it('counts a literal as text only when it holds a word', () => {
    expect(hasWord('Fit')).toBe(true);
    expect(hasWord('ملاءمة')).toBe(true);
    expect(hasWord(' · ')).toBe(false);
    expect(hasWord('↗')).toBe(false);
    expect(hasWord('Z')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { RelationModel } from '../../server/src/db/models.js';
import { buildReader } from '../../server/src/evidence/reader.js';

const relation = (id: string, quoteAr: string | null, quoteEn: string | null = null): RelationModel => ({
  id, type: 'ENDORSES', fromId: 'a', toId: 'b', quoteAr, quoteEn, claim: null, claimAr: null, role: null, roleAr: null, viaIds: [], sourceId: 's',
});

describe('buildReader', () => {
  const paragraphs = ['عنوان', 'قال أ إن ب جيد. وقال ج إن د سيئ.'];
  const translation = ['Title', 'A said B is good. C said D is bad.'];

  it('one quote per sentence, shared by the relations that rest on it, marked in both languages', () => {
    const reader = buildReader({
      paragraphs, translation, translationNote: 'made here',
      relations: [relation('r1', 'قال أ إن ب جيد.', 'A said B is good.'), relation('r2', 'قال أ إن ب جيد.', 'A said B is good.'), relation('r3', 'وقال ج إن د سيئ.', 'C said D is bad.'), relation('r4', null)],
    });
    expect(reader.quotes.map((q) => [q.id, q.text, q.relations.map((r) => r.id)])).toEqual([
      ['1:0-15', 'قال أ إن ب جيد.', ['r1', 'r2']],
      ['1:16-32', 'وقال ج إن د سيئ.', ['r3']],
    ]);
    expect(reader.translationNote).toBe('made here');
    const p = reader.paragraphs[1];
    expect(p?.segments).toEqual([
      { text: 'قال أ إن ب جيد.', quoteIds: ['1:0-15'] }, { text: ' ', quoteIds: [] }, { text: 'وقال ج إن د سيئ.', quoteIds: ['1:16-32'] },
    ]);
    expect(p?.translationSegments).toEqual([
      { text: 'A said B is good.', quoteIds: ['1:0-15'] }, { text: ' ', quoteIds: [] }, { text: 'C said D is bad.', quoteIds: ['1:16-32'] },
    ]);
    expect(reader.paragraphs[0]).toEqual({ index: 0, text: 'عنوان', segments: [{ text: 'عنوان', quoteIds: [] }], translation: 'Title', translationSegments: [{ text: 'Title', quoteIds: [] }] });
  });

  it('drops a translation that does not have one entry per paragraph, and skips quotes not in the text', () => {
    const reader = buildReader({ paragraphs, translation: ['only one'], translationNote: 'note', relations: [relation('r1', 'ليس في النص')] });
    expect(reader.translationNote).toBeNull();
    expect(reader.paragraphs.every((p) => p.translation === null && p.translationSegments.length === 0)).toBe(true);
    expect(reader.quotes).toEqual([]);
  });
});

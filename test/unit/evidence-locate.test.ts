import { describe, expect, it } from 'vitest';
import { locateQuotes, normalise, segment } from '../../server/src/evidence/locate.js';

const pick = (paragraphs: string[], s: { paragraph: number; start: number; end: number } | undefined) =>
  s === undefined ? undefined : (paragraphs[s.paragraph] ?? '').slice(s.start, s.end);

describe('locateQuotes', () => {
  it('finds a sentence in its paragraph, with offsets into that paragraph', () => {
    const paragraphs = ['مقدمة قصيرة.', 'قال ألتمان إن OpenAI بحاجة إلى إعادة النظر. ثم أضاف شيئا آخر.'];
    const { spans, missing } = locateQuotes(paragraphs, [{ key: 'a', text: 'قال ألتمان إن OpenAI بحاجة إلى إعادة النظر.' }]);
    expect(missing).toEqual([]);
    expect(spans).toEqual([{ key: 'a', paragraph: 1, start: 0, end: (paragraphs[1] ?? '').indexOf('.') + 1, occurrence: 0 }]);
    expect(pick(paragraphs, spans[0])).toBe('قال ألتمان إن OpenAI بحاجة إلى إعادة النظر.');
  });

  it('matches across line breaks and runs of whitespace, both ways', () => {
    const paragraphs = ['أول جملة تنتهي هنا', 'وتكمل في السطر التالي.   ثم   جملة أخرى.'];
    // The quote has a space where the article breaks the line, and one space where the article has three.
    const { spans } = locateQuotes(paragraphs, [
      { key: 'across', text: 'تنتهي هنا وتكمل في السطر' },
      { key: 'spaces', text: 'التالي. ثم\nجملة' },
    ]);
    const across = spans.filter((s) => s.key === 'across');
    expect(across.map((s) => [s.paragraph, pick(paragraphs, s)])).toEqual([[0, 'تنتهي هنا'], [1, 'وتكمل في السطر']]);
    const spaces = spans.filter((s) => s.key === 'spaces');
    expect(spaces.map((s) => pick(paragraphs, s))).toEqual(['التالي.   ثم   جملة']);
  });

  it('reports a repeated sentence at each place, in reading order', () => {
    const paragraphs = ['هذا مهم جدا.', 'نص بينهما.', 'كما قلنا: هذا مهم جدا.'];
    const { spans } = locateQuotes(paragraphs, [{ key: 'r', text: 'هذا مهم جدا.' }]);
    expect(spans.map((s) => [s.paragraph, s.occurrence, pick(paragraphs, s)])).toEqual([[0, 0, 'هذا مهم جدا.'], [2, 1, 'هذا مهم جدا.']]);
  });

  it('keeps the Arabic punctuation the article uses: comma ، question mark ؟, quotation marks, a space before a full stop', () => {
    const paragraphs = [
      'وأكد أيضًا أن النماذج، مثل Qwen (Alibaba)، تحقق تقدمًا في مجالات مثل إنشاء الفيديو .',
      '"الفهم الصحيح هو: المصدر المفتوح يتفوق"، شارك LeCun على منصة Threads. هل هذا صحيح؟',
    ];
    const quotes = [
      { key: 'video', text: 'وأكد أيضًا أن النماذج، مثل Qwen (Alibaba)، تحقق تقدمًا في مجالات مثل إنشاء الفيديو .' },
      { key: 'lecun', text: '"الفهم الصحيح هو: المصدر المفتوح يتفوق"، شارك LeCun على منصة Threads.' },
      { key: 'question', text: 'هل هذا صحيح؟' },
      // Same words, Latin comma instead of the Arabic one: not the article's text.
      { key: 'latin-comma', text: 'وأكد أيضًا أن النماذج, مثل Qwen' },
    ];
    const { spans, missing } = locateQuotes(paragraphs, quotes);
    expect(missing).toEqual(['latin-comma']);
    for (const quote of quotes.slice(0, 3)) {
      const found = spans.filter((s) => s.key === quote.key);
      expect(found).toHaveLength(1);
      expect(pick(paragraphs, found[0])).toBe(quote.text);
    }
  });

  it('lists quotes that are not in the text, and an empty quote as missing', () => {
    const { spans, missing } = locateQuotes(['نص.'], [{ key: 'x', text: 'غير موجود' }, { key: 'e', text: '  ' }]);
    expect(spans).toEqual([]);
    expect(missing).toEqual(['x', 'e']);
  });

  it('counts offsets in UTF-16 units, as the DOM does', () => {
    const paragraphs = ['😀 emoji first, then the quote.'];
    const { spans } = locateQuotes(paragraphs, [{ key: 'q', text: 'the quote.' }]);
    expect(pick(paragraphs, spans[0])).toBe('the quote.');
  });
});

describe('segment', () => {
  it('cuts a paragraph at every boundary, nested quotes carrying both keys', () => {
    const paragraph = 'ليانغ ونفنغ، مؤسس الشركة. الصورة: ويبو';
    const { spans } = locateQuotes([paragraph], [
      { key: 'sentence', text: 'ليانغ ونفنغ، مؤسس الشركة.' },
      { key: 'role', text: 'مؤسس' },
      { key: 'photo', text: 'الصورة: ويبو' },
    ]);
    expect(segment(paragraph, spans)).toEqual([
      { text: 'ليانغ ونفنغ، ', keys: ['sentence'] },
      { text: 'مؤسس', keys: ['sentence', 'role'] },
      { text: ' الشركة.', keys: ['sentence'] },
      { text: ' ', keys: [] },
      { text: 'الصورة: ويبو', keys: ['photo'] },
    ]);
  });

  it('puts two quotes of the same text in one segment, and gives back the whole paragraph', () => {
    const paragraph = 'أ ب ج د';
    const segments = segment(paragraph, [{ key: 'r1', start: 2, end: 5 }, { key: 'r2', start: 2, end: 5 }]);
    expect(segments).toEqual([{ text: 'أ ', keys: [] }, { text: 'ب ج', keys: ['r1', 'r2'] }, { text: ' د', keys: [] }]);
    expect(segments.map((s) => s.text).join('')).toBe(paragraph);
  });

  it('normalise is the contract comparison', () => {
    expect(normalise('  a\n\t b  ')).toBe('a b');
  });
});

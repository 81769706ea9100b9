import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, searchWords } from '../../server/src/db/queries/search.js';

describe('search text -> Lucene query', () => {
  it('escapes every Lucene special character', () => {
    const special = '+-&|!(){}[]^"~*?:\\/<>=';
    const escaped = escapeLucene(special);
    expect(escaped).toBe([...special].map((c) => `\\${c}`).join(''));
  });

  it('builds exact, prefix and fuzzy variants for each word, all words required', () => {
    expect(luceneQuery('DeepSeek')).toBe('(deepseek^4 OR deepseek*^2 OR deepseek~2)');
    expect(luceneQuery('ng')).toBe('(ng^4 OR ng*^2)');
    expect(luceneQuery('sam altm')).toBe('((sam^4 OR sam*^2) AND (altm^4 OR altm*^2 OR altm~1)) OR "sam altm"^8');
  });

  it('keeps Arabic words whole, harakat and all, and normalises presentation forms', () => {
    expect(searchWords('ديب سيك')).toEqual(['ديب', 'سيك']);
    expect(searchWords('مُؤسِّس')).toEqual(['مُؤسِّس']);
    expect(searchWords('\uFEB1\uFEF4\uFEDC')).toEqual(['سيك']);
  });

  it('turns operators and query syntax into plain words', () => {
    expect(searchWords('name:"x" AND y* OR z~2 && !w')).toEqual(['name', 'x', 'and', 'y', 'or', 'z', '2', 'w']);
    expect(luceneQuery('"}) DETACH DELETE n //')).toBe('((detach^4 OR detach*^2 OR detach~1) AND (delete^4 OR delete*^2 OR delete~1) AND (n^4 OR n*^2)) OR "detach delete n"^8');
  });

  it('has no query for text without words, and caps long input', () => {
    for (const text of ['', '   ', '!!!', '*', '"', '\u200f\u200e', '\\']) expect(luceneQuery(text), JSON.stringify(text)).toBeNull();
    expect(searchWords('a '.repeat(100))).toHaveLength(8);
    expect(searchWords('x'.repeat(500))[0]).toHaveLength(40);
  });
});

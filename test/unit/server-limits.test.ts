import { describe, expect, it } from 'vitest';
import { parseRelationId, relationId } from '../../server/src/db/map.js';
import { idArg, idsArg, intArg, textArg } from '../../server/src/resolvers/limits.js';
import { decodeCursor, encodeCursor } from '../../server/src/resolvers/query.js';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    // By name: the errors come from yoga's copy of graphql, which need not be the one this file would import.
    return error instanceof Error && error.name === 'GraphQLError' ? (error as Error & { extensions: Record<string, unknown> }).extensions.code : error;
  }
  return 'no error';
}

describe('argument limits', () => {
  it('integers: default for null, BAD_USER_INPUT outside the range', () => {
    expect(intArg('first', null, 50, 0, 200)).toBe(50);
    expect(intArg('first', 200, 50, 0, 200)).toBe(200);
    for (const bad of [201, -1, 1e9]) expect(codeOf(() => intArg('first', bad, 50, 0, 200))).toBe('BAD_USER_INPUT');
    expect(() => intArg('depth', 4, 1, 1, 3)).toThrow('"depth" must be an integer from 1 to 3; got 4.');
  });

  it('text: at most 200 characters counted as code points; no NUL; no lone surrogates', () => {
    expect(textArg('text', 'ا'.repeat(200))).toHaveLength(200);
    expect(textArg('text', '😀'.repeat(200))).toHaveLength(400);
    expect(codeOf(() => textArg('text', 'x'.repeat(201)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => textArg('text', 'x'.repeat(1_000_000)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => textArg('text', 'deep\u0000seek'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => textArg('text', 'a\uD800b'))).toBe('BAD_USER_INPUT');
    expect(textArg('text', '')).toBe('');
  });

  it('ids: non-empty, at most 200 characters, at most 50 of them, duplicates dropped', () => {
    expect(idArg('id', 'deepseek')).toBe('deepseek');
    for (const bad of ['', 'x'.repeat(201), '\u0000']) expect(codeOf(() => idArg('id', bad))).toBe('BAD_USER_INPUT');
    expect(idsArg('ids', ['a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(codeOf(() => idsArg('ids', Array.from({ length: 51 }, (_, i) => `e${i}`)))).toBe('BAD_USER_INPUT');
  });
});

describe('cursors and relation ids', () => {
  it('a cursor round-trips; anything else is BAD_USER_INPUT', () => {
    expect(decodeCursor(encodeCursor('sam-altman'))).toBe('sam-altman');
    expect(decodeCursor(encodeCursor('ديب سيك'))).toBe('ديب سيك');
    for (const bad of ['', 'sam-altman', '!!!', 'ZTo', 'x'.repeat(1000)]) {
      expect(codeOf(() => decodeCursor(bad)), bad.slice(0, 10)).toBe(bad === 'ZTo' ? 'no error' : 'BAD_USER_INPUT');
    }
  });

  it('relation ids are stable strings and parse back', () => {
    const id = relationId('deepseek', 'DEVELOPED', 'r1', 'congluan-post332892');
    expect(id).toBe('deepseek>DEVELOPED>r1@congluan-post332892');
    expect(parseRelationId(id)).toEqual({ from: 'deepseek', type: 'DEVELOPED', to: 'r1', source: 'congluan-post332892' });
    expect(parseRelationId(relationId('a', 'HOSTS', 'b', null))).toEqual({ from: 'a', type: 'HOSTS', to: 'b', source: null });
    for (const bad of ['', 'deepseek', 'a>b>c', 'a>lower>b@s', '>DEVELOPED>r1@x', 'a>DEVELOPED>@x']) expect(parseRelationId(bad), bad).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, encodeState, type ViewState } from '../../client/src/state/deep-link.js';

const state = (overrides: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...overrides });

describe('client deep links', () => {
  it('leaves defaults out, so a plain visit stays at /', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips selection, filters, layout, language and an Arabic search', () => {
    const full = state({
      selection: { group: 'edges', id: 'yann-lecun>DOUBTS>deepseek@congluan-post332892' },
      hiddenKinds: ['PLACE', 'CONCEPT'],
      hiddenTypes: ['RIVALS'],
      layout: 'breadthfirst',
      lang: 'ar',
      search: 'ديب سيك',
    });
    const query = encodeState(full);
    expect(query).toContain('edge=yann-lecun%3EDOUBTS%3Edeepseek%40congluan-post332892');
    expect(query).toContain('hide=CONCEPT%2CPLACE');
    expect(decodeState(query)).toEqual({ ...full, hiddenKinds: ['CONCEPT', 'PLACE'] });
    expect(decodeState(encodeState(state({ selection: { group: 'nodes', id: 'deepseek' } }))).selection).toEqual({ group: 'nodes', id: 'deepseek' });
  });

  it('reads what a person would type by hand', () => {
    expect(decodeState('?node=sam-altman&lang=ar&layout=circle&q=%D8%B3%D8%A7%D9%85')).toEqual(state({
      selection: { group: 'nodes', id: 'sam-altman' }, lang: 'ar', layout: 'circle', search: 'سام',
    }));
  });

  it('never trusts the URL: unknown layouts, languages and names fall back or are dropped', () => {
    const decoded = decodeState('?layout=cose-bilkent&lang=fr&hide=PERSON,person,%22%7D)%20DETACH%20DELETE%20n,PERSON&hideTypes=DOUBTS,,x&q=%00%01');
    expect(decoded.layout).toBe('fcose');
    expect(decoded.lang).toBe('en');
    expect(decoded.hiddenKinds).toEqual(['PERSON']);
    expect(decoded.hiddenTypes).toEqual(['DOUBTS']);
    expect(decoded.search).toBe('');
    expect(decodeState(`?node=${'x'.repeat(500)}`).selection).toBeNull();
  });

  it('round-trips the reader (article, sentence, languages shown) and hidden sources', () => {
    const reading = state({
      reader: { article: 'congluan-post332892', quote: '18:0-148' },
      readerText: 'ar',
      hiddenSources: ['fixture-second-article', 'another'],
    });
    const query = encodeState(reading);
    expect(query).toBe('?hideSources=another%2Cfixture-second-article&article=congluan-post332892&quote=18%3A0-148&text=ar');
    expect(decodeState(query)).toEqual({ ...reading, hiddenSources: ['another', 'fixture-second-article'] });
    // An article without a sentence; the default text (both languages) stays out of the URL.
    expect(encodeState(state({ reader: { article: 'a', quote: null } }))).toBe('?article=a');
    expect(decodeState('?article=a').reader).toEqual({ article: 'a', quote: null });
  });

  it('never trusts the reader\'s part of the URL either: a malformed sentence, article or text is dropped', () => {
    expect(decodeState('?article=a&quote=18:0-148%27)%20DELETE').reader).toEqual({ article: 'a', quote: null });
    expect(decodeState('?article=a&quote=x:1-2').reader).toEqual({ article: 'a', quote: null });
    expect(decodeState('?quote=18:0-148').reader).toBeNull();
    expect(decodeState('?article=two%20words').reader).toBeNull();
    expect(decodeState(`?article=${'a'.repeat(201)}`).reader).toBeNull();
    expect(decodeState('?text=fr').readerText).toBe('both');
    expect(decodeState('?hideSources=a,,a,b%20c,%00x').hiddenSources).toEqual(['a']);
  });

  it('prefers a node over an edge when a link names both', () => {
    expect(decodeState('?node=a&edge=b').selection).toEqual({ group: 'nodes', id: 'a' });
  });
});

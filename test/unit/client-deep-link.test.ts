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

  it('prefers a node over an edge when a link names both', () => {
    expect(decodeState('?node=a&edge=b').selection).toEqual({ group: 'nodes', id: 'a' });
  });
});

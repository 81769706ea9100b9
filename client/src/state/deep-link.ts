/**
 * What the URL holds: selection (node or edge), filters (kinds, relation types, sources), layout,
 * language, search, and the article open in the reader with the sentence it shows. Encoding leaves
 * defaults out so a plain visit stays `/`; decoding never trusts the URL — unknown values fall back.
 *
 *   /?node=deepseek&hide=PLACE,CONCEPT&hideTypes=RIVALS&hideSources=fixture-second-article&layout=circle&lang=ar&q=ديب
 *   /?article=congluan-post332892&quote=18:0-148&text=ar
 */
import type { LayoutName } from '../graph/layouts.js';
import { isLanguage, type Language } from '../i18n/i18n.js';

/** Which of the article's languages the reader shows: the Arabic original, the English translation, or both. */
export type ReaderText = 'both' | 'ar' | 'en';
const READER_TEXTS: readonly ReaderText[] = ['both', 'ar', 'en'];

export interface ViewState {
  selection: { group: 'nodes' | 'edges'; id: string } | null;
  hiddenKinds: string[];
  hiddenTypes: string[];
  /** Articles whose edges are hidden. */
  hiddenSources: string[];
  /**
   * The article open in the reader and the sentence (a `Quote.id`) it shows. With no node or edge
   * selected, the sentence's relations are the selection.
   */
  reader: { article: string; quote: string | null } | null;
  readerText: ReaderText;
  layout: LayoutName;
  lang: Language;
  search: string;
}

export const DEFAULT_STATE: ViewState = {
  selection: null,
  hiddenKinds: [],
  hiddenTypes: [],
  hiddenSources: [],
  reader: null,
  readerText: 'both',
  layout: 'fcose',
  lang: 'en',
  search: '',
};

/**
 * The layouts a URL may name. state/ takes only types from the layers below it; `satisfies` keeps this
 * list in step with graph/layouts.ts at compile time (a layout missing or extra here fails typecheck).
 */
const LAYOUT_NAMES = { fcose: true, concentric: true, breadthfirst: true, circle: true, grid: true } as const satisfies Record<LayoutName, true>;

function isLayoutName(value: string | null): value is LayoutName {
  return value !== null && Object.hasOwn(LAYOUT_NAMES, value);
}

/** Enum-like names only: anything else in the URL is ignored rather than passed on. */
const NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
const MAX_ID = 200;
const MAX_SEARCH = 200;
/** A quote's place in its article: `<paragraph>:<start>-<end>`. */
const QUOTE = /^\d{1,6}:\d{1,7}-\d{1,7}$/;
/** Article ids are slugs: no spaces, no commas (the list separator). */
const ARTICLE_ID = /^[^\s,\p{Cc}]{1,200}$/u;
const MAX_SOURCES = 50;

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selection) params.set(state.selection.group === 'nodes' ? 'node' : 'edge', state.selection.id);
  if (state.hiddenKinds.length) params.set('hide', [...state.hiddenKinds].sort().join(','));
  if (state.hiddenTypes.length) params.set('hideTypes', [...state.hiddenTypes].sort().join(','));
  if (state.hiddenSources.length) params.set('hideSources', [...state.hiddenSources].sort().join(','));
  if (state.reader) {
    params.set('article', state.reader.article);
    if (state.reader.quote) params.set('quote', state.reader.quote);
  }
  if (state.readerText !== DEFAULT_STATE.readerText) params.set('text', state.readerText);
  if (state.layout !== DEFAULT_STATE.layout) params.set('layout', state.layout);
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.search.trim()) params.set('q', state.search.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function decodeState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const node = clean(params.get('node'), MAX_ID);
  const edge = clean(params.get('edge'), MAX_ID);
  const layout = params.get('layout');
  const article = clean(params.get('article'), MAX_ID);
  const quote = params.get('quote');
  const text = params.get('text');
  return {
    selection: node ? { group: 'nodes', id: node } : edge ? { group: 'edges', id: edge } : null,
    hiddenKinds: names(params.get('hide')),
    hiddenTypes: names(params.get('hideTypes')),
    hiddenSources: articleIds(params.get('hideSources')),
    reader: article && ARTICLE_ID.test(article) ? { article, quote: quote && QUOTE.test(quote) ? quote : null } : null,
    readerText: READER_TEXTS.find((t) => t === text) ?? DEFAULT_STATE.readerText,
    layout: isLayoutName(layout) ? layout : DEFAULT_STATE.layout,
    lang: languageIn(search) ?? DEFAULT_STATE.lang,
    search: clean(params.get('q'), MAX_SEARCH) ?? '',
  };
}

/** The language the URL asks for, if it names one the interface has. */
export function languageIn(search: string): Language | undefined {
  const lang = new URLSearchParams(search).get('lang');
  return isLanguage(lang) ? lang : undefined;
}

function clean(value: string | null, max: number): string | undefined {
  if (value === null) return undefined;
  // Control characters never belong in an id or a search; drop them instead of sending them on.
  const text = value.replace(/\p{Cc}/gu, '').trim();
  return text && text.length <= max ? text : undefined;
}

function names(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter((s) => NAME.test(s)))];
}

function articleIds(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter((s) => ARTICLE_ID.test(s)))].slice(0, MAX_SOURCES);
}

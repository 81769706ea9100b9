/**
 * What the URL holds: selection (node or edge), filters, layout, language and search. Encoding leaves
 * defaults out so a plain visit stays `/`; decoding never trusts the URL — unknown values fall back.
 *
 *   /?node=deepseek&hide=PLACE,CONCEPT&hideTypes=RIVALS&layout=circle&lang=ar&q=ديب
 */
import type { LayoutName } from '../graph/layouts.js';
import { isLanguage, type Language } from '../i18n/i18n.js';

export interface ViewState {
  selection: { group: 'nodes' | 'edges'; id: string } | null;
  hiddenKinds: string[];
  hiddenTypes: string[];
  layout: LayoutName;
  lang: Language;
  search: string;
}

export const DEFAULT_STATE: ViewState = {
  selection: null,
  hiddenKinds: [],
  hiddenTypes: [],
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

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selection) params.set(state.selection.group === 'nodes' ? 'node' : 'edge', state.selection.id);
  if (state.hiddenKinds.length) params.set('hide', [...state.hiddenKinds].sort().join(','));
  if (state.hiddenTypes.length) params.set('hideTypes', [...state.hiddenTypes].sort().join(','));
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
  return {
    selection: node ? { group: 'nodes', id: node } : edge ? { group: 'edges', id: edge } : null,
    hiddenKinds: names(params.get('hide')),
    hiddenTypes: names(params.get('hideTypes')),
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

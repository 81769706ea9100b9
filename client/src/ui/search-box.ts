/**
 * The search box: a native `<input type="search">` labelled "Search", with a listbox of suggestions as
 * you type (English or Arabic). Keyboard: arrows move, Enter chooses, Escape closes.
 */
import type { I18n } from '../i18n/i18n.js';
import { arabic, autoDir, h, replace } from './dom.js';
import { localize } from './localize.js';

export interface Suggestion {
  id: string;
  name: string;
  nameAr: string | null;
  kindLabel: string;
  kindColor: string;
  /** An alias that matched, when neither name did. */
  alias?: string | undefined;
}

export interface SearchBoxOptions {
  i18n: I18n;
  /** Returns suggestions, or undefined when the answer was superseded (a newer keystroke). */
  suggest(text: string): Promise<Suggestion[] | undefined>;
  choose(suggestion: Suggestion): void;
  /** The text changed (for the deep link). */
  onText?(text: string): void;
  onError?(error: unknown): void;
  /** @default 120 */
  debounceMs?: number;
}

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  focus(): void;
  setText(text: string): void;
  close(): boolean;
}

let counter = 0;

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const id = `search-${++counter}`;
  const input = h('input', {
    className: 'search-input',
    attrs: {
      id, type: 'search', autocomplete: 'off', spellcheck: 'false', dir: 'auto',
      'aria-autocomplete': 'list', 'aria-controls': `${id}-list`,
      'aria-describedby': `${id}-hint`,
    },
  });
  const list = h('ul', { className: 'suggestions', attrs: { id: `${id}-list`, role: 'listbox', hidden: true } });
  const hint = h('span', { className: 'visually-hidden', attrs: { id: `${id}-hint` } });
  const label = h('label', { className: 'visually-hidden', attrs: { for: id } });
  const element = h('div', { className: 'search', attrs: { role: 'search' } }, label, input, hint, list);
  localize(options.i18n, (m) => {
    input.placeholder = m.search.placeholder;
    list.setAttribute('aria-label', m.search.suggestions);
    hint.textContent = m.search.hint;
    label.textContent = m.search.label;
  });

  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastQuery = '';

  const render = () => {
    replace(list, ...items.map((s, i) => {
      const option = h('li', {
        className: 'suggestion',
        attrs: { role: 'option', id: `${id}-opt-${i}`, 'aria-selected': String(i === active) },
        on: {
          // mousedown, not click: the input keeps focus and the list does not close before the choice.
          mousedown: (event) => { event.preventDefault(); choose(i); },
          mousemove: () => { if (active !== i) { active = i; render(); } },
        },
      },
      h('span', { className: 'kind-dot', attrs: { 'aria-hidden': 'true' } }),
      h('span', { className: 'suggestion-names' },
        autoDir('span', s.name, 'suggestion-name'),
        s.nameAr ? arabic('span', s.nameAr, 'suggestion-ar') : null,
        s.alias ? h('span', { className: 'suggestion-alias' }, `${options.i18n.m.search.alias} `, autoDir('span', s.alias)) : null),
      h('span', { className: 'suggestion-kind' }, s.kindLabel));
      option.style.setProperty('--kind-color', s.kindColor);
      return option;
    }));
    if (items.length === 0 && lastQuery) {
      replace(list, h('li', { className: 'suggestion-empty', attrs: { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' } }, options.i18n.m.search.noMatches));
    }
    list.hidden = items.length === 0 && !lastQuery;
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const close = (): boolean => {
    const wasOpen = !list.hidden;
    items = [];
    active = -1;
    lastQuery = '';
    render();
    return wasOpen;
  };

  const choose = (index: number) => {
    const s = items[index];
    if (!s) return;
    close();
    input.value = s.name;
    options.onText?.(input.value);
    options.choose(s);
  };

  const query = async (text: string) => {
    try {
      const found = await options.suggest(text);
      if (found === undefined || input.value.trim() !== text) return;
      items = found;
      active = found.length ? 0 : -1;
      lastQuery = text;
      render();
    } catch (error) {
      options.onError?.(error);
    }
  };

  input.addEventListener('input', () => {
    const text = input.value.trim();
    options.onText?.(input.value);
    if (timer) clearTimeout(timer);
    if (!text) {
      close();
      return;
    }
    timer = setTimeout(() => void query(text), options.debounceMs ?? 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + items.length) % items.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (items.length) choose(Math.max(active, 0));
      else if (input.value.trim()) void query(input.value.trim());
    } else if (event.key === 'Escape') {
      if (close()) event.stopPropagation();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('focus', () => { if (input.value.trim() && !items.length) void query(input.value.trim()); });

  return {
    element,
    input,
    focus: () => { input.focus(); input.select(); },
    setText(text) {
      input.value = text;
    },
    close,
  };
}

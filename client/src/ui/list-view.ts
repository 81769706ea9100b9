/**
 * The accessible list view: every visible node and edge as a button in a list labelled "Elements".
 * Arrow keys move between items (one tab stop for the whole list), Enter or click selects on the canvas.
 * Big graphs render in chunks: the next chunk arrives when the reader scrolls or arrows past the end,
 * so 15,000 elements never mean 15,000 buttons at once.
 */
import type { I18n } from '../i18n/i18n.js';
import { autoDir, button, h } from './dom.js';
import { localize } from './localize.js';

export interface ListItem {
  id: string;
  group: 'nodes' | 'edges';
  /** Node: its name; edge: its source's name ("A" of "A endorses B"). Data, shown as written. */
  text: string;
  /** Edges: the relation's words and the target's name ("endorses", "B"). */
  relation?: { label: string; target: string } | undefined;
  /** Kind or claim, read after the text. */
  detail: string;
  color: string;
  mark: string;
}

export interface ListView {
  element: HTMLElement;
  render(items: ListItem[], selectedId: string | null): void;
  markSelected(id: string | null): void;
}

/** @default 300 */
export function createListView(options: { i18n: I18n; onSelect(item: ListItem): void; chunk?: number }): ListView {
  const { i18n } = options;
  const chunk = options.chunk ?? 300;
  const list = h('ul', { className: 'element-list' });
  const count = h('span', { className: 'panel-count' });
  const more = button('', () => grow(chunk), { className: 'btn btn-small btn-quiet list-more', attrs: { hidden: true } });
  const title = h('h2', { attrs: { id: 'list-title' } });
  const element = h('section', { className: 'panel list-panel', attrs: { 'aria-labelledby': 'list-title' } },
    h('div', { className: 'panel-head' }, title, count),
    list, more);
  localize(i18n, (m) => {
    list.setAttribute('aria-label', m.list.title);
    title.textContent = m.list.title;
  });

  let items: ListItem[] = [];
  let buttons: HTMLButtonElement[] = [];
  let indexById = new Map<string, number>();
  let focusIndex = 0;
  let current: string | null = null;

  const itemButton = (item: ListItem, index: number) => {
    const b = h('button', {
      className: `element-item ${item.group}`,
      attrs: { type: 'button', tabindex: index === focusIndex ? '0' : '-1', 'aria-current': item.id === current ? 'true' : undefined },
      on: {
        click: () => { setTabStop(index); options.onSelect(item); },
        focus: () => { if (focusIndex !== index) setTabStop(index); },
      },
    },
    h('span', { className: `legend-mark ${item.group === 'nodes' ? 'shape' : 'line'}-${item.mark}`, attrs: { 'aria-hidden': 'true' } }),
    item.relation
      ? h('span', { className: 'element-text' }, autoDir('span', item.text), ` ${item.relation.label} `, autoDir('span', item.relation.target))
      : autoDir('span', item.text, 'element-text'),
    item.detail ? autoDir('span', item.detail, 'element-detail') : null);
    b.style.setProperty('--mark-color', item.color);
    return b;
  };

  /** Renders `n` more items (at least up to index `upTo`). */
  function grow(n: number, upTo = -1) {
    const target = Math.min(items.length, Math.max(buttons.length + n, upTo + 1));
    const fragment = document.createDocumentFragment();
    for (let i = buttons.length; i < target; i++) {
      const item = items[i];
      if (!item) break;
      const b = itemButton(item, i);
      buttons.push(b);
      fragment.append(h('li', {}, b));
    }
    list.append(fragment);
    const left = items.length - buttons.length;
    more.hidden = left === 0;
    more.textContent = i18n.m.list.more(Math.min(chunk, left), left);
  }

  const setTabStop = (index: number) => {
    buttons[focusIndex]?.setAttribute('tabindex', '-1');
    focusIndex = Math.max(0, Math.min(index, items.length - 1));
    if (focusIndex >= buttons.length) grow(chunk, focusIndex);
    buttons[focusIndex]?.setAttribute('tabindex', '0');
  };

  list.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number | undefined;
    if (event.key in moves) next = focusIndex + (moves[event.key] ?? 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    setTabStop(next);
    buttons[focusIndex]?.focus();
  });
  list.addEventListener('scroll', () => {
    if (list.scrollTop + list.clientHeight > list.scrollHeight - 200 && buttons.length < items.length) grow(chunk);
  });

  const view: ListView = {
    element,
    render(next, selectedId) {
      items = next;
      current = selectedId;
      indexById = new Map(items.map((item, i) => [item.id, i]));
      const nodes = items.filter((i) => i.group === 'nodes').length;
      count.textContent = i18n.m.list.count(nodes, items.length - nodes);
      const keep = Math.max(buttons.length, chunk);
      buttons = [];
      focusIndex = Math.min(focusIndex, Math.max(0, items.length - 1));
      list.replaceChildren();
      grow(keep, Math.max(focusIndex, indexById.get(selectedId ?? '') ?? -1));
    },
    markSelected(id) {
      current = id;
      for (const b of list.querySelectorAll('[aria-current]')) b.removeAttribute('aria-current');
      const index = id ? indexById.get(id) : undefined;
      if (index === undefined) return;
      setTabStop(index);
      const b = buttons[index];
      if (!b) return;
      b.setAttribute('aria-current', 'true');
      // Scroll the list only (scrollIntoView would scroll the whole sidebar too).
      const top = b.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top + b.offsetHeight > list.scrollTop + list.clientHeight) {
        list.scrollTop = Math.max(0, top - list.clientHeight / 2);
      }
    },
  };
  return view;
}

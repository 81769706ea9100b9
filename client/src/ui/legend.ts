/**
 * The legend: every kind and relation type with its look and how many are drawn. Each entry is a toggle
 * button (aria-pressed) that shows or hides that kind or type: the legend is the filter.
 */
import type { I18n } from '../i18n/i18n.js';
import { button, h, replace } from './dom.js';
import { localize } from './localize.js';

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  /** Kinds: the node shape; types: the line style. */
  mark: string;
  count: number;
  /** Total in the database, when known. */
  total?: number | undefined;
  description?: string | undefined;
}

export interface LegendOptions {
  i18n: I18n;
  onToggle(group: 'kinds' | 'types', key: string): void;
  onShowAll(): void;
}

export interface Legend {
  element: HTMLElement;
  render(data: { kinds: LegendEntry[]; types: LegendEntry[]; hiddenKinds: ReadonlySet<string>; hiddenTypes: ReadonlySet<string> }): void;
}

export function createLegend(options: LegendOptions): Legend {
  const { i18n } = options;
  const kinds = h('ul', { className: 'legend-list' });
  const types = h('ul', { className: 'legend-list' });
  const showAll = button('', options.onShowAll, { className: 'btn btn-small btn-quiet', attrs: { hidden: true } });
  const title = h('h2', { attrs: { id: 'legend-title' } });
  const hint = h('p', { className: 'hint' });
  const kindsTitle = h('h3', {});
  const typesTitle = h('h3', {});
  const element = h('section', { className: 'panel legend', attrs: { 'aria-labelledby': 'legend-title' } },
    h('div', { className: 'panel-head' }, title, showAll),
    hint, kindsTitle, kinds, typesTitle, types);
  localize(i18n, (m) => {
    kinds.setAttribute('aria-label', m.legend.kinds);
    types.setAttribute('aria-label', m.legend.types);
    showAll.textContent = m.legend.showAll;
    title.textContent = m.legend.title;
    hint.textContent = m.legend.hint;
    kindsTitle.textContent = m.legend.kinds;
    typesTitle.textContent = m.legend.relations;
  });

  // Counts stay short enough for the narrow legend: 12, 999, 1.2K.
  const compact = (n: number) => i18n.m.format.compact(n);
  const countLabel = (e: LegendEntry) => (e.total !== undefined && e.total !== e.count ? i18n.m.legend.drawnOf(e.count, e.total) : i18n.m.legend.drawn(e.count));
  const entry = (group: 'kinds' | 'types', e: LegendEntry, hidden: boolean) => {
    const mark = h('span', { className: `legend-mark ${group === 'kinds' ? 'shape' : 'line'}-${e.mark}`, attrs: { 'aria-hidden': 'true' } });
    const toggle = h('button', {
      className: 'legend-item',
      attrs: {
        type: 'button',
        'aria-pressed': String(!hidden),
        title: (e.description ? `${e.description}\n` : '') + (hidden ? i18n.m.legend.hidden : i18n.m.legend.shown),
      },
      on: { click: () => options.onToggle(group, e.key) },
    },
    mark,
    h('span', { className: 'legend-label' }, e.label),
    h('span', { className: 'legend-count', attrs: { title: countLabel(e) } }, e.total !== undefined && e.total !== e.count ? `${compact(e.count)}/${compact(e.total)}` : compact(e.count)));
    toggle.style.setProperty('--mark-color', e.color);
    return h('li', {}, toggle);
  };

  return {
    element,
    render(data) {
      replace(kinds, ...data.kinds.map((e) => entry('kinds', e, data.hiddenKinds.has(e.key))));
      replace(types, ...data.types.map((e) => entry('types', e, data.hiddenTypes.has(e.key))));
      showAll.hidden = data.hiddenKinds.size + data.hiddenTypes.size === 0;
    },
  };
}


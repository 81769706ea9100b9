/**
 * The legend: every kind and relation type with its look and how many are drawn. Each entry is a toggle
 * button (aria-pressed) that shows or hides that kind or type: the legend is the filter.
 */
import { button, h, replace } from './dom.js';

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
  onToggle(group: 'kinds' | 'types', key: string): void;
  onShowAll(): void;
}

export interface Legend {
  element: HTMLElement;
  render(data: { kinds: LegendEntry[]; types: LegendEntry[]; hiddenKinds: ReadonlySet<string>; hiddenTypes: ReadonlySet<string> }): void;
}

export function createLegend(options: LegendOptions): Legend {
  const kinds = h('ul', { className: 'legend-list', attrs: { 'aria-label': 'Kinds' } });
  const types = h('ul', { className: 'legend-list', attrs: { 'aria-label': 'Relation types' } });
  const showAll = button('Show all', options.onShowAll, { className: 'btn btn-small btn-quiet', attrs: { hidden: true } });
  const element = h('section', { className: 'panel legend', attrs: { 'aria-labelledby': 'legend-title' } },
    h('div', { className: 'panel-head' }, h('h2', { attrs: { id: 'legend-title' } }, 'Legend'), showAll),
    h('p', { className: 'hint' }, 'Click an entry to hide or show it.'),
    h('h3', {}, 'Kinds'), kinds,
    h('h3', {}, 'Relations'), types);

  const entry = (group: 'kinds' | 'types', e: LegendEntry, hidden: boolean) => {
    const mark = h('span', { className: `legend-mark ${group === 'kinds' ? 'shape' : 'line'}-${e.mark}`, attrs: { 'aria-hidden': 'true' } });
    const toggle = h('button', {
      className: 'legend-item',
      attrs: {
        type: 'button',
        'aria-pressed': String(!hidden),
        title: (e.description ? `${e.description}\n` : '') + (hidden ? 'Hidden: click to show' : 'Shown: click to hide'),
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

/** 12, 999, 1.2k, 15k: counts stay short enough for the narrow legend. */
export function compact(n: number): string {
  if (n < 1000) return String(n);
  return n < 10_000 ? `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k` : `${Math.round(n / 1000)}k`;
}

function countLabel(e: LegendEntry): string {
  return e.total !== undefined && e.total !== e.count ? `${e.count} drawn of ${e.total}` : `${e.count} drawn`;
}

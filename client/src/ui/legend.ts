/**
 * The legend: every kind and relation type with its look and how many are drawn, and every source
 * article with how many of its relations are drawn. Each entry is a toggle button (aria-pressed) that
 * shows or hides that kind, type or article's edges: the legend is the filter. A source also opens in
 * the reader (its Read button).
 */
import type { I18n } from '../i18n/i18n.js';
import { autoDir, button, h, replace } from './dom.js';
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

/** A source article: what it is (data, shown as written) and how many of its relations are drawn. */
export interface SourceEntry {
  key: string;
  title: string;
  outlet: string | null;
  date: string | null;
  count: number;
  total?: number | undefined;
}

export type LegendGroup = 'kinds' | 'types' | 'sources';

export interface LegendOptions {
  i18n: I18n;
  onToggle(group: LegendGroup, key: string): void;
  onShowAll(): void;
  /** Opens a source in the reader. */
  onRead(key: string): void;
}

export interface LegendData {
  kinds: LegendEntry[];
  types: LegendEntry[];
  sources: SourceEntry[];
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  hiddenSources: ReadonlySet<string>;
}

export interface Legend {
  element: HTMLElement;
  render(data: LegendData): void;
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
  const sources = h('ul', { className: 'legend-list legend-sources' });
  const sourcesTitle = h('h3', {});
  const element = h('section', { className: 'panel legend', attrs: { 'aria-labelledby': 'legend-title' } },
    h('div', { className: 'panel-head' }, title, showAll),
    hint, kindsTitle, kinds, typesTitle, types, sourcesTitle, sources);
  localize(i18n, (m) => {
    kinds.setAttribute('aria-label', m.legend.kinds);
    types.setAttribute('aria-label', m.legend.types);
    showAll.textContent = m.legend.showAll;
    title.textContent = m.legend.title;
    hint.textContent = m.legend.hint;
    kindsTitle.textContent = m.legend.kinds;
    typesTitle.textContent = m.legend.relations;
    sources.setAttribute('aria-label', m.legend.sources);
    sourcesTitle.textContent = m.legend.sources;
  });

  // Counts stay short enough for the narrow legend: 12, 999, 1.2K.
  const compact = (n: number) => i18n.m.format.compact(n);
  const countLabel = (e: Pick<LegendEntry, 'count' | 'total'>) => (e.total !== undefined && e.total !== e.count ? i18n.m.legend.drawnOf(e.count, e.total) : i18n.m.legend.drawn(e.count));
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
    counter(e));
    toggle.style.setProperty('--mark-color', e.color);
    return h('li', {}, toggle);
  };
  const counter = (e: Pick<LegendEntry, 'count' | 'total'>) =>
    h('span', { className: 'legend-count', attrs: { title: countLabel(e) } }, e.total !== undefined && e.total !== e.count ? `${compact(e.count)}/${compact(e.total)}` : compact(e.count));

  /** A source: its outlet and date over its title, the count, and a button that opens it in the reader. */
  const source = (e: SourceEntry, hidden: boolean) => {
    const line = [e.outlet, e.date].filter((x): x is string => Boolean(x));
    const toggle = h('button', {
      className: 'legend-item source-item',
      attrs: { type: 'button', 'aria-pressed': String(!hidden), title: hidden ? i18n.m.legend.hidden : i18n.m.legend.shown },
      on: { click: () => options.onToggle('sources', e.key) },
    },
    h('span', { className: 'legend-mark source-mark', attrs: { 'aria-hidden': 'true' } }),
    h('span', { className: 'source-label' },
      line.length ? h('span', { className: 'source-line' }, ...line.flatMap((x, i) => [i ? ' · ' : '', autoDir('span', x)])) : null,
      autoDir('span', e.title, 'source-title')),
    counter(e));
    const read = h('button', {
      className: 'btn btn-small btn-quiet source-read',
      attrs: { type: 'button', 'aria-label': i18n.m.legend.readTitle(e.title), title: i18n.m.legend.readTitle(e.title) },
      on: { click: () => options.onRead(e.key) },
    }, i18n.m.legend.read);
    return h('li', { className: 'source-row' }, toggle, read);
  };

  return {
    element,
    render(data) {
      replace(kinds, ...data.kinds.map((e) => entry('kinds', e, data.hiddenKinds.has(e.key))));
      replace(types, ...data.types.map((e) => entry('types', e, data.hiddenTypes.has(e.key))));
      replace(sources, ...data.sources.map((e) => source(e, data.hiddenSources.has(e.key))));
      sourcesTitle.hidden = sources.hidden = data.sources.length === 0;
      showAll.hidden = data.hiddenKinds.size + data.hiddenTypes.size + data.hiddenSources.size === 0;
    },
  };
}


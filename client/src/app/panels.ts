/**
 * The panels that mirror the canvas: the legend (counts and filter toggles, sources included), the
 * Elements list and the undo/redo buttons, re-rendered once per interaction rather than once per change;
 * and the search suggestions built from the API's hits.
 */
import type { SearchHit, Source, Stats } from '../api/types.js';
import type { EdgeData, NodeData } from '../graph/elements.js';
import type { Filters, GraphView } from '../graph/view.js';
import { kindLook, kindLooks, OTHER_KIND, typeLook, typeLooks } from '../graph/vocabulary.js';
import { kindName, relationName, type I18n } from '../i18n/i18n.js';
import { createLegend, type LegendEntry, type SourceEntry } from '../ui/legend.js';
import { createListView, type ListItem } from '../ui/list-view.js';
import type { Suggestion } from '../ui/search-box.js';
import type { Toolbar } from '../ui/toolbar.js';
import type { ExplorerContext } from './context.js';

export interface SidePanels {
  /** Renders once after the current interaction: many small changes, one pass over the panels. */
  refresh(): void;
  /** Renders now. */
  render(): void;
  /** Database totals for the legend ("3 of 12"). */
  setStats(stats: Stats): void;
  /** The articles for the legend's Sources, with their totals. */
  setSources(sources: Source[]): void;
  markSelected(id: string | null): void;
  /** Applies the state's hidden kinds, types and sources to the canvas, the URL and the panels. */
  applyFilters(): void;
}

export interface SidePanelHooks {
  /** Every place that shows undo and redo (the toolbar, the canvas's controls). */
  history: Pick<Toolbar, 'setHistory'>[];
  select(id: string, options: { center?: boolean }): void;
  /** A source's Read button: the article opens in the reader. */
  read(articleId: string): void;
}

export function createSidePanels(ctx: ExplorerContext, hooks: SidePanelHooks): SidePanels {
  const { state, i18n } = ctx;
  let stats: Stats | undefined;
  let sources: Source[] = [];

  const legend = createLegend({
    i18n,
    onToggle(group, key) {
      const list = group === 'kinds' ? state.hiddenKinds : group === 'types' ? state.hiddenTypes : state.hiddenSources;
      const at = list.indexOf(key);
      if (at >= 0) list.splice(at, 1);
      else list.push(key);
      applyFilters();
    },
    onShowAll() {
      state.hiddenKinds = [];
      state.hiddenTypes = [];
      state.hiddenSources = [];
      applyFilters();
    },
    onRead: (id) => hooks.read(id),
  });
  const list = createListView({ i18n, onSelect: (item) => hooks.select(item.id, { center: true }) });
  ctx.shell.left.append(legend.element, list.element);
  ctx.shell.panels.add({ id: 'legend', name: (m) => m.panels.legend, element: legend.element, sheet: ctx.shell.left });
  ctx.shell.panels.add({ id: 'elements', name: (m) => m.panels.elements, element: list.element, sheet: ctx.shell.left });
  i18n.onChange(() => refresh());

  function render() {
    const view = ctx.view();
    if (!view) return;
    const counts = view.counts();
    ctx.feedback.status.setCounts(counts);
    const totalsByKind = new Map(stats?.byKind.map((k) => [k.kind, k.count]));
    const totalsByType = new Map(stats?.byType.map((t) => [t.type, t.count]));
    // Entities with no kind (OTHER) only when there are some: stats always counts them, mostly zero.
    const known = [...kindLooks().map((k) => k.kind), ...((totalsByKind.get(OTHER_KIND.kind) ?? 0) > 0 ? [OTHER_KIND.kind] : [])];
    const kindKeys = unique([...known.filter((k) => counts.byKind.has(k) || totalsByKind.has(k)), ...counts.byKind.keys()]);
    const typeKeys = unique([...typeLooks().map((t) => t.type).filter((t) => counts.byType.has(t) || totalsByType.has(t)), ...counts.byType.keys()]);
    legend.render({
      kinds: kindKeys.map((k): LegendEntry => {
        const look = kindLook(k);
        return { key: k, label: kindName(i18n.m, k, 'many'), color: look.color, mark: look.shape, count: counts.byKind.get(k) ?? 0, total: totalsByKind.get(k) };
      }),
      types: typeKeys.map((t): LegendEntry => {
        const look = typeLook(t);
        return { key: t, label: relationName(i18n.m, t).label, color: look.color, mark: look.lineStyle, count: counts.byType.get(t) ?? 0, total: totalsByType.get(t) };
      }),
      sources: sourceEntries(view, sources, i18n),
      hiddenKinds: new Set(state.hiddenKinds),
      hiddenTypes: new Set(state.hiddenTypes),
      hiddenSources: new Set(state.hiddenSources),
    });
    list.render(listItems(view, i18n), state.selection?.id ?? null);
    for (const target of hooks.history) target.setHistory(ctx.history.peekUndo()?.label, ctx.history.peekRedo()?.label);
  }

  let queued = false;
  function refresh() {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      render();
    }, 0);
  }

  function applyFilters() {
    ctx.view()?.setFilters(filtersOf(state));
    ctx.syncUrl();
    refresh();
  }

  return {
    refresh,
    render,
    setStats(next) {
      stats = next;
      refresh();
    },
    setSources(next) {
      sources = next;
      refresh();
    },
    markSelected: (id) => list.markSelected(id),
    applyFilters,
  };
}

/** The canvas's filters as the view state holds them. */
export function filtersOf(state: Pick<ExplorerContext['state'], 'hiddenKinds' | 'hiddenTypes' | 'hiddenSources'>): Filters {
  return { hiddenKinds: new Set(state.hiddenKinds), hiddenTypes: new Set(state.hiddenTypes), hiddenSources: new Set(state.hiddenSources) };
}

/**
 * The legend's Sources: every article the API lists (newest first, as it sends them), then any article
 * edges on the canvas cite that it did not list, each with how many of its edges are drawn.
 */
export function sourceEntries(view: Pick<GraphView, 'edges'>, sources: readonly Source[], i18n: Pick<I18n, 'lang'>): SourceEntry[] {
  const drawn = new Map<string, number>();
  const cited = new Map<string, EdgeData>();
  for (const edge of view.edges()) {
    if (edge.articleId === null) continue;
    drawn.set(edge.articleId, (drawn.get(edge.articleId) ?? 0) + 1);
    if (!cited.has(edge.articleId)) cited.set(edge.articleId, edge);
  }
  const listed = sources.map((s): SourceEntry => ({
    key: s.id,
    title: (i18n.lang === 'ar' ? s.titleAr : null) ?? s.title ?? s.id,
    outlet: s.outlet,
    date: s.date ?? null,
    count: drawn.get(s.id) ?? 0,
    total: s.relationCount,
  }));
  const known = new Set(sources.map((s) => s.id));
  const unlisted = [...cited.values()].filter((e) => e.articleId !== null && !known.has(e.articleId)).map((e): SourceEntry => ({
    key: e.articleId ?? '',
    title: e.articleTitle ?? e.articleId ?? '',
    outlet: e.articleOutlet,
    date: null,
    count: drawn.get(e.articleId ?? '') ?? 0,
  }));
  return [...listed, ...unlisted];
}

/** Every visible node (by name) then every visible edge ("A endorses B"), for the Elements list. */
export function listItems(view: GraphView, i18n: Pick<I18n, 'lang' | 'm'>): ListItem[] {
  const { lang, m } = i18n;
  const label = (n: NodeData | undefined, id: string) => (n ? (lang === 'ar' ? n.labelAr : n.labelEn) : id);
  const collator = new Intl.Collator(lang);
  const nodes = view.nodes({ visibleOnly: true }).sort((a, b) => collator.compare(label(a, a.id), label(b, b.id)));
  const edges = view.edges({ visibleOnly: true });
  return [
    ...nodes.map((n): ListItem => {
      const look = kindLook(n.kind);
      return { id: n.id, group: 'nodes', text: label(n, n.id), detail: kindName(m, n.kind), color: look.color, mark: look.shape };
    }),
    ...edges.map((e): ListItem => {
      const look = typeLook(e.type);
      return {
        id: e.id, group: 'edges',
        text: label(view.node(e.source), e.source),
        relation: { label: relationName(m, e.type).label, target: label(view.node(e.target), e.target) },
        detail: (lang === 'ar' ? e.claimAr ?? e.claim : e.claim) ?? (e.quoteAr || e.quoteEn || e.articleId ? '' : m.evidence.none),
        color: look.color, mark: look.lineStyle,
      };
    }),
  ];
}

/** Search hits as suggestions; an alias is shown when it, not a name, is what matched. */
export function suggestionsFor(hits: SearchHit[], text: string, m: I18n['m']): Suggestion[] {
  const lower = text.toLowerCase();
  return hits.map(({ entity }): Suggestion => {
    const look = kindLook(entity.kind);
    const nameMatches = entity.name.toLowerCase().includes(lower) || (entity.nameAr ?? '').includes(text);
    return {
      id: entity.id,
      name: entity.name,
      nameAr: entity.nameAr,
      kindLabel: kindName(m, entity.kind),
      kindColor: look.color,
      alias: nameMatches ? undefined : entity.aliases.find((a) => a.toLowerCase().includes(lower)),
    };
  });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * The explorer: wires the API (api/), the canvas (graph/) and the panels (ui/). It owns the view state
 * that the URL mirrors and turns every canvas change into an undoable command.
 */
import type { Api } from '../api/api.js';
import { CONSOLE_EXAMPLES } from '../api/documents.js';
import { completeEntity, extractGraph } from '../api/extract.js';
import { ApiError } from '../api/fetcher.js';
import { STALE } from '../api/latest.js';
import type { Entity, EntitySummary, NamedRelation, Stats, Subgraph } from '../api/types.js';
import { toElements, type EdgeData, type NodeData } from '../graph/elements.js';
import { LAYOUT_LABELS, LAYOUTS, isLayoutName } from '../graph/layouts.js';
import type { Language } from '../graph/style.js';
import { createGraphView, type GraphView, type Selection, type Snapshot } from '../graph/view.js';
import { KIND_LOOKS, TYPE_LOOKS, kindLook, typeLook } from '../graph/vocabulary.js';
import { decodeState, encodeState, type ViewState } from '../state/deep-link.js';
import { createHistory, type Command } from '../state/history.js';
import { createBanner } from '../ui/banner.js';
import { createConsolePanel, type ConsoleResult } from '../ui/console-panel.js';
import { createInspector, type NodeModel } from '../ui/inspector.js';
import { createLegend, type LegendEntry } from '../ui/legend.js';
import { createListView, type ListItem } from '../ui/list-view.js';
import { createSearchBox, type Suggestion } from '../ui/search-box.js';
import { createShell, setOverlay, showToast } from '../ui/shell.js';
import { installShortcuts } from '../ui/shortcuts.js';
import { createStatusBar } from '../ui/status.js';
import { createToolbar } from '../ui/toolbar.js';
import { download, timestampedName } from './download.js';
import { EXPAND_CAP, collapseSet, planExpansion, type ExpansionRecord } from './expansion.js';

export interface ExplorerOptions {
  root: HTMLElement;
  api: Api;
  /** @default window.location */
  location?: Pick<Location, 'search' | 'pathname'>;
  /** Where the URL is kept in sync. @default window.history */
  urlHistory?: Pick<History, 'replaceState'>;
  /** Above this many elements the canvas simplifies while panning. @default 2000 */
  largeThreshold?: number;
}

/** Read-only view of the page for tests and for debugging from the console. */
export interface ExplorerProbe {
  ready: boolean;
  nodeIds(): string[];
  edgeIds(): string[];
  selected(): Selection | null;
  highlighted(): string[];
  /** Page coordinates of a node or an edge's midpoint, to click it like a person would. */
  position(id: string): { x: number; y: number } | null;
  state(): ViewState;
}

export function createExplorer(options: ExplorerOptions): ExplorerProbe {
  const { api } = options;
  const location = options.location ?? window.location;
  const urlHistory = options.urlHistory ?? window.history;
  const state: ViewState = decodeState(location.search);
  const shell = createShell(options.root);
  const history = createHistory();
  const expansions = new Map<string, ExpansionRecord>();
  let view: GraphView | undefined;
  let stats: Stats | undefined;
  let pathFrom: { id: string; name: string } | undefined;
  let highlighted: string[] = [];
  let detailsToken = 0;
  let ready = false;
  let busy = 0;

  // ---- panels ------------------------------------------------------------------------------------
  const banner = createBanner();
  shell.banner.append(banner.element);
  const status = createStatusBar();
  shell.status.append(status.element);

  const report = (error: unknown, retry?: () => void) => {
    console.error(error);
    const e = error instanceof ApiError ? error : undefined;
    const title = e?.kind === 'network' ? 'API unreachable.' : e?.kind === 'unavailable' ? 'Database unavailable.' : e ? 'Query failed.' : 'Something went wrong.';
    banner.show(error instanceof Error ? error.message : String(error), { title, ...(retry ? { retry } : {}) });
  };

  /** Runs an API call with the busy indicator and the banner on failure. */
  const call = async <T>(label: string, run: () => Promise<T>, retry?: () => void): Promise<T | undefined> => {
    busy++;
    status.setBusy(label);
    try {
      return await run();
    } catch (error) {
      report(error, retry);
      return undefined;
    } finally {
      busy--;
      if (busy === 0) status.setBusy(null);
    }
  };

  const search = createSearchBox({
    async suggest(text) {
      const hits = await api.search(text, 8);
      if (hits === STALE) return undefined;
      const lower = text.toLowerCase();
      return hits.map(({ entity }): Suggestion => {
        const look = kindLook(entity.kind);
        const nameMatches = entity.name.toLowerCase().includes(lower) || (entity.nameAr ?? '').includes(text);
        return {
          id: entity.id,
          name: entity.name,
          nameAr: entity.nameAr,
          kindLabel: look.label,
          kindColor: look.color,
          alias: nameMatches ? undefined : entity.aliases.find((a) => a.toLowerCase().includes(lower)),
        };
      });
    },
    choose: (s) => void focusEntity(s.id),
    onText(text) {
      state.search = text;
      syncUrl();
    },
    onError: (error) => report(error),
  });
  shell.search.append(search.element);
  if (state.search) search.setText(state.search);

  const toolbar = createToolbar({
    layouts: LAYOUTS.map((value) => ({ value, label: LAYOUT_LABELS[value] })),
    onLayout(value) {
      if (!isLayoutName(value)) return;
      state.layout = value;
      syncUrl();
      void view?.runLayout(value);
    },
    onFit: () => view?.fit(),
    onUndo: () => undo(),
    onRedo: () => redo(),
    onLanguage: (lang) => setLanguage(lang),
    onExport: (format) => void exportAs(format),
    onClear: () => clearCanvas(),
    onReload: () => void loadGraph(),
  });
  shell.toolbar.append(toolbar.element);
  toolbar.setLayout(state.layout);
  toolbar.setLanguage(state.lang);

  const legend = createLegend({
    onToggle(group, key) {
      const list = group === 'kinds' ? state.hiddenKinds : state.hiddenTypes;
      const at = list.indexOf(key);
      if (at >= 0) list.splice(at, 1);
      else list.push(key);
      applyFilters();
    },
    onShowAll() {
      state.hiddenKinds = [];
      state.hiddenTypes = [];
      applyFilters();
    },
  });
  const list = createListView({ onSelect: (item) => select(item.id, { center: true }) });
  shell.left.append(legend.element, list.element);

  const inspector = createInspector({
    selectEntity: (id) => void focusEntity(id),
    selectRelation: (r) => void focusRelation(r),
    expand: (id) => void expand(id),
    showMore: (id) => showMore(id),
    collapse: (id) => collapse(id),
    hide: (id) => hide([id]),
    stance: (id) => void showStance(id),
    startPath(id) {
      const node = view?.node(id);
      pathFrom = { id, name: node?.name ?? id };
      void showNode(id);
    },
    pathTo: (from, to) => void showPath(from, to),
    cancelPath() {
      pathFrom = undefined;
      const sel = view?.selected();
      if (sel?.group === 'nodes') void showNode(sel.id);
    },
  });
  const consolePanel = createConsolePanel({ examples: CONSOLE_EXAMPLES, run: runConsole, graphiqlUrl: '/graphql' });
  shell.right.append(inspector.element, consolePanel.element);
  inspector.welcome();

  // ---- URL, refresh --------------------------------------------------------------------------------
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  function syncUrl() {
    if (urlTimer) clearTimeout(urlTimer);
    urlTimer = setTimeout(() => urlHistory.replaceState(null, '', `${location.pathname}${encodeState(state)}`), 60);
  }

  let refreshQueued = false;
  function refresh() {
    if (refreshQueued) return;
    refreshQueued = true;
    // Coalesces the many small changes of one interaction into one pass over the panels.
    setTimeout(() => {
      refreshQueued = false;
      renderPanels();
    }, 0);
  }

  function renderPanels() {
    if (!view) return;
    const counts = view.counts();
    status.setCounts(counts);
    const hiddenKinds = new Set(state.hiddenKinds);
    const hiddenTypes = new Set(state.hiddenTypes);
    const totalsByKind = new Map(stats?.byKind.map((k) => [k.kind, k.count]));
    const totalsByType = new Map(stats?.byType.map((t) => [t.type, t.count]));
    const kindKeys = unique([...KIND_LOOKS.map((k) => k.kind).filter((k) => counts.byKind.has(k) || totalsByKind.has(k)), ...counts.byKind.keys()]);
    const typeKeys = unique([...TYPE_LOOKS.map((t) => t.type).filter((t) => counts.byType.has(t) || totalsByType.has(t)), ...counts.byType.keys()]);
    legend.render({
      kinds: kindKeys.map((k): LegendEntry => {
        const look = kindLook(k);
        return { key: k, label: look.plural, color: look.color, mark: look.shape, count: counts.byKind.get(k) ?? 0, total: totalsByKind.get(k) };
      }),
      types: typeKeys.map((t): LegendEntry => {
        const look = typeLook(t);
        return { key: t, label: look.label, color: look.color, mark: look.lineStyle, count: counts.byType.get(t) ?? 0, total: totalsByType.get(t) };
      }),
      hiddenKinds,
      hiddenTypes,
    });
    list.render(listItems(view), state.selection?.id ?? null);
    toolbar.setHistory(history.peekUndo()?.label, history.peekRedo()?.label);
  }

  function listItems(v: GraphView): ListItem[] {
    const label = (n: NodeData | undefined, id: string) => (n ? (state.lang === 'ar' ? n.labelAr : n.labelEn) : id);
    const nodes = v.nodes({ visibleOnly: true }).sort((a, b) => label(a, a.id).localeCompare(label(b, b.id)));
    const edges = v.edges({ visibleOnly: true });
    return [
      ...nodes.map((n): ListItem => {
        const look = kindLook(n.kind);
        return { id: n.id, group: 'nodes', text: label(n, n.id), detail: look.label, color: look.color, mark: look.shape };
      }),
      ...edges.map((e): ListItem => {
        const look = typeLook(e.type);
        return {
          id: e.id, group: 'edges',
          text: `${label(v.node(e.source), e.source)} ${look.label} ${label(v.node(e.target), e.target)}`,
          detail: e.claim ?? '', color: look.color, mark: look.lineStyle,
        };
      }),
    ];
  }
  history.onChange(refresh);

  // ---- loading ---------------------------------------------------------------------------------------
  async function loadGraph(): Promise<void> {
    setOverlay(shell, 'Loading the graph…');
    banner.hide();
    const subgraph = await call('Loading the graph…', () => api.graph(), () => void loadGraph());
    if (!subgraph) {
      setOverlay(shell, 'The graph could not be loaded. See the message above.', { error: true });
      return;
    }
    void api.stats().then((s) => { stats = s; refresh(); }, () => undefined);
    const elements = toElements(subgraph);
    if (!view) {
      view = createGraphView({
        container: shell.canvas,
        lang: state.lang,
        large: elements.length > (options.largeThreshold ?? 2000),
        onSelect,
        onExpand: (id) => void expand(id),
      });
    }
    history.clear();
    expansions.clear();
    view.setFilters({ hiddenKinds: new Set(state.hiddenKinds), hiddenTypes: new Set(state.hiddenTypes) });
    setOverlay(shell, subgraph.nodes.length ? 'Laying out…' : null);
    await view.load(elements, state.layout);
    setOverlay(shell, subgraph.nodes.length ? null : 'The database holds no entities yet.');
    if (subgraph.truncated) showToast(shell, `Showing the first ${subgraph.nodes.length} entities: the graph is larger. Use search and expand to go further.`);
    renderPanels();
    await restoreSelection();
    ready = true;
    shell.root.dataset.state = 'ready';
  }

  async function restoreSelection() {
    const sel = state.selection;
    if (!sel || !view) return;
    if (sel.group === 'nodes') {
      await focusEntity(sel.id);
    } else if (view.has(sel.id)) {
      select(sel.id, { center: true });
    } else {
      const relation = await call('Loading the relation…', () => api.relation(sel.id));
      if (relation) await focusRelation(relation);
      else if (relation === null) banner.show('The linked relation is not in the database.', { title: 'Not found.' });
    }
  }

  // ---- selection and details ------------------------------------------------------------------------
  /** What the canvas last reported, so re-selecting the same element does not reload its details. */
  let reported: Selection | null = null;
  function onSelect(sel: Selection | null) {
    if (sel && reported && sel.id === reported.id && sel.group === reported.group) return;
    reported = sel;
    state.selection = sel;
    syncUrl();
    list.markSelected(sel?.id ?? null);
    if (!sel) return;
    if (sel.group === 'nodes') {
      if (pathFrom && pathFrom.id !== sel.id) {
        const from = pathFrom.id;
        pathFrom = undefined;
        void showPath(from, sel.id);
      } else void showNode(sel.id);
    } else showEdge(sel.id);
  }

  function select(id: string, opts: { center?: boolean } = {}) {
    view?.select(id, opts);
  }

  async function showNode(id: string) {
    const token = ++detailsToken;
    const node = view?.node(id);
    const base = (n: Pick<NodeModel, 'name' | 'nameAr' | 'kind' | 'description' | 'aliases' | 'degree'>): NodeModel => ({
      id, ...n,
      expanded: expansions.has(id),
      more: expansions.get(id)?.pending.length ?? 0,
      onCanvas: view?.has(id) ?? false,
      pathFrom,
    });
    if (node) inspector.node(base(node));
    else inspector.loading('Loading…');
    const detail = await call('Loading details…', () => api.entity(id));
    if (token !== detailsToken) return;
    if (!detail) {
      if (!node) inspector.welcome();
      return;
    }
    inspector.node({ ...base(detail), relations: detail.relations, facts: detail.facts });
  }

  function showEdge(id: string) {
    ++detailsToken;
    const edge = view?.edge(id);
    if (!edge || !view) return;
    inspector.edge({
      id,
      type: edge.type,
      from: summary(view.node(edge.source), edge.source),
      to: summary(view.node(edge.target), edge.target),
      claim: edge.claim,
      claimAr: edge.claimAr,
      role: edge.role,
      quoteAr: edge.quoteAr,
      quoteEn: edge.quoteEn,
      article: edge.articleId ? { id: edge.articleId, url: edge.articleUrl, title: edge.articleTitle, outlet: edge.articleOutlet } : null,
    });
  }

  /** Selects an entity, adding it (with its links to what is drawn) if it is not on the canvas. */
  async function focusEntity(id: string) {
    if (!view) return;
    if (!view.has(id)) {
      const sub = await call('Adding…', () => api.neighborhood([id], 200));
      if (!sub || !view) return;
      const entity = sub.nodes.find((n) => n.id === id);
      if (!entity) {
        banner.show(`No entity “${id}” in the database.`, { title: 'Not found.' });
        return;
      }
      const links = sub.edges.filter((e) => e.from.id === id || e.to.id === id);
      runAdd(`Add ${entity.name}`, { nodes: [entity], edges: links, truncated: false }, undefined);
    }
    select(id, { center: true });
  }

  async function focusRelation(r: NamedRelation) {
    if (!view) return;
    if (!view.has(r.id)) {
      const nodes = [r.from, r.to].filter((e) => !view?.has(e.id)).map((e) => completeEntity(e));
      runAdd(`Show ${r.from.name} ${typeLook(r.type).label} ${r.to.name}`, { nodes, edges: [r], truncated: false }, r.from.id);
    }
    select(r.id, { center: true });
  }

  function summary(node: NodeData | undefined, id: string): EntitySummary {
    return { id, name: node?.name ?? id, nameAr: node?.nameAr ?? null, kind: node?.kind ?? 'UNKNOWN' };
  }

  // ---- commands (undoable) --------------------------------------------------------------------------
  /** A command that adds elements; redo puts them back exactly where they were. */
  function addCommand(label: string, add: () => string[], after?: (ids: string[]) => void, undone?: () => void): Command {
    let ids: string[] = [];
    let removed: Snapshot | undefined;
    return {
      label,
      apply() {
        if (removed && view) view.restore(removed);
        else ids = add();
        after?.(ids);
      },
      revert() {
        if (view) removed = view.remove(ids);
        undone?.();
      },
    };
  }

  function runAdd(label: string, sub: Subgraph, anchor: string | undefined): string[] {
    let added: string[] = [];
    // On an empty canvas there is nothing to keep in place: lay the newcomers out properly, once.
    const fresh = view?.counts().nodes === 0 && sub.nodes.length > 1;
    history.run(addCommand(label, () => view?.add(toElements(sub, { existing: (x) => view?.has(x) ?? false }), { anchor }) ?? [], (ids) => { added = ids; }));
    if (fresh) void view?.runLayout(state.layout);
    return added;
  }

  function removeCommand(label: string, ids: string[], extra?: { apply(): void; revert(): void }): Command {
    let snapshot: Snapshot | undefined;
    return {
      label,
      apply() {
        if (view) snapshot = view.remove(ids);
        extra?.apply();
      },
      revert() {
        if (view && snapshot) view.restore(snapshot);
        extra?.revert();
      },
    };
  }

  async function expand(id: string) {
    if (!view) return;
    if (!view.has(id)) {
      await focusEntity(id);
      return;
    }
    const sub = await call('Expanding…', () => api.expand([id], 200));
    if (!sub || sub === STALE || !view) return;
    const { now, later } = planExpansion(id, sub, (x) => view?.has(x) ?? false);
    const name = view.node(id)?.name ?? id;
    if (now.length === 0) {
      const missingEdges = sub.edges.some((e) => !view?.has(e.id) && view?.has(e.from.id) && view.has(e.to.id));
      if (missingEdges) runAdd(`Expand ${name}`, { ...sub, nodes: [] }, id);
      showToast(shell, `All neighbours of ${name} are already on the canvas.`);
      return;
    }
    addExpansion(id, name, now, later, sub, sub.truncated);
  }

  function addExpansion(id: string, name: string, now: Entity[], later: Entity[], sub: Subgraph, truncated: boolean) {
    const previous = expansions.get(id);
    const keep = new Set(now.map((n) => n.id));
    const part: Subgraph = { nodes: now, edges: sub.edges.filter((e) => keep.has(e.from.id) || keep.has(e.to.id) || (view?.has(e.from.id) && view.has(e.to.id))), truncated };
    const pendingEdges = sub.edges;
    history.run(addCommand(
      previous ? `Show more of ${name}` : `Expand ${name}`,
      () => view?.add(toElements(part, { existing: (x) => view?.has(x) ?? false }), { anchor: id }) ?? [],
      (ids) => {
        expansions.set(id, { added: [...(previous?.added ?? []), ...ids], pending: later, truncated });
        pendingSubgraphs.set(id, pendingEdges);
        if (state.selection?.id === id) void showNode(id);
      },
      () => {
        if (previous) expansions.set(id, previous);
        else expansions.delete(id);
        if (state.selection?.id === id) void showNode(id);
      },
    ));
    const total = now.length + later.length;
    if (later.length) {
      showToast(shell, `Added ${now.length} of ${total} new neighbours of ${name}.`, { label: `Show ${Math.min(EXPAND_CAP, later.length)} more`, run: () => showMore(id) });
    } else {
      showToast(shell, `Added ${now.length} neighbour${now.length === 1 ? '' : 's'} of ${name}.${truncated ? ' The database has more: expand again later.' : ''}`);
    }
  }
  /** The edges of the last expansion of each node, so "show more" can link the held-back neighbours. */
  const pendingSubgraphs = new Map<string, Subgraph['edges']>();

  function showMore(id: string) {
    const record = expansions.get(id);
    if (!record?.pending.length || !view) return;
    const fresh = record.pending.filter((n) => !view?.has(n.id));
    addExpansion(id, view.node(id)?.name ?? id, fresh.slice(0, EXPAND_CAP), fresh.slice(EXPAND_CAP),
      { nodes: [], edges: pendingSubgraphs.get(id) ?? [], truncated: record.truncated }, record.truncated);
  }

  function collapse(id: string) {
    if (!view || !expansions.has(id)) return;
    const { ids, anchors } = collapseSet(id, expansions);
    const saved = new Map(anchors.map((a) => [a, expansions.get(a)]));
    const keepSelected = state.selection?.id;
    history.run(removeCommand(`Collapse ${view.node(id)?.name ?? id}`, ids.filter((x) => x !== keepSelected || x === id), {
      apply: () => { for (const a of anchors) expansions.delete(a); if (state.selection?.id === id) void showNode(id); },
      revert: () => { for (const [a, r] of saved) if (r) expansions.set(a, r); if (state.selection?.id === id) void showNode(id); },
    }));
    shell.toast.hidden = true;
  }

  function hide(ids: string[]) {
    if (!view || ids.length === 0) return;
    const present = ids.filter((x) => view?.has(x));
    if (!present.length) return;
    const first = present[0] ?? '';
    const label = view.node(first)?.name ?? (view.edge(first) ? typeLook(view.edge(first)?.type ?? '').label : first);
    history.run(removeCommand(`Hide ${label}`, present));
    inspector.welcome();
  }

  function clearCanvas() {
    if (!view) return;
    let snapshot: Snapshot | undefined;
    history.run({
      label: 'Clear the canvas',
      apply: () => { snapshot = view?.clear(); },
      revert: () => { if (snapshot) view?.restore(snapshot); },
    });
    clearHighlight();
    inspector.welcome();
    showToast(shell, 'Canvas cleared. Search for a name to start from one node; Undo brings everything back.');
  }

  function undo() {
    const command = history.undo();
    if (command) announce(`Undid: ${command.label}`);
  }

  function redo() {
    const command = history.redo();
    if (command) announce(`Redid: ${command.label}`);
  }

  function announce(text: string) {
    showToast(shell, text);
  }

  // ---- path, stance ---------------------------------------------------------------------------------
  async function showPath(from: string, to: string) {
    if (!view) return;
    const token = ++detailsToken;
    inspector.loading('Finding the shortest path…');
    const path = await call('Finding a path…', () => api.path(from, to));
    if (token !== detailsToken || !view || path === undefined) return;
    if (path === null) {
      clearHighlight();
      inspector.noPath(summary(view.node(from), from), summary(view.node(to), to));
      return;
    }
    const missing = path.nodes.some((n) => !view?.has(n.id)) || path.edges.some((e) => !view?.has(e.id));
    if (missing) runAdd('Show path', { nodes: path.nodes, edges: path.edges, truncated: false }, from);
    const ids = [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)];
    view.select(null);
    setHighlight(ids, 'path');
    view.fit(ids);
    const ends = (id: string) => {
      const n = path.nodes.find((x) => x.id === id);
      return n ? { id, name: n.name, nameAr: n.nameAr, kind: n.kind } : summary(view?.node(id), id);
    };
    inspector.path({ from: ends(from), to: ends(to), hops: path.edges });
  }

  async function showStance(id: string) {
    const token = ++detailsToken;
    inspector.loading('Loading the stance…');
    const stance = await call('Loading the stance…', () => api.stance(id));
    if (token !== detailsToken || !stance) return;
    inspector.stance(stance);
    const ids = [id, ...[...stance.endorsements, ...stance.doubts].flatMap((r) => [r.id, r.from.id])];
    setHighlight(ids.filter((x) => view?.has(x)), 'found');
  }

  function setHighlight(ids: string[], className: 'path' | 'found') {
    highlighted = ids;
    view?.highlight(ids, className);
  }

  function clearHighlight() {
    highlighted = [];
    view?.highlight(null, 'path');
    view?.highlight(null, 'found');
  }

  // ---- filters, language, layout, export ---------------------------------------------------------------
  function applyFilters() {
    view?.setFilters({ hiddenKinds: new Set(state.hiddenKinds), hiddenTypes: new Set(state.hiddenTypes) });
    syncUrl();
    refresh();
  }

  function setLanguage(lang: Language) {
    state.lang = lang;
    view?.setLanguage(lang);
    toolbar.setLanguage(lang);
    syncUrl();
    refresh();
  }

  async function exportAs(format: 'png' | 'svg' | 'json') {
    if (!view) return;
    const v = view;
    await call(`Exporting ${format.toUpperCase()}…`, async () => {
      const blob = format === 'png' ? await v.exportPng()
        : format === 'svg' ? new Blob([await v.exportSvg()], { type: 'image/svg+xml' })
        : new Blob([v.exportJson()], { type: 'application/json' });
      download(blob, timestampedName(format));
    });
  }

  // ---- console --------------------------------------------------------------------------------------
  async function runConsole(query: string): Promise<ConsoleResult> {
    busy++;
    status.setBusy('Running the query…');
    try {
      const response = await api.raw(query);
      const errors = (response.errors ?? []).map((e) => e.message);
      const found = extractGraph(response.data);
      const json = JSON.stringify(response, null, 2);
      if (!view || (found.entities.size === 0 && found.relations.size === 0)) return { json, drawn: null, errors };
      const filled = found.missing.length ? await api.entities(found.missing) : [];
      const nodes = [...[...found.entities.values()].map(completeEntity), ...filled];
      const edges = [...found.relations.values()];
      const sub: Subgraph = { nodes, edges, truncated: false };
      const missing = nodes.some((n) => !view?.has(n.id)) || edges.some((e) => !view?.has(e.id));
      if (missing) runAdd('Draw query result', sub, undefined);
      const ids = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)].filter((x) => view?.has(x));
      setHighlight(ids, 'found');
      view.fit(ids);
      return { json, drawn: { entities: nodes.length, relations: edges.length }, errors };
    } catch (error) {
      report(error);
      throw error;
    } finally {
      busy--;
      if (busy === 0) status.setBusy(null);
    }
  }

  // ---- keyboard -------------------------------------------------------------------------------------
  installShortcuts(document, {
    focusSearch: () => search.focus(),
    escape() {
      if (search.close()) return;
      pathFrom = undefined;
      clearHighlight();
      view?.select(null);
      shell.toast.hidden = true;
      inspector.welcome();
    },
    hide() {
      const sel = view?.selected();
      if (sel) hide([sel.id]);
    },
    undo,
    redo,
    fit: () => view?.fit(),
  });

  void document.fonts?.load('11px "Noto Sans Arabic"', 'ديب سيك').then(() => view?.refreshStyle(), () => undefined);
  void loadGraph();

  return {
    get ready() {
      return ready;
    },
    nodeIds: () => view?.nodes({ visibleOnly: true }).map((n) => n.id) ?? [],
    edgeIds: () => view?.edges({ visibleOnly: true }).map((e: EdgeData) => e.id) ?? [],
    selected: () => view?.selected() ?? null,
    highlighted: () => [...highlighted],
    position(id) {
      const p = view?.renderedPosition(id);
      if (!p) return null;
      const box = shell.canvas.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    state: () => ({ ...state, hiddenKinds: [...state.hiddenKinds], hiddenTypes: [...state.hiddenTypes] }),
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

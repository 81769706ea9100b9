/**
 * The explorer: wires the API (api/), the canvas (graph/) and the panels (ui/). It owns the view state
 * that the URL mirrors and loads the graph; the parts it wires live beside it — commands.ts (undoable
 * canvas changes), details.ts (the inspector, paths, stances), panels.ts (legend, list), reader.ts (the
 * article beside the graph), console.ts, deep-link-sync.ts and feedback.ts (busy and error state).
 */
import type { Api } from '../api/api.js';
import { STALE } from '../api/latest.js';
import { toElements, type EdgeData } from '../graph/elements.js';
import { LAYOUTS, isLayoutName } from '../graph/layouts.js';
import { createGraphView, type GraphView, type Selection } from '../graph/view.js';
import { useVocabulary } from '../graph/vocabulary.js';
import { createI18n, useVocabularyNames, type Language } from '../i18n/i18n.js';
import { decodeState, type ViewState } from '../state/deep-link.js';
import { createHistory } from '../state/history.js';
import { localizeDocument } from '../ui/localize.js';
import { createSearchBox } from '../ui/search-box.js';
import { createShell } from '../ui/shell.js';
import { installShortcuts } from '../ui/shortcuts.js';
import { createCanvasControls, createToolbar } from '../ui/toolbar.js';
import { createCommands } from './commands.js';
import { createConsole } from './console.js';
import type { ExplorerContext } from './context.js';
import { createUrlSync, restoreSelection } from './deep-link-sync.js';
import { createDetails } from './details.js';
import { download, timestampedName } from './download.js';
import type { ExpansionRecord } from './expansion.js';
import { createFeedback } from './feedback.js';
import { rememberLanguage, startLanguage } from './language.js';
import { createSidePanels, filtersOf, suggestionsFor } from './panels.js';
import { createReader } from './reader.js';

export interface ExplorerOptions {
  root: HTMLElement;
  api: Api;
  /** @default window.location */
  location?: Pick<Location, 'search' | 'pathname'>;
  /** Where the URL is kept in sync. @default window.history */
  urlHistory?: Pick<History, 'replaceState'>;
  /** Above this many elements the canvas draws the cheap way (see graph/scale.ts). @default 2000 */
  largeThreshold?: number;
  /** Where the chosen language is remembered. @default window.localStorage (when it can be reached) */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

/** Read-only view of the page for tests and for debugging from the console. */
export interface ExplorerProbe {
  ready: boolean;
  nodeIds(): string[];
  edgeIds(): string[];
  selected(): Selection | null;
  /** Every selected element (a sentence of the reader selects its relations and their ends). */
  selectedIds(): string[];
  highlighted(): string[];
  /** The graph is drawn and no layout or animation is running: positions are final. */
  settled(): boolean;
  /** Page coordinates of a node or an edge's midpoint, to click it like a person would. */
  position(id: string): { x: number; y: number } | null;
  /** The canvas's zoom and pan (a big graph's preview's, while it stands in). */
  viewport(): { zoom: number; pan: { x: number; y: number } } | null;
  /** The label the canvas draws for a node or an edge, as Cytoscape computed it. */
  label(id: string): string | null;
  state(): ViewState;
}

/** Whether the keyboard, not a pointer, last moved focus (so a panel that opens may take the focus). */
function keyboardFocus(): boolean {
  return document.activeElement?.matches(':focus-visible') ?? false;
}

export function createExplorer(options: ExplorerOptions): ExplorerProbe {
  const { api } = options;
  const location = options.location ?? window.location;
  const storage = options.storage ?? reachableStorage();
  const state: ViewState = { ...decodeState(location.search), lang: startLanguage(location.search, storage) };
  const i18n = createI18n(state.lang);
  localizeDocument(document, i18n);
  const shell = createShell(options.root, i18n);
  let view: GraphView | undefined;
  let ready = false;
  const ctx: ExplorerContext = {
    api,
    shell,
    i18n,
    state,
    history: createHistory(),
    expansions: new Map<string, ExpansionRecord>(),
    feedback: createFeedback(shell, i18n),
    view: () => view,
    syncUrl: createUrlSync({ state, location, urlHistory: options.urlHistory ?? window.history }),
  };
  const { history, feedback } = ctx;

  // The parts call each other only through these hooks, each made below before any of them runs.
  const commands = createCommands(ctx, {
    focusEntity: (id) => details.focusEntity(id),
    expansionChanged: (id) => details.refreshNode(id),
    welcome: () => details.inspector.welcome(),
    clearHighlight: () => details.clearHighlight(),
  });

  const search = createSearchBox({
    i18n,
    async suggest(text) {
      const hits = await api.search(text, 8);
      return hits === STALE ? undefined : suggestionsFor(hits, text, i18n.m);
    },
    choose: (s) => void details.focusEntity(s.id),
    onText(text) {
      state.search = text;
      ctx.syncUrl();
    },
    onError: (error) => feedback.report(error),
  });
  shell.search.append(search.element);
  if (state.search) search.setText(state.search);

  const toolbar = createToolbar({
    i18n,
    layouts: LAYOUTS.map((value) => ({ value, name: (m) => m.layouts[value] })),
    onLayout(value) {
      if (!isLayoutName(value)) return;
      state.layout = value;
      ctx.syncUrl();
      void view?.runLayout(value);
    },
    onFit: () => view?.fit(),
    onUndo: () => commands.undo(),
    onRedo: () => commands.redo(),
    onLanguage: (lang) => setLanguage(lang),
    onExport: (format) => void exportAs(format),
    onClear: () => commands.clearCanvas(),
    onReload: () => void loadGraph(),
  });
  shell.toolbar.append(toolbar.element);
  toolbar.setLayout(state.layout);
  toolbar.setLanguage(state.lang);
  shell.panels.add({ id: 'tools', name: (m) => m.panels.tools, element: toolbar.element, sheet: shell.toolbar, untabbed: true });
  const controls = createCanvasControls(shell.controls, {
    i18n,
    onFit: () => view?.fit(),
    onUndo: () => commands.undo(),
    onRedo: () => commands.redo(),
  });

  const read = (articleId: string, relation?: string) => void reader.open(articleId, { relation, focus: keyboardFocus() });
  const panels = createSidePanels(ctx, { history: [toolbar, controls], select: (id, opts) => details.select(id, opts), read });
  const details = createDetails(ctx, { commands, markSelected: (id) => panels.markSelected(id), read });
  const consolePanel = createConsole(ctx, { commands, details });
  shell.right.append(details.inspector.element, consolePanel.element);
  shell.panels.add({ id: 'details', name: (m) => m.panels.details, element: details.inspector.element, sheet: shell.right });
  const reader = createReader(ctx, { details });
  shell.panels.add({ id: 'query', name: (m) => m.panels.query, element: consolePanel.element, sheet: shell.right });
  details.inspector.welcome();
  history.onChange(() => panels.refresh());

  /** The load in progress (or the last one). */
  let drawing: Promise<void> = Promise.resolve();

  async function loadGraph(): Promise<void> {
    shell.setOverlay((m) => m.busy.loadingGraph);
    feedback.banner.hide();
    // Kinds and types a loaded folder added get their looks and names before the first stylesheet and
    // labels are made; without them (an older server, a failure) they are drawn neutral and named by
    // their enum, which is no reason to hold the graph back.
    const vocabulary = view ? undefined : api.vocabulary().catch((error: unknown) => console.warn('No vocabulary from the API:', error));
    const subgraph = await feedback.call((m) => m.busy.loadingGraph, () => api.graph(), () => void loadGraph());
    if (!subgraph) {
      shell.setOverlay((m) => m.errors.graphNotLoaded, { error: true });
      return;
    }
    // Shown once the canvas holds the graph: a big one goes in by slices, and the panels count what is in.
    const stats = api.stats().catch(() => undefined);
    const sources = reader.loadSources();
    const served = await vocabulary;
    if (served) {
      useVocabulary(served);
      useVocabularyNames(served);
    }
    const elements = toElements(subgraph);
    view ??= createGraphView({
      container: shell.canvas,
      lang: state.lang,
      largeThreshold: options.largeThreshold,
      onSelect: (sel) => onSelect(sel),
      // A big graph's preview is up: the overlay would hide it; the status line says the rest is coming.
      onFirstFrame: ({ complete }) => {
        shell.setOverlay(null);
        if (!complete) void feedback.track((m) => m.busy.drawing, () => drawing);
      },
      onExpand: (id) => void commands.expand(id),
      // A finger on the background (or any click there on a narrow screen) clears what Escape clears on
      // a keyboard; a mouse click on a wide screen only clears the selection, as it always has.
      onBackgroundTap: ({ touch }) => { if (touch || shell.panels.narrow()) escape(); },
    });
    history.clear();
    ctx.expansions.clear();
    view.setFilters(filtersOf(state));
    shell.setOverlay(subgraph.nodes.length ? (m) => m.busy.layingOut : null);
    drawing = view.load(elements, state.layout);
    await drawing;
    void stats.then((s) => s && panels.setStats(s));
    void sources.then((list) => list && panels.setSources(list));
    shell.setOverlay(subgraph.nodes.length ? null : (m) => m.status.empty);
    // A big graph is drawn before it is laid out; the status line says so until the layout lands.
    const drawnView = view;
    if (!drawnView.settled()) void feedback.track((m) => m.busy.arranging, () => drawnView.whenSettled());
    const count = subgraph.nodes.length;
    if (subgraph.truncated) shell.showToast((m) => m.status.truncated(count));
    panels.render();
    await restoreSelection(ctx, details);
    await reader.restore();
    ready = true;
    shell.root.dataset.state = 'ready';
  }

  /** The whole interface follows: every part re-reads its catalogue on `i18n`'s change. */
  function setLanguage(lang: Language) {
    state.lang = lang;
    rememberLanguage(storage, lang);
    i18n.set(lang);
    view?.setLanguage(lang);
    toolbar.setLanguage(lang);
    ctx.syncUrl();
  }

  /**
   * The canvas selected something (a click or tap, the list, search, a link). On a narrow screen the
   * details then open as a sheet, since they are not beside the canvas.
   */
  function onSelect(selection: Selection | null) {
    details.onSelect(selection);
    reader.follow(selection);
    // A sentence chosen in the reader keeps the reader open: its relations are framed above the sheet.
    if (!selection || !shell.panels.narrow() || details.sentenceSelected()) return;
    if (shell.panels.opened() !== 'details') shell.panels.open('details');
    // The sheet covers part of the canvas: what was chosen moves to the part left in view.
    const free = shell.panels.uncovered(shell.canvas);
    if (free) view?.reveal(selection.id, free);
  }

  /** Escape, or a tap on the background: an open sheet closes first, then the selection and highlights go. */
  function escape() {
    if (search.close()) return;
    if (shell.panels.narrow() && shell.panels.opened()) {
      shell.panels.open(null);
      return;
    }
    details.reset();
  }

  async function exportAs(format: 'png' | 'svg' | 'json') {
    const v = view;
    if (!v) return;
    await feedback.call((m) => m.busy.exporting(format.toUpperCase()), async () => {
      const blob = format === 'png' ? await v.exportPng()
        : format === 'svg' ? new Blob([await v.exportSvg()], { type: 'image/svg+xml' })
        : new Blob([v.exportJson()], { type: 'application/json' });
      download(blob, timestampedName(format));
    });
  }

  installShortcuts(document, {
    focusSearch: () => search.focus(),
    escape,
    hide() {
      const sel = view?.selected();
      if (sel) commands.hide([sel.id]);
    },
    undo: () => commands.undo(),
    redo: () => commands.redo(),
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
    selectedIds: () => view?.selectedIds() ?? [],
    highlighted: () => details.highlighted(),
    settled: () => ready && (view?.settled() ?? false),
    position(id) {
      const p = view?.renderedPosition(id);
      if (!p) return null;
      const box = shell.canvas.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    viewport: () => view?.viewport() ?? null,
    label: (id) => view?.labelOf(id) ?? null,
    state: () => ({
      ...state, hiddenKinds: [...state.hiddenKinds], hiddenTypes: [...state.hiddenTypes], hiddenSources: [...state.hiddenSources],
      reader: state.reader && { ...state.reader },
    }),
  };
}

/** localStorage, unless the browser refuses it (a sandboxed frame, storage disabled). */
function reachableStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The inspector's side of the explorer: what the canvas selects is shown in Details (a node with its
 * relations, an edge with its evidence, a sentence of an article with the relations it backs), plus
 * "Why connected?" paths and stance views with their highlights. Only the newest request may fill the
 * panel: an older answer arriving late is dropped.
 */
import type { Article, EntitySummary, NamedRelation } from '../api/types.js';
import { completeEntity } from '../api/extract.js';
import type { EdgeData, NodeData } from '../graph/elements.js';
import type { Selection } from '../graph/view.js';
import { relationName } from '../i18n/i18n.js';
import { createInspector, type Inspector, type NodeModel, type SentenceModel } from '../ui/inspector.js';
import type { Commands } from './commands.js';
import type { ExplorerContext } from './context.js';

export interface Details {
  inspector: Inspector;
  /** The canvas reports a selection (or none). */
  onSelect(selection: Selection | null): void;
  select(id: string, options?: { center?: boolean }): void;
  /** Selects an entity, adding it (with its links to what is drawn) if it is not on the canvas. */
  focusEntity(id: string): Promise<void>;
  /** Selects a relation, adding it and its ends if need be. */
  focusRelation(relation: NamedRelation): Promise<void>;
  /**
   * Selects a sentence's relations and their ends together (adding what is not drawn) and shows the
   * sentence in Details. Until the selection changes, the canvas's reports of it leave Details as it is.
   */
  focusSentence(sentence: SentenceModel, options: { within?: () => { x: number; y: number; w: number; h: number } | null }): void;
  /** Whether what is selected now is a sentence's relations (not one element a person chose). */
  sentenceSelected(): boolean;
  /** Re-renders a node's details if it is the one selected (its expansion state changed). */
  refreshNode(id: string): void;
  /** Ids the path or stance view emphasises. */
  highlighted(): string[];
  setHighlight(ids: string[], className: 'path' | 'found'): void;
  clearHighlight(): void;
  /** Escape: no pending path, no highlight, no selection, the welcome text. */
  reset(): void;
}

export interface DetailsHooks {
  commands: Pick<Commands, 'runAdd' | 'expand' | 'showMore' | 'collapse' | 'hide'>;
  markSelected(id: string | null): void;
  /** "Read in the article": the reader opens the article, at the relation's sentence when one is given. */
  read(articleId: string, relationId?: string): void;
}

export function createDetails(ctx: ExplorerContext, hooks: DetailsHooks): Details {
  const { api, state, expansions, feedback, i18n } = ctx;
  const { commands } = hooks;
  let pathFrom: { id: string; name: string; nameAr: string | null } | undefined;
  let highlighted: string[] = [];
  /** Bumped by every request that fills the panel; an answer for an older token is dropped. */
  let token = 0;

  const inspector = createInspector(i18n, {
    selectEntity: (id) => void focusEntity(id),
    selectRelation: (r) => void focusRelation(r),
    expand: (id) => void commands.expand(id),
    showMore: (id) => commands.showMore(id),
    collapse: (id) => commands.collapse(id),
    hide: (id) => commands.hide([id]),
    stance: (id) => void showStance(id),
    startPath(id) {
      const node = ctx.view()?.node(id);
      pathFrom = { id, name: node?.name ?? id, nameAr: node?.nameAr ?? null };
      void showNode(id);
    },
    pathTo: (from, to) => void showPath(from, to),
    read: (articleId, relationId) => hooks.read(articleId, relationId),
    cancelPath() {
      pathFrom = undefined;
      const sel = ctx.view()?.selected();
      if (sel?.group === 'nodes') void showNode(sel.id);
    },
  });

  /** What the canvas last reported, so re-selecting the same element does not reload its details. */
  let reported: Selection | null = null;
  /** The elements a sentence selected together, while they are what is selected. */
  let sentence: ReadonlySet<string> | null = null;
  function onSelect(sel: Selection | null) {
    const selectedNow = ctx.view()?.selectedIds() ?? [];
    if (sentence && selectedNow.length === sentence.size && selectedNow.every((id) => sentence?.has(id))) {
      // The canvas reports the sentence's selection: Details shows the sentence already, the URL its quote.
      reported = null;
      if (state.selection) {
        state.selection = null;
        ctx.syncUrl();
      }
      hooks.markSelected(null);
      return;
    }
    sentence = null;
    if (sel && reported && sel.id === reported.id && sel.group === reported.group) return;
    reported = sel;
    state.selection = sel;
    ctx.syncUrl();
    hooks.markSelected(sel?.id ?? null);
    if (!sel) return;
    if (sel.group === 'nodes') {
      if (pathFrom && pathFrom.id !== sel.id) {
        const from = pathFrom.id;
        pathFrom = undefined;
        void showPath(from, sel.id);
      } else void showNode(sel.id);
    } else showEdge(sel.id);
  }

  const select = (id: string, opts: { center?: boolean } = {}) => ctx.view()?.select(id, opts);

  async function showNode(id: string) {
    const mine = ++token;
    const view = ctx.view();
    const node = view?.node(id);
    const base = (n: Pick<NodeModel, 'name' | 'nameAr' | 'kind' | 'description' | 'aliases' | 'degree'>): NodeModel => ({
      id, ...n,
      expanded: expansions.has(id),
      more: expansions.get(id)?.pending.length ?? 0,
      onCanvas: view?.has(id) ?? false,
      pathFrom,
    });
    if (node) inspector.node(base(node));
    else inspector.loading((m) => m.busy.loading);
    const result = await feedback.attempt((m) => m.busy.loadingDetails, () => api.entity(id));
    if (mine !== token) return;
    if (!result.ok) {
      const failure = { reason: result.reason, retry: () => void showNode(id) };
      if (node) inspector.node({ ...base(node), failure });
      else inspector.failed({ title: (m) => m.failed.details, ...failure });
      return;
    }
    const detail = result.value;
    if (!detail) {
      if (!node) inspector.welcome();
      return;
    }
    inspector.node({ ...base(detail), relations: detail.relations, facts: detail.facts });
  }

  function showEdge(id: string) {
    ++token;
    const view = ctx.view();
    const edge = view?.edge(id);
    if (!edge || !view) return;
    // The same relation as other articles state it: drawn beside it (parallel edges), each with its quote.
    const alsoIn = view.edges().filter((e) => e.id !== id && e.source === edge.source && e.target === edge.target && e.type === edge.type)
      .map((e) => ({ id: e.id, article: articleOf(e), quoteAr: e.quoteAr, quoteEn: e.quoteEn }));
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
      article: articleOf(edge),
      alsoIn,
    });
  }

  function focusSentence(model: SentenceModel, { within }: { within?: () => { x: number; y: number; w: number; h: number } | null }) {
    const view = ctx.view();
    if (!view) return;
    ++token;
    const missing = model.relations.filter((r) => !view.has(r.id));
    if (missing.length) {
      const nodes = missing.flatMap((r) => [r.from, r.to]).filter((e, i, all) => !view.has(e.id) && all.findIndex((x) => x.id === e.id) === i).map((e) => completeEntity(e));
      commands.runAdd((m) => m.commands.showSentence, { nodes, edges: missing, truncated: false }, missing[0]?.from.id);
    }
    const ids = [...new Set(model.relations.flatMap((r) => [r.id, r.from.id, r.to.id]))].filter((id) => view.has(id));
    sentence = new Set(ids);
    reported = null;
    state.selection = null;
    ctx.syncUrl();
    clearHighlight();
    view.select(ids);
    const box = within?.();
    view.frame(ids, box ?? undefined);
    inspector.sentence(model);
  }

  async function focusEntity(id: string) {
    if (!ctx.view()) return;
    if (!ctx.view()?.has(id)) {
      const sub = await feedback.call((m) => m.busy.adding, () => api.neighborhood([id], 200));
      if (!sub || !ctx.view()) return;
      const entity = sub.nodes.find((n) => n.id === id);
      if (!entity) {
        feedback.banner.show((m) => ({ title: m.errors.notFound, message: m.errors.entityNotFound(id) }));
        return;
      }
      const links = sub.edges.filter((e) => e.from.id === id || e.to.id === id);
      const name = { en: entity.name, ar: entity.nameAr ?? entity.name };
      commands.runAdd((m) => m.commands.add(name[i18n.lang]), { nodes: [entity], edges: links, truncated: false }, undefined);
    }
    select(id, { center: true });
  }

  async function focusRelation(r: NamedRelation) {
    const view = ctx.view();
    if (!view) return;
    if (!view.has(r.id)) {
      const nodes = [r.from, r.to].filter((e) => !view.has(e.id)).map((e) => completeEntity(e));
      const name = (e: EntitySummary) => (i18n.lang === 'ar' ? e.nameAr ?? e.name : e.name);
      commands.runAdd((m) => m.commands.showRelation(name(r.from), relationName(m, r.type).label, name(r.to)), { nodes, edges: [r], truncated: false }, r.from.id);
    }
    select(r.id, { center: true });
  }

  async function showPath(from: string, to: string) {
    if (!ctx.view()) return;
    const mine = ++token;
    inspector.loading((m) => m.busy.findingPath);
    const result = await feedback.attempt((m) => m.busy.findingPath, () => api.path(from, to));
    const view = ctx.view();
    if (mine !== token || !view) return;
    if (!result.ok) {
      inspector.failed({ title: (m) => m.failed.path, reason: result.reason, retry: () => void showPath(from, to) });
      return;
    }
    const path = result.value;
    if (path === null) {
      clearHighlight();
      inspector.noPath(summary(view.node(from), from), summary(view.node(to), to));
      return;
    }
    const missing = path.nodes.some((n) => !view.has(n.id)) || path.edges.some((e) => !view.has(e.id));
    if (missing) commands.runAdd((m) => m.commands.showPath, { nodes: path.nodes, edges: path.edges, truncated: false }, from);
    const ids = [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)];
    view.select(null);
    setHighlight(ids, 'path');
    view.fit(ids);
    const ends = (id: string) => {
      const n = path.nodes.find((x) => x.id === id);
      return n ? { id, name: n.name, nameAr: n.nameAr, kind: n.kind } : summary(view.node(id), id);
    };
    inspector.path({ from: ends(from), to: ends(to), hops: path.edges });
  }

  async function showStance(id: string) {
    const mine = ++token;
    inspector.loading((m) => m.busy.loadingStance);
    const result = await feedback.attempt((m) => m.busy.loadingStance, () => api.stance(id));
    if (mine !== token) return;
    if (!result.ok) {
      inspector.failed({ title: (m) => m.failed.stance, reason: result.reason, retry: () => void showStance(id) });
      return;
    }
    const stance = result.value;
    inspector.stance(stance);
    const ids = [id, ...[...stance.endorsements, ...stance.doubts].flatMap((r) => [r.id, r.from.id])];
    setHighlight(ids.filter((x) => ctx.view()?.has(x)), 'found');
  }

  function setHighlight(ids: string[], className: 'path' | 'found') {
    highlighted = ids;
    ctx.view()?.highlight(ids, className);
  }

  function clearHighlight() {
    highlighted = [];
    ctx.view()?.highlight(null, 'path');
    ctx.view()?.highlight(null, 'found');
  }

  return {
    inspector,
    onSelect,
    select,
    focusEntity,
    focusRelation,
    focusSentence,
    sentenceSelected: () => sentence !== null,
    refreshNode(id) {
      if (state.selection?.id === id) void showNode(id);
    },
    highlighted: () => [...highlighted],
    setHighlight,
    clearHighlight,
    reset() {
      pathFrom = undefined;
      clearHighlight();
      ctx.view()?.select(null);
      ctx.shell.hideToast();
      inspector.welcome();
    },
  };
}

function articleOf(edge: EdgeData): Article | null {
  return edge.articleId ? { id: edge.articleId, url: edge.articleUrl, title: edge.articleTitle, outlet: edge.articleOutlet, date: null } : null;
}

function summary(node: NodeData | undefined, id: string): EntitySummary {
  return { id, name: node?.name ?? id, nameAr: node?.nameAr ?? null, kind: node?.kind ?? 'UNKNOWN' };
}

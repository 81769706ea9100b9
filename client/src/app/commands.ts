/**
 * Every change to what is drawn, as an undoable command: add (search, path, console results), expand,
 * "show more", collapse, hide and clear. New elements are placed around their anchor, never by a global
 * layout, so the rest of the picture stays where the reader left it.
 */
import type { Entity, Subgraph } from '../api/types.js';
import { STALE } from '../api/latest.js';
import { toElements } from '../graph/elements.js';
import type { Snapshot } from '../graph/view.js';
import { relationName, type Text } from '../i18n/i18n.js';
import type { Command } from '../state/history.js';
import type { ExplorerContext } from './context.js';
import { EXPAND_CAP, collapseSet, planExpansion } from './expansion.js';

export interface Commands {
  /** Adds a subgraph (what is new of it) around `anchor`; returns the ids added. */
  runAdd(label: Text, sub: Subgraph, anchor: string | undefined): string[];
  /** Double click or Expand: up to EXPAND_CAP new neighbours now, the rest behind "show more". */
  expand(id: string): Promise<void>;
  showMore(id: string): void;
  collapse(id: string): void;
  hide(ids: string[]): void;
  clearCanvas(): void;
  undo(): void;
  redo(): void;
}

export interface CommandHooks {
  /** Selects an entity, adding it first if it is not drawn. */
  focusEntity(id: string): Promise<void>;
  /** The node's expansion state changed: re-render its details if it is the one shown. */
  expansionChanged(id: string): void;
  /** What was shown in the inspector is gone: back to the welcome text. */
  welcome(): void;
  clearHighlight(): void;
}

export function createCommands(ctx: ExplorerContext, hooks: CommandHooks): Commands {
  const { shell, history, expansions, state, i18n } = ctx;
  /**
   * A node's name in the language of the moment it is read (the Arabic one in Arabic, where there is
   * one), kept from now on: an undo label outlives the node on the canvas.
   */
  const named = (id: string): (() => string) => {
    const node = ctx.view()?.node(id);
    return () => (node ? (i18n.lang === 'ar' ? node.labelAr : node.labelEn) : id);
  };
  /** A command's label is read in the language of the moment it is shown (Undo's tooltip, a toast). */
  const labelled = (label: Text, command: Omit<Command, 'label'>): Command =>
    Object.defineProperty(command, 'label', { get: () => label(i18n.m), enumerable: true }) as Command;
  /** The edges of the last expansion of each node, so "show more" can link the held-back neighbours. */
  const pendingEdges = new Map<string, Subgraph['edges']>();

  /** A command that adds elements; redo puts them back exactly where they were. */
  function addCommand(label: Text, add: () => string[], after?: (ids: string[]) => void, undone?: () => void): Command {
    let ids: string[] = [];
    let removed: Snapshot | undefined;
    return labelled(label, {
      apply() {
        const view = ctx.view();
        if (removed && view) view.restore(removed);
        else ids = add();
        after?.(ids);
      },
      revert() {
        const view = ctx.view();
        if (view) removed = view.remove(ids);
        undone?.();
      },
    });
  }

  function removeCommand(label: Text, ids: string[], extra?: { apply(): void; revert(): void }): Command {
    let snapshot: Snapshot | undefined;
    return labelled(label, {
      apply() {
        const view = ctx.view();
        if (view) snapshot = view.remove(ids);
        extra?.apply();
      },
      revert() {
        const view = ctx.view();
        if (view && snapshot) view.restore(snapshot);
        extra?.revert();
      },
    });
  }

  /** Adds `part` around the anchor, given its elements as they are not drawn yet. */
  const addAround = (part: Subgraph, anchor: string | undefined) => {
    const view = ctx.view();
    return view?.add(toElements(part, { existing: (x) => view.has(x) }), { anchor }) ?? [];
  };

  function runAdd(label: Text, sub: Subgraph, anchor: string | undefined): string[] {
    const view = ctx.view();
    let added: string[] = [];
    // On an empty canvas there is nothing to keep in place: lay the newcomers out properly, once.
    const fresh = view?.counts().nodes === 0 && sub.nodes.length > 1;
    history.run(addCommand(label, () => addAround(sub, anchor), (ids) => { added = ids; }));
    if (fresh) void view?.runLayout(state.layout);
    return added;
  }

  async function expand(id: string) {
    if (!ctx.view()) return;
    if (!ctx.view()?.has(id)) {
      await hooks.focusEntity(id);
      return;
    }
    const sub = await ctx.feedback.call((m) => m.busy.expanding, () => ctx.api.expand([id], 200));
    const view = ctx.view();
    if (!sub || sub === STALE || !view) return;
    const { now, later } = planExpansion(id, sub, (x) => view.has(x));
    const name = named(id);
    if (now.length === 0) {
      const missingEdges = sub.edges.some((e) => !view.has(e.id) && view.has(e.from.id) && view.has(e.to.id));
      if (missingEdges) runAdd((m) => m.commands.expand(name()), { ...sub, nodes: [] }, id);
      shell.showToast((m) => m.commands.allShown(name()));
      return;
    }
    addExpansion(id, now, later, sub.edges, sub.truncated);
  }

  function addExpansion(id: string, now: Entity[], later: Entity[], edges: Subgraph['edges'], truncated: boolean) {
    const previous = expansions.get(id);
    const name = named(id);
    const keep = new Set(now.map((n) => n.id));
    const drawn = (x: string) => ctx.view()?.has(x) ?? false;
    const part: Subgraph = { nodes: now, edges: edges.filter((e) => keep.has(e.from.id) || keep.has(e.to.id) || (drawn(e.from.id) && drawn(e.to.id))), truncated };
    history.run(addCommand(
      (m) => (previous ? m.commands.showMoreOf(name()) : m.commands.expand(name())),
      () => addAround(part, id),
      (ids) => {
        expansions.set(id, { added: [...(previous?.added ?? []), ...ids], pending: later, truncated });
        pendingEdges.set(id, edges);
        hooks.expansionChanged(id);
      },
      () => {
        if (previous) expansions.set(id, previous);
        else expansions.delete(id);
        hooks.expansionChanged(id);
      },
    ));
    const total = now.length + later.length;
    if (later.length) {
      shell.showToast((m) => m.commands.addedSome(now.length, total, name()), { label: (m) => m.commands.showMore(Math.min(EXPAND_CAP, later.length)), run: () => showMore(id) });
    } else {
      shell.showToast((m) => [m.commands.added(now.length, name()), ...(truncated ? [m.commands.databaseHasMore] : [])].join(' '));
    }
  }

  function showMore(id: string) {
    const record = expansions.get(id);
    const view = ctx.view();
    if (!record?.pending.length || !view) return;
    const fresh = record.pending.filter((n) => !view.has(n.id));
    addExpansion(id, fresh.slice(0, EXPAND_CAP), fresh.slice(EXPAND_CAP), pendingEdges.get(id) ?? [], record.truncated);
  }

  function collapse(id: string) {
    const view = ctx.view();
    if (!view || !expansions.has(id)) return;
    const { ids, anchors } = collapseSet(id, expansions);
    const saved = new Map(anchors.map((a) => [a, expansions.get(a)]));
    const keepSelected = state.selection?.id;
    const name = named(id);
    history.run(removeCommand((m) => m.commands.collapse(name()), ids.filter((x) => x !== keepSelected || x === id), {
      apply: () => { for (const a of anchors) expansions.delete(a); hooks.expansionChanged(id); },
      revert: () => { for (const [a, r] of saved) if (r) expansions.set(a, r); hooks.expansionChanged(id); },
    }));
    shell.hideToast();
  }

  function hide(ids: string[]) {
    const view = ctx.view();
    if (!view || ids.length === 0) return;
    const present = ids.filter((x) => view.has(x));
    if (!present.length) return;
    const first = present[0] ?? '';
    const edge = view.edge(first);
    const name = view.node(first) ? named(first) : undefined;
    history.run(removeCommand((m) => m.commands.hide(name?.() ?? (edge ? relationName(m, edge.type).label : first)), present));
    hooks.welcome();
  }

  function clearCanvas() {
    if (!ctx.view()) return;
    let snapshot: Snapshot | undefined;
    history.run(labelled((m) => m.commands.clearCanvas, {
      apply: () => { snapshot = ctx.view()?.clear(); },
      revert: () => { if (snapshot) ctx.view()?.restore(snapshot); },
    }));
    hooks.clearHighlight();
    hooks.welcome();
    shell.showToast((m) => m.commands.cleared);
  }

  return {
    runAdd,
    expand,
    showMore,
    collapse,
    hide,
    clearCanvas,
    undo() {
      const command = history.undo();
      if (command) shell.showToast((m) => m.commands.undid(command.label));
    },
    redo() {
      const command = history.redo();
      if (command) shell.showToast((m) => m.commands.redid(command.label));
    },
  };
}

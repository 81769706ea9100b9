/**
 * Every change to what is drawn, as an undoable command: add (search, path, console results), expand,
 * "show more", collapse, hide and clear. New elements are placed around their anchor, never by a global
 * layout, so the rest of the picture stays where the reader left it.
 */
import type { Entity, Subgraph } from '../api/types.js';
import { STALE } from '../api/latest.js';
import { toElements } from '../graph/elements.js';
import type { Snapshot } from '../graph/view.js';
import { typeLook } from '../graph/vocabulary.js';
import type { Command } from '../state/history.js';
import { showToast } from '../ui/shell.js';
import type { ExplorerContext } from './context.js';
import { EXPAND_CAP, collapseSet, planExpansion } from './expansion.js';

export interface Commands {
  /** Adds a subgraph (what is new of it) around `anchor`; returns the ids added. */
  runAdd(label: string, sub: Subgraph, anchor: string | undefined): string[];
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
  const { shell, history, expansions, state } = ctx;
  /** The edges of the last expansion of each node, so "show more" can link the held-back neighbours. */
  const pendingEdges = new Map<string, Subgraph['edges']>();

  /** A command that adds elements; redo puts them back exactly where they were. */
  function addCommand(label: string, add: () => string[], after?: (ids: string[]) => void, undone?: () => void): Command {
    let ids: string[] = [];
    let removed: Snapshot | undefined;
    return {
      label,
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
    };
  }

  function removeCommand(label: string, ids: string[], extra?: { apply(): void; revert(): void }): Command {
    let snapshot: Snapshot | undefined;
    return {
      label,
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
    };
  }

  /** Adds `part` around the anchor, given its elements as they are not drawn yet. */
  const addAround = (part: Subgraph, anchor: string | undefined) => {
    const view = ctx.view();
    return view?.add(toElements(part, { existing: (x) => view.has(x) }), { anchor }) ?? [];
  };

  function runAdd(label: string, sub: Subgraph, anchor: string | undefined): string[] {
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
    const sub = await ctx.feedback.call('Expanding…', () => ctx.api.expand([id], 200));
    const view = ctx.view();
    if (!sub || sub === STALE || !view) return;
    const { now, later } = planExpansion(id, sub, (x) => view.has(x));
    const name = view.node(id)?.name ?? id;
    if (now.length === 0) {
      const missingEdges = sub.edges.some((e) => !view.has(e.id) && view.has(e.from.id) && view.has(e.to.id));
      if (missingEdges) runAdd(`Expand ${name}`, { ...sub, nodes: [] }, id);
      showToast(shell, `All neighbours of ${name} are already on the canvas.`);
      return;
    }
    addExpansion(id, name, now, later, sub.edges, sub.truncated);
  }

  function addExpansion(id: string, name: string, now: Entity[], later: Entity[], edges: Subgraph['edges'], truncated: boolean) {
    const previous = expansions.get(id);
    const keep = new Set(now.map((n) => n.id));
    const drawn = (x: string) => ctx.view()?.has(x) ?? false;
    const part: Subgraph = { nodes: now, edges: edges.filter((e) => keep.has(e.from.id) || keep.has(e.to.id) || (drawn(e.from.id) && drawn(e.to.id))), truncated };
    history.run(addCommand(
      previous ? `Show more of ${name}` : `Expand ${name}`,
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
      showToast(shell, `Added ${now.length} of ${total} new neighbours of ${name}.`, { label: `Show ${Math.min(EXPAND_CAP, later.length)} more`, run: () => showMore(id) });
    } else {
      showToast(shell, `Added ${now.length} neighbour${now.length === 1 ? '' : 's'} of ${name}.${truncated ? ' The database has more: expand again later.' : ''}`);
    }
  }

  function showMore(id: string) {
    const record = expansions.get(id);
    const view = ctx.view();
    if (!record?.pending.length || !view) return;
    const fresh = record.pending.filter((n) => !view.has(n.id));
    addExpansion(id, view.node(id)?.name ?? id, fresh.slice(0, EXPAND_CAP), fresh.slice(EXPAND_CAP), pendingEdges.get(id) ?? [], record.truncated);
  }

  function collapse(id: string) {
    const view = ctx.view();
    if (!view || !expansions.has(id)) return;
    const { ids, anchors } = collapseSet(id, expansions);
    const saved = new Map(anchors.map((a) => [a, expansions.get(a)]));
    const keepSelected = state.selection?.id;
    history.run(removeCommand(`Collapse ${view.node(id)?.name ?? id}`, ids.filter((x) => x !== keepSelected || x === id), {
      apply: () => { for (const a of anchors) expansions.delete(a); hooks.expansionChanged(id); },
      revert: () => { for (const [a, r] of saved) if (r) expansions.set(a, r); hooks.expansionChanged(id); },
    }));
    shell.toast.hidden = true;
  }

  function hide(ids: string[]) {
    const view = ctx.view();
    if (!view || ids.length === 0) return;
    const present = ids.filter((x) => view.has(x));
    if (!present.length) return;
    const first = present[0] ?? '';
    const label = view.node(first)?.name ?? (view.edge(first) ? typeLook(view.edge(first)?.type ?? '').label : first);
    history.run(removeCommand(`Hide ${label}`, present));
    hooks.welcome();
  }

  function clearCanvas() {
    if (!ctx.view()) return;
    let snapshot: Snapshot | undefined;
    history.run({
      label: 'Clear the canvas',
      apply: () => { snapshot = ctx.view()?.clear(); },
      revert: () => { if (snapshot) ctx.view()?.restore(snapshot); },
    });
    hooks.clearHighlight();
    hooks.welcome();
    showToast(shell, 'Canvas cleared. Search for a name to start from one node; Undo brings everything back.');
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
      if (command) showToast(shell, `Undid: ${command.label}`);
    },
    redo() {
      const command = history.redo();
      if (command) showToast(shell, `Redid: ${command.label}`);
    },
  };
}

/**
 * The deep link in both directions: the view state goes into the URL as it changes (replaceState,
 * debounced so typing or a burst of toggles is one history write), and a link's selection is restored
 * once the graph is drawn — fetching the element when the overview does not hold it.
 */
import type { NamedRelation } from '../api/types.js';
import { encodeState, type ViewState } from '../state/deep-link.js';
import type { ExplorerContext } from './context.js';

export interface UrlSyncOptions {
  state: ViewState;
  location: Pick<Location, 'search' | 'pathname'>;
  urlHistory: Pick<History, 'replaceState'>;
  /** @default 60 */
  delayMs?: number;
}

/** Returns `syncUrl`: call it after changing the state. */
export function createUrlSync(options: UrlSyncOptions): () => void {
  const { state, location, urlHistory } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => urlHistory.replaceState(null, '', `${location.pathname}${encodeState(state)}`), options.delayMs ?? 60);
  };
}

export interface RestoreHooks {
  focusEntity(id: string): Promise<void>;
  focusRelation(relation: NamedRelation): Promise<void>;
  select(id: string, options: { center?: boolean }): void;
}

/** Selects what the URL named: a node (added if need be), else an edge (loaded if it is not drawn). */
export async function restoreSelection(ctx: ExplorerContext, hooks: RestoreHooks): Promise<void> {
  const sel = ctx.state.selection;
  const view = ctx.view();
  if (!sel || !view) return;
  if (sel.group === 'nodes') {
    await hooks.focusEntity(sel.id);
  } else if (view.has(sel.id)) {
    hooks.select(sel.id, { center: true });
  } else {
    const relation = await ctx.feedback.call((m) => m.busy.loadingRelation, () => ctx.api.relation(sel.id));
    if (relation) await hooks.focusRelation(relation);
    else if (relation === null) ctx.feedback.banner.show((m) => ({ title: m.errors.notFound, message: m.errors.relationNotFound }));
  }
}

/**
 * Expansion bookkeeping, pure: which neighbours a double-click adds now and which wait behind "show
 * more", and what a collapse has to take away again (including what was expanded from there).
 */
import type { Entity, Subgraph } from '../api/types.js';
import { typeLook } from '../graph/vocabulary.js';

/** How many new neighbours one expansion (or one "show more") adds. */
export const EXPAND_CAP = 20;

export interface ExpansionRecord {
  /** Ids (nodes and edges) this node's expansions added. */
  added: string[];
  /** Neighbours not drawn yet, best first. */
  pending: Entity[];
  /** The server's answer was capped too: more exist beyond `pending`. */
  truncated: boolean;
}

/**
 * Splits a neighbourhood into the new neighbours to draw now and the rest. Neighbours reached through
 * a claim (endorses, doubts, hosts) come first, then the best connected.
 */
export function planExpansion(anchor: string, subgraph: Subgraph, onCanvas: (id: string) => boolean, cap = EXPAND_CAP): { now: Entity[]; later: Entity[] } {
  const viaClaim = new Set<string>();
  for (const e of subgraph.edges) {
    if (typeLook(e.type).group !== 'claim') continue;
    if (e.from.id === anchor) viaClaim.add(e.to.id);
    if (e.to.id === anchor) viaClaim.add(e.from.id);
  }
  const fresh = subgraph.nodes
    .filter((n) => n.id !== anchor && !onCanvas(n.id))
    .sort((a, b) => Number(viaClaim.has(b.id)) - Number(viaClaim.has(a.id)) || b.degree - a.degree || a.name.localeCompare(b.name));
  return { now: fresh.slice(0, cap), later: fresh.slice(cap) };
}

/** Everything a collapse of `id` removes: what it added, and recursively what those nodes added. */
export function collapseSet(id: string, records: ReadonlyMap<string, ExpansionRecord>): { ids: string[]; anchors: string[] } {
  const ids = new Set<string>();
  const anchors: string[] = [];
  const visit = (anchor: string) => {
    const record = records.get(anchor);
    if (!record || anchors.includes(anchor)) return;
    anchors.push(anchor);
    for (const added of record.added) {
      if (added === id) continue;
      ids.add(added);
      visit(added);
    }
  };
  visit(id);
  return { ids: [...ids], anchors };
}

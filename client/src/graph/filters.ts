/** Hiding kinds, relation types and sources: a class on the element, never a removal, so counts and undo stay exact. */
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import type { EdgeData, GraphElement, NodeElement } from './elements.js';
import type { Point } from './placement.js';
import type { Filters } from './stage.js';

/** Only elements whose state changes are touched: with no filter on, a big graph costs one pass and no restyle. */
export function applyFilters(cy: Core, scope: Collection, filters: Filters): void {
  cy.batch(() => {
    scope.nodes().forEach((n) => {
      const hidden = filters.hiddenKinds.has(n.data('kind') as string);
      if (hidden !== n.hasClass('filtered')) n.toggleClass('filtered', hidden);
    });
    const edges = scope.nodes().connectedEdges().union(scope.edges());
    edges.forEach((e) => {
      const hidden = edgeFiltered(filters, e.data() as EdgeData) || e.source().hasClass('filtered') || e.target().hasClass('filtered');
      if (hidden !== e.hasClass('filtered')) e.toggleClass('filtered', hidden);
    });
  });
}

/**
 * The elements as Cytoscape takes them, each node at `start` (else its own position), the filters (a deep
 * link's) already in as classes: no restyle pass after the first frame.
 */
export function definitionsOf(elements: readonly GraphElement[], start: ReadonlyMap<string, Point | undefined>, filters: Filters): ElementDefinition[] {
  const hiddenNodes = new Set(elements.filter((e): e is NodeElement => e.group === 'nodes' && filters.hiddenKinds.has(e.data.kind)).map((n) => n.data.id));
  return elements.map((e): ElementDefinition => {
    const position = e.group === 'nodes' ? start.get(e.data.id) ?? e.position : undefined;
    const hidden = e.group === 'nodes' ? hiddenNodes.has(e.data.id)
      : edgeFiltered(filters, e.data) || hiddenNodes.has(e.data.source) || hiddenNodes.has(e.data.target);
    return { group: e.group, data: e.data, ...(position ? { position } : {}), ...(hidden ? { classes: 'filtered' } : {}) } as ElementDefinition;
  });
}

/** An edge's own filters: its type, its source article. (Its ends' kinds are checked by the caller.) */
export function edgeFiltered(filters: Filters, edge: Pick<EdgeData, 'type' | 'articleId'>): boolean {
  return filters.hiddenTypes.has(edge.type) || (edge.articleId !== null && (filters.hiddenSources?.has(edge.articleId) ?? false));
}

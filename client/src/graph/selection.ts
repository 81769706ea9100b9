/** Selection and highlight: what is chosen, what is emphasised and what fades. */
import { byIds } from './edits.js';
import type { Stage } from './stage.js';
import { CENTRE_ZOOM } from './viewport.js';

export interface Selection {
  group: 'nodes' | 'edges';
  id: string;
}

export function createSelection(stage: Stage, onSelect: ((selection: Selection | null) => void) | undefined) {
  const selected = (): Selection | null => {
    const first = stage.cy.$(':selected').first();
    if (first.empty()) return null;
    return { group: first.isNode() ? 'nodes' : 'edges', id: first.id() };
  };
  // Cytoscape reports an unselect and a select separately: the app hears once, with the outcome.
  let reportQueued = false;
  return {
    selected,
    /** The instance's select/unselect handler. */
    changed() {
      if (reportQueued) return;
      reportQueued = true;
      queueMicrotask(() => {
        reportQueued = false;
        onSelect?.(selected());
      });
    },
    select(id: string | null, { center = false } = {}) {
      const { cy } = stage;
      cy.batch(() => {
        cy.$(':selected').unselect();
        if (id === null) return;
        const element = cy.getElementById(id);
        if (element.empty()) return;
        element.select();
      });
      if (id === null || !center || !stage.container) return;
      const element = cy.getElementById(id);
      if (element.nonempty()) cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), CENTRE_ZOOM) }, { duration: 300 });
    },
    /** Emphasises these elements and fades the rest; null clears. */
    highlight(ids: readonly string[] | null, className: 'path' | 'found' = 'path') {
      const { cy } = stage;
      cy.batch(() => {
        cy.elements().removeClass(`faded ${className}`);
        if (!ids) return;
        const chosen = byIds(stage, ids);
        cy.elements().not(chosen).addClass('faded');
        chosen.addClass(className);
      });
    },
  };
}

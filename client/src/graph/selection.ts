/** Selection and highlight: what is chosen, what is emphasised and what fades. */
import { byIds } from './edits.js';
import type { Stage } from './stage.js';
import { CENTRE_ZOOM } from './viewport.js';

export interface Selection {
  group: 'nodes' | 'edges';
  id: string;
}

/** `frame`: brings several elements into view (viewport.ts). */
export function createSelection(stage: Stage, onSelect: ((selection: Selection | null) => void) | undefined, frame: (ids: readonly string[]) => void) {
  const selected = (): Selection | null => {
    const first = stage.cy.$(':selected').first();
    if (first.empty()) return null;
    return { group: first.isNode() ? 'nodes' : 'edges', id: first.id() };
  };
  // Cytoscape reports an unselect and a select separately: the app hears once, with the outcome.
  let reportQueued = false;
  return {
    selected,
    selectedIds: (): string[] => stage.cy.$(':selected').map((e) => e.id()),
    /** The instance's select/unselect handler. */
    changed() {
      if (reportQueued) return;
      reportQueued = true;
      queueMicrotask(() => {
        reportQueued = false;
        onSelect?.(selected());
      });
    },
    /** One element, or several at once (an article's sentence: its edges and their ends); null clears. */
    select(id: string | readonly string[] | null, { center = false } = {}) {
      const { cy } = stage;
      if (id !== null && typeof id !== 'string') {
        cy.batch(() => {
          cy.$(':selected').unselect();
          byIds(stage, id).select();
        });
        if (center) frame(id);
        return;
      }
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

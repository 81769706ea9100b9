/**
 * What the parts of the graph module share: the current Cytoscape instance (a new one per load) and the
 * settings it is drawn with. One plain object, so every part reads the same state and none keeps a copy.
 * Only the load controller replaces `cy` and sets `large`; the facade sets `lang` and `filters`.
 */
import type { Core } from 'cytoscape';
import type { Language } from './style.js';

export interface Filters {
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  /** Articles (by id) whose edges are hidden: the edges each source states, not the entities it names. */
  hiddenSources?: ReadonlySet<string> | undefined;
}

export interface Stage {
  /** Absent: headless (tests). */
  readonly container: HTMLElement | undefined;
  cy: Core;
  /** Drawn the cheap way (see LARGE_ELEMENTS). */
  large: boolean;
  lang: Language;
  filters: Filters;
  /** A person moved the view since it was last fitted: a layout that lands later keeps it. */
  viewportTouched: boolean;
}

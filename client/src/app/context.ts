/**
 * What the explorer's parts share. Each part (commands, details, panels, console, deep link) is a
 * `createX(context, hooks)` factory; `explorer.ts` builds the context once and wires the parts together.
 */
import type { Api } from '../api/api.js';
import type { GraphView } from '../graph/view.js';
import type { I18n } from '../i18n/i18n.js';
import type { ViewState } from '../state/deep-link.js';
import type { History } from '../state/history.js';
import type { Shell } from '../ui/shell.js';
import type { ExpansionRecord } from './expansion.js';
import type { Feedback } from './feedback.js';

export interface ExplorerContext {
  readonly api: Api;
  readonly shell: Shell;
  /** The interface's language; every message shown is read from its catalogue (`i18n.m`). */
  readonly i18n: I18n;
  /** The view state the URL mirrors; parts change it in place and then call `syncUrl`. */
  readonly state: ViewState;
  readonly history: History;
  /** What each expanded node added and what it holds back for "show more". */
  readonly expansions: Map<string, ExpansionRecord>;
  readonly feedback: Feedback;
  /** The canvas; undefined until the first graph has loaded. */
  view(): GraphView | undefined;
  /** Writes `state` into the URL (debounced). */
  syncUrl(): void;
}

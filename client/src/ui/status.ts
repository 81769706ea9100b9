/** The status line under the canvas: what is drawn, what is loading. Announced politely (role="status"). */
import type { I18n, Text } from '../i18n/i18n.js';
import { h } from './dom.js';

export interface StatusCounts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

export interface StatusBar {
  element: HTMLElement;
  setCounts(counts: StatusCounts): void;
  setBusy(message: Text | null): void;
}

export function createStatusBar(i18n: I18n): StatusBar {
  const counts = h('span', { className: 'status-counts' });
  const busy = h('span', { className: 'status-busy', attrs: { hidden: true } });
  const element = h('div', { className: 'status', attrs: { role: 'status' } }, counts, busy);
  let shown: { counts?: StatusCounts; busy: Text | null } = { busy: null };
  const render = () => {
    const m = i18n.m.status;
    const c = shown.counts;
    if (c) {
      const hidden = c.nodes - c.visibleNodes + (c.edges - c.visibleEdges);
      counts.textContent = [m.nodes(c.visibleNodes), m.edges(c.visibleEdges), ...(hidden > 0 ? [m.hidden(hidden)] : [])].join(' · ');
      element.dataset.nodes = String(c.visibleNodes);
      element.dataset.edges = String(c.visibleEdges);
    }
    busy.hidden = shown.busy === null;
    busy.textContent = shown.busy?.(i18n.m) ?? '';
    element.setAttribute('aria-busy', String(shown.busy !== null));
  };
  i18n.onChange(render);
  return {
    element,
    setCounts(c) {
      shown = { ...shown, counts: c };
      render();
    },
    setBusy(message) {
      shown = { ...shown, busy: message };
      render();
    },
  };
}

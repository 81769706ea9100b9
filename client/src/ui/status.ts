/** The status line under the canvas: what is drawn, what is loading. Announced politely (role="status"). */
import { h } from './dom.js';

export interface StatusCounts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

export interface StatusBar {
  element: HTMLElement;
  setCounts(counts: StatusCounts, note?: string): void;
  setBusy(message: string | null): void;
}

export function createStatusBar(): StatusBar {
  const counts = h('span', { className: 'status-counts' });
  const busy = h('span', { className: 'status-busy', attrs: { hidden: true } });
  const element = h('div', { className: 'status', attrs: { role: 'status' } }, counts, busy);
  return {
    element,
    setCounts(c, note) {
      const hidden = c.nodes - c.visibleNodes + (c.edges - c.visibleEdges);
      const text = `${plural(c.visibleNodes, 'node')} · ${plural(c.visibleEdges, 'edge')}`
        + (hidden > 0 ? ` · ${hidden} hidden by filters` : '')
        + (note ? ` · ${note}` : '');
      counts.textContent = text;
      element.dataset.nodes = String(c.visibleNodes);
      element.dataset.edges = String(c.visibleEdges);
    },
    setBusy(message) {
      busy.hidden = message === null;
      busy.textContent = message ?? '';
      element.setAttribute('aria-busy', String(message !== null));
    },
  };
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** The page skeleton: top bar, banner, three columns (legend + list | canvas | details + console). */
import { h } from './dom.js';

export interface Shell {
  root: HTMLElement;
  search: HTMLElement;
  toolbar: HTMLElement;
  banner: HTMLElement;
  left: HTMLElement;
  canvas: HTMLElement;
  stage: HTMLElement;
  overlay: HTMLElement;
  toast: HTMLElement;
  status: HTMLElement;
  right: HTMLElement;
}

export function createShell(root: HTMLElement): Shell {
  const search = h('div', { className: 'topbar-search' });
  const toolbar = h('div', { className: 'topbar-tools' });
  const banner = h('div', { className: 'banner-slot' });
  const left = h('aside', { className: 'sidebar sidebar-left', attrs: { 'aria-label': 'Legend and elements' } });
  const canvas = h('div', {
    className: 'canvas',
    attrs: { role: 'img', 'aria-label': 'Graph canvas. The Elements list offers the same nodes and edges for keyboard and screen readers.' },
  });
  const overlay = h('div', { className: 'overlay' }, h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), h('span', { className: 'overlay-text' }, 'Loading the graph…'));
  const toast = h('div', { className: 'toast', attrs: { hidden: true } });
  const status = h('div', { className: 'status-slot' });
  const stage = h('main', { className: 'stage', attrs: { 'aria-busy': 'true' } }, canvas, overlay, toast, status);
  const right = h('aside', { className: 'sidebar sidebar-right', attrs: { 'aria-label': 'Details and query' } });
  root.replaceChildren(
    h('header', { className: 'topbar' },
      h('div', { className: 'brand' },
        h('span', { className: 'brand-mark', attrs: { 'aria-hidden': 'true' } }),
        h('div', {}, h('h1', {}, 'DeepSeek in relations'), h('p', { className: 'brand-sub' }, 'Who backs it, who doubts it'))),
      search, toolbar),
    banner,
    h('div', { className: 'workspace' }, left, stage, right),
  );
  return { root, search, toolbar, banner, left, canvas, stage, overlay, toast, status, right };
}

export function setOverlay(shell: Shell, text: string | null, options: { error?: boolean } = {}): void {
  shell.overlay.hidden = text === null;
  shell.overlay.classList.toggle('error', options.error ?? false);
  const label = shell.overlay.querySelector('.overlay-text');
  if (label) label.textContent = text ?? '';
  shell.stage.setAttribute('aria-busy', String(text !== null && !options.error));
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** A short message over the canvas; it fades on its own unless it offers an action. */
export function showToast(shell: Shell, text: string, action?: { label: string; run: () => void }): void {
  if (toastTimer) clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { shell.toast.hidden = true; }, action ? 12_000 : 5_000);
  const close = h('button', { className: 'toast-close', attrs: { type: 'button', 'aria-label': 'Dismiss' }, on: { click: () => { shell.toast.hidden = true; } } }, '×');
  shell.toast.replaceChildren(h('span', {}, text),
    action ? h('button', { className: 'btn btn-small', attrs: { type: 'button' }, on: { click: () => { shell.toast.hidden = true; action.run(); } } }, action.label) : '',
    close);
  shell.toast.hidden = false;
}

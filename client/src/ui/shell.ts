/**
 * The page skeleton: top bar, banner, three columns (legend + list | canvas | details + console) and,
 * for narrow screens, the tab bar and the canvas's own controls (see panel-host.ts and app.css).
 */
import type { I18n, Text } from '../i18n/i18n.js';
import { h } from './dom.js';
import { localize } from './localize.js';
import { createPanelHost, createTabbar, type PanelHost } from './panel-host.js';

export interface Shell {
  root: HTMLElement;
  search: HTMLElement;
  toolbar: HTMLElement;
  /** Opens the tools (the toolbar's sheet) on narrow screens. */
  toolsButton: HTMLButtonElement;
  banner: HTMLElement;
  left: HTMLElement;
  canvas: HTMLElement;
  stage: HTMLElement;
  /** Undo, redo and fit on the canvas itself, for narrow (touch) screens. */
  controls: HTMLElement;
  overlay: HTMLElement;
  toast: HTMLElement;
  status: HTMLElement;
  right: HTMLElement;
  panels: PanelHost;
  /** The message over the canvas while it loads (null: none); `error` keeps it up without the spinner. */
  setOverlay(text: Text | null, options?: { error?: boolean }): void;
  /** A short message over the canvas; it fades on its own unless it offers an action. */
  showToast(text: Text, action?: { label: Text; run: () => void }): void;
  hideToast(): void;
}

export function createShell(root: HTMLElement, i18n: I18n): Shell {
  const search = h('div', { className: 'topbar-search' });
  const toolbar = h('div', { className: 'topbar-tools' });
  const toolsButton = h('button', { className: 'btn tools-button', attrs: { type: 'button' } },
    h('span', { attrs: { 'aria-hidden': 'true' } }, '⋯'), h('span', { className: 'tools-button-label' }));
  const banner = h('div', { className: 'banner-slot' });
  const left = h('aside', { className: 'sidebar sidebar-left' });
  const canvas = h('div', { className: 'canvas', attrs: { role: 'img' } });
  const overlayText = h('span', { className: 'overlay-text' });
  const overlay = h('div', { className: 'overlay' }, h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), overlayText);
  const controls = h('div', { className: 'canvas-controls', attrs: { role: 'toolbar' } });
  const toast = h('div', { className: 'toast', attrs: { hidden: true } });
  const status = h('div', { className: 'status-slot' });
  const stage = h('main', { className: 'stage', attrs: { 'aria-busy': 'true' } }, canvas, overlay, controls, toast, status);
  const right = h('aside', { className: 'sidebar sidebar-right' });
  const title = h('h1', {});
  const subtitle = h('p', { className: 'brand-sub' });
  const tabbar = createTabbar(i18n);
  root.replaceChildren(
    h('header', { className: 'topbar' },
      h('div', { className: 'brand' },
        h('span', { className: 'brand-mark', attrs: { 'aria-hidden': 'true' } }),
        h('div', { className: 'brand-text' }, title, subtitle)),
      search, toolsButton, toolbar),
    banner,
    h('div', { className: 'workspace' }, left, stage, right),
    tabbar,
  );
  let overlayMessage: Text | null = (m) => m.busy.loadingGraph;
  localize(i18n, (m) => {
    title.textContent = m.app.title;
    subtitle.textContent = m.app.subtitle;
    left.setAttribute('aria-label', m.shell.left);
    right.setAttribute('aria-label', m.shell.right);
    canvas.setAttribute('aria-label', m.shell.canvas);
    controls.setAttribute('aria-label', m.shell.canvasControls);
    toolsButton.lastElementChild?.replaceChildren(m.panels.tools);
    overlayText.textContent = overlayMessage?.(m) ?? '';
    // A toast is a moment's news: it does not outlive a change of language.
    toast.hidden = true;
  });
  const panels = createPanelHost({ root, tabbar, i18n });
  panels.bindToggle(toolsButton, 'tools');

  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const hideToast = () => { toast.hidden = true; };
  return {
    root, search, toolbar, toolsButton, banner, left, canvas, stage, controls, overlay, toast, status, right, panels,
    setOverlay(text, { error = false } = {}) {
      overlayMessage = text;
      overlay.hidden = text === null;
      overlay.classList.toggle('error', error);
      overlayText.textContent = text?.(i18n.m) ?? '';
      stage.setAttribute('aria-busy', String(text !== null && !error));
    },
    showToast(text, action) {
      const m = i18n.m;
      if (toastTimer) clearTimeout(toastTimer);
      toastTimer = setTimeout(hideToast, action ? 12_000 : 5_000);
      const close = h('button', { className: 'toast-close', attrs: { type: 'button', 'aria-label': m.shell.dismiss }, on: { click: hideToast } }, '×');
      toast.replaceChildren(h('span', {}, text(m)),
        action ? h('button', { className: 'btn btn-small', attrs: { type: 'button' }, on: { click: () => { hideToast(); action.run(); } } }, action.label(m)) : '',
        close);
      toast.hidden = false;
    },
    hideToast,
  };
}

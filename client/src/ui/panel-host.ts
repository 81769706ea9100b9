/**
 * The panels around the canvas, and how they open on narrow screens. On a wide screen every panel sits
 * in its column and this does nothing visible. Below the narrow breakpoint (app.css: the tab bar shows)
 * the canvas takes the screen and each panel is a sheet: its tab opens it over the canvas (from the
 * bottom on a phone, from the side on a tablet), and the tab again, the sheet's close button or Escape
 * closes it. One panel is open at a time.
 *
 * A new panel (the article reader, say) is one `add` call: its tab, its sheet and its close button follow.
 */
import type { I18n, Messages } from '../i18n/i18n.js';
import { button, h } from './dom.js';
import { localize } from './localize.js';

export interface PanelSpec {
  /** Also the panel element's id, prefixed `panel-`. */
  id: string;
  name(m: Messages): string;
  element: HTMLElement;
  /** The column (sheet) it lives in; it gets a close button for narrow screens. */
  sheet: HTMLElement;
  /** Opened from elsewhere (the top bar's Tools button), not from the tab bar. @default false */
  untabbed?: boolean;
}

export interface PanelHost {
  add(panel: PanelSpec): void;
  /** Opens a panel as a sheet (narrow screens), or closes the open one (null). */
  open(id: string | null): void;
  toggle(id: string): void;
  opened(): string | null;
  /** Whether the panels are sheets now (the narrow layout), rather than columns. */
  narrow(): boolean;
  /** A button elsewhere that opens the panel; it shows whether the panel is open. */
  bindToggle(control: HTMLButtonElement, id: string): void;
  /**
   * The part of `area` (the canvas) that the open sheet leaves in view, in `area`'s own pixels: above a
   * bottom sheet, beside a side sheet. Null when no sheet covers it.
   */
  uncovered(area: HTMLElement): { x: number; y: number; w: number; h: number } | null;
}

export function createPanelHost(options: { root: HTMLElement; tabbar: HTMLElement; i18n: I18n }): PanelHost {
  const { root, tabbar, i18n } = options;
  const panels = new Map<string, PanelSpec>();
  const toggles = new Map<string, HTMLButtonElement[]>();
  const sheets = new Set<HTMLElement>();
  let current: string | null = null;

  const render = () => {
    for (const [id, panel] of panels) {
      panel.element.toggleAttribute('data-open', id === current);
      for (const control of toggles.get(id) ?? []) control.setAttribute('aria-expanded', String(id === current));
    }
    if (current) root.dataset.sheet = current;
    else delete root.dataset.sheet;
  };

  const host: PanelHost = {
    add(panel) {
      panels.set(panel.id, panel);
      panel.element.id = `panel-${panel.id}`;
      panel.element.dataset.panel = panel.id;
      if (!sheets.has(panel.sheet)) {
        sheets.add(panel.sheet);
        const close = button('×', () => host.open(null), { className: 'sheet-close' });
        localize(i18n, (m) => close.setAttribute('aria-label', m.shell.closePanel));
        panel.sheet.prepend(close);
      }
      if (!panel.untabbed) {
        const tab = button('', () => host.toggle(panel.id), { className: 'tab', attrs: { 'aria-controls': panel.element.id, 'aria-expanded': 'false' } });
        localize(i18n, (m) => { tab.textContent = panel.name(m); });
        tabbar.append(tab);
        toggles.set(panel.id, [...(toggles.get(panel.id) ?? []), tab]);
      }
      render();
    },
    open(id) {
      current = id !== null && panels.has(id) ? id : null;
      render();
    },
    toggle(id) {
      host.open(current === id ? null : id);
    },
    opened: () => current,
    narrow: () => tabbar.checkVisibility(),
    uncovered(area) {
      const sheet = current ? panels.get(current)?.sheet : undefined;
      if (!sheet || !host.narrow()) return null;
      const a = area.getBoundingClientRect();
      const s = sheet.getBoundingClientRect();
      if (s.bottom <= a.top || s.top >= a.bottom || s.right <= a.left || s.left >= a.right) return null;
      // A bottom sheet spans the canvas's width; a side sheet stands at one end of it.
      if (s.left <= a.left + 1 && s.right >= a.right - 1) return { x: 0, y: 0, w: a.width, h: Math.max(0, s.top - a.top) };
      // Which end it stands at is the edge it touches, not where its middle falls: a tablet's side sheet
      // can be wider than half the canvas.
      return s.right >= a.right - 1
        ? { x: 0, y: 0, w: Math.max(0, s.left - a.left), h: a.height }
        : { x: Math.max(0, s.right - a.left), y: 0, w: Math.max(0, a.right - s.right), h: a.height };
    },
    bindToggle(control, id) {
      control.setAttribute('aria-expanded', 'false');
      control.setAttribute('aria-controls', `panel-${id}`);
      control.addEventListener('click', () => host.toggle(id));
      toggles.set(id, [...(toggles.get(id) ?? []), control]);
      render();
    },
  };
  return host;
}

/** The tab bar of narrow screens (hidden on wide ones by app.css). */
export function createTabbar(i18n: I18n): HTMLElement {
  const nav = h('nav', { className: 'tabbar' });
  localize(i18n, (m) => nav.setAttribute('aria-label', m.shell.panels));
  return nav;
}

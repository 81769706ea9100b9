/** The toolbar: layout, fit, undo/redo, label language, export, clear/reload. Plain buttons with names. */
import { button, h } from './dom.js';

export interface ToolbarOptions {
  layouts: { value: string; label: string }[];
  onLayout(value: string): void;
  onFit(): void;
  onUndo(): void;
  onRedo(): void;
  onLanguage(lang: 'en' | 'ar'): void;
  onExport(format: 'png' | 'svg' | 'json'): void;
  onClear(): void;
  onReload(): void;
}

export interface Toolbar {
  element: HTMLElement;
  setLayout(value: string): void;
  setLanguage(lang: 'en' | 'ar'): void;
  setHistory(undo: string | undefined, redo: string | undefined): void;
}

export function createToolbar(options: ToolbarOptions): Toolbar {
  const layout = h('select', { className: 'select', attrs: { 'aria-label': 'Layout', title: 'Layout' } },
    ...options.layouts.map((l) => h('option', { attrs: { value: l.value } }, l.label)));
  layout.addEventListener('change', () => options.onLayout(layout.value));
  const undo = button('↶', options.onUndo, { className: 'btn btn-icon', attrs: { disabled: true, 'aria-label': 'Undo' } });
  const redo = button('↷', options.onRedo, { className: 'btn btn-icon', attrs: { disabled: true, 'aria-label': 'Redo' } });
  const en = button('English', () => options.onLanguage('en'), { className: 'seg', attrs: { 'aria-pressed': 'true', lang: 'en' } });
  const ar = button('العربية', () => options.onLanguage('ar'), { className: 'seg', attrs: { 'aria-pressed': 'false', lang: 'ar', dir: 'rtl' } });
  const exportButton = (format: 'png' | 'svg' | 'json') =>
    button(format.toUpperCase(), () => options.onExport(format), { className: 'btn btn-small', attrs: { 'aria-label': `Export ${format.toUpperCase()}`, title: `Download the graph as ${format.toUpperCase()}` } });

  const element = h('div', { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Graph tools' } },
    h('div', { className: 'tool-group' }, layout, button('Fit', options.onFit, { className: 'btn', attrs: { title: 'Fit the graph in view (F)' } })),
    h('div', { className: 'tool-group' }, undo, redo),
    h('div', { className: 'tool-group segmented', attrs: { role: 'group', 'aria-label': 'Label language' } }, en, ar),
    h('div', { className: 'tool-group', attrs: { role: 'group', 'aria-label': 'Export' } },
      h('span', { className: 'tool-label', attrs: { 'aria-hidden': 'true' } }, 'Export'), exportButton('png'), exportButton('svg'), exportButton('json')),
    h('div', { className: 'tool-group' },
      button('Clear', options.onClear, { className: 'btn btn-quiet', attrs: { title: 'Empty the canvas (undo brings it back); then search to start from one node' } }),
      button('Reload', options.onReload, { className: 'btn btn-quiet', attrs: { title: 'Draw the whole graph again' } })));

  return {
    element,
    setLayout: (value) => { layout.value = value; },
    setLanguage(lang) {
      en.setAttribute('aria-pressed', String(lang === 'en'));
      ar.setAttribute('aria-pressed', String(lang === 'ar'));
    },
    setHistory(undoLabel, redoLabel) {
      undo.disabled = !undoLabel;
      redo.disabled = !redoLabel;
      undo.title = undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo';
      redo.title = redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
    },
  };
}

/**
 * The toolbar: layout, fit, undo/redo, language, export, clear/reload. Plain buttons with names. On
 * narrow screens it is the Tools sheet, and `createCanvasControls` puts undo, redo and fit on the canvas.
 */
import type { I18n, Language, Text } from '../i18n/i18n.js';
import { button, h } from './dom.js';
import { localize } from './localize.js';

export type ExportFormat = 'png' | 'svg' | 'json';

export interface ToolbarOptions {
  i18n: I18n;
  layouts: readonly { value: string; name: Text }[];
  onLayout(value: string): void;
  onFit(): void;
  onUndo(): void;
  onRedo(): void;
  onLanguage(lang: Language): void;
  onExport(format: ExportFormat): void;
  onClear(): void;
  onReload(): void;
}

export interface Toolbar {
  element: HTMLElement;
  setLayout(value: string): void;
  setLanguage(lang: Language): void;
  setHistory(undo: string | undefined, redo: string | undefined): void;
}

/** Undo and redo buttons: the label says what they would undo or redo. */
function historyButtons(i18n: I18n, onUndo: () => void, onRedo: () => void) {
  const undo = button('↶', onUndo, { className: 'btn btn-icon icon-mirror', attrs: { disabled: true } });
  const redo = button('↷', onRedo, { className: 'btn btn-icon icon-mirror', attrs: { disabled: true } });
  let labels: [string | undefined, string | undefined] = [undefined, undefined];
  const label = () => {
    const m = i18n.m.toolbar;
    undo.setAttribute('aria-label', m.undo);
    redo.setAttribute('aria-label', m.redo);
    undo.title = labels[0] ? m.undoTitle(labels[0]) : m.nothingToUndo;
    redo.title = labels[1] ? m.redoTitle(labels[1]) : m.nothingToRedo;
  };
  localize(i18n, label);
  return {
    undo,
    redo,
    set(undoLabel: string | undefined, redoLabel: string | undefined) {
      labels = [undoLabel, redoLabel];
      undo.disabled = !undoLabel;
      redo.disabled = !redoLabel;
      label();
    },
  };
}

function fitButton(i18n: I18n, onFit: () => void, className: string): HTMLButtonElement {
  const fit = button('', onFit, { className });
  localize(i18n, (m) => {
    fit.textContent = m.toolbar.fit;
    fit.title = m.toolbar.fitTitle;
  });
  return fit;
}

export function createToolbar(options: ToolbarOptions): Toolbar {
  const { i18n } = options;
  const layout = h('select', { className: 'select' });
  const layoutOptions = options.layouts.map(({ value }) => h('option', { attrs: { value } }));
  layout.append(...layoutOptions);
  layout.addEventListener('change', () => options.onLayout(layout.value));
  const history = historyButtons(i18n, options.onUndo, options.onRedo);
  const en = button('English', () => options.onLanguage('en'), { className: 'seg', attrs: { 'aria-pressed': 'true', lang: 'en', dir: 'ltr' } });
  const ar = button('العربية', () => options.onLanguage('ar'), { className: 'seg', attrs: { 'aria-pressed': 'false', lang: 'ar', dir: 'rtl' } });
  const language = h('div', { className: 'tool-group segmented', attrs: { role: 'group' } }, en, ar);
  const formats: ExportFormat[] = ['png', 'svg', 'json'];
  const exports = formats.map((format) => button(format.toUpperCase(), () => options.onExport(format), { className: 'btn btn-small' }));
  const exportLabel = h('span', { className: 'tool-label', attrs: { 'aria-hidden': 'true' } });
  const exportGroup = h('div', { className: 'tool-group', attrs: { role: 'group' } }, exportLabel, ...exports);
  const clear = button('', options.onClear, { className: 'btn btn-quiet' });
  const reload = button('', options.onReload, { className: 'btn btn-quiet' });

  const element = h('div', { className: 'toolbar', attrs: { role: 'toolbar' } },
    h('div', { className: 'tool-group' }, layout, fitButton(i18n, options.onFit, 'btn')),
    h('div', { className: 'tool-group' }, history.undo, history.redo),
    language, exportGroup,
    h('div', { className: 'tool-group' }, clear, reload));

  localize(i18n, (m) => {
    element.setAttribute('aria-label', m.toolbar.label);
    layout.setAttribute('aria-label', m.toolbar.layout);
    layout.title = m.toolbar.layout;
    layoutOptions.forEach((option, i) => { option.textContent = options.layouts[i]?.name(m) ?? ''; });
    language.setAttribute('aria-label', m.toolbar.language);
    exportGroup.setAttribute('aria-label', m.toolbar.export);
    exportLabel.textContent = m.toolbar.export;
    exports.forEach((b, i) => {
      const format = (formats[i] ?? '').toUpperCase();
      b.setAttribute('aria-label', m.toolbar.exportAs(format));
      b.title = m.toolbar.exportTitle(format);
    });
    clear.textContent = m.toolbar.clear;
    clear.title = m.toolbar.clearTitle;
    reload.textContent = m.toolbar.reload;
    reload.title = m.toolbar.reloadTitle;
  });

  return {
    element,
    setLayout: (value) => { layout.value = value; },
    setLanguage(lang) {
      en.setAttribute('aria-pressed', String(lang === 'en'));
      ar.setAttribute('aria-pressed', String(lang === 'ar'));
    },
    setHistory: (undoLabel, redoLabel) => history.set(undoLabel, redoLabel),
  };
}

export interface CanvasControls {
  setHistory(undo: string | undefined, redo: string | undefined): void;
}

/** Undo, redo and fit over the canvas (shown on narrow screens, where the toolbar is a sheet). */
export function createCanvasControls(host: HTMLElement, options: Pick<ToolbarOptions, 'i18n' | 'onFit' | 'onUndo' | 'onRedo'>): CanvasControls {
  const history = historyButtons(options.i18n, options.onUndo, options.onRedo);
  host.append(history.undo, history.redo, fitButton(options.i18n, options.onFit, 'btn'));
  return { setHistory: (undoLabel, redoLabel) => history.set(undoLabel, redoLabel) };
}

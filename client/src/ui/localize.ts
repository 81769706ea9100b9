/** Text that follows the interface's language: set now, and again on every change. */
import type { I18n, Messages } from '../i18n/i18n.js';

export function localize(i18n: I18n, apply: (m: Messages) => void): void {
  apply(i18n.m);
  i18n.onChange(() => apply(i18n.m));
}

/** The document speaks the interface's language: `<html lang dir>` (so the page mirrors) and its title. */
export function localizeDocument(doc: Document, i18n: I18n): void {
  localize(i18n, (m) => {
    doc.documentElement.lang = i18n.lang;
    doc.documentElement.dir = i18n.dir;
    doc.title = m.app.documentTitle;
  });
}

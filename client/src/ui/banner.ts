/**
 * The error banner: one `role="alert"` region that says what went wrong, offers a retry, and keeps the
 * server's own words (English, technical) one click away.
 */
import type { I18n, Messages } from '../i18n/i18n.js';
import { button, h, replace } from './dom.js';

export interface BannerText {
  title: string;
  message: string;
  /** The server's or the browser's own message, shown folded and marked as English. */
  detail?: string | undefined;
}

export interface Banner {
  element: HTMLElement;
  /** `text` is asked again in the new language when the language changes while the banner shows. */
  show(text: (m: Messages) => BannerText, options?: { retry?: (() => void) | undefined }): void;
  hide(): void;
}

export function createBanner(i18n: I18n): Banner {
  const element = h('div', { className: 'banner', attrs: { role: 'alert', hidden: true } });
  let shown: { text: (m: Messages) => BannerText; retry?: (() => void) | undefined } | undefined;
  const render = () => {
    if (!shown) return;
    const m = i18n.m.banner;
    const { retry } = shown;
    const b = shown.text(i18n.m);
    replace(
      element,
      h('div', { className: 'banner-text' }, h('strong', {}, b.title), ' ', h('span', {}, b.message),
        b.detail ? serverWords(m.detail, b.detail) : null),
      h('div', { className: 'banner-actions' },
        retry ? button(m.retry, () => { banner.hide(); retry(); }, { className: 'btn btn-small' }) : null,
        button(m.dismiss, () => banner.hide(), { className: 'btn btn-small btn-quiet' })),
    );
  };
  const banner: Banner = {
    element,
    show(text, { retry } = {}) {
      shown = { text, retry };
      render();
      element.hidden = false;
    },
    hide() {
      shown = undefined;
      element.hidden = true;
      element.replaceChildren();
    },
  };
  i18n.onChange(render);
  return banner;
}

/** The server's or the browser's own words about a failure (English, technical), folded under `summary`. */
export function serverWords(summary: string, detail: string): HTMLElement {
  return h('details', { className: 'banner-detail' }, h('summary', {}, summary), h('code', { attrs: { lang: 'en', dir: 'ltr' } }, detail));
}

/** The error banner: one `role="alert"` region that says what went wrong and offers a retry. */
import { button, h, replace } from './dom.js';

export interface Banner {
  element: HTMLElement;
  show(message: string, options?: { title?: string; retry?: () => void }): void;
  hide(): void;
}

export function createBanner(): Banner {
  const element = h('div', { className: 'banner', attrs: { role: 'alert', hidden: true } });
  const banner: Banner = {
    element,
    show(message, { title = 'Something went wrong', retry } = {}) {
      replace(
        element,
        h('div', { className: 'banner-text' }, h('strong', {}, title), ' ', h('span', {}, message)),
        h('div', { className: 'banner-actions' },
          retry ? button('Retry', () => { banner.hide(); retry(); }, { className: 'btn btn-small' }) : null,
          button('Dismiss', () => banner.hide(), { className: 'btn btn-small btn-quiet' })),
      );
      element.hidden = false;
    },
    hide() {
      element.hidden = true;
      element.replaceChildren();
    },
  };
  return banner;
}

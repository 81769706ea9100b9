/**
 * The article reader: a region labelled "Article" that shows an article's text beside the graph — its
 * metadata, the Arabic original right to left in the Arabic face (whatever the interface's language),
 * the English translation left to right, paragraph by paragraph, one language or both.
 *
 * Every sentence that backs a relation is a `<mark>`: pointing at it or focusing it shows the relations
 * it backs (a tooltip), activating it (click, Enter, Space) hands it to the app, and ↑ ↓ Home End move
 * from one to the next. Only one mark is in the tab order at a time (a roving tabindex), so the text is
 * one tab stop, not fifty. Text from the database goes in as text nodes only.
 */
import type { ArticleText, NamedRelation, Segment, Source } from '../api/types.js';
import type { I18n, Text } from '../i18n/i18n.js';
import { append, arabic, autoDir, button, h, replace, safeUrl } from './dom.js';
import { localize } from './localize.js';
import { createQuoteTip } from './quote-tip.js';

/**
 * Which text the reader shows. The deep link (state/deep-link.ts) keeps the same union, which ui/ may not
 * import; app/ hands one to the other, so the compiler checks that they agree.
 */
export type ReaderText = 'both' | 'ar' | 'en';

export interface ReaderActions {
  close(): void;
  /** A marked sentence was activated (click, Enter, Space): its `Quote.id`. */
  activate(quoteId: string): void;
  setText(text: ReaderText): void;
  /** From the list of articles shown when none is open. */
  open(articleId: string): void;
}

export interface ReaderPanel {
  element: HTMLElement;
  /** Nothing open: the panel closes on a wide screen; as a sheet it lists the articles to open. */
  empty(sources: readonly Source[] | null): void;
  loading(): void;
  /** A failure (or an article that is not there), with a Retry when one is given. */
  failed(message: Text, retry?: () => void): void;
  show(article: ArticleText): void;
  /**
   * Marks the sentence as the one shown (aria-current), or none; `scroll` brings it into view, `focus`
   * puts the keyboard on it.
   */
  emphasise(quoteId: string | null, options?: { scroll?: boolean; focus?: boolean }): void;
  setText(text: ReaderText): void;
  /** An article (or its loading or failure) is shown. */
  isOpen(): boolean;
}

/** Quote ids are `<paragraph>:<start>-<end>`: the shortest of a stretch's quotes is its innermost sentence. */
export function innermost(quoteIds: readonly string[]): string | undefined {
  const length = (id: string) => {
    const [, start = '0', end = '0'] = /:(\d+)-(\d+)$/.exec(id) ?? [];
    return Number(end) - Number(start);
  };
  return [...quoteIds].sort((a, b) => length(a) - length(b))[0];
}

export function createReaderPanel(i18n: I18n, actions: ReaderActions): ReaderPanel {
  const t = () => i18n.m.reader;
  const title = h('h2', { attrs: { id: 'reader-title' } });
  const close = button('×', actions.close, { className: 'btn btn-icon btn-quiet reader-close' });
  const texts: { value: ReaderText; label: (m: I18n['m']) => string }[] = [
    { value: 'ar', label: (m) => m.reader.arabic },
    { value: 'en', label: (m) => m.reader.english },
    { value: 'both', label: (m) => m.reader.both },
  ];
  const textButtons = texts.map((x) => {
    const b = button('', () => actions.setText(x.value), { className: 'seg', attrs: { 'aria-pressed': 'false' } });
    b.dataset.text = x.value;
    return b;
  });
  const textGroup = h('div', { className: 'segmented tool-group', attrs: { role: 'group' } }, ...textButtons);
  const previous = button('↑', () => step(-1), { className: 'btn btn-small' });
  const next = button('↓', () => step(1), { className: 'btn btn-small' });
  const position = h('span', { className: 'reader-position', attrs: { 'aria-live': 'polite' } });
  const nav = h('div', { className: 'reader-nav' }, previous, position, next);
  const tools = h('div', { className: 'reader-tools' }, textGroup, nav);
  const body = h('div', { className: 'reader-body' });
  const tip = createQuoteTip(i18n, () => element);
  const element = h('section', { className: 'panel reader', attrs: { 'aria-labelledby': 'reader-title', 'aria-busy': 'false', 'data-closed': '' } },
    h('div', { className: 'reader-bar' }, h('div', { className: 'panel-head' }, title, close), tools),
    body, tip.element);

  /** What is shown, as a function of the language: drawn again when it changes. */
  let current: () => (Node | null)[] = () => [];
  let article: ArticleText | null = null;
  let emphasised: string | null = null;
  /** The sentence the keyboard is on (the one mark in the tab order): the emphasised one, or where ↑ ↓ went. */
  let rover: string | null = null;
  let text: ReaderText = 'both';
  /** The quotes in reading order, and the relations each backs. */
  let order: string[] = [];
  let backs = new Map<string, NamedRelation[]>();

  /** Draws the view again (the language changed): the same text, so the scroll position holds. */
  const render = () => {
    replace(body, ...current());
    applyEmphasis();
  };
  const showView = (view: () => (Node | null)[], state: { open: boolean; busy?: boolean }) => {
    current = view;
    element.toggleAttribute('data-closed', !state.open);
    element.setAttribute('aria-busy', String(state.busy ?? false));
    tip.hide();
    render();
    body.scrollTop = 0;
  };
  localize(i18n, (m) => {
    title.textContent = m.reader.region;
    close.setAttribute('aria-label', m.reader.close);
    close.title = m.reader.close;
    textGroup.setAttribute('aria-label', m.reader.text);
    textButtons.forEach((b, i) => { b.textContent = texts[i]?.label(m) ?? ''; });
    previous.setAttribute('aria-label', m.reader.previous);
    previous.title = m.reader.previous;
    next.setAttribute('aria-label', m.reader.next);
    next.title = m.reader.next;
  });
  i18n.onChange(render);

  /** A line cut at its quotes: plain stretches as text, quoted ones as marks that know their sentences. */
  const line = (segments: readonly Segment[], lang: 'ar' | 'en') => {
    const p = lang === 'ar' ? arabic('p', '', 'reader-ar') : h('p', { className: 'reader-en', attrs: { lang: 'en', dir: 'ltr' } });
    for (const segment of segments) {
      if (!segment.quoteIds.length) {
        append(p, segment.text);
        continue;
      }
      const quote = innermost(segment.quoteIds) ?? '';
      append(p, h('mark', {
        className: 'quote-mark',
        attrs: { 'data-quote': quote, 'data-quotes': segment.quoteIds.join(' '), 'data-lang': lang, role: 'button', tabindex: '-1' },
      }, segment.text));
    }
    return p;
  };

  const metadata = (a: ArticleText) => {
    const url = safeUrl(a.url);
    const byline = [a.outlet, a.author, a.date].filter((x): x is string => Boolean(x));
    return h('header', { className: 'reader-meta' },
      a.titleAr ? arabic('h3', a.titleAr, 'reader-title-ar') : null,
      a.title ? h('p', { className: a.titleAr ? 'reader-title-en' : 'reader-title-ar', attrs: { lang: 'en', dir: 'auto' } }, a.title) : null,
      byline.length ? h('p', { className: 'reader-byline' }, ...byline.flatMap((x, i) => [i ? ' · ' : '', autoDir('span', x)])) : null,
      url ? h('p', { className: 'reader-link' }, h('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, t().original, i18n.m.console.externalMark)) : null);
  };

  const articleView = (a: ArticleText) => (): (Node | null)[] => {
    const paragraphs = a.paragraphs ?? [];
    return [
      metadata(a),
      paragraphs.length ? h('p', { className: 'hint reader-hint' }, t().hint) : h('p', { className: 'meta' }, t().noText),
      ...paragraphs.map((p) => h('div', { className: 'reader-par', attrs: { 'data-index': p.index } },
        line(p.segments, 'ar'),
        p.translation !== null ? line(p.translationSegments.length ? p.translationSegments : [{ text: p.translation, quoteIds: [] }], 'en') : null)),
      a.translationNote ? h('p', { className: 'reader-note' }, t().translationNote, h('span', { attrs: { lang: 'en', dir: 'ltr' } }, a.translationNote)) : null,
    ];
  };

  /** The marks of a sentence in the language read first (Arabic when it is shown), in text order. */
  const marksOf = (quoteId: string): HTMLElement[] => {
    const all = [...body.querySelectorAll<HTMLElement>('mark[data-quotes]')].filter((m) => (m.dataset.quotes ?? '').split(' ').includes(quoteId));
    const lead = text === 'en' ? 'en' : 'ar';
    const led = all.filter((m) => m.dataset.lang === lead);
    return led.length ? led : all;
  };

  function applyEmphasis() {
    body.className = `reader-body text-${text}`;
    for (const mark of body.querySelectorAll<HTMLElement>('mark[data-quotes]')) {
      const quotes = (mark.dataset.quotes ?? '').split(' ');
      const on = emphasised !== null && quotes.includes(emphasised);
      mark.classList.toggle('current', on);
      if (on) mark.setAttribute('aria-current', 'true');
      else mark.removeAttribute('aria-current');
      mark.tabIndex = -1;
    }
    const stop = rover ?? order[0];
    const first = stop ? marksOf(stop)[0] : undefined;
    if (first) first.tabIndex = 0;
    const at = rover ? order.indexOf(rover) : -1;
    position.textContent = !order.length ? '' : at >= 0 ? t().position(at + 1, order.length) : t().quotes(order.length);
    previous.disabled = !order.length || at === 0;
    next.disabled = !order.length || at === order.length - 1;
    nav.hidden = !order.length;
    tools.hidden = !article?.paragraphs?.length;
    for (const b of textButtons) b.setAttribute('aria-pressed', String(b.dataset.text === text));
  }

  /** The sentence before or after the one the keyboard is on, focused and scrolled to. */
  function step(by: number, from?: string) {
    if (!order.length) return;
    const at = order.indexOf(from ?? rover ?? '');
    const index = at < 0 ? (by > 0 ? 0 : order.length - 1) : Math.max(0, Math.min(order.length - 1, at + by));
    moveTo(order[index]);
  }

  function moveTo(quoteId: string | undefined) {
    const mark = quoteId ? marksOf(quoteId)[0] : undefined;
    if (!mark || !quoteId) return;
    rover = quoteId;
    applyEmphasis();
    mark.focus({ preventScroll: true });
    scrollTo(mark);
  }

  function scrollTo(mark: HTMLElement) {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }

  /** Every relation the sentences of a mark back (one, unless quotes nest there). */
  const backedBy = (mark: HTMLElement) =>
    [...new Map((mark.dataset.quotes ?? '').split(' ').flatMap((q) => backs.get(q) ?? []).map((r) => [r.id, r])).values()];
  const showTip = (mark: HTMLElement) => tip.show(mark, backedBy(mark));

  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('mark[data-quote]') : null);
  body.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (mark?.dataset.quote) actions.activate(mark.dataset.quote);
  });
  body.addEventListener('keydown', (event) => {
    const mark = markOf(event.target);
    const quote = mark?.dataset.quote;
    if (!mark || !quote) return;
    if (event.key === 'Escape' && tip.mark) {
      // Dismisses the tooltip only; the next Escape reaches the page (clears the selection).
      event.stopPropagation();
      tip.hide();
      return;
    }
    const moves: Record<string, () => void> = {
      ArrowDown: () => step(1, quote),
      ArrowUp: () => step(-1, quote),
      Home: () => moveTo(order[0]),
      End: () => moveTo(order.at(-1)),
      Enter: () => actions.activate(quote),
      ' ': () => actions.activate(quote),
    };
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move();
  });
  body.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    if (mark.dataset.quote && mark.dataset.quote !== rover) {
      rover = mark.dataset.quote;
      applyEmphasis();
    }
    // The keyboard's focus shows what the sentence backs; a click or a tap selects it, and Details says so.
    if (mark.matches(':focus-visible')) showTip(mark);
  });
  body.addEventListener('focusout', (event) => {
    if (markOf(event.target) === tip.mark) tip.hide();
  });
  // A mouse, not a finger: a tap's emulated hover would leave a tip over the text it was meant to read.
  body.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark && mark !== tip.mark && event.pointerType === 'mouse') showTip(mark);
  });
  body.addEventListener('pointerout', (event) => {
    const mark = markOf(event.target);
    const into = markOf(event.relatedTarget);
    if (mark && mark === tip.mark && into !== mark && document.activeElement !== mark) tip.hide();
  });
  body.addEventListener('scroll', () => tip.follow(body), { passive: true });

  const panel: ReaderPanel = {
    element,
    empty(sources) {
      article = null;
      order = [];
      backs = new Map();
      emphasised = null;
      rover = null;
      const titleOf = (s: Source) => (i18n.lang === 'ar' ? s.titleAr : null) ?? s.title ?? s.id;
      showView(() => [
        h('p', { className: 'meta' }, sources && !sources.length ? t().noSources : t().empty),
        sources?.length ? h('ul', { className: 'reader-sources' }, ...sources.map((s) => h('li', {},
          h('button', { className: 'btn reader-source', attrs: { type: 'button' }, on: { click: () => actions.open(s.id) } },
            autoDir('span', titleOf(s)), s.outlet ? h('span', { className: 'meta' }, ' · ', autoDir('span', s.outlet)) : null)))) : null,
      ], { open: false });
    },
    loading() {
      showView(() => [h('p', { className: 'loading' }, h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), i18n.m.busy.loadingArticle)], { open: true, busy: true });
    },
    failed(message, retry) {
      article = null;
      order = [];
      showView(() => [
        h('p', { className: 'reader-failed', attrs: { role: 'status' } }, message(i18n.m)),
        retry ? button(t().retry, retry, { className: 'btn' }) : null,
      ], { open: true });
    },
    show(a) {
      article = a;
      order = a.quotes.map((q) => q.id);
      backs = new Map(a.quotes.map((q) => [q.id, q.relations]));
      emphasised = null;
      rover = null;
      showView(articleView(a), { open: true });
    },
    emphasise(quoteId, { scroll = false, focus = false } = {}) {
      emphasised = quoteId !== null && order.includes(quoteId) ? quoteId : null;
      rover = emphasised ?? rover;
      applyEmphasis();
      const mark = emphasised ? marksOf(emphasised)[0] : undefined;
      if (!mark) return;
      if (focus) mark.focus({ preventScroll: true });
      if (scroll) scrollTo(mark);
    },
    setText(next) {
      text = next;
      tip.hide();
      applyEmphasis();
    },
    isOpen: () => !element.hasAttribute('data-closed'),
  };
  return panel;
}

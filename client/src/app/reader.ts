/**
 * The reader's side of the explorer: opens an article beside the graph (from an edge's evidence, from
 * the Sources legend, from a link), keeps the URL's `article` and `quote` in step, and turns a marked
 * sentence into a selection — its relations and their ends on the canvas, the sentence in Details.
 * Articles are fetched once per page; only the newest request may fill the panel.
 */
import type { ArticleText, Source } from '../api/types.js';
import type { Selection } from '../graph/view.js';
import { createReaderPanel, type ReaderPanel } from '../ui/reader.js';
import type { ExplorerContext } from './context.js';
import type { Details } from './details.js';
import { quoteOf, sentenceOf } from './evidence.js';
import { describeError } from './feedback.js';

export interface Reader {
  panel: ReaderPanel;
  /**
   * Opens an article, at a relation's sentence or at a sentence by id; `activate` selects that
   * sentence's relations too; `focus` puts the keyboard on it.
   */
  open(articleId: string, at?: { relation?: string | undefined; quote?: string | null | undefined; activate?: boolean; focus?: boolean }): Promise<void>;
  close(): void;
  /** The canvas selected something: an edge of the open article brings its sentence into view. */
  follow(selection: Selection | null): void;
  /** The URL's article and sentence, once the graph is drawn. */
  restore(): Promise<void>;
  /** Reads the list of articles (the legend's Sources and the empty reader's list). */
  loadSources(): Promise<Source[] | undefined>;
}

export interface ReaderHooks {
  details: Pick<Details, 'focusSentence' | 'sentenceSelected'>;
}

export function createReader(ctx: ExplorerContext, hooks: ReaderHooks): Reader {
  const { api, state, shell, feedback } = ctx;
  const cache = new Map<string, ArticleText | null>();
  let shown: ArticleText | null = null;
  let sources: Source[] | null = null;
  /** Bumped by every open and close: an older article arriving late is dropped. */
  let token = 0;

  const panel = createReaderPanel(ctx.i18n, {
    close: () => reader.close(),
    activate: (quoteId) => activate(quoteId),
    setText(text) {
      state.readerText = text;
      panel.setText(text);
      ctx.syncUrl();
    },
    open: (id) => void reader.open(id),
  });
  panel.setText(state.readerText);
  panel.empty(null);
  // First in its column, above Details (after the sheet's close button on narrow screens).
  shell.right.insertBefore(panel.element, shell.right.querySelector(':scope > [data-panel]'));
  shell.panels.add({ id: 'reader', name: (m) => m.panels.reader, element: panel.element, sheet: shell.right });

  function setReader(value: typeof state.reader) {
    state.reader = value;
    ctx.syncUrl();
  }

  /** Selects a sentence's relations and shows it in Details; a sheet over the canvas leaves it in view above. */
  function activate(quoteId: string) {
    const article = shown;
    const quote = article?.quotes.find((q) => q.id === quoteId);
    if (!article || !quote) return;
    setReader({ article: article.id, quote: quote.id });
    panel.emphasise(quote.id);
    hooks.details.focusSentence(sentenceOf(article, quote), { within: () => shell.panels.uncovered(shell.canvas) });
  }

  const reader: Reader = {
    panel,
    async open(articleId, at = {}) {
      const mine = ++token;
      if (shell.panels.narrow()) shell.panels.open('reader');
      let article = cache.get(articleId);
      if (article === undefined) {
        panel.loading();
        try {
          article = await feedback.track((m) => m.busy.loadingArticle, () => api.article(articleId));
        } catch (error) {
          if (mine !== token) return;
          console.error(error);
          panel.failed((m) => `${m.reader.failed} ${describeError(error, m).message}`, () => void reader.open(articleId, at));
          return;
        }
        cache.set(articleId, article);
      }
      if (mine !== token) return;
      if (!article) {
        shown = null;
        panel.failed((m) => m.reader.notFound);
        setReader(null);
        return;
      }
      if (shown !== article) panel.show(article);
      shown = article;
      const quote = at.relation ? quoteOf(article, at.relation) : article.quotes.find((q) => q.id === at.quote);
      setReader({ article: article.id, quote: quote?.id ?? null });
      panel.emphasise(quote?.id ?? null, { scroll: true, focus: at.focus ?? false });
      if (quote && at.activate) activate(quote.id);
    },

    close() {
      token++;
      shown = null;
      panel.empty(sources);
      setReader(null);
      if (shell.panels.opened() === 'reader') shell.panels.open(null);
    },

    follow(selection) {
      if (!shown || selection?.group !== 'edges' || hooks.details.sentenceSelected()) return;
      const quote = quoteOf(shown, selection.id);
      if (!quote) return;
      setReader({ article: shown.id, quote: quote.id });
      panel.emphasise(quote.id, { scroll: true });
    },

    async restore() {
      const wanted = state.reader;
      if (!wanted) return;
      // A link without a node or an edge selects the sentence's relations, as activating it did.
      await reader.open(wanted.article, { quote: wanted.quote, activate: state.selection === null });
    },

    async loadSources() {
      try {
        sources = await api.sources();
      } catch (error) {
        // The legend and the reader's list go without; everything else still works.
        console.error(error);
        return undefined;
      }
      if (!shown && !panel.isOpen()) panel.empty(sources);
      return sources;
    },
  };
  return reader;
}

/**
 * Pure bookkeeping behind the reader: which sentence of an article backs a relation, and what a
 * sentence stands for in Details (its text, its English rendering, the relations it backs).
 */
import type { ArticleText, Quote } from '../api/types.js';
import type { SentenceModel } from '../ui/inspector.js';

/** The sentence that backs a relation in this article: its first place, when the article repeats it. */
export function quoteOf(article: Pick<ArticleText, 'quotes'>, relationId: string): Quote | undefined {
  return article.quotes.find((q) => q.relations.some((r) => r.id === relationId));
}

/** A sentence as Details shows it; the English is the relations' rendering of it, where they give one. */
export function sentenceOf(article: ArticleText, quote: Quote): SentenceModel {
  return {
    article,
    quoteAr: quote.text,
    quoteEn: quote.relations.find((r) => r.quoteEn)?.quoteEn ?? null,
    relations: quote.relations,
  };
}

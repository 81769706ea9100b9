/**
 * An article's text as the reader shows it: paragraphs cut into segments at every quote, and the quotes
 * themselves (one per place in the text) with the relations each backs. The relations' English
 * renderings are marked in the translation under the same quote ids, so both languages highlight alike.
 */
import type { RelationModel } from '../db/models.js';
import { locateQuotes, segment, type QuoteSpan } from './locate.js';

export interface ArticleTextModel {
  paragraphs: string[];
  /** One entry per paragraph, or none. */
  translation: string[] | null;
  translationNote: string | null;
  /** Every relation that names this article as its source. */
  relations: RelationModel[];
}

export interface SegmentModel {
  text: string;
  quoteIds: string[];
}

export interface ParagraphModel {
  index: number;
  text: string;
  segments: SegmentModel[];
  translation: string | null;
  translationSegments: SegmentModel[];
}

export interface QuoteModel {
  id: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  relations: RelationModel[];
}

export interface ReaderModel {
  paragraphs: ParagraphModel[];
  /** Null when there is no translation, or it does not have one entry per paragraph. */
  translationNote: string | null;
  quotes: QuoteModel[];
}

export function quoteId(span: Pick<QuoteSpan, 'paragraph' | 'start' | 'end'>): string {
  return `${span.paragraph}:${span.start}-${span.end}`;
}

export function buildReader(text: ArticleTextModel): ReaderModel {
  const byId = new Map(text.relations.map((r) => [r.id, r]));
  const arabic = locateQuotes(text.paragraphs, text.relations.flatMap((r) => (r.quoteAr ? [{ key: r.id, text: r.quoteAr }] : [])));

  // One quote per place in the text; relations that rest on the same sentence share it.
  const quotes = new Map<string, QuoteModel>();
  const quoteIdsOf = new Map<string, string[]>();
  for (const span of arabic.spans) {
    const id = quoteId(span);
    let quote = quotes.get(id);
    if (!quote) {
      quote = { id, paragraph: span.paragraph, start: span.start, end: span.end, text: (text.paragraphs[span.paragraph] ?? '').slice(span.start, span.end), relations: [] };
      quotes.set(id, quote);
    }
    const relation = byId.get(span.key);
    if (relation && !quote.relations.includes(relation)) quote.relations.push(relation);
    quoteIdsOf.set(span.key, [...(quoteIdsOf.get(span.key) ?? []), id]);
  }

  const translation = text.translation !== null && text.translation.length === text.paragraphs.length ? text.translation : null;
  // The English spans carry the ids of the Arabic quotes their relation rests on.
  const english = translation === null ? [] : locateQuotes(translation, text.relations.flatMap((r) =>
    r.quoteEn && quoteIdsOf.has(r.id) ? [{ key: r.id, text: r.quoteEn }] : [])).spans;

  const paragraphs = text.paragraphs.map((paragraph, index): ParagraphModel => {
    const own = arabic.spans.filter((s) => s.paragraph === index).map((s) => ({ ...s, key: quoteId(s) }));
    const translated = translation?.[index] ?? null;
    const en = english.filter((s) => s.paragraph === index)
      .flatMap((s) => (quoteIdsOf.get(s.key) ?? []).map((key) => ({ ...s, key })));
    return {
      index,
      text: paragraph,
      segments: toModels(segment(paragraph, own)),
      translation: translated,
      translationSegments: translated === null ? [] : toModels(segment(translated, en)),
    };
  });
  return { paragraphs, translationNote: translation === null ? null : text.translationNote, quotes: [...quotes.values()] };
}

function toModels(segments: { text: string; keys: string[] }[]): SegmentModel[] {
  return segments.map((s) => ({ text: s.text, quoteIds: s.keys }));
}

/**
 * Where each quote sits in its article's text. The data contract compares quotes with the text
 * whitespace-normalised (every run of spaces, tabs and line breaks is one space), so a quote may cross a
 * line break of the article, or have one where the article has a space; this finds it the same way and
 * maps it back to offsets in the article's own paragraphs, splitting a quote that crosses a paragraph.
 *
 * Offsets are UTF-16 code units (String indices), as the DOM counts them. A quote found more than once is
 * reported at every place, in reading order; a quote not found is listed in `missing`.
 */

export interface Quote {
  /** The caller's key for the quote (a relation id, say); several quotes may share one text. */
  key: string;
  text: string;
}

/** One quote's stretch of one paragraph: `paragraphs[paragraph].slice(start, end)`. */
export interface QuoteSpan {
  key: string;
  paragraph: number;
  start: number;
  end: number;
  /** Which place in the text this is, when the quote occurs more than once (0 for the first). */
  occurrence: number;
}

export interface Located {
  spans: QuoteSpan[];
  /** Keys whose text does not occur in the article. */
  missing: string[];
}

/** A stretch of a paragraph and the quotes covering all of it (none: plain text). */
export interface Segment {
  text: string;
  keys: string[];
}

const SPACE = /\s/u;

/** The text whitespace-normalised, and for each of its characters the index it came from. */
interface Normalised {
  text: string;
  origin: number[];
}

export function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function normaliseWithOrigin(text: string): Normalised {
  let out = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0 && out.length > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      out += ' ';
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    out += ch;
    origin.push(i);
  }
  return { text: out, origin };
}

export function locateQuotes(paragraphs: readonly string[], quotes: readonly Quote[]): Located {
  // Paragraphs joined by a line break: whitespace, so a quote running across two matches as it should.
  const starts: number[] = [];
  let joined = '';
  paragraphs.forEach((p, i) => {
    if (i > 0) joined += '\n';
    starts.push(joined.length);
    joined += p;
  });
  const { text, origin } = normaliseWithOrigin(joined);
  const spans: QuoteSpan[] = [];
  const missing: string[] = [];
  const placesOf = new Map<string, [number, number][]>();

  for (const quote of quotes) {
    const needle = normalise(quote.text);
    let places = placesOf.get(needle);
    if (places === undefined) {
      places = [];
      for (let at = needle === '' ? -1 : text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        places.push([origin[at] as number, (origin[at + needle.length - 1] as number) + 1]);
      }
      placesOf.set(needle, places);
    }
    if (places.length === 0) missing.push(quote.key);
    places.forEach(([from, to], occurrence) => {
      for (const piece of split(from, to, starts, paragraphs)) spans.push({ key: quote.key, occurrence, ...piece });
    });
  }
  spans.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  return { spans, missing };
}

/** A stretch of the joined text as pieces of whole paragraphs, without the line breaks between them. */
function split(from: number, to: number, starts: readonly number[], paragraphs: readonly string[]): { paragraph: number; start: number; end: number }[] {
  const pieces: { paragraph: number; start: number; end: number }[] = [];
  for (let p = 0; p < starts.length; p++) {
    const pStart = starts[p] as number;
    const pEnd = pStart + (paragraphs[p] as string).length;
    const start = Math.max(from, pStart);
    const end = Math.min(to, pEnd);
    if (start < end) pieces.push({ paragraph: p, start: start - pStart, end: end - pStart });
  }
  return pieces;
}

/**
 * A paragraph cut at every span boundary, each piece with the quotes that cover it, so that nested and
 * overlapping quotes can be marked without one mark inside another.
 */
export function segment(paragraph: string, spans: readonly Pick<QuoteSpan, 'key' | 'start' | 'end'>[]): Segment[] {
  const cuts = new Set<number>([0, paragraph.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(paragraph.length, s.start)));
    cuts.add(Math.max(0, Math.min(paragraph.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const keys = [...new Set(spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.key))];
    const last = segments.at(-1);
    // Neighbours covered by the same quotes are one segment.
    if (last && sameKeys(last.keys, keys)) last.text += paragraph.slice(from, to);
    else segments.push({ text: paragraph.slice(from, to), keys });
  }
  return segments;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

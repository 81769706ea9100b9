/**
 * Full-text search over the `entity_names` index (name, nameAr, aliases; the dataset creates it with an
 * analyzer that normalises Arabic script). User text never reaches Lucene's query parser as syntax: it
 * is split into words, each word escaped, and the query is built from those words only.
 */
import type { CypherQuery } from '../executor.js';
import { entity, kindCondition, kindParams, query, type Include, type KindFilter, type Scope } from './fragments.js';

export const FULLTEXT_INDEX = 'entity_names';

/** Lucene's operators and special characters (`&&` and `||` are covered by `&` and `|`). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/<>=]/g;

/** Words longer than this get no fuzzy variant of their own; more words than this are ignored. */
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;

export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Words of the text: runs of letters, digits and combining marks (Arabic harakat stay with their word).
 * Everything else separates words, which also drops every Lucene operator the user might type.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS)
    .map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/**
 * Every word must match (AND), each as itself (best), as a prefix (while typing) or within an edit or
 * two (typos); a multi-word text also scores higher as a phrase. Returns null when there is no word.
 */
export function luceneQuery(text: string): string | null {
  const words = searchWords(text).map(escapeLucene);
  if (words.length === 0) return null;
  const clauses = words.map((w) => {
    const variants = [`${w}^4`, `${w}*^2`];
    // One edit for short words, two for long ones; very short words would match almost anything.
    if (w.length >= 4) variants.push(`${w}~${w.length >= 7 ? 2 : 1}`);
    return `(${variants.join(' OR ')})`;
  });
  const all = clauses.join(' AND ');
  return words.length > 1 ? `(${all}) OR "${words.join(' ')}"^8` : all;
}

export interface SearchArgs {
  lucene: string;
  kinds: KindFilter | null;
  first: number;
}

export function search(scope: Scope, args: SearchArgs, include: Pick<Include, 'degree'>): CypherQuery {
  return query('search', `
CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene) YIELD node, score
WHERE node:Entity AND ${kindCondition('node', args.kinds)}
RETURN ${entity(scope, 'node', include)} AS entity, score
ORDER BY score DESC, node.name
LIMIT $first`, { lucene: args.lucene, ...kindParams(scope, args.kinds), first: args.first });
}

/**
 * The data contract (cypher/README.md) as statements that find what breaks it. They only read, return
 * one row per element and rule broken (nothing for a graph that keeps the contract), and take every
 * name they compare with as a parameter. The loader runs them inside each file's transaction, `npm run
 * check` on a live database; contract/check.ts turns the rows into violations.
 *
 * A quote is checked in two steps: Cypher keeps only the relations whose `quoteAr` is not found as it is
 * in its article's text (`$texts`, read first by `articleTexts`), and the caller compares those few again
 * with whitespace normalised. Cypher has no regular-expression replace, and normalising every quote
 * there would cost the whole store a string rebuild per relation.
 */
import type { CypherQuery } from '../executor.js';
import { query } from './fragments.js';

/** Every rule, as the loader and `npm run check` name it. */
export const RULES = {
  'node-label': 'every node is an :Entity or an :Article',
  'entity-id': 'every :Entity has an `id` (a non-empty string)',
  'entity-name': 'every :Entity has a `name` (a non-empty string)',
  'entity-kind': 'every :Entity has exactly one kind label from the vocabulary, and no other label',
  'article-id': 'every :Article has an `id` (a non-empty string)',
  'article-text': 'every :Article has its text: `paragraphs` (a list of non-empty strings) or `text` (a non-empty string)',
  'relation-type': 'every relationship type is in the vocabulary',
  'relation-source': '`source` names an :Article that exists',
  'relation-quote-ar': '`quoteAr` occurs verbatim (whitespace-normalised) in the source article\'s text',
  'relation-quote-en': '`quoteEn` is there (a non-empty string)',
  'relation-claim': 'ENDORSES and DOUBTS carry `claim` (a non-empty string)',
} as const;

export type Rule = keyof typeof RULES;

/** Relation types whose edges must say what is endorsed or doubted. */
export const CLAIM_TYPES = ['ENDORSES', 'DOUBTS'] as const;

/** The loader's bookkeeping (db/queries/meta.ts) is no data: the contract does not apply to it. */
export const META_LABEL = 'KgMeta';

export interface ContractNames {
  /** Kind labels of the vocabulary. */
  kindLabels: readonly string[];
  /** Entity and article relation types of the vocabulary. */
  relationTypes: readonly string[];
}

const nonEmpty = (v: string) => `(${v} IS :: STRING NOT NULL AND trim(${v}) <> '')`;

/** Each article's text as stored, for `relationViolations`' `$texts`. */
export function articleTexts(): CypherQuery {
  return query('contractArticleTexts', `
MATCH (a:Article) WHERE ${nonEmpty('a.id')}
RETURN a.id AS id,
       CASE WHEN a.paragraphs IS :: LIST<STRING NOT NULL> NOT NULL THEN a.paragraphs END AS paragraphs,
       CASE WHEN a.text IS :: STRING NOT NULL THEN a.text END AS text`, {});
}

/** Nodes off the contract: `rules` lists what each breaks. */
export function nodeViolations(names: ContractNames): CypherQuery {
  return query('contractNodes', `
MATCH (n) WHERE NOT n:${META_LABEL}
WITH n, labels(n) AS labels, [l IN labels(n) WHERE l IN $kindLabels] AS kinds
WITH n, labels, [rule IN [
  CASE WHEN NOT (n:Entity OR n:Article) THEN 'node-label' END,
  CASE WHEN n:Entity AND NOT ${nonEmpty('n.id')} THEN 'entity-id' END,
  CASE WHEN n:Entity AND NOT ${nonEmpty('n.name')} THEN 'entity-name' END,
  CASE WHEN n:Entity AND (size(kinds) <> 1 OR size(labels) <> 2) THEN 'entity-kind' END,
  CASE WHEN n:Article AND NOT ${nonEmpty('n.id')} THEN 'article-id' END,
  CASE WHEN n:Article AND NOT (
    (n.paragraphs IS :: LIST<STRING NOT NULL> NOT NULL AND size(n.paragraphs) > 0 AND all(p IN n.paragraphs WHERE trim(p) <> ''))
    OR ${nonEmpty('n.text')}) THEN 'article-text' END
] WHERE rule IS NOT NULL] AS rules
WHERE size(rules) > 0
RETURN elementId(n) AS elementId, CASE WHEN n.id IS :: STRING THEN n.id END AS id, labels, rules`,
  { kindLabels: [...names.kindLabels] });
}

/**
 * Relationships off the contract. `$texts` maps each article id to its text as stored (paragraphs
 * joined by a line break); a relation whose `quoteAr` is not in it as it stands comes back with the
 * rule `relation-quote-ar?` and its quote, for the caller to compare normalised.
 */
export function relationViolations(names: ContractNames, texts: Record<string, string>): CypherQuery {
  return query('contractRelations', `
MATCH (a)-[r]->(b)
WITH a, r, b, type(r) AS type, CASE WHEN r.source IS :: STRING THEN $texts[r.source] END AS text
WITH a, r, b, type, text, [rule IN [
  CASE WHEN NOT type IN $relationTypes THEN 'relation-type' END,
  CASE WHEN text IS NULL THEN 'relation-source' END,
  CASE WHEN NOT ${nonEmpty('r.quoteAr')} THEN 'relation-quote-ar'
       WHEN text IS NOT NULL AND NOT text CONTAINS r.quoteAr THEN 'relation-quote-ar?' END,
  CASE WHEN NOT ${nonEmpty('r.quoteEn')} THEN 'relation-quote-en' END,
  CASE WHEN type IN $claimTypes AND NOT ${nonEmpty('r.claim')} THEN 'relation-claim' END
] WHERE rule IS NOT NULL] AS rules
WHERE size(rules) > 0
RETURN elementId(r) AS elementId, type,
       CASE WHEN a.id IS :: STRING THEN a.id END AS from, CASE WHEN b.id IS :: STRING THEN b.id END AS to,
       CASE WHEN r.source IS :: STRING THEN r.source END AS source,
       CASE WHEN 'relation-quote-ar?' IN rules THEN r.quoteAr END AS quoteAr, rules`,
  { relationTypes: [...names.relationTypes], claimTypes: [...CLAIM_TYPES], texts });
}

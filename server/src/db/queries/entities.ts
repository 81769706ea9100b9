/** Statements that read entities, relations and articles by id: the loaders batch into these. */
import type { CypherQuery } from '../executor.js';
import { article, degree, entity, kindCondition, kindParams, query, relation, relTypes, type Include, type KindFilter, type Scope } from './fragments.js';

/** With their degrees: the loader behind `entity(id:)` and relation ends serves whatever field is asked. */
export function entitiesByIds(scope: Scope, ids: readonly string[]): CypherQuery {
  return query('entitiesByIds', `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, ${entity(scope, 'n', { degree: true })} AS entity`, { ids: [...ids] });
}

/** Degrees only, for entities a statement returned without them (see `Include`). */
export function degreesOf(scope: Scope, ids: readonly string[]): CypherQuery {
  return query('degreesOf', `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, ${degree(scope, 'n')} AS degree`, { ids: [...ids] });
}

export interface EntitiesPageArgs {
  kinds: KindFilter | null;
  /** One more than the page size, to know whether there is a next page. */
  limit: number;
  /** Id of the last entity of the previous page. */
  after: string | null;
}

export function entitiesPage(scope: Scope, args: EntitiesPageArgs, include: Pick<Include, 'degree'>): CypherQuery {
  const kinds = kindCondition('n', args.kinds);
  return query('entitiesPage', `
RETURN COUNT { MATCH (n:Entity) WHERE ${kinds} } AS total,
       COLLECT {
         MATCH (n:Entity)
         WHERE ${kinds} AND ($after IS NULL OR n.id > $after)
         WITH n ORDER BY n.id LIMIT $limit
         RETURN ${entity(scope, 'n', include)}
       } AS page`, { ...kindParams(scope, args.kinds), limit: args.limit, after: args.after });
}

export interface RelationsOfArgs {
  ids: readonly string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  types: readonly string[];
  first: number;
}

/**
 * Each entity's relations with the entity at the other end, for many entities in one statement. The
 * ends come without degree (clients show them as names; `Entity.degree` fetches what is missing).
 */
export function relationsOf(scope: Scope, args: RelationsOfArgs): CypherQuery {
  return query('relationsOf', `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
  WITH r, m ORDER BY type(r), m.id, r.source LIMIT $first
  RETURN collect({ relation: ${relation('r')}, other: ${entity(scope, 'm', { degree: false })} }) AS relations
}
RETURN id, relations`, { ids: [...args.ids], direction: args.direction, types: [...args.types], first: args.first });
}

export interface RelationKey {
  from: string;
  type: string;
  to: string;
  source: string | null;
}

export function relationById(scope: Scope, key: RelationKey): CypherQuery {
  return query('relationById', `
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND (r.source = $source OR ($source IS NULL AND r.source IS NULL))
RETURN ${relation('r')} AS relation, [${entity(scope, 'a', { degree: true })}, ${entity(scope, 'b', { degree: true })}] AS ends
LIMIT 1`, { ...key });
}

export function allArticles(): CypherQuery {
  return query('allArticles', `
MATCH (a:Article)
RETURN ${article('a')} AS article
ORDER BY a.date DESC, a.id`, {});
}

export function articlesByIds(ids: readonly string[]): CypherQuery {
  return query('articlesByIds', `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, ${article('a')} AS article`, { ids: [...ids] });
}

/**
 * Each article's text and translation, and every relation of the entity graph that cites it, for the
 * reader. Relations are found by their `source` property (no index covers it; fine at the scale of a
 * corpus of articles, and read only when the text is asked for).
 */
export function articleTexts(scope: Scope, ids: readonly string[]): CypherQuery {
  const typed = relTypes(scope, scope.relationTypes);
  const relations = typed === null ? '[]' : `COLLECT { MATCH (:Entity)-[r${typed}]->(:Entity) WHERE r.source = id RETURN ${relation('r')} }`;
  return query('articleTexts', `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.paragraphs AS paragraphs, a.paragraphsEn AS translation, a.paragraphsEnNote AS translationNote,
  ${relations} AS relations`, { ids: [...ids] });
}

/**
 * How many relations of the entity graph each article states, in one pass over the relations (as
 * `articleTexts`, by their `source` property). Articles that state none are not in the answer.
 */
export function relationCounts(scope: Scope, ids: readonly string[]): CypherQuery {
  const typed = relTypes(scope, scope.relationTypes);
  if (typed === null) return query('relationCounts', 'UNWIND [] AS id RETURN id, 0 AS count', {});
  return query('relationCounts', `
MATCH (:Entity)-[r${typed}]->(:Entity)
WHERE r.source IN $ids
RETURN r.source AS id, count(r) AS count`, { ids: [...ids] });
}

/** The entities each article names (its MENTIONS, which stay out of the entity graph). */
export function mentionsOf(scope: Scope, ids: readonly string[]): CypherQuery {
  return query('mentionsOf', `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, COLLECT { MATCH (a)-[:MENTIONS]->(n:Entity) WITH n ORDER BY n.name RETURN ${entity(scope, 'n', { degree: true })} } AS entities`, { ids: [...ids] });
}

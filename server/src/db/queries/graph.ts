/**
 * Statements over the entity graph: neighbourhoods, shortest paths, stances, the filtered whole, counts.
 *
 * Memory: Neo4j's slotted runtime charges every row a sort (ORDER BY) holds with every list in scope
 * when the row was made. A sort of `limit` edges next to a list of `limit` nodes is therefore charged
 * limit², which made graph(limit: 2000) fail on the transaction memory limit. So each sort here runs in
 * a `CALL (x) { ... }` that imports only a node, never a list, and the lists are only ever unwound,
 * filtered, limited and collected — operations that hold no rows.
 */
import type { CypherQuery } from '../executor.js';
import {
  articlesOf, degree, entity, kindCondition, kindParams, query, relation, relTypes, varLength, type Include, type KindFilter, type Scope,
} from './fragments.js';

export interface NeighborhoodArgs {
  ids: readonly string[];
  /** 1..3 */
  depth: number;
  types: readonly string[];
  /** Most nodes and most edges returned; one more edge is fetched to tell whether any was cut. */
  limit: number;
}

/**
 * True when ranking by degree over `types` is the same as `Entity.degree` (over every allowlisted type):
 * then the statement's ranks are the degrees and no second count is needed.
 */
export function rankIsDegree(scope: Scope, types: readonly string[]): boolean {
  const chosen = new Set(types);
  return chosen.size === scope.relationTypes.length && scope.relationTypes.every((t) => chosen.has(t));
}

/**
 * Nearest first, then the best connected, then by id. Distances come from a breadth-first expansion per
 * start entity (Neo4j prunes it to one visit per entity: the work grows with the entities found, not with
 * the paths to them). The total is only counted, in a second expansion, when `limit` may have cut.
 *
 * `nodes` come back in id order with `ranks` ([distance, degree over `types`]) beside them: the edges
 * below need the ids in order, and the caller puts the nodes back in rank order.
 */
export function neighborhood(scope: Scope, args: NeighborhoodArgs, include: Include): CypherQuery {
  const typed = relTypes(scope, args.types);
  const reach = typed === null
    ? 'MATCH (m:Entity) WHERE m.id IN $ids\n  WITH m, 0 AS hops'
    : `MATCH (s:Entity) WHERE s.id IN $ids
  CALL (s) {
    MATCH p = (s)-[${typed}${varLength(0, args.depth)}]-(m:Entity) WHERE all(y IN nodes(p) WHERE y:Entity)
    RETURN m, min(length(p)) AS hops
  }`;
  return query('neighborhood', `
CALL () {
  ${reach}
  WITH m, min(hops) AS distance
  WITH m, distance, ${degree(scope, 'm', args.types)} AS rank
  ORDER BY distance, rank DESC, m.id LIMIT $limit
  WITH m, distance, rank ORDER BY m.id
  RETURN collect(m) AS kept, collect([distance, rank]) AS ranks
}
${edgesAmong(typed)}
WITH kept, ranks, edges, size(kept) AS found
CALL (found) {
  WITH found WHERE found >= $limit
  ${reach}
  RETURN count(DISTINCT m) AS counted
}
${subgraphReturn(scope, args.types, include)}`, { ids: [...args.ids], limit: args.limit });
}

export interface ShortestPathArgs {
  from: string;
  to: string;
  types: readonly string[];
  /** 1..10 */
  maxLength: number;
}

/**
 * Undirected, so an expert who endorses what another doubts is two hops away; each edge keeps its
 * direction. `shortestPath()` searches from both ends at once (about 3× faster here than `SHORTEST 1`,
 * which searches from one); both predicates are checked during the search, so it never falls back to
 * enumerating paths. Caller's contract: `from` and `to` differ (the same entity is a path of length 0).
 */
export function shortestPath(scope: Scope, args: ShortestPathArgs, include: Include): CypherQuery {
  return query('shortestPath', `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[rs${varLength(1, args.maxLength)}]-(b))
WHERE all(r IN rs WHERE type(r) IN $types) AND all(y IN nodes(p) WHERE y:Entity)
WITH p LIMIT 1
WITH p, [e IN relationships(p) | ${relation('e')}] AS edges
${include.articles ? articlesOf(['edges'], 'edges', (e) => `${e}.props.source`) : ''}
RETURN length(p) AS length,
       [n IN nodes(p) | ${entity(scope, 'n', include)}] AS nodes,
       edges${include.articles ? ', articles' : ''}`, { from: args.from, to: args.to, types: [...args.types] });
}

/** Who ENDORSES and who DOUBTS the target, each relation with the entity it comes from. */
export function stance(scope: Scope, target: string, include: Include): CypherQuery {
  const side = (type: 'ENDORSES' | 'DOUBTS', name: string) => `CALL (t) {
  MATCH (x:Entity)-[r:${type}]->(t)
  WITH x, r ORDER BY x.name, r.source
  RETURN collect({ relation: ${relation('r')}, other: ${entity(scope, 'x', include)} }) AS ${name}
}`;
  return query('stance', `
MATCH (t:Entity {id: $target})
${side('ENDORSES', 'endorsements')}
${side('DOUBTS', 'doubts')}
${include.articles ? articlesOf(['endorsements', 'doubts'], 'endorsements + doubts', (e) => `${e}.relation.props.source`) : ''}
RETURN ${entity(scope, 't', include)} AS target, endorsements, doubts${include.articles ? ', articles' : ''}`, { target });
}

export interface WholeGraphArgs {
  kinds: KindFilter | null;
  types: readonly string[];
  limit: number;
}

/**
 * The best connected entities first (over `types`), so a cut keeps the graph's core; nodes in id order
 * with their `ranks` beside them, as in `neighborhood`. The total is only counted when `limit` may have cut.
 */
export function wholeGraph(scope: Scope, args: WholeGraphArgs, include: Include): CypherQuery {
  const typed = relTypes(scope, args.types);
  const matching = args.kinds === null ? 'MATCH (n:Entity)' : `MATCH (n:Entity) WHERE ${kindCondition('n', args.kinds)}`;
  return query('wholeGraph', `
CALL () {
  ${matching}
  WITH n, ${degree(scope, 'n', args.types)} AS rank
  ORDER BY rank DESC, n.id LIMIT $limit
  WITH n, rank ORDER BY n.id
  RETURN collect(n) AS kept, collect([0, rank]) AS ranks
}
${edgesAmong(typed)}
WITH kept, ranks, edges, size(kept) AS found
CALL (found) {
  WITH found WHERE found >= $limit
  ${matching}
  RETURN count(n) AS counted
}
${subgraphReturn(scope, args.types, include)}`, { ...kindParams(scope, args.kinds), limit: args.limit });
}

/** Counts per kind label; `other` counts entities with none (kind OTHER). */
export function stats(scope: Scope): CypherQuery {
  return query('stats', `
RETURN COUNT { MATCH (n:Entity) } AS nodes,
       COUNT { MATCH (n:Entity) WHERE none(l IN labels(n) WHERE l IN $kindLabels) } AS other,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $relationTypes } AS relationships,
       COUNT { MATCH (a:Article) } AS articles,
       COLLECT {
         MATCH (n:Entity) UNWIND labels(n) AS label
         WITH label, count(*) AS count WHERE label IN $kindLabels
         RETURN { label: label, count: count }
       } AS byKind,
       COLLECT {
         MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $relationTypes
         WITH type(r) AS type, count(*) AS count
         RETURN { type: type, count: count }
       } AS byType`, { kindLabels: [...scope.kindLabels], relationTypes: [...scope.relationTypes] });
}

/**
 * Relations of the given types among `kept` (in id order), ordered by (start id, type, end id, source):
 * start entities are taken in id order and each one's relations sorted on their own, so the first
 * `$limit + 1` come out in that order without sorting them all; the expansion stops there.
 */
function edgesAmong(typed: string | null): string {
  if (typed === null) return 'WITH kept, ranks, [] AS edges';
  return `CALL (kept) {
  UNWIND kept AS a
  CALL (a) {
    MATCH (a)-[r${typed}]->(b:Entity)
    WITH r, b ORDER BY type(r), b.id, r.source
    RETURN r, b
  }
  WITH r WHERE b IN kept
  LIMIT $limit + 1
  RETURN collect(${relation('r')}) AS edges
}`;
}

/** `degree` from the ranks when they count the same relations (the caller maps them), else counted here. */
function subgraphReturn(scope: Scope, types: readonly string[], include: Include): string {
  const nodeInclude = { degree: include.degree && !rankIsDegree(scope, types) };
  return `${include.articles ? `${articlesOf(['edges'], 'edges', (e) => `${e}.props.source`)}\n` : ''}RETURN CASE WHEN found < $limit THEN found ELSE counted END AS total,
       [n IN kept | ${entity(scope, 'n', nodeInclude)}] AS nodes,
       ranks,
       edges${include.articles ? ', articles' : ''}`;
}

/** Statements over the entity graph: neighbourhoods, shortest paths, stances, the filtered whole, counts. */
import type { CypherQuery } from '../executor.js';
import { entity, quantifier, query, relation, type Scope } from './fragments.js';

export interface NeighborhoodArgs {
  ids: readonly string[];
  /** 1..3 */
  depth: number;
  types: readonly string[];
  /** Most nodes and most edges returned; one more is fetched to tell whether anything was cut. */
  limit: number;
}

/**
 * Breadth-first: one shortest path per reachable entity (ANY SHORTEST), so the work grows with the
 * entities found, not with the number of paths to them. Nearest first, then the best connected.
 */
export function neighborhood(scope: Scope, args: NeighborhoodArgs): CypherQuery {
  return query('neighborhood', scope, `
MATCH (s:Entity) WHERE s.id IN $ids
MATCH p = ANY SHORTEST (s) ((x)-[r]-(y:Entity) WHERE type(r) IN $types)${quantifier(0, args.depth)} (m:Entity)
WITH m, min(length(p)) AS distance
WITH m, distance ORDER BY distance, COUNT { (m)-[d]-(:Entity) WHERE type(d) IN $types } DESC, m.id
WITH collect(m) AS found
WITH found[0..$limit] AS kept, size(found) AS total
RETURN total,
       COLLECT { UNWIND kept AS n RETURN ${entity('n')} } AS nodes,
       ${edgesAmong('kept')} AS edges`, { ids: [...args.ids], types: [...args.types], limit: args.limit });
}

export interface ShortestPathArgs {
  from: string;
  to: string;
  types: readonly string[];
  /** 1..10 */
  maxLength: number;
}

/** Undirected, so an expert who endorses what another doubts is two hops away; each edge keeps its direction. */
export function shortestPath(scope: Scope, args: ShortestPathArgs): CypherQuery {
  return query('shortestPath', scope, `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a) ((x)-[r]-(y:Entity) WHERE type(r) IN $types)${quantifier(1, args.maxLength)} (b)
RETURN length(p) AS length,
       [n IN nodes(p) | ${entity('n')}] AS nodes,
       [e IN relationships(p) | ${relation('e')}] AS edges
LIMIT 1`, { from: args.from, to: args.to, types: [...args.types] });
}

/** Who ENDORSES and who DOUBTS the target, each relation with the entity it comes from. */
export function stance(scope: Scope, target: string): CypherQuery {
  const side = (type: 'ENDORSES' | 'DOUBTS') => `COLLECT {
         MATCH (x:Entity)-[r:${type}]->(t)
         WITH x, r ORDER BY x.name, r.source
         RETURN { relation: ${relation('r')}, other: ${entity('x')} }
       }`;
  return query('stance', scope, `
MATCH (t:Entity {id: $target})
RETURN ${entity('t')} AS target,
       ${side('ENDORSES')} AS endorsements,
       ${side('DOUBTS')} AS doubts`, { target });
}

export interface WholeGraphArgs {
  /** Kind labels to include. */
  labels: readonly string[];
  types: readonly string[];
  limit: number;
}

/** The best connected entities first, so a cut keeps the graph's core. */
export function wholeGraph(scope: Scope, args: WholeGraphArgs): CypherQuery {
  return query('wholeGraph', scope, `
MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels)
WITH n ORDER BY COUNT { (n)-[d]-(:Entity) WHERE type(d) IN $types } DESC, n.id
WITH collect(n) AS found
WITH found[0..$limit] AS kept, size(found) AS total
RETURN total,
       COLLECT { UNWIND kept AS n RETURN ${entity('n')} } AS nodes,
       ${edgesAmong('kept')} AS edges`, { labels: [...args.labels], types: [...args.types], limit: args.limit });
}

export function stats(scope: Scope, kindLabels: readonly string[]): CypherQuery {
  return query('stats', scope, `
RETURN COUNT { MATCH (n:Entity) } AS nodes,
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
       } AS byType`, { kindLabels: [...kindLabels] });
}

/** Relations of the allowed types between entities of a list; $limit + 1 of them, to detect a cut. */
function edgesAmong(list: string): string {
  return `COLLECT {
         UNWIND ${list} AS a
         MATCH (a)-[r]->(b:Entity)
         WHERE type(r) IN $types AND b IN ${list}
         WITH r ORDER BY startNode(r).id, type(r), endNode(r).id, r.source LIMIT $limit + 1
         RETURN ${relation('r')}
       }`;
}

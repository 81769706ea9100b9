/**
 * The floor: the Cypher one would write by hand for each question the API answers, one statement each,
 * returning the same information as our GraphQL documents ask for (entity fields with kind and degree;
 * edges with quotes, claim, role and their source article). @neo4j/graphql's `@cypher` fields reuse
 * these statements where the library has no generated query for the question.
 */

/** Entity fields as the client's `EntityFields` fragment asks for them. */
export const entity = (v: string) =>
  `${v} {.id, .name, .nameAr, .aliases, .description, kind: [l IN labels(${v}) WHERE l <> 'Entity'][0], degree: COUNT { (${v})--(:Entity) }}`;

/** `startNode(r)` is no variable, so summaries are map literals rather than projections. */
export const summary = (v: string, extra = '') => `{id: ${v}.id, name: ${v}.name, nameAr: ${v}.nameAr, kind: [l IN labels(${v}) WHERE l <> 'Entity'][0]${extra}}`;

/** Edge fields; the article by its unique id, in the same statement. `named`: endpoints as summaries, not ids. */
export const edge = (v: string, named = false) =>
  `{ id: startNode(${v}).id + '>' + type(${v}) + '>' + endNode(${v}).id + '@' + coalesce(${v}.source, ''), type: type(${v}), ` +
  (named ? `from: ${summary(`startNode(${v})`)}, to: ${summary(`endNode(${v})`)}, ` : `from: startNode(${v}).id, to: endNode(${v}).id, `) +
  `claim: ${v}.claim, claimAr: ${v}.claimAr, role: ${v}.role, ` +
  `quoteAr: ${v}.quoteAr, quoteEn: ${v}.quoteEn, source: COLLECT { MATCH (art:Article {id: ${v}.source}) RETURN art {.id, .url, .title, .outlet, .date} }[0] }`;

/**
 * Relations (of some types) among the kept entities (in id order), ordered by (start id, type, end id,
 * source), one more than the limit to tell a cut. Each start entity's relations are sorted on their own,
 * inside a `CALL (a)` that imports no list: Neo4j charges a sort's every row with every list in scope, so
 * sorting all edges next to `kept` costs limit² memory (graph(limit: 2000) ran out of it). The entities
 * come back in id order (clients order them as they like).
 */
const subgraph = (rel: { typed: string; where: string }, count: string) => `
CALL (kept) {
  UNWIND kept AS a
  CALL (a) {
    MATCH (a)-[r${rel.typed}]->(b:Entity)${rel.where}
    WITH r, b ORDER BY type(r), b.id, r.source
    RETURN r, b
  }
  WITH r WHERE b IN kept
  LIMIT $limit + 1
  RETURN collect(${edge('r')}) AS edges
}
WITH kept, edges, size(kept) AS found
CALL (found) {
  WITH found WHERE found >= $limit
  ${count}
}
WITH kept, edges, CASE WHEN found < $limit THEN found ELSE counted END AS total
RETURN [n IN kept | ${entity('n')}] AS nodes, edges[0..$limit] AS edges, size(kept) < total OR size(edges) > $limit AS truncated, total`;

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WHERE node:Entity
WITH node, score ORDER BY score DESC, node.name LIMIT $first
RETURN score, ${summary('node', ', aliases: node.aliases')} AS entity`;

/**
 * Nearest first, then the best connected: a breadth-first expansion (Neo4j prunes it to one visit per
 * entity), the top `limit` by a sort of small rows, the total counted only when the limit may have cut.
 */
export const neighborhood = (depth: 1 | 2 | 3) => {
  const reach = `MATCH (s:Entity {id: $id})
  MATCH p = (s)-[*0..${depth}]-(m:Entity) WHERE all(y IN nodes(p) WHERE y:Entity)`;
  return `
CALL () {
  ${reach}
  WITH m, min(length(p)) AS distance
  WITH m, distance ORDER BY distance, COUNT { (m)--(:Entity) } DESC, m.id LIMIT $limit
  WITH m ORDER BY m.id
  RETURN collect(m) AS kept
}
${subgraph({ typed: '', where: '' }, `${reach}
  RETURN count(DISTINCT m) AS counted`)}`;
};

/** Searched from both ends at once (`shortestPath()`: about 3× faster here than `SHORTEST 1`). */
export const PATH = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*1..6]-(b)) WHERE all(y IN nodes(p) WHERE y:Entity)
RETURN length(p) AS length, [n IN nodes(p) | ${entity('n')}] AS nodes,
       [r IN relationships(p) | ${edge('r', true)}] AS edges`;

export const STANCE = `
MATCH (t:Entity {id: $id})
RETURN ${summary('t')} AS target,
  COLLECT { MATCH (x:Entity)-[r:ENDORSES]->(t) WITH x, r ORDER BY x.name, r.source RETURN ${edge('r', true)} } AS endorsements,
  COLLECT { MATCH (x:Entity)-[r:DOUBTS]->(t) WITH x, r ORDER BY x.name, r.source RETURN ${edge('r', true)} } AS doubts`;

const graphStatement = (degree: string, rel: { typed: string; where: string }) => {
  const matching = 'MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels)';
  return `
CALL () {
  ${matching}
  WITH n ORDER BY ${degree} DESC, n.id LIMIT $limit
  WITH n ORDER BY n.id
  RETURN collect(n) AS kept
}
${subgraph(rel, `${matching}\n  RETURN count(n) AS counted`)}`;
};

/**
 * Entities of some kinds, best connected (over the chosen relation types) first, and the chosen relations
 * among them. The types are written into the patterns (`-[:A|B]-`: a typed degree count, about 1.4×
 * faster than `WHERE type(r) IN $types`), as one writes them by hand for a known question.
 */
export const graph = (types: readonly string[]) => {
  if (types.length === 0 || !types.every((t) => /^[A-Z][A-Z0-9_]*$/.test(t))) throw new Error(`not relation type names: ${types.join(', ')}`);
  const typed = `:${types.join('|')}`;
  return graphStatement(`COUNT { (n)-[${typed}]-(:Entity) }`, { typed, where: '' });
};

/** The same question with the types as a parameter: all a fixed `@cypher` statement can do. */
export const GRAPH_TYPES_AS_PARAMETER = graphStatement('COUNT { (n)-[d]-(:Entity) WHERE type(d) IN $types }', { typed: '', where: ' WHERE type(r) IN $types' });

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

/** Relations (of some types) among the kept entities, in a stable order, one more than the limit to tell a cut. */
const subgraph = (typeFilter: string) => `
WITH kept, total, COLLECT {
    UNWIND kept AS a
    MATCH (a)-[r]->(b:Entity) WHERE ${typeFilter}b IN kept
    WITH r ORDER BY startNode(r).id, type(r), endNode(r).id, r.source LIMIT $limit + 1
    RETURN ${edge('r')}
  } AS edges
RETURN [n IN kept | ${entity('n')}] AS nodes, edges[0..$limit] AS edges, size(kept) < total OR size(edges) > $limit AS truncated, total`;

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WHERE node:Entity
WITH node, score ORDER BY score DESC, node.name LIMIT $first
RETURN score, ${summary('node', ', aliases: node.aliases')} AS entity`;

/** Nearest first, then the best connected; ANY SHORTEST keeps one path per entity found (breadth-first). */
export const neighborhood = (depth: 1 | 2 | 3) => `
MATCH (s:Entity {id: $id})
MATCH p = ANY SHORTEST (s) (()--(:Entity)){0,${depth}} (m:Entity)
WITH m, length(p) AS distance ORDER BY distance, COUNT { (m)--(:Entity) } DESC, m.id
WITH collect(m) AS found
WITH found[0..$limit] AS kept, size(found) AS total
${subgraph('')}`;

export const PATH = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a) (()--(:Entity)){1,6} (b)
RETURN length(p) AS length, [n IN nodes(p) | ${entity('n')}] AS nodes,
       [r IN relationships(p) | ${edge('r', true)}] AS edges`;

export const STANCE = `
MATCH (t:Entity {id: $id})
RETURN ${summary('t')} AS target,
  COLLECT { MATCH (x:Entity)-[r:ENDORSES]->(t) WITH x, r ORDER BY x.name, r.source RETURN ${edge('r', true)} } AS endorsements,
  COLLECT { MATCH (x:Entity)-[r:DOUBTS]->(t) WITH x, r ORDER BY x.name, r.source RETURN ${edge('r', true)} } AS doubts`;

/** Entities of some kinds, best connected (over the chosen relation types) first, and the chosen relations among them. */
export const GRAPH = `
MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels)
WITH n ORDER BY COUNT { (n)-[d]-(:Entity) WHERE type(d) IN $types } DESC, n.id
WITH collect(n) AS found
WITH found[0..$limit] AS kept, size(found) AS total
${subgraph('type(r) IN $types AND ')}`;

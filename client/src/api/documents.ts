/** The GraphQL documents the explorer sends. Fragments keep each shape written once. */
const ARTICLE = 'fragment ArticleFields on Article { id url title outlet date }';
const ENTITY = 'fragment EntityFields on Entity { id name nameAr kind aliases description degree }';
const SUMMARY = 'fragment SummaryFields on Entity { id name nameAr kind }';
const EDGE = 'fragment EdgeFields on Relation { id type from { id } to { id } claim claimAr role quoteAr quoteEn source { ...ArticleFields } }';
const NAMED_EDGE = 'fragment NamedEdgeFields on Relation { id type from { ...SummaryFields } to { ...SummaryFields } claim claimAr role quoteAr quoteEn source { ...ArticleFields } }';

const SUBGRAPH = 'nodes { ...EntityFields } edges { ...EdgeFields } truncated';

export const GRAPH = `query Graph($kinds: [Kind!], $types: [RelationType!], $limit: Int) {
  graph(kinds: $kinds, types: $types, limit: $limit) { ${SUBGRAPH} }
}
${ENTITY}
${EDGE}
${ARTICLE}`;

export const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) { ${SUBGRAPH} }
}
${ENTITY}
${EDGE}
${ARTICLE}`;

export const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { score entity { ...SummaryFields aliases } }
}
${SUMMARY}`;

export const ENTITY_DETAIL = `query EntityDetail($id: ID!, $first: Int) {
  entity(id: $id) { ...EntityFields facts { key value quoteAr quoteEn } relations(first: $first) { ...NamedEdgeFields } }
}
${ENTITY}
${SUMMARY}
${NAMED_EDGE}
${ARTICLE}`;

export const PATH = `query Path($from: ID!, $to: ID!, $maxLength: Int) {
  path(from: $from, to: $to, maxLength: $maxLength) { length nodes { ...EntityFields } edges { ...NamedEdgeFields } }
}
${ENTITY}
${SUMMARY}
${NAMED_EDGE}
${ARTICLE}`;

export const STANCE = `query Stance($target: ID!) {
  stance(target: $target) {
    target { ...SummaryFields }
    endorsements { ...NamedEdgeFields }
    doubts { ...NamedEdgeFields }
  }
}
${SUMMARY}
${NAMED_EDGE}
${ARTICLE}`;

export const RELATION = `query Relation($id: ID!) {
  relation(id: $id) { ...NamedEdgeFields }
}
${SUMMARY}
${NAMED_EDGE}
${ARTICLE}`;

export const STATS = `query Stats { stats { nodes relationships byKind { kind count } byType { type count } } }`;

/** Fills in entities the console result names only by id (edges whose endpoints were not selected). */
export function entitiesByIdDocument(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `e${i}: entity(id: $id${i}) { ...EntityFields }`).join(' ');
  const vars = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(', ');
  return `query Entities(${vars}) { ${fields} }\n${ENTITY}`;
}

/** Examples offered in the console (titled in the message catalogues, by id); the same kinds of questions GraphiQL's examples ask. */
export const CONSOLE_EXAMPLES: { id: 'stance' | 'neighbourhood' | 'search' | 'stats'; query: string }[] = [
  {
    id: 'stance',
    query: `{
  stance(target: "deepseek") {
    target { id name nameAr kind }
    endorsements { id type claim from { id name nameAr kind } to { id name kind } quoteEn }
    doubts { id type claim from { id name nameAr kind } to { id name kind } quoteEn }
  }
}`,
  },
  {
    id: 'neighbourhood',
    query: `{
  neighborhood(ids: ["deepseek"], depth: 1) {
    nodes { id name nameAr kind }
    edges { id type from { id } to { id } }
  }
}`,
  },
  {
    id: 'search',
    query: `{
  search(text: "ديب سيك") { score entity { id name nameAr kind } }
}`,
  },
  {
    id: 'stats',
    query: `{
  stats { nodes relationships byKind { kind count } byType { type count } }
}`,
  },
];

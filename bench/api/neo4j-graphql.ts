/**
 * The alternative: @neo4j/graphql 7 serving an equivalent schema of the same data through graphql-yoga.
 * Generated where the library generates the question (full-text search, relationship connections with
 * their properties), `@cypher` with the floor's own statement where it does not (traversals, paths).
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { Vocabulary } from '../generate.js';
import * as cypher from './cypher.js';

/** Incoming and outgoing field names per relation type, e.g. ENDORSES → endorses / endorsedBy. */
function relationFields(type: string): [out: string, incoming: string] {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const special: Record<string, string> = { ENDORSES: 'endorsedBy', DOUBTS: 'doubtedBy', HOSTS: 'hostedBy' };
  return [camel, special[type] ?? `${camel}Inverse`];
}

/** `@cypher` wants one column; the floor's statements return several, so they are wrapped into a map. */
function asMap(statement: string, columns: Record<string, string>): string {
  const map = Object.entries(columns).map(([key, column]) => `${key}: ${column}`).join(', ');
  return `CALL () { ${statement} } RETURN { ${map} } AS result`;
}

function escape(statement: string): string {
  return JSON.stringify(statement.replace(/\s+/g, ' ').trim());
}

export function libTypeDefs(vocabulary: Vocabulary): string {
  const relations = vocabulary.relationTypes.flatMap(({ type }) => {
    const [out, incoming] = relationFields(type);
    return [
      `  ${out}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Evidence")`,
      `  ${incoming}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Evidence")`,
    ];
  });
  const subgraph = { nodes: 'nodes', edges: 'edges', truncated: 'truncated', totalNodes: 'total' };
  return `
type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchEntities", fields: ["name", "nameAr"] }]) {
  id: ID!
  name: String!
  nameAr: String
  aliases: [String!]
  description: String
  kind: String! @cypher(statement: "RETURN [l IN labels(this) WHERE l <> 'Entity'][0] AS kind", columnName: "kind")
  degree: Int! @cypher(statement: "RETURN COUNT { (this)--(:Entity) } AS degree", columnName: "degree")
${relations.join('\n')}
}

type Evidence @relationshipProperties {
  source: String
  quoteAr: String
  quoteEn: String
  claim: String
  claimAr: String
  role: String
  roleAr: String
}

type Article @node {
  id: ID!
  url: String
  title: String
  titleAr: String
  outlet: String
  date: String
}

type EntityView { id: ID! name: String! nameAr: String aliases: [String!] description: String kind: String! degree: Int! }
type SummaryView { id: ID! name: String! nameAr: String kind: String! }
type ArticleView { id: ID! url: String title: String outlet: String date: String }
type EdgeView { id: ID! type: String! from: ID! to: ID! claim: String claimAr: String role: String quoteAr: String quoteEn: String source: ArticleView }
type NamedEdgeView { id: ID! type: String! from: SummaryView! to: SummaryView! claim: String claimAr: String role: String quoteAr: String quoteEn: String source: ArticleView }
type SubgraphView { nodes: [EntityView!]! edges: [EdgeView!]! truncated: Boolean! totalNodes: Int! }
type PathView { length: Int! nodes: [EntityView!]! edges: [NamedEdgeView!]! }

type Query {
  neighborhood1(id: ID!, limit: Int!): SubgraphView @cypher(statement: ${escape(asMap(cypher.neighborhood(1), subgraph))}, columnName: "result")
  neighborhood2(id: ID!, limit: Int!): SubgraphView @cypher(statement: ${escape(asMap(cypher.neighborhood(2), subgraph))}, columnName: "result")
  path(from: ID!, to: ID!): PathView @cypher(statement: ${escape(asMap(cypher.PATH, { length: 'length', nodes: 'nodes', edges: 'edges' }))}, columnName: "result")
  graph(labels: [String!]!, types: [String!]!, limit: Int!): SubgraphView @cypher(statement: ${escape(asMap(cypher.GRAPH_TYPES_AS_PARAMETER, subgraph))}, columnName: "result")
}
`;
}

const SUBGRAPH = 'nodes { id name nameAr aliases description kind degree } edges { id type from to claim claimAr role quoteAr quoteEn source { id url title outlet date } } truncated';
const NAMED_EDGE = 'id type from { id name nameAr kind } to { id name nameAr kind } claim claimAr role quoteAr quoteEn source { id url title outlet date }';
const EVIDENCE_EDGES = 'edges { properties { source quoteAr quoteEn claim claimAr role } node { id name nameAr kind } }';

/** The documents sent to @neo4j/graphql: the same fields our client asks for, in its schema's terms. */
export const LIB = {
  search: 'query($phrase: String!, $first: Int) { searchEntities(phrase: $phrase, first: $first, sort: [{ score: DESC }, { node: { name: ASC } }]) { edges { score node { id name nameAr kind aliases } } } }',
  neighborhood: (depth: 1 | 2) => `query($id: ID!, $limit: Int!) { neighborhood${depth}(id: $id, limit: $limit) { ${SUBGRAPH} } }`,
  path: `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { id name nameAr aliases description kind degree } edges { ${NAMED_EDGE} } } }`,
  stance: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name nameAr kind endorsedByConnection { ${EVIDENCE_EDGES} } doubtedByConnection { ${EVIDENCE_EDGES} } } }`,
  graph: `query($labels: [String!]!, $types: [String!]!, $limit: Int!) { graph(labels: $labels, types: $types, limit: $limit) { ${SUBGRAPH} } }`,
};

export async function createLibApp(options: { driver: Driver; vocabulary: Vocabulary }) {
  const neoSchema = new Neo4jGraphQL({ typeDefs: libTypeDefs(options.vocabulary), driver: options.driver });
  const schema = await neoSchema.getSchema();
  return createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, maskedErrors: false });
}

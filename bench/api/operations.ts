/**
 * The questions the API comparison asks, each three ways: our GraphQL server (the client's own
 * documents), raw neo4j-driver with the Cypher of cypher.ts, and @neo4j/graphql on an equivalent schema.
 * Arguments rotate over targets picked from the synthetic graph, the same for all three.
 */
import * as documents from '../../client/src/api/generated/operations.js';
import { luceneQuery } from '../../server/src/db/queries/search.js';
import type { SyntheticGraph } from '../generate.js';
import * as cypher from './cypher.js';
import { LIB } from './neo4j-graphql.js';

export interface GraphQLCall {
  query: string;
  variables: Record<string, unknown>;
}

export interface CypherCall {
  cypher: string;
  params: Record<string, unknown>;
}

export interface Operation {
  name: string;
  ours(i: number): GraphQLCall;
  raw(i: number): CypherCall;
  lib(i: number): GraphQLCall;
  /** What differs in @neo4j/graphql's answer or how it gets it. */
  libNote: string;
  /** A comparable digest of each answer (ids, counts), to check the three give the same answer. */
  digest: { ours(data: unknown): string; raw(rows: Record<string, unknown>[]): string; lib(data: unknown): string };
}

const LABEL_OF_ENUM: Readonly<Record<string, string>> = { MODEL: 'AIModel', CONCEPT: 'Concept', PERSON: 'Person', ORGANIZATION: 'Organization', PRODUCT: 'Product', PLACE: 'Place' };

export function createOperations(graph: SyntheticGraph): Operation[] {
  const targets = pickTargets(graph);
  const at = <T>(list: readonly T[], i: number): T => {
    const item = list[i % list.length];
    if (item === undefined) throw new Error('no targets of that kind in the graph');
    return item;
  };
  const subgraphDigest = (s: unknown) => {
    const sub = s as { nodes?: { id: string }[]; edges?: unknown[] } | null | undefined;
    return `${(sub?.nodes ?? []).map((n) => n.id).sort().join(',')}|${sub?.edges?.length ?? 0}`;
  };
  const field = (data: unknown, name: string): unknown => (data as Record<string, unknown> | null | undefined)?.[name];
  const graphKinds = ['PERSON', 'MODEL'];
  const graphTypes = ['ENDORSES', 'DOUBTS'];
  const graphLimit = 500;

  const neighborhood = (depth: 1 | 2): Operation => ({
    name: `neighborhood${depth}`,
    ours: (i) => ({ query: documents.NeighborhoodDocument.toString(), variables: { ids: [at(targets.central, i)], depth, limit: 200 } }),
    raw: (i) => ({ cypher: cypher.neighborhood(depth), params: { id: at(targets.central, i), limit: 200 } }),
    lib: (i) => ({ query: LIB.neighborhood(depth), variables: { id: at(targets.central, i), limit: 200 } }),
    libNote: 'a @cypher field with the raw statement (no generated traversal of any relation type to a depth)',
    digest: {
      ours: (d) => subgraphDigest(field(d, 'neighborhood')),
      raw: (rows) => subgraphDigest(rows[0]),
      lib: (d) => subgraphDigest(field(d, `neighborhood${depth}`)),
    },
  });

  return [
    {
      name: 'search',
      ours: (i) => ({ query: documents.SearchDocument.toString(), variables: { text: at(targets.texts, i), first: 10 } }),
      raw: (i) => ({ cypher: cypher.SEARCH, params: { lucene: luceneQuery(at(targets.texts, i)), first: 10 } }),
      lib: (i) => ({ query: LIB.search, variables: { phrase: luceneQuery(at(targets.texts, i)), first: 10 } }),
      libNote: 'its generated full-text query, given the same Lucene query our server builds',
      digest: {
        ours: (d) => hitIds(field(d, 'search')),
        raw: (rows) => rows.map((r) => (r.entity as { id: string }).id).join(','),
        lib: (d) => ((field(d, 'searchEntities') as { edges: { node: { id: string } }[] } | undefined)?.edges ?? []).map((e) => e.node.id).join(','),
      },
    },
    neighborhood(1),
    neighborhood(2),
    {
      name: 'path',
      ours: (i) => ({ query: documents.PathDocument.toString(), variables: { ...at(targets.pairs, i), maxLength: 6 } }),
      raw: (i) => ({ cypher: cypher.PATH, params: at(targets.pairs, i) }),
      lib: (i) => ({ query: LIB.path, variables: at(targets.pairs, i) }),
      libNote: 'a @cypher field with the raw statement (the library generates no shortest path)',
      digest: {
        ours: (d) => String((field(d, 'path') as { length?: number } | null)?.length ?? 'none'),
        raw: (rows) => String(rows[0]?.length ?? 'none'),
        lib: (d) => String((field(d, 'path') as { length?: number } | null)?.length ?? 'none'),
      },
    },
    {
      name: 'stance',
      ours: (i) => ({ query: documents.StanceDocument.toString(), variables: { target: at(targets.popular, i) } }),
      raw: (i) => ({ cypher: cypher.STANCE, params: { id: at(targets.popular, i) } }),
      lib: (i) => ({ query: LIB.stance, variables: { id: at(targets.popular, i) } }),
      libNote: 'its generated relationship connections (endorsedBy/doubtedBy with properties); sources as ids, no article fields',
      digest: {
        ours: (d) => stanceDigest(field(d, 'stance')),
        raw: (rows) => stanceDigest(rows[0]),
        lib: (d) => {
          const e = (field(d, 'entities') as { endorsedByConnection: { edges: unknown[] }; doubtedByConnection: { edges: unknown[] } }[] | undefined)?.[0];
          return `${e?.endorsedByConnection.edges.length ?? 0}/${e?.doubtedByConnection.edges.length ?? 0}`;
        },
      },
    },
    {
      name: 'graph',
      ours: () => ({ query: documents.GraphDocument.toString(), variables: { kinds: graphKinds, types: graphTypes, limit: graphLimit } }),
      raw: () => ({ cypher: cypher.graph(graphTypes), params: { labels: graphKinds.map((k) => LABEL_OF_ENUM[k] ?? k), types: graphTypes, limit: graphLimit } }),
      lib: () => ({ query: LIB.graph, variables: { labels: graphKinds.map((k) => LABEL_OF_ENUM[k] ?? k), types: graphTypes, limit: graphLimit } }),
      libNote: 'a @cypher field with the raw statement, types as a parameter (label and degree filters are not generated; a fixed statement cannot write the types into its patterns)',
      digest: {
        ours: (d) => subgraphDigest(field(d, 'graph')),
        raw: (rows) => subgraphDigest(rows[0]),
        lib: (d) => subgraphDigest(field(d, 'graph')),
      },
    },
  ];
}

function hitIds(hits: unknown): string {
  return ((hits as { entity: { id: string } }[] | undefined) ?? []).map((h) => h.entity.id).join(',');
}

function stanceDigest(s: unknown): string {
  const stance = s as { endorsements?: unknown[]; doubts?: unknown[] } | null | undefined;
  return `${stance?.endorsements?.length ?? 0}/${stance?.doubts?.length ?? 0}`;
}

/**
 * Targets from the generator alone (no query needed): endpoints are skewed towards the low indexes of
 * each kind, so a small fraction into a kind's range is well connected and a larger one is ordinary.
 */
export function pickTargets(graph: SyntheticGraph): { texts: string[]; central: string[]; popular: string[]; pairs: { from: string; to: string }[] } {
  const inKind = (kind: string, fraction: number) => {
    const range = graph.kinds.get(kind);
    if (!range) throw new Error(`the graph has no ${kind}`);
    return graph.entity(range.start + Math.min(range.count - 1, Math.floor(range.count * fraction)));
  };
  const fractions = [0.03, 0.07, 0.12, 0.18, 0.25, 0.33, 0.41, 0.5];
  const texts: string[] = [];
  fractions.forEach((f, i) => {
    const person = inKind('Person', f);
    const org = inKind('Organization', f);
    // English surname, Arabic full name, a typed prefix and an organisation, in turn.
    texts.push([person.aliases[0] ?? person.name, person.nameAr ?? person.name, person.name.slice(0, 5), org.name][i % 4] ?? person.name);
  });
  return {
    texts,
    central: fractions.map((f, i) => inKind(i % 2 ? 'Organization' : 'Person', f / 2).id),
    popular: fractions.map((f, i) => inKind(i % 2 ? 'Concept' : 'AIModel', f / 4).id),
    pairs: fractions.map((f, i) => ({ from: inKind('Person', f).id, to: inKind(i % 2 ? 'Concept' : 'Place', 1 - f).id })),
  };
}

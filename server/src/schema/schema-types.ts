// Generated from the SDL by server/src/schema/codegen.ts (`npx tsx server/src/schema/codegen.ts`). Do not edit.
import type { GraphQLResolveInfo } from 'graphql';

type Awaitable<T> = T | Promise<T>;
export type FieldResolver<P, A, C, R> = (parent: P, args: A, context: C, info: GraphQLResolveInfo) => Awaitable<R>;

export type Direction = 'OUT' | 'IN' | 'BOTH';
export type Kind = string;
export type RelationType = string;

export interface QueryEntityArgs {
  id: string;
}
export interface QueryEntitiesArgs {
  kinds: readonly Kind[] | null | undefined;
  first: number | null;
  after: string | null | undefined;
}
export interface QuerySearchArgs {
  text: string;
  kinds: readonly Kind[] | null | undefined;
  first: number | null;
}
export interface QueryNeighborhoodArgs {
  ids: readonly string[];
  depth: number | null;
  types: readonly RelationType[] | null | undefined;
  limit: number | null;
}
export interface QueryPathArgs {
  from: string;
  to: string;
  types: readonly RelationType[] | null | undefined;
  maxLength: number | null;
}
export interface QueryStanceArgs {
  target: string;
}
export interface QueryGraphArgs {
  kinds: readonly Kind[] | null | undefined;
  types: readonly RelationType[] | null | undefined;
  limit: number | null;
}
export interface QueryArticleArgs {
  id: string;
}
export interface QueryRelationArgs {
  id: string;
}
export interface EntityRelationsArgs {
  direction: Direction | null;
  types: readonly RelationType[] | null | undefined;
  first: number | null;
}

export type ObjectTypeName = 'Query' | 'Entity' | 'Fact' | 'Relation' | 'Article' | 'Paragraph' | 'Segment' | 'Quote' | 'Subgraph' | 'Path' | 'SearchHit' | 'Stance' | 'KindCount' | 'TypeCount' | 'Stats' | 'PageInfo' | 'EntityConnection';

/** `M` maps each object type to the value its resolvers receive as parent; `C` is the context. */
export interface Resolvers<M extends Record<ObjectTypeName, unknown>, C> {
  Query: {
    entity: FieldResolver<M['Query'], QueryEntityArgs, C, M['Entity'] | null | undefined>;
    entities: FieldResolver<M['Query'], QueryEntitiesArgs, C, M['EntityConnection']>;
    search: FieldResolver<M['Query'], QuerySearchArgs, C, readonly M['SearchHit'][]>;
    neighborhood: FieldResolver<M['Query'], QueryNeighborhoodArgs, C, M['Subgraph']>;
    path: FieldResolver<M['Query'], QueryPathArgs, C, M['Path'] | null | undefined>;
    stance: FieldResolver<M['Query'], QueryStanceArgs, C, M['Stance']>;
    graph: FieldResolver<M['Query'], QueryGraphArgs, C, M['Subgraph']>;
    stats: FieldResolver<M['Query'], Record<string, never>, C, M['Stats']>;
    articles: FieldResolver<M['Query'], Record<string, never>, C, readonly M['Article'][]>;
    article: FieldResolver<M['Query'], QueryArticleArgs, C, M['Article'] | null | undefined>;
    relation: FieldResolver<M['Query'], QueryRelationArgs, C, M['Relation'] | null | undefined>;
  };
  Entity: {
    id: FieldResolver<M['Entity'], Record<string, never>, C, string>;
    name: FieldResolver<M['Entity'], Record<string, never>, C, string>;
    nameAr: FieldResolver<M['Entity'], Record<string, never>, C, string | null | undefined>;
    kind: FieldResolver<M['Entity'], Record<string, never>, C, Kind>;
    labels: FieldResolver<M['Entity'], Record<string, never>, C, readonly string[]>;
    aliases: FieldResolver<M['Entity'], Record<string, never>, C, readonly string[]>;
    description: FieldResolver<M['Entity'], Record<string, never>, C, string | null | undefined>;
    degree: FieldResolver<M['Entity'], Record<string, never>, C, number>;
    facts: FieldResolver<M['Entity'], Record<string, never>, C, readonly M['Fact'][]>;
    relations: FieldResolver<M['Entity'], EntityRelationsArgs, C, readonly M['Relation'][]>;
  };
  Fact: {
    key: FieldResolver<M['Fact'], Record<string, never>, C, string>;
    value: FieldResolver<M['Fact'], Record<string, never>, C, string>;
    quoteAr: FieldResolver<M['Fact'], Record<string, never>, C, string | null | undefined>;
    quoteEn: FieldResolver<M['Fact'], Record<string, never>, C, string | null | undefined>;
  };
  Relation: {
    id: FieldResolver<M['Relation'], Record<string, never>, C, string>;
    type: FieldResolver<M['Relation'], Record<string, never>, C, RelationType>;
    from: FieldResolver<M['Relation'], Record<string, never>, C, M['Entity']>;
    to: FieldResolver<M['Relation'], Record<string, never>, C, M['Entity']>;
    quoteAr: FieldResolver<M['Relation'], Record<string, never>, C, string | null | undefined>;
    quoteEn: FieldResolver<M['Relation'], Record<string, never>, C, string | null | undefined>;
    claim: FieldResolver<M['Relation'], Record<string, never>, C, string | null | undefined>;
    claimAr: FieldResolver<M['Relation'], Record<string, never>, C, string | null | undefined>;
    role: FieldResolver<M['Relation'], Record<string, never>, C, string | null | undefined>;
    roleAr: FieldResolver<M['Relation'], Record<string, never>, C, string | null | undefined>;
    via: FieldResolver<M['Relation'], Record<string, never>, C, readonly M['Entity'][]>;
    source: FieldResolver<M['Relation'], Record<string, never>, C, M['Article'] | null | undefined>;
  };
  Article: {
    id: FieldResolver<M['Article'], Record<string, never>, C, string>;
    url: FieldResolver<M['Article'], Record<string, never>, C, string | null | undefined>;
    title: FieldResolver<M['Article'], Record<string, never>, C, string | null | undefined>;
    titleAr: FieldResolver<M['Article'], Record<string, never>, C, string | null | undefined>;
    outlet: FieldResolver<M['Article'], Record<string, never>, C, string | null | undefined>;
    date: FieldResolver<M['Article'], Record<string, never>, C, string | null | undefined>;
    language: FieldResolver<M['Article'], Record<string, never>, C, string | null | undefined>;
    author: FieldResolver<M['Article'], Record<string, never>, C, string | null | undefined>;
    cites: FieldResolver<M['Article'], Record<string, never>, C, readonly string[]>;
    mentions: FieldResolver<M['Article'], Record<string, never>, C, readonly M['Entity'][]>;
    paragraphs: FieldResolver<M['Article'], Record<string, never>, C, readonly M['Paragraph'][] | null | undefined>;
    translationNote: FieldResolver<M['Article'], Record<string, never>, C, string | null | undefined>;
    quotes: FieldResolver<M['Article'], Record<string, never>, C, readonly M['Quote'][]>;
  };
  Paragraph: {
    index: FieldResolver<M['Paragraph'], Record<string, never>, C, number>;
    text: FieldResolver<M['Paragraph'], Record<string, never>, C, string>;
    segments: FieldResolver<M['Paragraph'], Record<string, never>, C, readonly M['Segment'][]>;
    translation: FieldResolver<M['Paragraph'], Record<string, never>, C, string | null | undefined>;
    translationSegments: FieldResolver<M['Paragraph'], Record<string, never>, C, readonly M['Segment'][]>;
  };
  Segment: {
    text: FieldResolver<M['Segment'], Record<string, never>, C, string>;
    quoteIds: FieldResolver<M['Segment'], Record<string, never>, C, readonly string[]>;
  };
  Quote: {
    id: FieldResolver<M['Quote'], Record<string, never>, C, string>;
    paragraph: FieldResolver<M['Quote'], Record<string, never>, C, number>;
    start: FieldResolver<M['Quote'], Record<string, never>, C, number>;
    end: FieldResolver<M['Quote'], Record<string, never>, C, number>;
    text: FieldResolver<M['Quote'], Record<string, never>, C, string>;
    relations: FieldResolver<M['Quote'], Record<string, never>, C, readonly M['Relation'][]>;
  };
  Subgraph: {
    nodes: FieldResolver<M['Subgraph'], Record<string, never>, C, readonly M['Entity'][]>;
    edges: FieldResolver<M['Subgraph'], Record<string, never>, C, readonly M['Relation'][]>;
    truncated: FieldResolver<M['Subgraph'], Record<string, never>, C, boolean>;
    totalNodes: FieldResolver<M['Subgraph'], Record<string, never>, C, number>;
  };
  Path: {
    length: FieldResolver<M['Path'], Record<string, never>, C, number>;
    nodes: FieldResolver<M['Path'], Record<string, never>, C, readonly M['Entity'][]>;
    edges: FieldResolver<M['Path'], Record<string, never>, C, readonly M['Relation'][]>;
  };
  SearchHit: {
    entity: FieldResolver<M['SearchHit'], Record<string, never>, C, M['Entity']>;
    score: FieldResolver<M['SearchHit'], Record<string, never>, C, number>;
  };
  Stance: {
    target: FieldResolver<M['Stance'], Record<string, never>, C, M['Entity']>;
    endorsements: FieldResolver<M['Stance'], Record<string, never>, C, readonly M['Relation'][]>;
    doubts: FieldResolver<M['Stance'], Record<string, never>, C, readonly M['Relation'][]>;
  };
  KindCount: {
    kind: FieldResolver<M['KindCount'], Record<string, never>, C, Kind>;
    count: FieldResolver<M['KindCount'], Record<string, never>, C, number>;
  };
  TypeCount: {
    type: FieldResolver<M['TypeCount'], Record<string, never>, C, RelationType>;
    count: FieldResolver<M['TypeCount'], Record<string, never>, C, number>;
  };
  Stats: {
    nodes: FieldResolver<M['Stats'], Record<string, never>, C, number>;
    relationships: FieldResolver<M['Stats'], Record<string, never>, C, number>;
    articles: FieldResolver<M['Stats'], Record<string, never>, C, number>;
    byKind: FieldResolver<M['Stats'], Record<string, never>, C, readonly M['KindCount'][]>;
    byType: FieldResolver<M['Stats'], Record<string, never>, C, readonly M['TypeCount'][]>;
  };
  PageInfo: {
    endCursor: FieldResolver<M['PageInfo'], Record<string, never>, C, string | null | undefined>;
    hasNextPage: FieldResolver<M['PageInfo'], Record<string, never>, C, boolean>;
  };
  EntityConnection: {
    nodes: FieldResolver<M['EntityConnection'], Record<string, never>, C, readonly M['Entity'][]>;
    pageInfo: FieldResolver<M['EntityConnection'], Record<string, never>, C, M['PageInfo']>;
    totalCount: FieldResolver<M['EntityConnection'], Record<string, never>, C, number>;
  };
}

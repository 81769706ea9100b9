/**
 * What the gateway hands to the resolvers: plain objects with string ids (the stable `id` property, never
 * Neo4j's internal ids), JS numbers and strings. Relations carry their endpoints' ids; the entities
 * themselves come through the per-request entity loader.
 */
export interface EntityModel {
  id: string;
  name: string;
  nameAr: string | null;
  /** The GraphQL `Kind` enum value. */
  kind: string;
  labels: string[];
  aliases: string[];
  description: string | null;
  /** Null when the statement that read it was not asked for it (`Entity.degree` then loads it). */
  degree: number | null;
  facts: FactModel[];
}

export interface FactModel {
  key: string;
  value: string;
  quoteAr: string | null;
  quoteEn: string | null;
}

export interface RelationModel {
  /** `<from>><TYPE>><to>@<source>`: stable across loads, used in the client's deep links. */
  id: string;
  type: string;
  fromId: string;
  toId: string;
  quoteAr: string | null;
  quoteEn: string | null;
  claim: string | null;
  claimAr: string | null;
  role: string | null;
  roleAr: string | null;
  viaIds: string[];
  sourceId: string | null;
}

export interface ArticleModel {
  id: string;
  url: string | null;
  title: string | null;
  titleAr: string | null;
  outlet: string | null;
  date: string | null;
  language: string | null;
  author: string | null;
  cites: string[];
}

/** A relation with the entity at its other end, so a loader can prime that entity. */
export interface RelationWithEnds {
  relation: RelationModel;
  ends: EntityModel[];
}

/**
 * The articles the relations of an answer cite, read by the same statement; null when they were not
 * asked for. Every relation's `sourceId` not among them has no article.
 */
interface WithArticles {
  articles: ArticleModel[] | null;
}

export interface SubgraphModel extends WithArticles {
  nodes: EntityModel[];
  edges: RelationModel[];
  truncated: boolean;
  totalNodes: number;
}

export interface PathModel extends WithArticles {
  length: number;
  nodes: EntityModel[];
  edges: RelationModel[];
}

export interface SearchHitModel {
  entity: EntityModel;
  score: number;
}

export interface StanceModel extends WithArticles {
  target: EntityModel;
  endorsements: RelationWithEnds[];
  doubts: RelationWithEnds[];
}

export interface StatsModel {
  nodes: number;
  relationships: number;
  articles: number;
  byKind: { kind: string; count: number }[];
  byType: { type: string; count: number }[];
}

export interface EntityPageModel {
  nodes: EntityModel[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * The shapes the client reads from the GraphQL API (issue 4's SDL). Kind and RelationType are enums the
 * server builds from the dataset's allowlist; they stay strings here so a new kind in the data shows up
 * (with a neutral style) instead of breaking the page.
 */
export type Kind = string;
export type RelationType = string;

export interface Article {
  id: string;
  url: string | null;
  title: string | null;
  titleAr?: string | null;
  outlet: string | null;
  date?: string | null;
  language?: string | null;
}

export interface Entity {
  id: string;
  name: string;
  nameAr: string | null;
  kind: Kind;
  aliases: string[];
  description: string | null;
  degree: number;
}

/** Only the endpoint ids: what the canvas needs to draw an edge. */
export interface EntityRef {
  id: string;
}

export interface Relation<End extends EntityRef = EntityRef> {
  id: string;
  type: RelationType;
  from: End;
  to: End;
  claim: string | null;
  claimAr?: string | null;
  /** LEADS, WORKS_FOR, FORMERLY_AT, FOUNDED: the role held, e.g. `CEO`. */
  role?: string | null;
  quoteAr: string | null;
  quoteEn: string | null;
  source: Article | null;
}

/** A relation whose endpoints come with their names, as the inspector, path and stance views show them. */
export type NamedRelation = Relation<EntitySummary>;

export interface EntitySummary {
  id: string;
  name: string;
  nameAr: string | null;
  kind: Kind;
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relation[];
  truncated: boolean;
}

/** A fact the article states about an entity, with the sentence it rests on. */
export interface Fact {
  key: string;
  value: string;
  quoteAr: string | null;
  quoteEn: string | null;
}

export interface EntityDetail extends Entity {
  facts?: Fact[];
  relations: NamedRelation[];
}

export interface Path {
  length: number;
  nodes: Entity[];
  edges: NamedRelation[];
}

export interface SearchHit {
  entity: EntitySummary & { aliases: string[] };
  score: number;
}

export interface Stance {
  target: EntitySummary;
  endorsements: NamedRelation[];
  doubts: NamedRelation[];
}

export interface Stats {
  nodes: number;
  relationships: number;
  byKind: { kind: Kind; count: number }[];
  byType: { type: RelationType; count: number }[];
}

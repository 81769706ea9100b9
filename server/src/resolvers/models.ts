/**
 * The values the resolvers of the object types that have no gateway model receive, and the data enums as
 * this side sees them. scripts/codegen.ts maps each object type to its model (these, or server/src/db/models.ts).
 */
import type { EntityModel, RelationModel, StatsModel } from '../db/models.js';

/** Built at startup from the dataset's vocabulary: any name on its allowlist. */
export type Kind = string;
/** Likewise. */
export type RelationType = string;

export interface PageInfoModel {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface EntityConnectionModel {
  nodes: EntityModel[];
  pageInfo: PageInfoModel;
  totalCount: number;
}

/** The server's allowlist as the `vocabulary` query serves it (resolvers/query.ts builds it). */
export interface VocabularyModel {
  kinds: KindInfoModel[];
  relationTypes: RelationTypeInfoModel[];
}

export interface KindInfoModel {
  kind: string;
  label: string;
  description: string;
  color: string | null;
  shape: string | null;
}

export interface RelationTypeInfoModel {
  type: string;
  group: 'CLAIM' | 'STRUCTURAL';
  description: string;
  color: string | null;
  lineStyle: string | null;
}

/** The gateway's stance with its relations unwrapped (their ends primed in the loaders). */
export interface StanceResult {
  target: EntityModel;
  endorsements: RelationModel[];
  doubts: RelationModel[];
}

export type KindCountModel = StatsModel['byKind'][number];
export type TypeCountModel = StatsModel['byType'][number];

/** Resolvers that return a property of the parent as it is; the generated types check each one. */
export function passThrough<P>() {
  return <K extends keyof P & string>(...keys: K[]): { [Key in K]: (parent: P) => P[Key] } =>
    Object.fromEntries(keys.map((key) => [key, (parent: P) => parent[key]])) as { [Key in K]: (parent: P) => P[Key] };
}

/** The value each GraphQL object type resolves from (the `M` of the generated `Resolvers`). */
import type {
  ArticleModel, EntityModel, FactModel, PathModel, RelationModel, SearchHitModel, StatsModel, SubgraphModel,
} from '../db/models.js';
import type { ParagraphModel, QuoteModel, SegmentModel } from '../evidence/reader.js';

export interface PageInfoModel {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface ApiModels {
  Query: unknown;
  Entity: EntityModel;
  Fact: FactModel;
  Relation: RelationModel;
  Article: ArticleModel;
  Paragraph: ParagraphModel;
  Segment: SegmentModel;
  Quote: QuoteModel;
  Subgraph: SubgraphModel;
  Path: PathModel;
  SearchHit: SearchHitModel;
  Stance: { target: EntityModel; endorsements: RelationModel[]; doubts: RelationModel[] };
  KindCount: StatsModel['byKind'][number];
  TypeCount: StatsModel['byType'][number];
  Stats: StatsModel;
  PageInfo: PageInfoModel;
  EntityConnection: { nodes: EntityModel[]; pageInfo: PageInfoModel; totalCount: number };
}

/** Resolvers that return a property of the parent as it is; the generated types check each one. */
export function passThrough<P>() {
  return <K extends keyof P & string>(...keys: K[]): { [Key in K]: (parent: P) => P[Key] } =>
    Object.fromEntries(keys.map((key) => [key, (parent: P) => parent[key]])) as { [Key in K]: (parent: P) => P[Key] };
}

/** Field resolvers of the object types: pass-throughs, and nested reads that go through the loaders. */
import { apiError, ErrorCode } from '../errors.js';
import type {
  ArticleModel, EntityModel, FactModel, PathModel, RelationModel, SearchHitModel, StatsModel, SubgraphModel,
} from '../db/models.js';
import type { ParagraphModel, QuoteModel, SegmentModel } from '../evidence/reader.js';
import type { Resolvers } from '../schema/resolvers-types.js';
import { relationTypes } from './allowlist.js';
import { intArg, LIMITS } from './limits.js';
import {
  passThrough, type EntityConnectionModel, type KindCountModel, type KindInfoModel, type PageInfoModel, type RelationTypeInfoModel,
  type StanceResult, type TypeCountModel, type VocabularyModel,
} from './models.js';

type FieldResolvers = Omit<Resolvers, 'Query' | 'Kind' | 'RelationType'>;

export const fieldResolvers: FieldResolvers = {
  Entity: {
    ...passThrough<EntityModel>()('id', 'name', 'nameAr', 'kind', 'labels', 'aliases', 'description', 'facts'),
    degree: (entity, _, { loaders }) => entity.degree ?? loaders.degree.load(entity.id),
    relations(entity, args, { loaders, vocabulary }) {
      const first = intArg('first', args.first, 50, 0, LIMITS.first);
      const types = relationTypes(vocabulary, args.types);
      if (first === 0 || types.length === 0) return [];
      return loaders.relations.load({ id: entity.id, direction: args.direction ?? 'BOTH', types, first });
    },
  },
  Fact: passThrough<FactModel>()('key', 'value', 'quoteAr', 'quoteEn'),
  Relation: {
    ...passThrough<RelationModel>()('id', 'type', 'quoteAr', 'quoteEn', 'claim', 'claimAr', 'role', 'roleAr'),
    from: (relation, _, { loaders }) => endpoint(loaders.entityOf(relation.fromId)),
    to: (relation, _, { loaders }) => endpoint(loaders.entityOf(relation.toId)),
    async via(relation, _, { loaders }) {
      const found = await loaders.entity.loadMany(relation.viaIds);
      return found.filter((e): e is EntityModel => e !== null && !(e instanceof Error));
    },
    source: (relation, _, { loaders }) => (relation.sourceId === null ? null : loaders.articleOf(relation.sourceId)),
  },
  Article: {
    ...passThrough<ArticleModel>()('id', 'url', 'title', 'titleAr', 'outlet', 'date', 'language', 'author', 'cites'),
    mentions: (article, _, { loaders }) => loaders.mentions.load(article.id),
    relationCount: (article, _, { loaders }) => loaders.relationCount.load(article.id),
    async paragraphs(article, _, { loaders }) {
      const reader = await loaders.reader.load(article.id);
      return reader === null || reader.paragraphs.length === 0 ? null : reader.paragraphs;
    },
    translationNote: async (article, _, { loaders }) => (await loaders.reader.load(article.id))?.translationNote ?? null,
    quotes: async (article, _, { loaders }) => (await loaders.reader.load(article.id))?.quotes ?? [],
  },
  Paragraph: passThrough<ParagraphModel>()('index', 'text', 'segments', 'translation', 'translationSegments'),
  Segment: passThrough<SegmentModel>()('text', 'quoteIds'),
  Quote: passThrough<QuoteModel>()('id', 'paragraph', 'start', 'end', 'text', 'relations'),
  Subgraph: passThrough<SubgraphModel>()('nodes', 'edges', 'truncated', 'totalNodes'),
  Path: passThrough<PathModel>()('length', 'nodes', 'edges'),
  SearchHit: passThrough<SearchHitModel>()('entity', 'score'),
  Stance: passThrough<StanceResult>()('target', 'endorsements', 'doubts'),
  KindCount: passThrough<KindCountModel>()('kind', 'count'),
  TypeCount: passThrough<TypeCountModel>()('type', 'count'),
  Stats: passThrough<StatsModel>()('nodes', 'relationships', 'articles', 'byKind', 'byType'),
  PageInfo: passThrough<PageInfoModel>()('endCursor', 'hasNextPage'),
  EntityConnection: passThrough<EntityConnectionModel>()('nodes', 'pageInfo', 'totalCount'),
  Vocabulary: passThrough<VocabularyModel>()('kinds', 'relationTypes'),
  KindInfo: passThrough<KindInfoModel>()('kind', 'label', 'description', 'color', 'shape'),
  RelationTypeInfo: passThrough<RelationTypeInfoModel>()('type', 'group', 'description', 'color', 'lineStyle'),
};

/** A relation's end always exists (the relation was just read); if not, the data changed under us. */
function endpoint(found: EntityModel | Promise<EntityModel | null>): EntityModel | Promise<EntityModel> {
  if (!(found instanceof Promise)) return found;
  return found.then((entity) => {
    if (!entity) throw apiError(ErrorCode.NOT_FOUND, 'This relation\'s entity is no longer there; reload.');
    return entity;
  });
}

/** Field resolvers of the object types: pass-throughs, and nested reads that go through the loaders. */
import { apiError, ErrorCode } from '../errors.js';
import type { EntityModel } from '../db/models.js';
import type { Resolvers } from '../schema/schema-types.js';
import { relationTypes } from './allowlist.js';
import type { ApiContext } from './context.js';
import { intArg, LIMITS } from './limits.js';
import { passThrough, type ApiModels } from './models.js';

type All = Resolvers<ApiModels, ApiContext>;
type FieldResolvers = Omit<All, 'Query'>;

export const fieldResolvers: FieldResolvers = {
  Entity: {
    ...passThrough<ApiModels['Entity']>()('id', 'name', 'nameAr', 'kind', 'labels', 'aliases', 'description', 'facts'),
    degree: (entity, _, { loaders }) => entity.degree ?? loaders.degree.load(entity.id),
    relations(entity, args, { loaders, vocabulary }) {
      const first = intArg('first', args.first, 50, 0, LIMITS.first);
      const types = relationTypes(vocabulary, args.types);
      if (first === 0 || types.length === 0) return [];
      return loaders.relations.load({ id: entity.id, direction: args.direction ?? 'BOTH', types, first });
    },
  },
  Fact: passThrough<ApiModels['Fact']>()('key', 'value', 'quoteAr', 'quoteEn'),
  Relation: {
    ...passThrough<ApiModels['Relation']>()('id', 'type', 'quoteAr', 'quoteEn', 'claim', 'claimAr', 'role', 'roleAr'),
    from: (relation, _, { loaders }) => endpoint(loaders.entityOf(relation.fromId)),
    to: (relation, _, { loaders }) => endpoint(loaders.entityOf(relation.toId)),
    async via(relation, _, { loaders }) {
      const found = await loaders.entity.loadMany(relation.viaIds);
      return found.filter((e): e is EntityModel => e !== null && !(e instanceof Error));
    },
    source: (relation, _, { loaders }) => (relation.sourceId === null ? null : loaders.articleOf(relation.sourceId)),
  },
  Article: {
    ...passThrough<ApiModels['Article']>()('id', 'url', 'title', 'titleAr', 'outlet', 'date', 'language', 'author', 'cites'),
    mentions: (article, _, { loaders }) => loaders.mentions.load(article.id),
    async paragraphs(article, _, { loaders }) {
      const reader = await loaders.reader.load(article.id);
      return reader === null || reader.paragraphs.length === 0 ? null : reader.paragraphs;
    },
    translationNote: async (article, _, { loaders }) => (await loaders.reader.load(article.id))?.translationNote ?? null,
    quotes: async (article, _, { loaders }) => (await loaders.reader.load(article.id))?.quotes ?? [],
  },
  Paragraph: passThrough<ApiModels['Paragraph']>()('index', 'text', 'segments', 'translation', 'translationSegments'),
  Segment: passThrough<ApiModels['Segment']>()('text', 'quoteIds'),
  Quote: passThrough<ApiModels['Quote']>()('id', 'paragraph', 'start', 'end', 'text', 'relations'),
  Subgraph: passThrough<ApiModels['Subgraph']>()('nodes', 'edges', 'truncated', 'totalNodes'),
  Path: passThrough<ApiModels['Path']>()('length', 'nodes', 'edges'),
  SearchHit: passThrough<ApiModels['SearchHit']>()('entity', 'score'),
  Stance: passThrough<ApiModels['Stance']>()('target', 'endorsements', 'doubts'),
  KindCount: passThrough<ApiModels['KindCount']>()('kind', 'count'),
  TypeCount: passThrough<ApiModels['TypeCount']>()('type', 'count'),
  Stats: passThrough<ApiModels['Stats']>()('nodes', 'relationships', 'articles', 'byKind', 'byType'),
  PageInfo: passThrough<ApiModels['PageInfo']>()('endCursor', 'hasNextPage'),
  EntityConnection: passThrough<ApiModels['EntityConnection']>()('nodes', 'pageInfo', 'totalCount'),
};

/** A relation's end always exists (the relation was just read); if not, the data changed under us. */
function endpoint(found: EntityModel | Promise<EntityModel | null>): EntityModel | Promise<EntityModel> {
  if (!(found instanceof Promise)) return found;
  return found.then((entity) => {
    if (!entity) throw apiError(ErrorCode.NOT_FOUND, 'This relation\'s entity is no longer there; reload.');
    return entity;
  });
}

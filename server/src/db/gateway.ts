/**
 * The API's read operations over Neo4j: each builds one statement (queries/), runs it through the
 * executor within the request's deadline, and maps the rows to plain models. Made once per request.
 *
 * A row no answer can carry (an entity without an id, a relation to one) is left out with a warning
 * instead of failing the whole answer: the database may hold data the loader never checked.
 */
import { OTHER_KIND, type Vocabulary } from '../vocabulary.js';
import type { CypherExecutor, CypherQuery, Row } from './executor.js';
import type { ArticleTextModel } from '../evidence/reader.js';
import { list, record, toArticle, toArticleText, toEntity, toRelation } from './map.js';
import type {
  ArticleModel, EntityModel, EntityPageModel, PathModel, RelationModel, RelationWithEnds, SearchHitModel, StanceModel, StatsModel, SubgraphModel,
} from './models.js';
import * as entities from './queries/entities.js';
import type { Include, Scope } from './queries/fragments.js';
import * as graph from './queries/graph.js';
import * as search from './queries/search.js';

export interface GatewayOptions {
  executor: CypherExecutor;
  vocabulary: Vocabulary;
  /** Epoch ms: the request's budget ends here, whatever number of statements it runs. */
  deadline: number;
  requestId?: string;
  /** Told about each row left out of an answer. @default nothing */
  warn?: (message: string) => void;
}

export type Gateway = ReturnType<typeof createGateway>;

export function createGateway(options: GatewayOptions) {
  const { executor, vocabulary } = options;
  const scope: Scope = { relationTypes: vocabulary.relationTypes.map((t) => t.type), kindLabels: vocabulary.kinds.map((k) => k.label) };
  const run = (q: CypherQuery): Promise<Row[]> => executor.read(q, { deadline: options.deadline, requestId: options.requestId });
  const warn = options.warn ?? (() => {});

  /** The entity, or null (and a warning) for one without an id. */
  const entityOf = (raw: unknown): EntityModel | null => {
    const entity = toEntity(vocabulary, raw);
    if (entity === null) warn(`left out of an answer: an :Entity without an id (labels ${JSON.stringify(record(raw).labels)}); \`npm run check\` lists such rows`);
    return entity;
  };
  const relationOf = (raw: unknown): RelationModel | null => {
    const relation = toRelation(raw);
    if (relation === null) warn(`left out of an answer: a ${String(record(raw).type)} relation with an end that has no id; \`npm run check\` lists such rows`);
    return relation;
  };
  const toEntities = (raw: unknown) => list(raw).flatMap((e) => entityOf(e) ?? []);
  const toRelations = (raw: unknown) => list(raw).flatMap((r) => relationOf(r) ?? []);
  const withEnds = (raw: unknown): RelationWithEnds[] => list(raw).flatMap((item) => {
    const row = record(item);
    const relation = relationOf(row.relation);
    if (row.other === undefined) return relation ? [{ relation, ends: [] }] : [];
    const other = entityOf(row.other);
    return relation && other ? [{ relation, ends: [other] }] : [];
  });

  return {
    scope,

    async entitiesByIds(ids: readonly string[]): Promise<Map<string, EntityModel>> {
      const rows = await run(entities.entitiesByIds(scope, ids));
      return new Map(rows.flatMap((r) => {
        const entity = entityOf(r.entity);
        return entity ? [[String(r.id), entity] as const] : [];
      }));
    },

    async degreesOf(ids: readonly string[]): Promise<Map<string, number>> {
      const rows = await run(entities.degreesOf(scope, ids));
      return new Map(rows.map((r) => [String(r.id), Number(r.degree)]));
    },

    async entitiesPage(args: entities.EntitiesPageArgs, include: Include): Promise<EntityPageModel> {
      const [row] = await run(entities.entitiesPage(scope, { ...args, limit: args.limit + 1 }, include));
      const page = toEntities(row?.page);
      return { nodes: page.slice(0, args.limit), totalCount: Number(row?.total ?? 0), hasNextPage: page.length > args.limit };
    },

    async relationsOf(args: entities.RelationsOfArgs): Promise<Map<string, RelationWithEnds[]>> {
      const rows = await run(entities.relationsOf(scope, args));
      return new Map(rows.map((r) => [String(r.id), withEnds(r.relations)]));
    },

    async relationById(key: entities.RelationKey): Promise<RelationWithEnds | null> {
      const [row] = await run(entities.relationById(scope, key));
      const relation = row ? relationOf(row.relation) : null;
      return relation ? { relation, ends: toEntities(row?.ends) } : null;
    },

    async articles(): Promise<ArticleModel[]> {
      return (await run(entities.allArticles())).map((r) => toArticle(r.article));
    },

    async articlesByIds(ids: readonly string[]): Promise<Map<string, ArticleModel>> {
      const rows = await run(entities.articlesByIds(ids));
      return new Map(rows.map((r) => [String(r.id), toArticle(r.article)]));
    },

    /** Text, translation and cited relations of each article that exists. */
    async articleTexts(ids: readonly string[]): Promise<Map<string, ArticleTextModel>> {
      const rows = await run(entities.articleTexts(scope, ids));
      return new Map(rows.map((r) => [String(r.id), toArticleText(r, relationOf)]));
    },

    async relationCounts(ids: readonly string[]): Promise<Map<string, number>> {
      const rows = await run(entities.relationCounts(scope, ids));
      return new Map(rows.map((r) => [String(r.id), Number(r.count)]));
    },

    async mentionsOf(ids: readonly string[]): Promise<Map<string, EntityModel[]>> {
      const rows = await run(entities.mentionsOf(scope, ids));
      return new Map(rows.map((r) => [String(r.id), toEntities(r.entities)]));
    },

    /** Builds the Lucene query from the user's words; text with no words finds nothing, without a round trip. */
    async search(args: Omit<search.SearchArgs, 'lucene'> & { text: string }, include: Include): Promise<SearchHitModel[]> {
      const lucene = search.luceneQuery(args.text);
      if (lucene === null) return [];
      const rows = await run(search.search(scope, { lucene, kinds: args.kinds, first: args.first }, include));
      return rows.flatMap((r) => {
        const entity = entityOf(r.entity);
        return entity ? [{ entity, score: Number(r.score) }] : [];
      });
    },

    async neighborhood(args: graph.NeighborhoodArgs, include: Include): Promise<SubgraphModel> {
      const [row] = await run(graph.neighborhood(scope, args, include));
      return subgraph(row, args.limit, include.degree && graph.rankIsDegree(scope, args.types));
    },

    async wholeGraph(args: graph.WholeGraphArgs, include: Include): Promise<SubgraphModel> {
      const [row] = await run(graph.wholeGraph(scope, args, include));
      return subgraph(row, args.limit, include.degree && graph.rankIsDegree(scope, args.types));
    },

    async shortestPath(args: graph.ShortestPathArgs, include: Include): Promise<PathModel | null> {
      const [row] = await run(graph.shortestPath(scope, args, include));
      if (!row) return null;
      const nodes = toEntities(row.nodes);
      const edges = toRelations(row.edges);
      // A path through a row that cannot be shown is no path to show.
      if (nodes.length !== list(row.nodes).length || edges.length !== list(row.edges).length) return null;
      return { length: Number(row.length), nodes, edges, articles: articles(row) };
    },

    async stance(id: string, include: Include): Promise<StanceModel | null> {
      const [row] = await run(graph.stance(scope, id, include));
      const target = row ? entityOf(row.target) : null;
      if (!row || !target) return null;
      return { target, endorsements: withEnds(row.endorsements), doubts: withEnds(row.doubts), articles: articles(row) };
    },

    async stats(): Promise<StatsModel> {
      const [row] = await run(graph.stats(scope));
      const byLabel = new Map(list(row?.byKind).map((x) => [String(record(x).label), Number(record(x).count)]));
      const byType = new Map(list(row?.byType).map((x) => [String(record(x).type), Number(record(x).count)]));
      return {
        nodes: Number(row?.nodes ?? 0),
        relationships: Number(row?.relationships ?? 0),
        articles: Number(row?.articles ?? 0),
        // Every kind and type, zeros included, in the vocabulary's order: stable for charts and clients.
        byKind: [...vocabulary.kinds.map((k) => ({ kind: k.enum, count: byLabel.get(k.label) ?? 0 })), { kind: OTHER_KIND, count: Number(row?.other ?? 0) }],
        byType: scope.relationTypes.map((type) => ({ type, count: byType.get(type) ?? 0 })),
      };
    },
  };

  /**
   * The statement returns nodes in id order with their ranks ([distance, degree over the chosen types])
   * beside them; clients get them nearest first, then best connected, then by id.
   */
  function subgraph(row: Row | undefined, limit: number, rankIsDegree: boolean): SubgraphModel {
    const ranks = list(row?.ranks).map((r) => list(r).map(Number));
    const ranked = list(row?.nodes).flatMap((raw, i) => {
      const node = entityOf(raw);
      const [distance = 0, rank = 0] = ranks[i] ?? [];
      return node ? [{ node: rankIsDegree ? { ...node, degree: rank } : node, distance, rank }] : [];
    });
    ranked.sort((a, b) => a.distance - b.distance || b.rank - a.rank || compareIds(a.node.id, b.node.id));
    const nodes = ranked.map((r) => r.node);
    const edges = toRelations(row?.edges);
    // Rows left out were counted too; the total is of what could be shown, so a whole answer is not "cut".
    const totalNodes = Number(row?.total ?? 0) - (list(row?.nodes).length - nodes.length);
    return {
      nodes, edges: edges.slice(0, limit), truncated: totalNodes > nodes.length || edges.length > limit, totalNodes, articles: articles(row),
    };
  }

  /** The cited articles when the statement was asked for them, else null (the article loader fetches them). */
  function articles(row: Row | undefined): ArticleModel[] | null {
    return row?.articles === undefined ? null : list(row.articles).map(toArticle);
  }
}

/** Cypher's string order (UTF-16 code units), which `<` on JS strings also is. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

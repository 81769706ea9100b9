/**
 * The API's read operations over Neo4j: each builds one statement (queries/), runs it through the
 * executor within the request's deadline, and maps the rows to plain models. Made once per request.
 */
import type { Vocabulary } from '../vocabulary.js';
import type { CypherExecutor, CypherQuery, Row } from './executor.js';
import type { ArticleTextModel } from '../evidence/reader.js';
import { list, record, toArticle, toArticleText, toEntity, toRelation } from './map.js';
import type {
  ArticleModel, EntityModel, EntityPageModel, PathModel, RelationWithEnds, SearchHitModel, StanceModel, StatsModel, SubgraphModel,
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
}

export type Gateway = ReturnType<typeof createGateway>;

export function createGateway(options: GatewayOptions) {
  const { executor, vocabulary } = options;
  const scope: Scope = { relationTypes: vocabulary.relationTypes.map((t) => t.type) };
  const run = (q: CypherQuery): Promise<Row[]> => executor.read(q, { deadline: options.deadline, requestId: options.requestId });
  const toEntities = (raw: unknown) => list(raw).map((e) => toEntity(vocabulary, e));
  const withEnds = (raw: unknown): RelationWithEnds[] => list(raw).map((item) => {
    const row = record(item);
    return { relation: toRelation(row.relation), ends: row.other === undefined ? [] : [toEntity(vocabulary, row.other)] };
  });

  return {
    scope,

    async entitiesByIds(ids: readonly string[]): Promise<Map<string, EntityModel>> {
      const rows = await run(entities.entitiesByIds(scope, ids));
      return new Map(rows.map((r) => [String(r.id), toEntity(vocabulary, r.entity)]));
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
      return row ? { relation: toRelation(row.relation), ends: toEntities(row.ends) } : null;
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
      return new Map(rows.map((r) => [String(r.id), toArticleText(r)]));
    },

    async mentionsOf(ids: readonly string[]): Promise<Map<string, EntityModel[]>> {
      const rows = await run(entities.mentionsOf(scope, ids));
      return new Map(rows.map((r) => [String(r.id), toEntities(r.entities)]));
    },

    /** Builds the Lucene query from the user's words; text with no words finds nothing, without a round trip. */
    async search(args: Omit<search.SearchArgs, 'lucene'> & { text: string }, include: Include): Promise<SearchHitModel[]> {
      const lucene = search.luceneQuery(args.text);
      if (lucene === null) return [];
      const rows = await run(search.search(scope, { lucene, labels: args.labels, first: args.first }, include));
      return rows.map((r) => ({ entity: toEntity(vocabulary, r.entity), score: Number(r.score) }));
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
      return { length: Number(row.length), nodes: toEntities(row.nodes), edges: list(row.edges).map(toRelation), articles: articles(row) };
    },

    async stance(target: string, include: Include): Promise<StanceModel | null> {
      const [row] = await run(graph.stance(scope, target, include));
      if (!row) return null;
      return { target: toEntity(vocabulary, row.target), endorsements: withEnds(row.endorsements), doubts: withEnds(row.doubts), articles: articles(row) };
    },

    async stats(): Promise<StatsModel> {
      const [row] = await run(graph.stats(scope, vocabulary.kinds.map((k) => k.label)));
      const byLabel = new Map(list(row?.byKind).map((x) => [String(record(x).label), Number(record(x).count)]));
      const byType = new Map(list(row?.byType).map((x) => [String(record(x).type), Number(record(x).count)]));
      return {
        nodes: Number(row?.nodes ?? 0),
        relationships: Number(row?.relationships ?? 0),
        articles: Number(row?.articles ?? 0),
        // Every kind and type, zeros included, in the vocabulary's order: stable for charts and clients.
        byKind: vocabulary.kinds.map((k) => ({ kind: k.enum, count: byLabel.get(k.label) ?? 0 })),
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
    const ranked = toEntities(row?.nodes).map((node, i) => {
      const [distance = 0, rank = 0] = ranks[i] ?? [];
      return { node: rankIsDegree ? { ...node, degree: rank } : node, distance, rank };
    });
    ranked.sort((a, b) => a.distance - b.distance || b.rank - a.rank || compareIds(a.node.id, b.node.id));
    const nodes = ranked.map((r) => r.node);
    const edges = list(row?.edges).map(toRelation);
    const totalNodes = Number(row?.total ?? 0);
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

/**
 * The typed API the rest of the client uses. One function per question the explorer asks; each returns
 * plain DTOs (types.ts) or throws an ApiError. Search and expand go through `createLatest` so an older
 * answer arriving after a newer one is dropped. Each document carries its result and variable types
 * (generated from the SDL), so a call cannot pass a variable the document does not declare.
 */
import { entitiesByIdDocument } from './documents.js';
import { errorFromResponse, type Fetcher, type GraphQLResponse } from './fetcher.js';
import {
  ArticleTextDocument, EntityDetailDocument, GraphDocument, NeighborhoodDocument, PathDocument, RelationDocument, SearchDocument, SourcesDocument,
  StanceDocument, StatsDocument, VocabularyDocument, type TypedDocumentString,
} from './generated/operations.js';
import { createLatest, type Stale } from './latest.js';
import type {
  ArticleText, Entity, EntityDetail, Kind, NamedRelation, Path, RelationType, SearchHit, Source, Stance, Stats, Subgraph, VocabularyInfo,
} from './types.js';

export interface GraphFilter {
  kinds?: Kind[] | undefined;
  types?: RelationType[] | undefined;
  limit?: number | undefined;
}

export interface Api {
  graph(filter?: GraphFilter): Promise<Subgraph>;
  /** Latest-wins: a newer call makes an older pending one resolve to STALE. */
  search(text: string, first?: number): Promise<SearchHit[] | Stale>;
  /** Latest-wins, like search. */
  expand(ids: string[], limit?: number): Promise<Subgraph | Stale>;
  neighborhood(ids: string[], limit?: number): Promise<Subgraph>;
  entity(id: string): Promise<EntityDetail | null>;
  entities(ids: string[]): Promise<Entity[]>;
  /** A relation by id (deep links to an edge that is not drawn). */
  relation(id: string): Promise<NamedRelation | null>;
  path(from: string, to: string): Promise<Path | null>;
  stance(target: string): Promise<Stance>;
  stats(): Promise<Stats>;
  /** The kinds and relation types the data may hold, with the looks the vocabulary asks for. */
  vocabulary(): Promise<VocabularyInfo>;
  /** Every article, for the Sources legend. */
  sources(): Promise<Source[]>;
  /** An article with its text and quotes (the reader); null when there is none with this id. */
  article(id: string): Promise<ArticleText | null>;
  /** The console: any document, the raw response back (errors included, not thrown). */
  raw(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
}

/** graphql-armor caps aliases per request; stay well below its default. */
const ALIAS_BATCH = 10;

export function createApi(fetcher: Fetcher): Api {
  async function ask<R, V extends Record<string, unknown>>(document: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
    // The generated text starts and ends with the generator's indentation; the request starts at `query`.
    const response = await fetcher({ query: document.toString().trim(), variables }, signal ? { signal } : {});
    const error = errorFromResponse(response);
    if (error) throw error;
    return (response.data ?? {}) as R;
  }

  const neighborhood = async (signal: AbortSignal | undefined, ids: string[], limit?: number) =>
    (await ask(NeighborhoodDocument, { ids, depth: 1, limit }, signal)).neighborhood;

  return {
    graph: async (filter = {}) => (await ask(GraphDocument, { ...filter })).graph,
    search: createLatest(async (signal, text: string, first = 8) => (await ask(SearchDocument, { text, first }, signal)).search),
    expand: createLatest(neighborhood),
    neighborhood: (ids, limit) => neighborhood(undefined, ids, limit),
    entity: async (id) => (await ask(EntityDetailDocument, { id, first: 100 })).entity,
    async entities(ids) {
      const found: Entity[] = [];
      for (let i = 0; i < ids.length; i += ALIAS_BATCH) {
        const batch = ids.slice(i, i + ALIAS_BATCH);
        const variables = Object.fromEntries(batch.map((id, j) => [`id${j}`, id]));
        const data = await ask(entitiesByIdDocument(batch.length), variables);
        for (const entity of Object.values(data)) if (entity) found.push(entity);
      }
      return found;
    },
    relation: async (id) => (await ask(RelationDocument, { id })).relation,
    path: async (from, to) => (await ask(PathDocument, { from, to, maxLength: 6 })).path,
    stance: async (target) => (await ask(StanceDocument, { target })).stance,
    stats: async () => (await ask(StatsDocument, {})).stats,
    vocabulary: async () => (await ask(VocabularyDocument, {})).vocabulary,
    sources: async () => (await ask(SourcesDocument, {})).articles,
    article: async (id) => (await ask(ArticleTextDocument, { id })).article,
    raw: (query, variables) => fetcher({ query, variables }),
  };
}

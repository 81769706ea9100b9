/**
 * The typed API the rest of the client uses. One function per question the explorer asks; each returns
 * plain DTOs (types.ts) or throws an ApiError. Search and expand go through `createLatest` so an older
 * answer arriving after a newer one is dropped.
 */
import * as doc from './documents.js';
import { errorFromResponse, type Fetcher, type GraphQLResponse } from './fetcher.js';
import { createLatest, type Stale } from './latest.js';
import type { Entity, EntityDetail, NamedRelation, Path, SearchHit, Stance, Stats, Subgraph } from './types.js';

export interface GraphFilter {
  kinds?: string[] | undefined;
  types?: string[] | undefined;
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
  /** The console: any document, the raw response back (errors included, not thrown). */
  raw(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
}

/** graphql-armor caps aliases per request; stay well below its default. */
const ALIAS_BATCH = 10;

export function createApi(fetcher: Fetcher): Api {
  async function ask<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    const response = await fetcher({ query, variables }, signal ? { signal } : {});
    const error = errorFromResponse(response);
    if (error) throw error;
    return (response.data ?? {}) as T;
  }

  const neighborhood = async (signal: AbortSignal | undefined, ids: string[], limit?: number) =>
    (await ask<{ neighborhood: Subgraph }>(doc.NEIGHBORHOOD, { ids, depth: 1, limit }, signal)).neighborhood;

  return {
    graph: async (filter = {}) => (await ask<{ graph: Subgraph }>(doc.GRAPH, { ...filter })).graph,
    search: createLatest(async (signal, text: string, first = 8) =>
      (await ask<{ search: SearchHit[] }>(doc.SEARCH, { text, first }, signal)).search),
    expand: createLatest(neighborhood),
    neighborhood: (ids, limit) => neighborhood(undefined, ids, limit),
    entity: async (id) => (await ask<{ entity: EntityDetail | null }>(doc.ENTITY_DETAIL, { id, first: 100 })).entity,
    async entities(ids) {
      const found: Entity[] = [];
      for (let i = 0; i < ids.length; i += ALIAS_BATCH) {
        const batch = ids.slice(i, i + ALIAS_BATCH);
        const variables = Object.fromEntries(batch.map((id, j) => [`id${j}`, id]));
        const data = await ask<Record<string, Entity | null>>(doc.entitiesByIdDocument(batch.length), variables);
        for (const entity of Object.values(data)) if (entity) found.push(entity);
      }
      return found;
    },
    relation: async (id) => (await ask<{ relation: NamedRelation | null }>(doc.RELATION, { id })).relation,
    path: async (from, to) => (await ask<{ path: Path | null }>(doc.PATH, { from, to, maxLength: 6 })).path,
    stance: async (target) => (await ask<{ stance: Stance }>(doc.STANCE, { target })).stance,
    stats: async () => (await ask<{ stats: Stats }>(doc.STATS, {})).stats,
    raw: (query, variables) => fetcher({ query, variables }),
  };
}

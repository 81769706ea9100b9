/**
 * Per-request batching: nested fields (Relation.from/to/via/source, Entity.relations, Article.mentions)
 * ask these loaders, and each loader turns all the asks of one tick into a single statement. Every
 * entity a statement returns is primed, so endpoints already fetched cost nothing — and are answered
 * synchronously (`entityOf`, `articleOf`), which spares graphql-js a promise per field on a 5000-edge graph.
 */
import DataLoader from 'dataloader';
import type { Gateway } from '../db/gateway.js';
import { buildReader, type ReaderModel } from '../evidence/reader.js';
import type { ArticleModel, EntityModel, RelationModel, RelationWithEnds } from '../db/models.js';
import type { RelationsOfArgs } from '../db/queries/entities.js';

export type RelationsKey = Omit<RelationsOfArgs, 'ids'> & { id: string };

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(gateway: Gateway) {
  const entity = new DataLoader<string, EntityModel | null>(async (ids) => {
    const found = await gateway.entitiesByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  // Entities a statement returned without their degree (it was not selected there) get it here, batched.
  const degree = new DataLoader<string, number>(async (ids) => {
    const found = await gateway.degreesOf(ids);
    return ids.map((id) => found.get(id) ?? 0);
  });

  const article = new DataLoader<string, ArticleModel | null>(async (ids) => {
    const found = await gateway.articlesByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  // The reader's view of each article: paragraphs with their quotes marked, and the quotes themselves.
  // Relations it returns are the same models the rest of the request sees (their ends come through
  // the entity loader, batched).
  const reader = new DataLoader<string, ReaderModel | null>(async (ids) => {
    const found = await gateway.articleTexts(ids);
    return ids.map((id) => {
      const text = found.get(id);
      return text === undefined ? null : buildReader(text);
    });
  });

  const relationCount = new DataLoader<string, number>(async (ids) => {
    const found = await gateway.relationCounts(ids);
    return ids.map((id) => found.get(id) ?? 0);
  });

  const mentions = new DataLoader<string, EntityModel[]>(async (ids) => {
    const found = await gateway.mentionsOf(ids);
    return ids.map((id) => prime(found.get(id) ?? []));
  });

  // Keys that share direction/types/first go into one statement; different argument sets (aliases in
  // one query) each get their own, so the count follows the query's text, not the rows.
  const relations = new DataLoader<RelationsKey, RelationModel[], string>(async (keys) => {
    const groups = new Map<string, RelationsKey[]>();
    for (const key of keys) {
      const group = argsKey(key);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const results = new Map<string, RelationModel[]>();
    await Promise.all([...groups.values()].map(async (group) => {
      const { direction, types, first } = group[0] as RelationsKey; // groups are never empty
      const found = await gateway.relationsOf({ ids: group.map((k) => k.id), direction, types, first });
      for (const key of group) results.set(relationsKey(key), unwrap(found.get(key.id) ?? []));
    }));
    return keys.map((key) => results.get(relationsKey(key)) ?? []);
  }, { cacheKeyFn: relationsKey });

  // What was primed, readable without a promise. The first one primed wins, as in DataLoader's cache.
  const knownEntities = new Map<string, EntityModel>();
  const knownArticles = new Map<string, ArticleModel | null>();

  function prime(entities: readonly EntityModel[]): EntityModel[] {
    for (const e of entities) {
      if (knownEntities.has(e.id)) continue;
      knownEntities.set(e.id, e);
      entity.prime(e.id, e);
    }
    return [...entities];
  }

  /** The entity if a statement of this request already returned it, else the loader's promise. */
  function entityOf(id: string): EntityModel | Promise<EntityModel | null> {
    return knownEntities.get(id) ?? entity.load(id);
  }

  /** The article likewise (null: known to have none). */
  function articleOf(id: string): ArticleModel | null | Promise<ArticleModel | null> {
    return knownArticles.has(id) ? (knownArticles.get(id) ?? null) : article.load(id);
  }

  /** Primes the entities at the relations' ends and returns the relations. */
  function unwrap(items: readonly RelationWithEnds[]): RelationModel[] {
    return items.map((item) => {
      prime(item.ends);
      return item.relation;
    });
  }

  /**
   * Primes the article loader with what a statement read alongside its relations: every source they cite,
   * null for one that has no article, so `Relation.source` costs nothing more. Unread (null): nothing.
   */
  function primeArticles(relations: readonly RelationModel[], articles: readonly ArticleModel[] | null): void {
    if (articles === null) return;
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const { sourceId } of relations) {
      if (sourceId === null || knownArticles.has(sourceId)) continue;
      const found = byId.get(sourceId) ?? null;
      knownArticles.set(sourceId, found);
      article.prime(sourceId, found);
    }
  }

  return { entity, degree, article, reader, relationCount, mentions, relations, prime, unwrap, primeArticles, entityOf, articleOf };
}

function argsKey(key: RelationsKey): string {
  return JSON.stringify([key.direction, key.types, key.first]);
}

function relationsKey(key: RelationsKey): string {
  return JSON.stringify([key.id, key.direction, key.types, key.first]);
}

/**
 * Per-request batching: nested fields (Relation.from/to/via/source, Entity.relations, Article.mentions)
 * ask these loaders, and each loader turns all the asks of one tick into a single statement. Every
 * entity a statement returns is primed, so endpoints already fetched cost nothing.
 */
import DataLoader from 'dataloader';
import type { Gateway } from '../db/gateway.js';
import type { ArticleModel, EntityModel, RelationModel, RelationWithEnds } from '../db/models.js';
import type { RelationsOfArgs } from '../db/queries/entities.js';

export type RelationsKey = Omit<RelationsOfArgs, 'ids'> & { id: string };

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(gateway: Gateway) {
  const entity = new DataLoader<string, EntityModel | null>(async (ids) => {
    const found = await gateway.entitiesByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  const article = new DataLoader<string, ArticleModel | null>(async (ids) => {
    const found = await gateway.articlesByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
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

  function prime(entities: readonly EntityModel[]): EntityModel[] {
    for (const e of entities) entity.prime(e.id, e);
    return [...entities];
  }

  /** Primes the entities at the relations' ends and returns the relations. */
  function unwrap(items: readonly RelationWithEnds[]): RelationModel[] {
    return items.map((item) => {
      prime(item.ends);
      return item.relation;
    });
  }

  return { entity, article, mentions, relations, prime, unwrap };
}

function argsKey(key: RelationsKey): string {
  return JSON.stringify([key.direction, key.types, key.first]);
}

function relationsKey(key: RelationsKey): string {
  return JSON.stringify([key.id, key.direction, key.types, key.first]);
}

/**
 * Finds what a console result holds that can be drawn, the way Neo4j Browser draws nodes and
 * relationships out of a Cypher result: any object shaped like an Entity (`id` + `kind`) or a Relation
 * (`id` + `type` + `from.id` + `to.id`), wherever it sits in the JSON.
 */
import type { Article, Entity, Relation } from './types.js';

export interface Found {
  entities: Map<string, Partial<Entity> & { id: string }>;
  relations: Map<string, Relation>;
  /** Endpoints of found relations that the result does not describe as entities. */
  missing: string[];
}

export function extractGraph(data: unknown): Found {
  const entities = new Map<string, Partial<Entity> & { id: string }>();
  const relations = new Map<string, Relation>();
  const seen = new Set<object>();

  const visit = (value: unknown, depth: number): void => {
    if (depth > 64 || typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const o = value as Record<string, unknown>;
    const relation = asRelation(o);
    if (relation) relations.set(relation.id, relation);
    else if (typeof o.id === 'string' && typeof o.kind === 'string') {
      entities.set(o.id, { ...entities.get(o.id), ...asEntity(o) });
    }
    for (const child of Object.values(o)) visit(child, depth + 1);
  };
  visit(data, 0);

  const missing = new Set<string>();
  for (const r of relations.values()) {
    for (const end of [r.from.id, r.to.id]) if (!entities.has(end)) missing.add(end);
  }
  return { entities, relations, missing: [...missing] };
}

function asRelation(o: Record<string, unknown>): Relation | undefined {
  const from = o.from as Record<string, unknown> | null | undefined;
  const to = o.to as Record<string, unknown> | null | undefined;
  if (typeof o.id !== 'string' || typeof o.type !== 'string' || typeof from?.id !== 'string' || typeof to?.id !== 'string') return undefined;
  return {
    id: o.id,
    type: o.type,
    from: { id: from.id },
    to: { id: to.id },
    claim: str(o.claim),
    claimAr: str(o.claimAr),
    role: str(o.role),
    quoteAr: str(o.quoteAr),
    quoteEn: str(o.quoteEn),
    source: typeof o.source === 'object' && o.source !== null ? (o.source as Article) : null,
  };
}

function asEntity(o: Record<string, unknown>): Partial<Entity> & { id: string } {
  const entity: Partial<Entity> & { id: string } = { id: o.id as string, kind: o.kind as string };
  if (typeof o.name === 'string') entity.name = o.name;
  if (typeof o.nameAr === 'string') entity.nameAr = o.nameAr;
  if (typeof o.description === 'string') entity.description = o.description;
  if (typeof o.degree === 'number') entity.degree = o.degree;
  if (Array.isArray(o.aliases)) entity.aliases = o.aliases.filter((a): a is string => typeof a === 'string');
  return entity;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Fills the fields a partial entity lacks so it can be drawn. */
export function completeEntity(partial: Partial<Entity> & { id: string }): Entity {
  return {
    id: partial.id,
    name: partial.name ?? partial.id,
    nameAr: partial.nameAr ?? null,
    kind: partial.kind ?? 'UNKNOWN',
    aliases: partial.aliases ?? [],
    description: partial.description ?? null,
    degree: partial.degree ?? 0,
  };
}

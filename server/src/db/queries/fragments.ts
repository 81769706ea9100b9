/**
 * Cypher shared by the builders. Variables named here are the builders' own identifiers, never user
 * input; every value goes in as a `$parameter`. Relationship types are the one exception: a degree
 * count runs about 1.4× faster with the types in the pattern (`-[:A|B]-`, a typed degree lookup) than
 * with `WHERE type(r) IN $types`, so they are written into the text — only after `relTypes` checked
 * each against the allowlist.
 */
import type { CypherQuery } from '../executor.js';

/** Every builder gets the allowlist: `degree` and the entity graph count only these types. */
export interface Scope {
  relationTypes: readonly string[];
  /** Kind labels: an entity with none of them is of kind OTHER. */
  kindLabels: readonly string[];
}

/** Which entities a `kinds` argument asks for; null: every entity, whatever its labels. */
export interface KindFilter {
  labels: readonly string[];
  /** Entities with no kind label from the allowlist (kind OTHER). */
  other: boolean;
}

/** A condition on `v` for the filter (with `kindParams`' parameters): `true` when there is none. */
export function kindCondition(v: string, filter: KindFilter | null): string {
  if (filter === null) return 'true';
  const either = [
    ...(filter.labels.length > 0 ? [`any(l IN labels(${v}) WHERE l IN $labels)`] : []),
    ...(filter.other ? [`none(l IN labels(${v}) WHERE l IN $kindLabels)`] : []),
  ];
  return either.length === 0 ? 'false' : either.length === 1 ? (either[0] ?? 'false') : `(${either.join(' OR ')})`;
}

export function kindParams(scope: Scope, filter: KindFilter | null): Record<string, unknown> {
  if (filter === null) return {};
  return { ...(filter.labels.length > 0 ? { labels: [...filter.labels] } : {}), ...(filter.other ? { kindLabels: [...scope.kindLabels] } : {}) };
}

/** What a statement returns beyond the entities' and relations' own properties (the request's selection decides). */
export interface Include {
  /** Each entity's `degree` (a count of its relations; the costliest part of an entity). */
  degree: boolean;
  /** The articles the returned relations cite, so `Relation.source` costs no second statement. */
  articles: boolean;
}

export const INCLUDE_ALL: Include = { degree: true, articles: true };

const TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;

/** `:A|B` for a pattern, every type checked against the allowlist; null for no type at all. */
export function relTypes(scope: Scope, types: readonly string[]): string | null {
  for (const type of types) {
    if (!TYPE_NAME.test(type) || !scope.relationTypes.includes(type)) throw new Error(`relation type not in the allowlist: ${JSON.stringify(type)}`);
  }
  return types.length === 0 ? null : `:${[...new Set(types)].join('|')}`;
}

/** How many relations of the given (allowlisted) types `v` has to entities; `0` when there is no type. */
export function degree(scope: Scope, v: string, types: readonly string[] = scope.relationTypes): string {
  const typed = relTypes(scope, types);
  return typed === null ? '0' : `COUNT { (${v})-[${typed}]-(:Entity) }`;
}

/** An entity as the mapper expects it (see map.ts); `degree` only when asked for. */
export function entity(scope: Scope, v: string, include: Pick<Include, 'degree'>): string {
  return `{ props: properties(${v}), labels: labels(${v})${include.degree ? `, degree: ${degree(scope, v)}` : ''} }`;
}

/**
 * An article's metadata as the mapper expects it: every property but its text and translation
 * (`paragraphs`, `paragraphsEn`), which are kilobytes and only the reader asks for.
 */
export function article(v: string): string {
  return `${v} { .*, paragraphs: null, paragraphsEn: null }`;
}

/** A relation as the mapper expects it: endpoints by their stable `id`, never Neo4j's element ids. */
export function relation(v: string): string {
  return `{ type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id, props: properties(${v}) }`;
}

/**
 * A `CALL` that binds `articles`: the articles cited by a list of `relation(...)` maps, each once. Distinct
 * sources are gathered by an aggregation (a `DISTINCT` clause would keep the whole list beside every
 * source it has seen), so memory grows with the articles, not with the list times the articles.
 */
export function articlesOf(imports: readonly string[], relations: string, sourceOf: (item: string) => string): string {
  return `CALL (${imports.join(', ')}) {
  UNWIND ${relations} AS item
  WITH collect(DISTINCT ${sourceOf('item')}) AS sources
  UNWIND sources AS source
  MATCH (art:Article {id: source})
  RETURN collect(${article('art')}) AS articles
}`;
}

/**
 * Cypher takes no parameters in a variable-length pattern (`-[*min..max]-`), so the bounds are written
 * into the text; they are checked to be small integers here so nothing else can ever get in.
 */
export function varLength(min: number, max: number): string {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min || max > 10) {
    throw new Error(`path length bounds out of range: ${min}..${max}`);
  }
  return `*${min}..${max}`;
}

export function query(name: string, cypher: string, params: Record<string, unknown>): CypherQuery {
  return { name, cypher: cypher.trim(), params };
}

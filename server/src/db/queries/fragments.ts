/**
 * Cypher shared by the builders. Variables named here are the builders' own identifiers, never user
 * input; every value goes in as a `$parameter`.
 */
import type { CypherQuery } from '../executor.js';

/** Every builder gets the allowlisted relation types: `degree` and the entity graph count only these. */
export interface Scope {
  relationTypes: readonly string[];
}

/** An entity as the mapper expects it (see map.ts). */
export function entity(v: string): string {
  return `{ props: properties(${v}), labels: labels(${v}), degree: COUNT { (${v})-[deg]-(:Entity) WHERE type(deg) IN $relationTypes } }`;
}

/** A relation as the mapper expects it: endpoints by their stable `id`, never Neo4j's element ids. */
export function relation(v: string): string {
  return `{ type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id, props: properties(${v}) }`;
}

/**
 * Cypher takes no parameters in a path quantifier, so the bound is written into the text; it is checked
 * to be a small integer here so nothing else can ever get in.
 */
export function quantifier(min: number, max: number): string {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min || max > 10) {
    throw new Error(`quantifier bounds out of range: ${min}..${max}`);
  }
  return `{${min},${max}}`;
}

export function query(name: string, scope: Scope, cypher: string, params: Record<string, unknown>): CypherQuery {
  return { name, cypher: cypher.trim(), params: { ...params, relationTypes: [...scope.relationTypes] } };
}

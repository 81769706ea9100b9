/**
 * Values across the driver boundary: parameters going in as Neo4j wants them, results coming out as
 * plain JSON-like data. Pure functions; the executor applies them to every statement.
 */
import neo4j from 'neo4j-driver';

/**
 * JS numbers travel as floats, and Cypher refuses a float for LIMIT or a list slice: every whole number
 * a builder passes is an integer parameter (none of them is a measurement).
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, convert(value)]));
}

/**
 * Neo4j values as plain JSON-like data. The driver is created with `disableLosslessIntegers`, so integers
 * are already numbers; temporal and spatial values become their ISO / WKT-like strings. The builders
 * return maps, lists, strings and numbers almost only, so a value is copied only where something in it
 * changes: a 5000-node graph is not rebuilt object by object for nothing.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const inner: unknown = value[i];
      const plain = toPlain(inner);
      if (plain !== inner && out === undefined) out = value.slice(0, i);
      out?.push(plain);
    }
    return out ?? value;
  }
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return String(value);
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const inner = (value as Record<string, unknown>)[key];
      const plain = toPlain(inner);
      if (plain !== inner) out ??= { ...(value as Record<string, unknown>) };
      if (out) out[key] = plain;
    }
    return out ?? value;
  }
  return value;
}

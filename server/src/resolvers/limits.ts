/**
 * Argument checks: every bound the API promises, with a BAD_USER_INPUT error that says which argument
 * and what is allowed. Resolvers call these before anything reaches the gateway.
 */
import { badInput } from '../errors.js';

export const LIMITS = {
  /** `first` on entities, search and Entity.relations. */
  first: 200,
  /** `limit` on graph and neighborhood. */
  limit: 5000,
  depth: { min: 1, max: 3 },
  maxLength: { min: 1, max: 10 },
  /** Characters (code points) of search text. */
  text: 200,
  /** Characters of one id. */
  id: 200,
  /** Ids in one neighborhood request. */
  ids: 50,
} as const;

/** An integer argument; an explicit null means the default. */
export function intArg(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`"${name}" must be an integer from ${min} to ${max}; got ${n}.`);
  return n;
}

export function textArg(name: string, value: string): string {
  checkString(name, value);
  if (tooLong(value, LIMITS.text)) throw badInput(`"${name}" must be at most ${LIMITS.text} characters.`);
  return value;
}

export function idArg(name: string, value: string): string {
  checkString(name, value);
  if (value.length === 0) throw badInput(`"${name}" must not be empty.`);
  if (tooLong(value, LIMITS.id)) throw badInput(`"${name}" must be at most ${LIMITS.id} characters.`);
  return value;
}

export function idsArg(name: string, values: readonly string[]): string[] {
  if (values.length > LIMITS.ids) throw badInput(`"${name}" takes at most ${LIMITS.ids} ids; got ${values.length}.`);
  return [...new Set(values.map((v, i) => idArg(`${name}[${i}]`, v)))];
}

// NUL is never meaningful text and truncates strings in some tools; a lone surrogate is not text at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkString(name: string, value: string): void {
  if (value.includes('\u0000')) throw badInput(`"${name}" must not contain NUL characters.`);
  if (LONE_SURROGATE.test(value)) throw badInput(`"${name}" is not valid Unicode text.`);
}

/** In code points, so 200 Arabic or emoji characters are 200; a huge string is rejected before it is spread. */
function tooLong(value: string, max: number): boolean {
  return value.length > max * 2 || [...value].length > max;
}

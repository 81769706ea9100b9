/**
 * The full SDL: the hand-written `.graphql` files next to this module plus the generated enums. The
 * executable schema, `/graphql/schema.graphql`, `print.ts` and the type generator all start here.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { Vocabulary } from '../vocabulary.js';
import { createEnumTypeDefs } from './enums.js';

const FILES = ['query.graphql', 'types.graphql'] as const;

export function createTypeDefs(vocabulary: Vocabulary): string {
  const files = FILES.map((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
  return [...files, createEnumTypeDefs(vocabulary)].join('\n');
}

/** The SDL as clients see it, in the order it is written (query first). */
export function printTypeDefs(vocabulary: Vocabulary): string {
  return printSdl(buildSchema(createTypeDefs(vocabulary)));
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}

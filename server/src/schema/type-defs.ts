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
  return [...readSdlFiles(), createEnumTypeDefs(vocabulary)].join('\n');
}

/**
 * The SDL as the server's code sees it before a dataset is loaded: `Kind` and `RelationType` declared
 * without values, which only the vocabulary gives them at startup. The resolver types are generated from
 * this (scripts/codegen.ts), so they do not change when a dataset's vocabulary does.
 */
export function createDatasetFreeTypeDefs(): string {
  return [...readSdlFiles(), 'enum Kind\nenum RelationType'].join('\n');
}

function readSdlFiles(): string[] {
  return FILES.map((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
}

/** The SDL as clients see it, in the order it is written (query first). */
export function printTypeDefs(vocabulary: Vocabulary): string {
  return printSdl(buildSchema(createTypeDefs(vocabulary)));
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}

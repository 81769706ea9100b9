/**
 * The documents the explorer sends that are not fixed text: the console's examples by id, and
 * the aliased lookup of entities by id. Every fixed document lives in operations.graphql or
 * console-examples.graphql, checked against the SDL and typed by `npm run codegen` (generated/operations.ts).
 */
import type { Entity } from './types.js';
import {
  CountsPerKindAndTypeDocument, DeepSeekAndItsNeighboursDocument, EntityFieldsFragmentDoc, SearchArabicTooDocument, TypedDocumentString,
  WhoEndorsesOrDoubtsDeepSeekDocument,
} from './generated/operations.js';

/** Fills in entities the console result names only by id (edges whose endpoints were not selected). */
export function entitiesByIdDocument(count: number): TypedDocumentString<Record<string, Entity | null>, Record<string, string>> {
  const fields = Array.from({ length: count }, (_, i) => `e${i}: entity(id: $id${i}) { ...EntityFields }`).join(' ');
  const vars = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(', ');
  return new TypedDocumentString(`query Entities(${vars}) { ${fields} }\n${EntityFieldsFragmentDoc.toString()}`);
}

/** Examples offered in the console (titled in the message catalogues, by id); the same kinds of questions GraphiQL's examples ask. */
export const CONSOLE_EXAMPLES: { id: 'stance' | 'neighbourhood' | 'search' | 'stats'; query: string }[] = [
  { id: 'stance', query: WhoEndorsesOrDoubtsDeepSeekDocument.toString().trim() },
  { id: 'neighbourhood', query: DeepSeekAndItsNeighboursDocument.toString().trim() },
  { id: 'search', query: SearchArabicTooDocument.toString().trim() },
  { id: 'stats', query: CountsPerKindAndTypeDocument.toString().trim() },
];

/**
 * Enum arguments to Cypher values, always through the dataset's allowlist: null means everything the
 * allowlist has, an empty list nothing. GraphQL has already checked the enum values; going through the
 * allowlist again keeps what reaches Cypher closed even if the schema and the vocabulary drift apart.
 */
import type { Vocabulary } from '../vocabulary.js';

export function kindLabels(vocabulary: Vocabulary, kinds: readonly string[] | null | undefined): string[] {
  return kinds == null ? vocabulary.kinds.map((k) => k.label) : kinds.map((k) => vocabulary.kindLabel(k));
}

export function relationTypes(vocabulary: Vocabulary, types: readonly string[] | null | undefined): string[] {
  return types == null ? vocabulary.relationTypes.map((t) => t.type) : types.filter((t) => vocabulary.isRelationType(t));
}

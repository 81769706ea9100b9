/**
 * Enum arguments to Cypher values, always through the dataset's allowlist: null means everything the
 * allowlist has, an empty list nothing. GraphQL has already checked the enum values; going through the
 * allowlist again keeps what reaches Cypher closed even if the schema and the vocabulary drift apart.
 */
import type { KindFilter } from '../db/queries/fragments.js';
import { OTHER_KIND, type Vocabulary } from '../vocabulary.js';

/** Null (every entity, OTHER included) when `kinds` is not given; `[]` asks for none. */
export function kindFilter(vocabulary: Vocabulary, kinds: readonly string[] | null | undefined): KindFilter | null {
  if (kinds == null) return null;
  return { labels: kinds.filter((k) => k !== OTHER_KIND).map((k) => vocabulary.kindLabel(k)), other: kinds.includes(OTHER_KIND) };
}

export function relationTypes(vocabulary: Vocabulary, types: readonly string[] | null | undefined): string[] {
  return types == null ? vocabulary.relationTypes.map((t) => t.type) : types.filter((t) => vocabulary.isRelationType(t));
}

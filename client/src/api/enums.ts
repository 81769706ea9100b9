/**
 * Kind and RelationType as the client uses them. The generated unions (generated/schema-enums.ts) are the
 * values the schema had when the client was built; a running server can know more — a loaded dataset's own
 * vocabulary adds kinds and relation types — so every DTO carries the widened type, and code that looks a
 * value up (the stylesheet, the legend) falls back to the neutral look for one it does not know.
 */
import type { Kind as SchemaKind, RelationType as SchemaRelationType } from './generated/schema-enums.js';

/** `string & Record<never, never>` keeps the known names in editor suggestions while accepting any string. */
type OrAnyString<T extends string> = T | (string & Record<never, never>);

export type KnownKind = SchemaKind;
export type KnownRelationType = SchemaRelationType;
export type Kind = OrAnyString<KnownKind>;
export type RelationType = OrAnyString<KnownRelationType>;

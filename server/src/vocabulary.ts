/**
 * The one place that knows the dataset's allowlist (cypher/vocabulary.json): kind labels <-> the GraphQL
 * `Kind` enum, and the relationship types behind `RelationType`. The schema builds its enums from here
 * and the gateway turns enum values back into labels here, so no free string ever reaches Cypher.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultCypherDir } from './paths.js';

export interface KindEntry {
  /** The Neo4j label, e.g. `AIModel`. */
  label: string;
  /** The GraphQL enum value, e.g. `MODEL`. */
  enum: string;
  description: string;
}

export interface RelationTypeEntry {
  /** Both the Neo4j relationship type and the GraphQL enum value, e.g. `ENDORSES`. */
  type: string;
  description: string;
}

export interface Vocabulary {
  kinds: readonly KindEntry[];
  relationTypes: readonly RelationTypeEntry[];
  /** Article-level types (MENTIONS, CITES): kept out of the entity graph. */
  articleRelationTypes: readonly string[];
  kindLabel(enumValue: string): string;
  kindOf(labels: readonly string[]): string | undefined;
  isRelationType(type: string): boolean;
}

const NAME = /^[A-Z][A-Za-z0-9_]*$/;

/** Reads and checks the allowlist; a malformed file stops the server at startup, not at query time. */
export function loadVocabulary(file = path.join(defaultCypherDir, 'vocabulary.json')): Vocabulary {
  return createVocabulary(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
}

export function createVocabulary(raw: unknown, from = 'vocabulary'): Vocabulary {
  const doc = raw as { kinds?: unknown; relationTypes?: unknown; articleRelationTypes?: unknown };
  const kinds = list(doc.kinds, from, 'kinds').map((k): KindEntry => ({
    label: name(k.label, from, 'kinds[].label'),
    enum: name(k.enum, from, 'kinds[].enum'),
    description: typeof k.description === 'string' ? k.description : '',
  }));
  const relationTypes = list(doc.relationTypes, from, 'relationTypes').map((t): RelationTypeEntry => ({
    type: name(t.type, from, 'relationTypes[].type'),
    description: typeof t.description === 'string' ? t.description : '',
  }));
  const articleRelationTypes = doc.articleRelationTypes === undefined ? []
    : list(doc.articleRelationTypes, from, 'articleRelationTypes').map((t) => name(t.type, from, 'articleRelationTypes[].type'));
  unique(kinds.map((k) => k.enum), from, 'kind enum');
  unique(kinds.map((k) => k.label), from, 'kind label');
  unique(relationTypes.map((t) => t.type), from, 'relation type');

  const labelByEnum = new Map(kinds.map((k) => [k.enum, k.label]));
  const enumByLabel = new Map(kinds.map((k) => [k.label, k.enum]));
  const types = new Set(relationTypes.map((t) => t.type));
  return {
    kinds,
    relationTypes,
    articleRelationTypes,
    kindLabel(enumValue) {
      const label = labelByEnum.get(enumValue);
      // GraphQL has already checked the enum, so this only fires on a programming error.
      if (label === undefined) throw new Error(`Unknown Kind ${enumValue}`);
      return label;
    },
    kindOf(labels) {
      for (const label of labels) {
        const kind = enumByLabel.get(label);
        if (kind !== undefined) return kind;
      }
      return undefined;
    },
    isRelationType: (type) => types.has(type),
  };
}

function list(value: unknown, from: string, what: string): Record<string, unknown>[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'object' && v !== null)) {
    throw new Error(`${from}: ${what} must be a non-empty list of objects`);
  }
  return value as Record<string, unknown>[];
}

// Enum values and labels must be plain names: they become SDL, and labels are compared in Cypher.
function name(value: unknown, from: string, what: string): string {
  if (typeof value !== 'string' || !NAME.test(value)) throw new Error(`${from}: ${what} "${String(value)}" is not a plain name`);
  return value;
}

function unique(values: string[], from: string, what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new Error(`${from}: duplicate ${what} ${v}`);
    seen.add(v);
  }
}

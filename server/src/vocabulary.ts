/**
 * The one place that knows the dataset's allowlist: kind labels <-> the GraphQL `Kind` enum, and the
 * relationship types behind `RelationType`. The schema builds its enums from here and the gateway turns
 * enum values back into labels here, so no free string ever reaches Cypher.
 *
 * The allowlist is cypher/vocabulary.json (the base) plus what folders loaded with `--dir` brought in
 * their own `vocabulary.json`: the loader keeps those in the database (db/queries/meta.ts), so a server
 * started later knows them without the folder. `mergeVocabularyDocs` is how they combine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultCypherDir } from './paths.js';

/** The enum value of an entity with no kind label from the allowlist (data the loader never saw). */
export const OTHER_KIND = 'OTHER';

export const KIND_SHAPES = ['ellipse', 'round-rectangle', 'diamond', 'round-hexagon', 'round-triangle', 'round-octagon', 'round-tag'] as const;
export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;

export interface KindEntry {
  /** The Neo4j label, e.g. `AIModel`. */
  label: string;
  /** The GraphQL enum value, e.g. `MODEL`. */
  enum: string;
  description: string;
  /** How the explorer draws it (`#rrggbb`); unset: the explorer's own choice. */
  color?: string | undefined;
  shape?: (typeof KIND_SHAPES)[number] | undefined;
}

export interface RelationTypeEntry {
  /** Both the Neo4j relationship type and the GraphQL enum value, e.g. `ENDORSES`. */
  type: string;
  description: string;
  /** `claim`: what the articles argue about, drawn boldly; `structural`: quieter. @default 'structural' */
  group: 'claim' | 'structural';
  color?: string | undefined;
  lineStyle?: (typeof LINE_STYLES)[number] | undefined;
}

/** A vocabulary.json as written: the base has every list, a folder's may bring only what it adds. */
export interface VocabularyDoc {
  kinds: KindEntry[];
  relationTypes: RelationTypeEntry[];
  articleRelationTypes: string[];
}

export interface Vocabulary {
  kinds: readonly KindEntry[];
  relationTypes: readonly RelationTypeEntry[];
  /** Article-level types (MENTIONS, CITES): kept out of the entity graph. */
  articleRelationTypes: readonly string[];
  kindLabel(enumValue: string): string;
  kindOf(labels: readonly string[]): string | undefined;
  isRelationType(type: string): boolean;
  /** The document it was built from, e.g. to extend it. */
  doc: VocabularyDoc;
}

const NAME = /^[A-Z][A-Za-z0-9_]*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

export const baseVocabularyFile = path.join(defaultCypherDir, 'vocabulary.json');

/** Reads and checks the base allowlist; a malformed file stops the server at startup, not at query time. */
export function loadVocabulary(file = baseVocabularyFile): Vocabulary {
  return vocabularyOf(readVocabularyDoc(file), file);
}

export function readVocabularyDoc(file: string, options: { partial?: boolean } = {}): VocabularyDoc {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return parseVocabularyDoc(raw, file, options);
}

/** From a vocabulary.json's content. */
export function createVocabulary(raw: unknown, from = 'vocabulary'): Vocabulary {
  return vocabularyOf(parseVocabularyDoc(raw, from), from);
}

/** From a checked document (parseVocabularyDoc, mergeVocabularyDocs). */
export function vocabularyOf(doc: VocabularyDoc, from = 'vocabulary'): Vocabulary {
  if (doc.kinds.length === 0 || doc.relationTypes.length === 0) throw new Error(`${from}: kinds and relationTypes must be non-empty lists of objects`);
  const labelByEnum = new Map(doc.kinds.map((k) => [k.enum, k.label]));
  const enumByLabel = new Map(doc.kinds.map((k) => [k.label, k.enum]));
  const types = new Set(doc.relationTypes.map((t) => t.type));
  return {
    kinds: doc.kinds,
    relationTypes: doc.relationTypes,
    articleRelationTypes: doc.articleRelationTypes,
    doc,
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

/**
 * Checks a vocabulary.json. `partial`: a folder's own, which may leave lists out (it only adds to the
 * base); the base must have non-empty `kinds` and `relationTypes`.
 */
export function parseVocabularyDoc(raw: unknown, from: string, options: { partial?: boolean } = {}): VocabularyDoc {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${from}: must be a JSON object`);
  const doc = raw as { kinds?: unknown; relationTypes?: unknown; articleRelationTypes?: unknown };
  const partial = options.partial ?? false;
  const kinds = list(doc.kinds, from, 'kinds', partial).map((k): KindEntry => {
    const entry: KindEntry = { label: name(k.label, from, 'kinds[].label'), enum: name(k.enum, from, 'kinds[].enum'), description: text(k.description) };
    if (entry.enum === OTHER_KIND) throw new Error(`${from}: the kind enum ${OTHER_KIND} is reserved for entities without a kind label`);
    if (['Entity', 'Article'].includes(entry.label)) throw new Error(`${from}: ${entry.label} cannot be a kind label`);
    if (k.color !== undefined) entry.color = color(k.color, from, `kind ${entry.label}`);
    if (k.shape !== undefined) entry.shape = oneOf(k.shape, KIND_SHAPES, from, `kind ${entry.label} shape`);
    return entry;
  });
  const relationTypes = list(doc.relationTypes, from, 'relationTypes', partial).map((t): RelationTypeEntry => {
    const type = name(t.type, from, 'relationTypes[].type');
    const entry: RelationTypeEntry = {
      type, description: text(t.description), group: t.group === undefined ? 'structural' : oneOf(t.group, ['claim', 'structural'] as const, from, `${type} group`),
    };
    if (t.color !== undefined) entry.color = color(t.color, from, `relation type ${type}`);
    if (t.lineStyle !== undefined) entry.lineStyle = oneOf(t.lineStyle, LINE_STYLES, from, `${type} lineStyle`);
    return entry;
  });
  const articleRelationTypes = list(doc.articleRelationTypes, from, 'articleRelationTypes', true).map((t) => name(t.type, from, 'articleRelationTypes[].type'));
  unique(kinds.map((k) => k.enum), from, 'kind enum');
  unique(kinds.map((k) => k.label), from, 'kind label');
  unique([...relationTypes.map((t) => t.type), ...articleRelationTypes], from, 'relation type');
  return { kinds, relationTypes, articleRelationTypes };
}

/**
 * The base extended by other vocabularies, in order. An entry that is already there must say the same
 * thing about its name (a kind keeps its label and enum value together); anything else is an error
 * naming both sources, so two folders can never disagree about what a label means.
 */
export function mergeVocabularyDocs(base: VocabularyDoc, ...more: { doc: VocabularyDoc; from: string }[]): VocabularyDoc {
  const kinds = [...base.kinds];
  const relationTypes = [...base.relationTypes];
  const articleRelationTypes = [...base.articleRelationTypes];
  for (const { doc, from } of more) {
    for (const kind of doc.kinds) {
      const same = kinds.find((k) => k.label === kind.label || k.enum === kind.enum);
      if (!same) kinds.push(kind);
      else if (same.label !== kind.label || same.enum !== kind.enum) {
        throw new Error(`${from}: kind ${kind.label} (${kind.enum}) clashes with ${same.label} (${same.enum}) already in the vocabulary`);
      }
    }
    for (const type of doc.relationTypes) {
      if (articleRelationTypes.includes(type.type)) throw new Error(`${from}: ${type.type} is already an article relation type`);
      if (!relationTypes.some((t) => t.type === type.type)) relationTypes.push(type);
    }
    for (const type of doc.articleRelationTypes) {
      if (relationTypes.some((t) => t.type === type)) throw new Error(`${from}: ${type} is already an entity relation type`);
      if (!articleRelationTypes.includes(type)) articleRelationTypes.push(type);
    }
  }
  return { kinds, relationTypes, articleRelationTypes };
}

/** What a folder's vocabulary adds to `base`, or null when it adds nothing. */
export function additions(base: VocabularyDoc, doc: VocabularyDoc): VocabularyDoc | null {
  const added: VocabularyDoc = {
    kinds: doc.kinds.filter((k) => !base.kinds.some((b) => b.label === k.label)),
    relationTypes: doc.relationTypes.filter((t) => !base.relationTypes.some((b) => b.type === t.type)),
    articleRelationTypes: doc.articleRelationTypes.filter((t) => !base.articleRelationTypes.includes(t)),
  };
  return added.kinds.length + added.relationTypes.length + added.articleRelationTypes.length === 0 ? null : added;
}

function list(value: unknown, from: string, what: string, optional: boolean): Record<string, unknown>[] {
  if (value === undefined && optional) return [];
  if (!Array.isArray(value) || (!optional && value.length === 0) || !value.every((v) => typeof v === 'object' && v !== null)) {
    throw new Error(`${from}: ${what} must be a ${optional ? '' : 'non-empty '}list of objects`);
  }
  return value as Record<string, unknown>[];
}

// Enum values and labels must be plain names: they become SDL, and labels are compared in Cypher.
function name(value: unknown, from: string, what: string): string {
  if (typeof value !== 'string' || !NAME.test(value)) throw new Error(`${from}: ${what} "${String(value)}" is not a plain name`);
  return value;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function color(value: unknown, from: string, what: string): string {
  if (typeof value !== 'string' || !COLOR.test(value)) throw new Error(`${from}: ${what} color "${String(value)}" is not #rrggbb`);
  return value.toLowerCase();
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], from: string, what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Error(`${from}: ${what} "${String(value)}" must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function unique(values: string[], from: string, what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new Error(`${from}: duplicate ${what} ${v}`);
    seen.add(v);
  }
}

/**
 * Rows from the builders' projections (queries/fragments.ts) to the API's models. Property values are
 * checked, not cast: a node with a list where a string belongs must not break the whole response.
 */
import type { ArticleTextModel } from '../evidence/reader.js';
import { OTHER_KIND, type Vocabulary } from '../vocabulary.js';
import type { ArticleModel, EntityModel, FactModel, RelationModel } from './models.js';

const ENTITY_KEYS = new Set(['id', 'name', 'nameAr', 'aliases', 'description']);
const QUOTE_SUFFIXES = ['QuoteAr', 'QuoteEn'] as const;

/**
 * The loader keeps the contract, but the database may hold rows it never saw (written in Neo4j Browser,
 * say): an entity with no kind label from the vocabulary is served as kind OTHER, one without an id
 * (which nothing could link to) is left out — null here, and the gateway logs it.
 */
export function toEntity(vocabulary: Vocabulary, raw: unknown): EntityModel | null {
  const row = record(raw);
  const props = record(row.props);
  const labels = strings(row.labels);
  const id = text(props.id);
  if (id === null || id === '') return null;
  return {
    id,
    name: text(props.name) ?? id,
    nameAr: text(props.nameAr),
    kind: vocabulary.kindOf(labels) ?? OTHER_KIND,
    labels,
    aliases: strings(props.aliases),
    description: text(props.description),
    degree: typeof row.degree === 'number' ? row.degree : null,
    facts: facts(props),
  };
}

/** `<fact>` with its evidence `<fact>QuoteAr` / `<fact>QuoteEn` (data contract, cypher/README.md). */
function facts(props: Record<string, unknown>): FactModel[] {
  const out: FactModel[] = [];
  for (const key of Object.keys(props).sort()) {
    if (ENTITY_KEYS.has(key) || QUOTE_SUFFIXES.some((s) => key.endsWith(s))) continue;
    const quoteAr = text(props[`${key}QuoteAr`]);
    const quoteEn = text(props[`${key}QuoteEn`]);
    if (quoteAr === null && quoteEn === null) continue;
    const value = valueText(props[key]);
    if (value !== null) out.push({ key, value, quoteAr, quoteEn });
  }
  return out;
}

export function relationId(from: string, type: string, to: string, source: string | null): string {
  return `${from}>${type}>${to}@${source ?? ''}`;
}

/** Inverse of relationId; null for anything that is not one (a client's stale or made-up link). */
export function parseRelationId(id: string): { from: string; type: string; to: string; source: string | null } | null {
  const match = /^([^>]+)>([A-Z][A-Z0-9_]*)>(.+)@([^@]*)$/.exec(id);
  if (!match) return null;
  const [, from = '', type = '', to = '', source = ''] = match;
  return { from, type, to, source: source === '' ? null : source };
}

/**
 * Null for a relation with an end that has no id (nothing could draw or link it). Missing evidence
 * (`source`, quotes, claim) comes back as nulls: the relation is still shown, marked as such.
 */
export function toRelation(raw: unknown): RelationModel | null {
  const row = record(raw);
  const props = record(row.props);
  const type = text(row.type) ?? '';
  const fromId = text(row.from);
  const toId = text(row.to);
  if (!fromId || !toId) return null;
  const sourceId = text(props.source);
  return {
    id: relationId(fromId, type, toId, sourceId),
    type,
    fromId,
    toId,
    quoteAr: text(props.quoteAr),
    quoteEn: text(props.quoteEn),
    claim: text(props.claim),
    claimAr: text(props.claimAr),
    role: text(props.role),
    roleAr: text(props.roleAr),
    viaIds: strings(props.via),
    sourceId,
  };
}

export function toArticle(raw: unknown): ArticleModel {
  const props = record(raw);
  return {
    id: text(props.id) ?? '',
    url: text(props.url),
    title: text(props.title),
    titleAr: text(props.titleAr),
    outlet: text(props.outlet),
    date: valueText(props.date),
    language: text(props.language),
    author: text(props.author),
    cites: strings(props.cites),
  };
}

/**
 * An article's text for the reader; paragraphs that are not strings are left out, not fatal, and so are
 * relations `relationOf` cannot carry (a relation without evidence is still one: its nulls are no quote).
 */
export function toArticleText(raw: unknown, relationOf: (raw: unknown) => RelationModel | null = toRelation): ArticleTextModel {
  const row = record(raw);
  const paragraphs = typeof row.paragraphs === 'string' ? [row.paragraphs] : strings(row.paragraphs);
  const translation = row.translation === null || row.translation === undefined ? null : strings(row.translation);
  return {
    paragraphs,
    translation,
    translationNote: text(row.translationNote),
    relations: list(row.relations).flatMap((r) => relationOf(r) ?? []),
  };
}

export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return list(value).filter((v): v is string => typeof v === 'string');
}

function valueText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => valueText(v) ?? '').join(', ');
  return null;
}

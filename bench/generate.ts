/**
 * A deterministic synthetic graph in the article's schema (cypher/README.md), at any size up to
 * 100k entities / 500k relationships, for the benchmarks.
 *
 * Every row is a pure function of (seed, index): `entity(i)` and `relation(i)` draw from their own
 * random stream, so rows can be produced in any order, streamed in batches without holding the graph
 * in memory, and the same seed always gives the same graph. Kinds and relation types come from
 * cypher/vocabulary.json; degrees are skewed (a few hubs, a long tail) as in real news graphs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultCypherDir } from '../server/src/paths.js';
import {
  CLAIMS, CLAUSES, CONCEPT_ADJECTIVES, CONCEPT_DOMAINS, CONCEPT_NOUNS, FALLBACK_TEMPLATE, FIRST_NAMES, MODEL_FORMS,
  ORG_FORMS, OUTLETS, PLACE_FORMS, PRODUCT_SUFFIXES, ROLES, SYLLABLES, TEMPLATES, type Pair,
} from './generate/words.js';

export interface Vocabulary {
  kinds: { label: string; enum: string }[];
  relationTypes: { type: string; group: string }[];
}

export interface GenerateOptions {
  /** @default 1 */
  seed?: number;
  entities: number;
  relationships: number;
  /** `:Article` nodes the edges cite as `source`. @default one per 500 entities, at least 1 */
  articles?: number;
  /** Put before every id, so a test can load a small graph beside other data and remove it after. @default '' */
  idPrefix?: string;
  /** @default cypher/vocabulary.json */
  vocabulary?: Vocabulary;
}

export interface EntityRow {
  id: string;
  /** The kind label (`Person`, `AIModel` …) next to `:Entity`. */
  kind: string;
  name: string;
  nameAr: string | null;
  aliases: string[];
  description: string;
}

export interface RelationRow {
  from: string;
  to: string;
  type: string;
  /** The `:Article` id the edge rests on; with (from, type, to) it identifies the edge. */
  source: string;
  quoteAr: string;
  quoteEn: string;
  /** ENDORSES and DOUBTS only, in English and Arabic. */
  claim: string | null;
  claimAr: string | null;
  /** Role-like edges only (LEADS, WORKS_FOR, FORMERLY_AT), in English and Arabic. */
  role: string | null;
  roleAr: string | null;
}

export interface ArticleRow {
  id: string;
  url: string;
  title: string;
  titleAr: string;
  outlet: string;
  date: string;
  language: string;
  author: string;
  /** The sources it cites, as it names them. */
  cites: string[];
}

export interface SyntheticGraph {
  readonly seed: number;
  readonly sizes: { entities: number; relationships: number; articles: number };
  /** Index range of each kind label: entities [start, start + count). */
  readonly kinds: ReadonlyMap<string, { start: number; count: number }>;
  entity(index: number): EntityRow;
  relation(index: number): RelationRow;
  article(index: number): ArticleRow;
  entities(): Generator<EntityRow>;
  relations(): Generator<RelationRow>;
  articles(): Generator<ArticleRow>;
}

/** Share of the entities per kind label; a kind the vocabulary adds later gets a small default share. */
const KIND_SHARE: Readonly<Record<string, number>> = {
  Person: 0.36, Organization: 0.2, AIModel: 0.1, Product: 0.1, Place: 0.08, Concept: 0.16,
};

interface Rule {
  weight: number;
  from: readonly string[];
  to: readonly string[];
  /** RIVALS: both ends of one kind. */
  sameKind?: boolean;
}

/** Which kinds each relation type joins (the data contract's meaning of each type) and how common it is. */
const RULES: Readonly<Record<string, Rule>> = {
  ENDORSES: { weight: 16, from: ['Person', 'Organization'], to: ['AIModel', 'Organization', 'Concept', 'Product'] },
  DOUBTS: { weight: 9, from: ['Person', 'Organization'], to: ['AIModel', 'Organization', 'Concept', 'Product'] },
  HOSTS: { weight: 7, from: ['Product', 'Organization'], to: ['AIModel'] },
  DEVELOPED: { weight: 6, from: ['Organization'], to: ['AIModel', 'Product'] },
  FOUNDED: { weight: 3, from: ['Person'], to: ['Organization'] },
  LEADS: { weight: 4, from: ['Person'], to: ['Organization'] },
  WORKS_FOR: { weight: 12, from: ['Person'], to: ['Organization'] },
  FORMERLY_AT: { weight: 6, from: ['Person'], to: ['Organization'] },
  INVESTS_IN: { weight: 5, from: ['Organization'], to: ['Organization'] },
  BASED_IN: { weight: 8, from: ['Organization'], to: ['Place'] },
  CAPITAL_OF: { weight: 2, from: ['Place'], to: ['Place'] },
  OPERATES: { weight: 5, from: ['Organization'], to: ['Product'] },
  RIVALS: { weight: 6, from: ['AIModel', 'Organization'], to: [], sameKind: true },
  POSTED_ON: { weight: 6, from: ['Person'], to: ['Product'] },
};

const CLAIM_TYPES = new Set(['ENDORSES', 'DOUBTS']);
const ROLE_TYPES = new Set(['LEADS', 'WORKS_FOR', 'FORMERLY_AT']);
/** Endpoint index = count · u^SKEW: low indexes of each kind become hubs. */
const SKEW = 2;
const STREAM = { entity: 1, relation: 2, article: 3 } as const;

export function readVocabulary(file = path.join(defaultCypherDir, 'vocabulary.json')): Vocabulary {
  return JSON.parse(readFileSync(file, 'utf8')) as Vocabulary;
}

export function createGenerator(options: GenerateOptions): SyntheticGraph {
  const seed = options.seed ?? 1;
  const prefix = options.idPrefix ?? '';
  const vocabulary = options.vocabulary ?? readVocabulary();
  const entityCount = options.entities;
  const relationCount = options.relationships;
  const articleCount = options.articles ?? Math.max(1, Math.ceil(entityCount / 500));
  if (!Number.isInteger(entityCount) || entityCount < vocabulary.kinds.length) {
    throw new RangeError(`entities must be an integer of at least ${vocabulary.kinds.length} (one per kind)`);
  }
  if (!Number.isInteger(relationCount) || relationCount < 0) throw new RangeError('relationships must be a non-negative integer');

  const kinds = kindRanges(vocabulary.kinds.map((k) => k.label), entityCount);
  const kindOrder = [...kinds.entries()];
  const rules = vocabulary.relationTypes.map(({ type }) => {
    const rule = RULES[type] ?? { weight: 1, from: [...kinds.keys()], to: [...kinds.keys()] };
    const from = rule.from.filter((k) => kinds.has(k));
    const to = rule.sameKind ? from : rule.to.filter((k) => kinds.has(k));
    return { type, weight: from.length && to.length ? rule.weight : 0, from, to, sameKind: rule.sameKind ?? false };
  });
  const totalWeight = rules.reduce((n, r) => n + r.weight, 0);

  const entity = (index: number): EntityRow => {
    checkIndex(index, entityCount, 'entity');
    const random = itemRandom(seed, STREAM.entity, index);
    const kind = kindOrder.find(([, range]) => index < range.start + range.count)?.[0] ?? 'Entity';
    const made = makeEntity(kind, random);
    return { id: `${prefix}${slug(made.name)}-${index.toString(36)}`, kind, ...made };
  };

  const article = (index: number): ArticleRow => {
    checkIndex(index, articleCount, 'article');
    const random = itemRandom(seed, STREAM.article, index);
    const [outlet] = pick(OUTLETS, random);
    const topic = concept(random);
    const day = new Date(Date.UTC(2025, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `${prefix}bench-article-${index}`,
      url: `https://example.org/bench/${seed}/${index}`,
      title: `Experts weigh in on ${topic[0]}`,
      titleAr: `خبراء يعلقون على ${topic[1]}`,
      outlet,
      date: day,
      language: 'ar',
      author: personName(random)[0],
      cites: [pick(OUTLETS, random)[0]],
    };
  };

  const relation = (index: number): RelationRow => {
    checkIndex(index, relationCount, 'relation');
    const random = itemRandom(seed, STREAM.relation, index);
    let x = random() * totalWeight;
    const rule = rules.find((r) => (x -= r.weight) < 0) ?? rules.find((r) => r.weight > 0);
    if (!rule) throw new Error('the vocabulary has no relation type the generator can place');
    const fromKind = pick(rule.from, random);
    const toKind = rule.sameKind ? fromKind : pick(rule.to, random);
    const fromIndex = skewed(kinds.get(fromKind), random);
    let toIndex = skewed(kinds.get(toKind), random);
    if (toIndex === fromIndex) {
      const range = kinds.get(toKind);
      if (range && range.count > 1) toIndex = range.start + ((toIndex - range.start + 1) % range.count);
    }
    const a = entity(fromIndex);
    const b = entity(toIndex);
    const claim = CLAIM_TYPES.has(rule.type) ? pick(CLAIMS, random) : undefined;
    const role = ROLE_TYPES.has(rule.type) ? pick(ROLES, random) : undefined;
    const [en, ar] = sentence(pick(TEMPLATES[rule.type] ?? [FALLBACK_TEMPLATE], random), random, {
      a: [a.name, a.nameAr ?? a.name], b: [b.name, b.nameAr ?? b.name], claim, role,
    });
    return {
      from: a.id, to: b.id, type: rule.type,
      source: `${prefix}bench-article-${Math.floor(random() * articleCount)}`,
      quoteAr: ar, quoteEn: en, claim: claim?.[0] ?? null, claimAr: claim?.[1] ?? null, role: role?.[0] ?? null, roleAr: role?.[1] ?? null,
    };
  };

  return {
    seed,
    sizes: { entities: entityCount, relationships: relationCount, articles: articleCount },
    kinds,
    entity,
    relation,
    article,
    entities: () => range(entityCount, entity),
    relations: () => range(relationCount, relation),
    articles: () => range(articleCount, article),
  };
}

function kindRanges(labels: string[], total: number): Map<string, { start: number; count: number }> {
  const shares = labels.map((l) => KIND_SHARE[l] ?? 0.05);
  const sum = shares.reduce((a, b) => a + b, 0);
  // One entity per kind first, the rest by share; the last kind takes what rounding leaves.
  const spare = total - labels.length;
  const ranges = new Map<string, { start: number; count: number }>();
  let start = 0;
  labels.forEach((label, i) => {
    const count = i === labels.length - 1 ? total - start : 1 + Math.floor((spare * (shares[i] ?? 0)) / sum);
    ranges.set(label, { start, count });
    start += count;
  });
  return ranges;
}

function makeEntity(kind: string, random: Random): Omit<EntityRow, 'id' | 'kind'> {
  switch (kind) {
    case 'Person': {
      const [first, last] = personName(random)[1];
      const name = `${first[0]} ${last[0]}`;
      return { name, nameAr: `${first[1]} ${last[1]}`, aliases: [last[0], last[1]], description: `${pick(ROLES, random)[0]} quoted on AI` };
    }
    case 'Organization': {
      const base = word(random, 2);
      const [name, nameAr] = pick(ORG_FORMS, random)(base);
      // The article writes many company names only in Latin script (DeepSeek, OpenAI).
      const arabic = random() < 0.5;
      return { name, nameAr: arabic ? nameAr : null, aliases: arabic ? [base[0]] : [base[0], base[1]], description: `Organisation named in coverage of ${concept(random)[0]}` };
    }
    case 'AIModel': {
      const base = word(random, 2)[0];
      const name = pick(MODEL_FORMS, random)(base, 1 + Math.floor(random() * 9));
      return { name, nameAr: null, aliases: [name.replace(/[- ]/g, '')], description: `AI model for ${concept(random)[0]}` };
    }
    case 'Product': {
      const base = word(random, 2);
      const [suffixEn, suffixAr] = pick(PRODUCT_SUFFIXES, random);
      return { name: `${base[0]}${suffixEn}`, nameAr: random() < 0.5 ? `${base[1]}${suffixAr}` : null, aliases: [], description: 'Platform or service that makes AI models available' };
    }
    case 'Place': {
      const [name, nameAr] = pick(PLACE_FORMS, random)(word(random, 2));
      return { name, nameAr, aliases: [], description: 'Place named in coverage of the AI race' };
    }
    case 'Concept': {
      const [name, nameAr] = concept(random);
      return { name, nameAr, aliases: [], description: `Idea people take a stance on: ${name}` };
    }
    default: {
      const [name, nameAr] = word(random, 3);
      return { name, nameAr, aliases: [], description: `${kind} in the synthetic graph` };
    }
  }
}

function personName(random: Random): [string, [Pair, Pair]] {
  const first = pick(FIRST_NAMES, random);
  const last = word(random, 2);
  return [`${first[0]} ${last[0]}`, [first, last]];
}

/** A capitalised word of `min`..`min + 1` syllables, in both scripts. */
function word(random: Random, min: number): Pair {
  const n = min + Math.floor(random() * 2);
  let en = '';
  let ar = '';
  for (let i = 0; i < n; i++) {
    const [e, a] = pick(SYLLABLES, random);
    en += e;
    ar += a;
  }
  return [en.charAt(0).toUpperCase() + en.slice(1), ar];
}

function concept(random: Random): Pair {
  const [adjEn, adjAr] = pick(CONCEPT_ADJECTIVES, random);
  const [nounEn, nounAr] = pick(CONCEPT_NOUNS, random);
  const [domEn, domAr] = pick(CONCEPT_DOMAINS, random);
  return [`${adjEn} ${nounEn}${domEn}`, `${nounAr} ${adjAr}${domAr}`];
}

/** Fills a template and pads it with clauses to the 100–300 characters of the article's sentences. */
function sentence(template: Pair, random: Random, slots: { a: Pair; b: Pair; claim: Pair | undefined; role: Pair | undefined }): Pair {
  const fill = (text: string, lang: 0 | 1) => text
    .replaceAll('{a}', slots.a[lang]).replaceAll('{b}', slots.b[lang])
    .replaceAll('{claim}', slots.claim?.[lang] ?? '').replaceAll('{role}', slots.role?.[lang] ?? '');
  let en = fill(template[0], 0).replace(/\.$/, '');
  let ar = fill(template[1], 1).replace(/\.$/, '');
  const clauses = 1 + Math.floor(random() * 2);
  const first = Math.floor(random() * CLAUSES.length);
  for (let i = 0; i < CLAUSES.length && (i < clauses || ar.length < 100); i++) {
    const [ce, ca] = CLAUSES[(first + i) % CLAUSES.length] ?? ['', ''];
    en += ce;
    ar += ca;
  }
  return [`${en}.`, `${ar}.`];
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
}

function skewed(range: { start: number; count: number } | undefined, random: Random): number {
  if (!range) throw new Error('no entity of a kind the relation needs');
  return range.start + Math.min(range.count - 1, Math.floor(range.count * random() ** SKEW));
}

function checkIndex(index: number, count: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`${what} index ${index} is outside 0..${count - 1}`);
}

function* range<T>(count: number, make: (i: number) => T): Generator<T> {
  for (let i = 0; i < count; i++) yield make(i);
}

type Random = () => number;

function pick<T>(items: readonly T[], random: Random): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** 32-bit integer hash (murmur3's finaliser): spreads (seed, stream, index) over the state space. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32 seeded from (seed, stream, index): small, fast and the same on every platform. */
function itemRandom(seed: number, stream: number, index: number): Random {
  let state = mix(mix(mix(seed) ^ stream) + index);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

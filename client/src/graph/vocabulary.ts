/**
 * How each kind and relation type of the dataset's allowlist (cypher/vocabulary.json) looks. A unit test
 * checks this table against that file, so a kind added to the data cannot go unstyled unnoticed.
 * Colours: a calm, colour-blind-aware palette; shape carries the kind too, so colour is never the only cue.
 *
 * Kinds and types a folder loaded with `--dir` adds come from the API's `vocabulary` (`useVocabulary`,
 * once at start): with the colour and shape its vocabulary.json gives, or the next of `EXTRA_COLORS`.
 * Their names are not looks: i18n's `useVocabularyNames` takes those.
 */
import type { Kind, RelationType, VocabularyInfo } from '../api/types.js';

/** How a kind looks; its name is in the message catalogues (i18n/), by language. */
export interface KindLook {
  kind: Kind;
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'round-hexagon' | 'round-triangle' | 'round-octagon' | 'round-tag';
}

export const KIND_LOOKS: readonly KindLook[] = [
  { kind: 'PERSON', color: '#3b6ea8', shape: 'ellipse' },
  { kind: 'ORGANIZATION', color: '#d9822b', shape: 'round-rectangle' },
  { kind: 'MODEL', color: '#9b5aa6', shape: 'diamond' },
  { kind: 'PRODUCT', color: '#2e9a8f', shape: 'round-hexagon' },
  { kind: 'PLACE', color: '#8a6b4e', shape: 'round-triangle' },
  { kind: 'CONCEPT', color: '#5f8f3a', shape: 'round-octagon' },
];

/** Anything the allowlist grows that this table does not know yet. */
export const UNKNOWN_KIND: KindLook = { kind: 'UNKNOWN', color: '#7a8290', shape: 'round-tag' };

/** An entity with no kind label from the vocabulary (data the loader never checked): plainly neutral. */
export const OTHER_KIND: KindLook = { kind: 'OTHER', color: '#7a8290', shape: 'round-tag' };

/** For kinds and types a folder's vocabulary adds without a colour of its own; none is in the tables above. */
export const EXTRA_COLORS = ['#1f77b4', '#b5651d', '#17a589', '#c2185b', '#7d6608', '#5d6d7e', '#8e44ad', '#117864'] as const;

export type RelationGroup = 'claim' | 'structural';

/** How a relation type looks; its words are in the message catalogues (i18n/), by language. */
export interface TypeLook {
  type: RelationType;
  group: RelationGroup;
  color: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  arrow: 'triangle' | 'tee' | 'square' | 'vee';
  width: number;
}

const structural = (type: string): TypeLook =>
  ({ type, group: 'structural', color: '#a3abb8', lineStyle: 'solid', arrow: 'vee', width: 1.2 });

export const TYPE_LOOKS: readonly TypeLook[] = [
  // The three claims the article is about: each differs in colour, line and arrow head.
  { type: 'ENDORSES', group: 'claim', color: '#2f8f4e', lineStyle: 'solid', arrow: 'triangle', width: 2.6 },
  { type: 'DOUBTS', group: 'claim', color: '#c8412f', lineStyle: 'dashed', arrow: 'tee', width: 2.6 },
  { type: 'HOSTS', group: 'claim', color: '#6b4fbb', lineStyle: 'dotted', arrow: 'square', width: 2.6 },
  structural('DEVELOPED'),
  structural('FOUNDED'),
  structural('LEADS'),
  structural('WORKS_FOR'),
  structural('FORMERLY_AT'),
  structural('INVESTS_IN'),
  structural('BASED_IN'),
  structural('CAPITAL_OF'),
  structural('OPERATES'),
  structural('RIVALS'),
  structural('POSTED_ON'),
];

const kindByName = new Map<string, KindLook>([...KIND_LOOKS, OTHER_KIND].map((k) => [k.kind, k]));
const typeByName = new Map(TYPE_LOOKS.map((t) => [t.type, t]));
/** What `useVocabulary` added, in the vocabulary's order. */
const extraKinds: KindLook[] = [];
const extraTypes: TypeLook[] = [];

/** Shapes for kinds that bring none, in turn; round-tag stays the sign of a kind the explorer does not know. */
const SHAPES: readonly KindLook['shape'][] = ['ellipse', 'round-rectangle', 'diamond', 'round-hexagon', 'round-triangle', 'round-octagon'];
const isShape = (shape: string | null): shape is KindLook['shape'] => shape === 'round-tag' || (SHAPES as readonly (string | null)[]).includes(shape);

/**
 * Looks for the kinds and types of the server's vocabulary that the tables above lack. Call it before
 * the first stylesheet is built: the stylesheet has one rule per look.
 */
export function useVocabulary(vocabulary: Pick<VocabularyInfo, 'kinds' | 'relationTypes'>): void {
  for (const k of vocabulary.kinds) {
    if (kindByName.has(k.kind)) continue;
    const n = extraKinds.length;
    const look: KindLook = {
      kind: k.kind,
      color: k.color ?? EXTRA_COLORS[n % EXTRA_COLORS.length] ?? UNKNOWN_KIND.color,
      shape: isShape(k.shape) ? k.shape : SHAPES[n % SHAPES.length] ?? 'ellipse',
    };
    extraKinds.push(look);
    kindByName.set(k.kind, look);
  }
  for (const t of vocabulary.relationTypes) {
    if (typeByName.has(t.type)) continue;
    const base = structural(t.type);
    const claim = t.group === 'CLAIM';
    const look: TypeLook = {
      ...base, group: claim ? 'claim' : 'structural',
      color: t.color ?? (claim ? EXTRA_COLORS[extraTypes.length % EXTRA_COLORS.length] ?? base.color : base.color),
      lineStyle: t.lineStyle === 'dashed' || t.lineStyle === 'dotted' ? t.lineStyle : 'solid',
      ...(claim ? { arrow: 'triangle', width: 2.6 } : {}),
    };
    extraTypes.push(look);
    typeByName.set(t.type, look);
  }
}

/** Every kind the explorer knows how to draw: the table's, then the vocabulary's own. */
export function kindLooks(): readonly KindLook[] {
  return [...KIND_LOOKS, ...extraKinds];
}

export function typeLooks(): readonly TypeLook[] {
  return [...TYPE_LOOKS, ...extraTypes];
}

export function kindLook(kind: Kind): KindLook {
  return kindByName.get(kind) ?? { ...UNKNOWN_KIND, kind };
}

export function typeLook(type: RelationType): TypeLook {
  return typeByName.get(type) ?? structural(type);
}

/**
 * How each kind and relation type of the dataset's allowlist (cypher/vocabulary.json) looks. A unit test
 * checks this table against that file, so a kind added to the data cannot go unstyled unnoticed.
 * Colours: a calm, colour-blind-aware palette; shape carries the kind too, so colour is never the only cue.
 */
import type { Kind, RelationType } from '../api/types.js';

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

const kindByName = new Map(KIND_LOOKS.map((k) => [k.kind, k]));
const typeByName = new Map(TYPE_LOOKS.map((t) => [t.type, t]));

export function kindLook(kind: Kind): KindLook {
  return kindByName.get(kind) ?? { ...UNKNOWN_KIND, kind };
}

export function typeLook(type: RelationType): TypeLook {
  return typeByName.get(type) ?? structural(type);
}

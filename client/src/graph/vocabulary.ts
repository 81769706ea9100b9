/**
 * How each kind and relation type of the dataset's allowlist (cypher/vocabulary.json) looks. A unit test
 * checks this table against that file, so a kind added to the data cannot go unstyled unnoticed.
 * Colours: a calm, colour-blind-aware palette; shape carries the kind too, so colour is never the only cue.
 */
import type { Kind, RelationType } from '../api/types.js';

export interface KindLook {
  kind: Kind;
  label: string;
  plural: string;
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'round-hexagon' | 'round-triangle' | 'round-octagon' | 'round-tag';
}

export const KIND_LOOKS: readonly KindLook[] = [
  { kind: 'PERSON', label: 'Person', plural: 'People', color: '#3b6ea8', shape: 'ellipse' },
  { kind: 'ORGANIZATION', label: 'Organization', plural: 'Organizations', color: '#d9822b', shape: 'round-rectangle' },
  { kind: 'MODEL', label: 'AI model', plural: 'AI models', color: '#9b5aa6', shape: 'diamond' },
  { kind: 'PRODUCT', label: 'Product', plural: 'Products', color: '#2e9a8f', shape: 'round-hexagon' },
  { kind: 'PLACE', label: 'Place', plural: 'Places', color: '#8a6b4e', shape: 'round-triangle' },
  { kind: 'CONCEPT', label: 'Concept', plural: 'Concepts', color: '#5f8f3a', shape: 'round-octagon' },
];

/** Anything the allowlist grows that this table does not know yet. */
export const UNKNOWN_KIND: KindLook = { kind: 'UNKNOWN', label: 'Other', plural: 'Other', color: '#7a8290', shape: 'round-tag' };

export type RelationGroup = 'claim' | 'structural';

export interface TypeLook {
  type: RelationType;
  group: RelationGroup;
  /** Lower-case words drawn on the edge. */
  label: string;
  color: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  arrow: 'triangle' | 'tee' | 'square' | 'vee';
  width: number;
}

const structural = (type: string, label: string): TypeLook =>
  ({ type, group: 'structural', label, color: '#a3abb8', lineStyle: 'solid', arrow: 'vee', width: 1.2 });

export const TYPE_LOOKS: readonly TypeLook[] = [
  // The three claims the article is about: each differs in colour, line and arrow head.
  { type: 'ENDORSES', group: 'claim', label: 'endorses', color: '#2f8f4e', lineStyle: 'solid', arrow: 'triangle', width: 2.6 },
  { type: 'DOUBTS', group: 'claim', label: 'doubts', color: '#c8412f', lineStyle: 'dashed', arrow: 'tee', width: 2.6 },
  { type: 'HOSTS', group: 'claim', label: 'hosts', color: '#6b4fbb', lineStyle: 'dotted', arrow: 'square', width: 2.6 },
  structural('DEVELOPED', 'developed'),
  structural('FOUNDED', 'founded'),
  structural('LEADS', 'leads'),
  structural('WORKS_FOR', 'works for'),
  structural('FORMERLY_AT', 'formerly at'),
  structural('INVESTS_IN', 'invests in'),
  structural('BASED_IN', 'based in'),
  structural('CAPITAL_OF', 'capital of'),
  structural('OPERATES', 'operates'),
  structural('RIVALS', 'rivals'),
  structural('POSTED_ON', 'posted on'),
];

const kindByName = new Map(KIND_LOOKS.map((k) => [k.kind, k]));
const typeByName = new Map(TYPE_LOOKS.map((t) => [t.type, t]));

export function kindLook(kind: Kind): KindLook {
  return kindByName.get(kind) ?? { ...UNKNOWN_KIND, kind, label: readable(kind), plural: readable(kind) };
}

export function typeLook(type: RelationType): TypeLook {
  return typeByName.get(type) ?? structural(type, readable(type));
}

function readable(name: string): string {
  return name.toLowerCase().replace(/_/g, ' ');
}

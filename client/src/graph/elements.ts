/**
 * DTO -> Cytoscape elements, as plain JSON: `data` holds everything the stylesheet and the panels need,
 * so the canvas state can be serialised, exported and tested without a DOM.
 */
import type { Entity, Relation } from '../api/types.js';
import { CATALOGUES, relationName, type Language } from '../i18n/i18n.js';
import { kindLook, typeLook } from './vocabulary.js';

export interface NodeData {
  id: string;
  name: string;
  nameAr: string | null;
  /** Label in each language; the Arabic one falls back to the English name. */
  labelEn: string;
  labelAr: string;
  kind: string;
  description: string | null;
  aliases: string[];
  degree: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  group: 'claim' | 'structural';
  /** Drawn on the edge: the type in a few words (English; `labelAr` in Arabic). */
  label: string;
  labelAr: string;
  /** Drawn when the edge is selected or hovered: the type and the claim. */
  longLabel: string;
  longLabelAr: string;
  claim: string | null;
  claimAr: string | null;
  role: string | null;
  quoteAr: string | null;
  quoteEn: string | null;
  articleId: string | null;
  articleUrl: string | null;
  articleTitle: string | null;
  articleOutlet: string | null;
}

export interface NodeElement {
  group: 'nodes';
  data: NodeData;
  position?: { x: number; y: number };
}

export interface EdgeElement {
  group: 'edges';
  data: EdgeData;
}

export type GraphElement = NodeElement | EdgeElement;

/** A relation with no quote and no source (data the loader never checked) is marked as such wherever it shows. */
export function hasEvidence(relation: Pick<Relation, 'quoteAr' | 'quoteEn' | 'source'>): boolean {
  return Boolean(relation.quoteAr || relation.quoteEn || relation.source);
}

export function entityToNode(entity: Entity): NodeElement {
  const look = kindLook(entity.kind);
  return {
    group: 'nodes',
    data: {
      id: entity.id,
      name: entity.name,
      nameAr: entity.nameAr,
      labelEn: entity.name,
      labelAr: entity.nameAr ?? entity.name,
      kind: look.kind,
      description: entity.description,
      aliases: [...entity.aliases],
      degree: entity.degree,
    },
  };
}

/** An edge's short and long label in one language; the role and the claim are data and stay as written. */
function edgeLabels(relation: Relation, lang: Language): { label: string; longLabel: string } {
  const m = CATALOGUES[lang];
  const words = relationName(m, relation.type).label;
  const role = relation.role ? `${words} (${relation.role})` : words;
  const claim = lang === 'ar' ? relation.claimAr ?? relation.claim : relation.claim;
  const long = claim ? `${words}: ${claim}` : role;
  return { label: role, longLabel: hasEvidence(relation) ? long : m.evidence.onEdge(long) };
}

export function relationToEdge(relation: Relation): EdgeElement {
  const look = typeLook(relation.type);
  const source = relation.source;
  const en = edgeLabels(relation, 'en');
  const ar = edgeLabels(relation, 'ar');
  return {
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.from.id,
      target: relation.to.id,
      type: relation.type,
      group: look.group,
      label: en.label,
      labelAr: ar.label,
      longLabel: en.longLabel,
      longLabelAr: ar.longLabel,
      claim: relation.claim,
      claimAr: relation.claimAr ?? null,
      role: relation.role ?? null,
      quoteAr: relation.quoteAr,
      quoteEn: relation.quoteEn,
      articleId: source?.id ?? null,
      articleUrl: source?.url ?? null,
      articleTitle: source?.title ?? null,
      articleOutlet: source?.outlet ?? null,
    },
  };
}

/**
 * Nodes first, then the edges whose two ends are among the nodes (or already drawn): Cytoscape refuses
 * an edge to a missing node, and a duplicate id would throw, so both are filtered here.
 */
export function toElements(
  input: { nodes: readonly Entity[]; edges: readonly Relation[] },
  options: { existing?: (id: string) => boolean } = {},
): GraphElement[] {
  const existing = options.existing ?? (() => false);
  const nodes = new Map<string, NodeElement>();
  for (const entity of input.nodes) {
    if (!existing(entity.id) && !nodes.has(entity.id)) nodes.set(entity.id, entityToNode(entity));
  }
  const present = (id: string) => nodes.has(id) || existing(id);
  const edges = new Map<string, EdgeElement>();
  for (const relation of input.edges) {
    if (existing(relation.id) || edges.has(relation.id)) continue;
    if (present(relation.from.id) && present(relation.to.id)) edges.set(relation.id, relationToEdge(relation));
  }
  return [...nodes.values(), ...edges.values()];
}

export function isNode(element: GraphElement): element is NodeElement {
  return element.group === 'nodes';
}

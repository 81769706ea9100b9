/**
 * What is on the canvas: adding (new nodes take free slots around their anchor, nothing drawn moves),
 * removing with a snapshot for undo, restoring it exactly, and the read-only questions the app asks.
 * Plain data in and out; every change in one `cy.batch`.
 */
import type { Collection, ElementDefinition, NodeCollection } from 'cytoscape';
import type { EdgeData, EdgeElement, GraphElement, NodeData, NodeElement } from './elements.js';
import { applyFilters } from './filters.js';
import { placeAround, type Point } from './placement.js';
import type { Stage } from './stage.js';
import { NODE_SIZE } from './style.js';

/** Removed elements with their positions, enough to put them back exactly (undo). */
export interface Snapshot {
  nodes: NodeElement[];
  edges: EdgeElement[];
}

export interface Counts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
  byKind: Map<string, number>;
  byType: Map<string, number>;
}

export function snapshotOf(collection: Collection): Snapshot {
  return {
    nodes: collection.nodes().map((n) => ({ group: 'nodes', data: { ...(n.data() as NodeData) }, position: { ...n.position() } })),
    edges: collection.edges().map((e) => ({ group: 'edges', data: { ...(e.data() as EdgeData) } })),
  };
}

/** The elements with these ids that are drawn, in one collection. */
export function byIds(stage: Stage, ids: readonly string[]): Collection {
  const { cy } = stage;
  let collection = cy.collection();
  for (const id of ids) {
    const element = cy.getElementById(id);
    if (element.nonempty()) collection = collection.union(element);
  }
  return collection;
}

function centreOf(nodes: NodeCollection): Point {
  const box = nodes.boundingBox({});
  return nodes.empty() ? { x: 0, y: 0 } : { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

export function addElements(stage: Stage, elements: readonly GraphElement[], anchor: string | undefined): string[] {
  const { cy } = stage;
  const fresh = elements.filter((e) => cy.getElementById(e.data.id).empty());
  const freshNodes = fresh.filter((e): e is NodeElement => e.group === 'nodes' && !e.position);
  const anchorNode = anchor ? cy.getElementById(anchor) : undefined;
  const origin = anchorNode?.nonempty() ? { ...anchorNode.position() } : centreOf(cy.nodes());
  // Fan out away from the rest of the graph; the anchor's own neighbours (an earlier batch) do not
  // count, so a "show more" keeps facing the way the first batch did.
  const rest = anchorNode?.nonempty() ? cy.nodes().not(anchorNode.closedNeighborhood()) : cy.collection();
  const points = placeAround({
    center: origin,
    away: rest.nonempty() ? centreOf(rest.nodes()) : undefined,
    count: freshNodes.length,
    // Every node drawn keeps its place and its room: new ones take the free slots only.
    occupied: freshNodes.length ? cy.nodes().map((n) => n.position()) : [],
    clearance: NODE_SIZE.max + 8,
  });
  const positioned = new Map(freshNodes.map((n, i) => [n.data.id, points[i] ?? origin]));
  let added = cy.collection();
  cy.batch(() => {
    added = cy.add(fresh.map((e) => {
      const position = positioned.get(e.data.id);
      return (position ? { ...e, position } : e) as ElementDefinition;
    }));
  });
  applyFilters(cy, added, stage.filters);
  return added.map((e) => e.id());
}

/** Removes the elements (and the edges of removed nodes); returns what was removed. */
export function removeElements(stage: Stage, ids: readonly string[]): Snapshot {
  const targets = byIds(stage, ids);
  const all = targets.union(targets.nodes().connectedEdges());
  const snapshot = snapshotOf(all);
  stage.cy.batch(() => all.remove());
  return snapshot;
}

/** Puts removed elements back where they were; an edge comes back only with both of its ends. */
export function restoreSnapshot(stage: Stage, snapshot: Snapshot): void {
  const { cy } = stage;
  const nodes = snapshot.nodes.filter((n) => cy.getElementById(n.data.id).empty());
  let added = cy.collection();
  cy.batch(() => {
    added = cy.add(nodes as ElementDefinition[]);
    const edges = snapshot.edges.filter((e) => cy.getElementById(e.data.id).empty()
      && cy.getElementById(e.data.source).nonempty() && cy.getElementById(e.data.target).nonempty());
    added = added.union(cy.add(edges as ElementDefinition[]));
  });
  applyFilters(cy, added, stage.filters);
}

export function clearAll(stage: Stage): Snapshot {
  const snapshot = snapshotOf(stage.cy.elements());
  stage.cy.batch(() => stage.cy.elements().remove());
  return snapshot;
}

const visible = (stage: Stage, selector: string) => stage.cy.$(selector).filter((e) => !e.hasClass('filtered'));

/** The read-only questions: plain data, nothing of Cytoscape's leaks out. */
export function createQueries(stage: Stage) {
  return {
    has: (id: string) => stage.cy.getElementById(id).nonempty(),
    node(id: string): NodeData | undefined {
      const n = stage.cy.getElementById(id);
      return n.nonempty() && n.isNode() ? (n.data() as NodeData) : undefined;
    },
    edge(id: string): EdgeData | undefined {
      const e = stage.cy.getElementById(id);
      return e.nonempty() && e.isEdge() ? (e.data() as EdgeData) : undefined;
    },
    neighbours(id: string): string[] {
      const n = stage.cy.getElementById(id);
      return n.nonempty() && n.isNode() ? n.neighborhood().nodes().map((m) => m.id()) : [];
    },
    nodes: ({ visibleOnly = false } = {}) => (visibleOnly ? visible(stage, 'node') : stage.cy.nodes()).map((n) => n.data() as NodeData),
    edges: ({ visibleOnly = false } = {}) => (visibleOnly ? visible(stage, 'edge') : stage.cy.edges()).map((e) => e.data() as EdgeData),
    /** The label Cytoscape draws for an element now (its computed style), for tests to read what the canvas says. */
    labelOf(id: string): string | null {
      const element = stage.cy.getElementById(id);
      return element.nonempty() ? String(element.style('label') ?? '') : null;
    },
    counts(): Counts {
      const { cy } = stage;
      const byKind = new Map<string, number>();
      const byType = new Map<string, number>();
      cy.nodes().forEach((n) => {
        const kind = n.data('kind') as string;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      });
      cy.edges().forEach((e) => {
        const type = e.data('type') as string;
        byType.set(type, (byType.get(type) ?? 0) + 1);
      });
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        visibleNodes: visible(stage, 'node').length,
        visibleEdges: visible(stage, 'edge').length,
        byKind,
        byType,
      };
    },
  };
}

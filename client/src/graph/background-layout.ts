/**
 * The force layout of a big graph, off the main thread: the visible nodes and their edges go to the
 * worker (force-runner.ts) as typed arrays; the answer is tidied (loose nodes in rows, the picture turned
 * to the canvas's shape) and lands on the canvas in one batch.
 */
import type { NodeData } from './elements.js';
import type { ForceInput } from './force-layout.js';
import { labelInView } from './labels.js';
import { FIT_PADDING } from './layouts.js';
import type { Point } from './placement.js';
import { fitViewport, minZoomFor } from './scale.js';
import type { Stage } from './stage.js';
import { nodeDiameter } from './style.js';
import { tidy, type NodeBox } from './tidy.js';
import { LABEL_ALLOWANCE, canvasSize, nodesBox, viewportFor } from './viewport.js';

/** What goes to the worker, and what the answer is read against. */
export interface ForceJob {
  nodes: readonly Pick<NodeData, 'id' | 'kind' | 'name' | 'degree'>[];
  input: ForceInput;
}

/** The layout's question for these nodes and the edges among them (edges to other nodes are left out). */
export function forceJob(nodes: readonly Pick<NodeData, 'id' | 'kind' | 'name' | 'degree'>[], edges: Iterable<{ source: string; target: string }>): ForceJob {
  const index = new Map<string, number>();
  const radii = new Float64Array(nodes.length);
  nodes.forEach((n, i) => {
    index.set(n.id, i);
    radii[i] = nodeDiameter(Number(n.degree ?? 0)) / 2;
  });
  const pairs: number[] = [];
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) pairs.push(s, t);
  }
  return { nodes, input: { n: nodes.length, edges: Uint32Array.from(pairs), radii } };
}

/** The job for what the stage shows now. */
export function forceJobOnStage(stage: Stage): ForceJob {
  const target = stage.cy.elements().not('.filtered');
  const nodes = target.nodes().map((n) => n.data() as NodeData);
  return forceJob(nodes, target.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })));
}

/** The layout's answer, tidied: where each node ends up. */
export function tidyAnswer(stage: Stage, job: ForceJob, positions: Float64Array): Map<string, Point> {
  const { radii, edges } = job.input;
  const linked = new Uint8Array(job.nodes.length);
  for (const i of edges) linked[i] = 1;
  const boxes = job.nodes.map((n, i): NodeBox => ({
    id: n.id,
    x: positions[2 * i] ?? 0,
    y: positions[2 * i + 1] ?? 0,
    w: 2 * (radii?.[i] ?? 0) + 16,
    h: 2 * (radii?.[i] ?? 0) + LABEL_ALLOWANCE,
    isolated: !linked[i],
    group: String(n.kind ?? ''),
    label: String(n.name ?? n.id),
  }));
  return tidy(boxes, { viewport: stage.container ? canvasSize(stage.cy) : undefined, reshape: true });
}

/**
 * Puts the nodes where a background layout placed them, in one batch. Nodes added since it started
 * follow a neighbour that moved; the view fits the new picture unless a person moved it meanwhile, in
 * which case a selected node stays where it was on screen.
 */
export function land(stage: Stage, final: ReadonlyMap<string, Point>): void {
  const { cy } = stage;
  const selectedNode = cy.nodes(':selected').first();
  const before = selectedNode.nonempty() ? { ...selectedNode.renderedPosition() } : undefined;
  cy.batch(() => {
    const moved = new Map<string, Point>();
    cy.nodes().forEach((n) => {
      const to = final.get(n.id());
      if (!to || n.grabbed()) return;
      const from = n.position();
      moved.set(n.id(), { x: to.x - from.x, y: to.y - from.y });
    });
    cy.nodes().forEach((n) => {
      let shift = moved.get(n.id());
      if (!shift && !final.has(n.id())) {
        const neighbour = n.neighborhood().nodes().filter((m) => moved.has(m.id())).first();
        shift = neighbour.nonempty() ? moved.get(neighbour.id()) : undefined;
      }
      if (shift) n.position({ x: n.position('x') + shift.x, y: n.position('y') + shift.y });
    });
  });
  if (!stage.container) return;
  const visibleNodes = cy.nodes().not('.filtered');
  if (!stage.viewportTouched) {
    const fitted = viewportFor(cy, nodesBox(visibleNodes));
    if (selectedNode.nonempty()) {
      cy.viewport({ zoom: Math.max(fitted.zoom, cy.zoom()), pan: cy.pan() });
      cy.center(selectedNode);
    } else {
      cy.viewport({ zoom: fitted.zoom, pan: fitted.pan });
    }
  } else {
    cy.minZoom(minZoomFor(fitViewport(nodesBox(visibleNodes), canvasSize(cy), FIT_PADDING).zoom));
    if (before && selectedNode.nonempty()) {
      const after = selectedNode.renderedPosition();
      cy.panBy({ x: before.x - after.x, y: before.y - after.y });
    }
    // The view a person left may not move, and nodes moved into it.
    labelInView(stage);
  }
}

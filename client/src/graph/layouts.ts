/**
 * Layout options as data. The layout runs once per load or on request — never on every change: new
 * elements from an expansion are placed around their anchor (placement.ts) instead.
 */
import type { LayoutOptions } from 'cytoscape';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUTS as readonly string[]).includes(value);
}

export interface LayoutContext {
  nodeCount: number;
  /** Roots for the hierarchy: the selected node, else the best-connected ones. */
  roots?: string[];
  animate?: boolean;
}

/** Room around the picture when it is fitted to the canvas (labels are already inside the box). */
export const FIT_PADDING = 30;

/** Big graphs are not animated (fCoSE never sees them: the view lays them out in a worker). */
const BIG = 600;

export function layoutOptions(name: LayoutName, context: LayoutContext): LayoutOptions {
  const big = context.nodeCount > BIG;
  const animate = (context.animate ?? true) && !big && context.nodeCount > 0;
  const common = { fit: true, padding: FIT_PADDING, animate, animationDuration: 450 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        // Short edges and moderate repulsion: a compact picture fits the canvas at a zoom where the
        // labels are legible; tidy.ts then gives it the canvas's shape.
        idealEdgeLength: 70,
        nodeRepulsion: 7000,
        nodeSeparation: 80,
        packComponents: true,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 24,
        concentric: (node: { degree(includeLoops: boolean): number }) => node.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        ...(context.roots?.length ? { roots: context.roots.map((id) => `#${cssEscape(id)}`).join(', ') } : {}),
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, spacingFactor: 1.05 } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, condense: true } as LayoutOptions;
  }
}

/** Ids are slugs from the data; escape them anyway before they enter a selector. */
export function cssEscape(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}

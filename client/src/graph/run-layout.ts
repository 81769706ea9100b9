/**
 * Runs a layout the calm way. Free-form layouts (force, hierarchy) are computed first without drawing,
 * finished by `tidy` (loose nodes in rows, a force picture turned to suit the canvas), and then every
 * node moves once, animated, from where it was to where it ends up while the viewport fits. The
 * pattern layouts (circle, grid, concentric) already give every node its place and run as they are.
 */
import type { Collection, Core, Layouts, LayoutOptions, NodeSingular } from 'cytoscape';
import { layoutOptions, type LayoutContext, type LayoutName } from './layouts.js';
import { tidy, type NodeBox } from './tidy.js';

const TIDIED: ReadonlySet<LayoutName> = new Set(['fcose', 'breadthfirst']);

export interface RunLayoutContext extends LayoutContext {
  /** The canvas size; absent headless. */
  viewport?: { w: number; h: number } | undefined;
}

export function runLayout(cy: Core, target: Collection, name: LayoutName, context: RunLayoutContext): Promise<void> {
  const options = layoutOptions(name, context) as LayoutOptions & { animate?: boolean; animationDuration?: number; fit?: boolean; padding?: number };
  if (!TIDIED.has(name)) return start(target.layout(options));

  const nodes = target.nodes();
  const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  const compute = target.layout({ ...options, animate: false, fit: false } as LayoutOptions);
  let computed = false;
  compute.one('layoutstop', () => { computed = true; });
  // Built-in layouts and fCoSE finish synchronously without animation: nothing has been drawn yet.
  const finished = start(compute);
  if (!computed) {
    // Were one to finish later, its result is already on screen: fit it, and skip the tidying.
    return finished.then(() => { if (options.fit) cy.fit(target, options.padding); });
  }

  const boxes = nodes.map((n): NodeBox => {
    const box = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return {
      id: n.id(),
      ...n.position(),
      w: box.w,
      h: box.h,
      isolated: n.connectedEdges().intersection(target).empty(),
      group: String(n.data('kind') ?? ''),
      label: String(n.data('name') ?? n.id()),
    };
  });
  const final = tidy(boxes, { viewport: context.viewport, reshape: name === 'fcose' });
  cy.batch(() => {
    nodes.positions((n) => before.get((n as NodeSingular).id()) ?? (n as NodeSingular).position());
  });
  return start(target.layout({
    name: 'preset',
    positions: (n: NodeSingular) => final.get(n.id()) ?? n.position(),
    animate: options.animate,
    animationDuration: options.animationDuration,
    fit: options.fit,
    padding: options.padding,
  } as LayoutOptions));
}

/** Runs the layout; resolves on its `layoutstop`. */
function start(layout: Layouts): Promise<void> {
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}

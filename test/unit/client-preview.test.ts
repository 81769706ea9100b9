/**
 * A big graph's preview (client/src/graph/preview.ts), headless: what goes into its scene, what it draws
 * (onto a recording 2D context), how it zooms, and how view.ts sizes the slices Cytoscape takes meanwhile.
 * The canvas, pan and handover run in Chromium (test/e2e, "preview").
 */
import { describe, expect, it } from 'vitest';
import { toElements, type EdgeElement, type NodeElement } from '../../client/src/graph/elements.js';
import { drawScene, previewScene, zoomAbout, type PreviewScene } from '../../client/src/graph/preview.js';
import { BUILD_FRAME_MS, BUILD_SLICE, nextSlice } from '../../client/src/graph/scale.js';
import { nodeDiameter } from '../../client/src/graph/style.js';
import { KIND_LOOKS, TYPE_LOOKS } from '../../client/src/graph/vocabulary.js';
import { entity, relation } from './client-fixtures.js';

function elements() {
  const all = toElements({
    nodes: [
      entity({ id: 'a', kind: 'PERSON', degree: 2 }),
      entity({ id: 'b', kind: 'MODEL', degree: 16 }),
      entity({ id: 'c', kind: 'ORGANIZATION', degree: 1 }),
      entity({ id: 'd', kind: 'SOMETHING_NEW', degree: 0 }),
    ],
    edges: [relation('a', 'ENDORSES', 'b'), relation('c', 'DEVELOPED', 'b'), relation('a', 'DOUBTS', 'c'), relation('c', 'HOSTS', 'b')],
  });
  return {
    nodes: all.filter((e): e is NodeElement => e.group === 'nodes'),
    edges: all.filter((e): e is EdgeElement => e.group === 'edges'),
  };
}

const positions = new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }], ['c', { x: 0, y: 50 }], ['d', { x: -40, y: -40 }]]);

/** Records the calls drawScene makes, with the state they were made in. */
function recorder() {
  const strokes: { color: string; width: number; lines: number[][] }[] = [];
  const fills: { color: string; arcs: number[][] }[] = [];
  let lines: number[][] = [];
  let arcs: number[][] = [];
  let from: number[] = [];
  const context = {
    strokeStyle: '', fillStyle: '', lineWidth: 1,
    clearRect: () => {},
    beginPath: () => { lines = []; arcs = []; },
    moveTo: (x: number, y: number) => { from = [x, y]; },
    lineTo: (x: number, y: number) => { lines.push([...from, x, y]); },
    arc: (x: number, y: number, r: number) => { arcs.push([x, y, r]); },
    stroke() { strokes.push({ color: this.strokeStyle, width: this.lineWidth, lines }); },
    fill() { fills.push({ color: this.fillStyle, arcs }); },
  };
  return { context: context as unknown as CanvasRenderingContext2D, strokes, fills };
}

describe('client graph: the preview of a big graph', () => {
  it('holds every node at its position, sized and coloured as the stylesheet does, and every edge by its look', () => {
    const { nodes, edges } = elements();
    const scene = previewScene(nodes, edges, positions);
    expect(Array.from(scene.xy)).toEqual([0, 0, 100, 0, 0, 50, -40, -40]);
    expect(Array.from(scene.radius)).toEqual([2, 16, 1, 0].map((d) => nodeDiameter(d) / 2));
    expect(Array.from(scene.nodeColor, (c) => scene.nodeColors[c])).toEqual([
      KIND_LOOKS.find((k) => k.kind === 'PERSON')?.color, KIND_LOOKS.find((k) => k.kind === 'MODEL')?.color,
      KIND_LOOKS.find((k) => k.kind === 'ORGANIZATION')?.color, scene.nodeColors.at(-1),
    ]);
    expect(Array.from(scene.edges)).toEqual([0, 1, 2, 1, 0, 2, 2, 1]);
    const looks = Array.from(scene.edgeLook, (l) => scene.edgeLooks[l]?.color);
    const colour = (type: string) => TYPE_LOOKS.find((t) => t.type === type)?.color;
    // Claims in their colour; structural edges in the one grey the big-graph stylesheet gives them all.
    expect(looks).toEqual([colour('ENDORSES'), scene.edgeLooks[0]?.color, colour('DOUBTS'), colour('HOSTS')]);
  });

  it('leaves out hidden kinds with their edges, and hidden types', () => {
    const { nodes, edges } = elements();
    const scene = previewScene(nodes, edges, positions, { node: (n) => n.data.kind === 'ORGANIZATION', edge: (e) => e.data.type === 'DOUBTS' });
    expect(scene.radius).toHaveLength(3);
    // a-ENDORSES-b stays; c's edges go with c; DOUBTS would go anyway.
    expect(Array.from(scene.edges)).toEqual([0, 1]);
  });

  it('draws each look with one stroke and each kind with one fill, at the viewport, skipping nodes off the canvas', () => {
    const { nodes, edges } = elements();
    const scene = previewScene(nodes, edges, positions);
    const { context, strokes, fills } = recorder();
    drawScene(context, scene, { zoom: 2, pan: { x: 10, y: 20 } }, { w: 300, h: 200 });
    expect(strokes).toHaveLength(scene.edgeLooks.length);
    const endorses = strokes.find((s) => s.color === TYPE_LOOKS[0]?.color);
    expect(endorses?.lines).toEqual([[10, 20, 210, 20]]);
    expect(strokes.reduce((sum, s) => sum + s.lines.length, 0)).toBe(4);
    expect(fills).toHaveLength(scene.nodeColors.length);
    const model = fills.find((f) => f.color === KIND_LOOKS.find((k) => k.kind === 'MODEL')?.color);
    expect(model?.arcs).toEqual([[210, 20, 2 * nodeDiameter(16) / 2]]);
    // d sits at (-70, -60) on screen: off the canvas, not drawn.
    expect(fills.reduce((sum, f) => sum + f.arcs.length, 0)).toBe(3);
  });

  it('keeps a tiny node a visible dot', () => {
    const scene: PreviewScene = { ...previewScene(elements().nodes.slice(0, 1), [], positions) };
    const { context, fills } = recorder();
    drawScene(context, scene, { zoom: 0.001, pan: { x: 5, y: 5 } }, { w: 10, h: 10 });
    expect(fills.flatMap((f) => f.arcs)[0]?.[2]).toBeGreaterThanOrEqual(0.75);
  });

  it('zooms about the pointer, within the limits', () => {
    const at = { x: 120, y: 80 };
    const before = { zoom: 0.5, pan: { x: 10, y: -30 } };
    const model = { x: (at.x - before.pan.x) / before.zoom, y: (at.y - before.pan.y) / before.zoom };
    const after = zoomAbout(before, at, 2, { min: 0.1, max: 4 });
    expect(after.zoom).toBe(1);
    // The model point under the pointer is still under it.
    expect(model.x * after.zoom + after.pan.x).toBeCloseTo(at.x, 9);
    expect(model.y * after.zoom + after.pan.y).toBeCloseTo(at.y, 9);
    expect(zoomAbout(before, at, 100, { min: 0.1, max: 4 }).zoom).toBe(4);
    expect(zoomAbout(before, at, 0.001, { min: 0.1, max: 4 }).zoom).toBe(0.1);
  });
});

describe('client graph: the slices Cytoscape takes while the preview stands in', () => {
  const total = 1000;
  it('grows a slice whose frame was quick and shrinks one that was slow, towards the frame budget', () => {
    expect(nextSlice(500, BUILD_FRAME_MS, total)).toBe(500);
    expect(nextSlice(500, BUILD_FRAME_MS * 2, total)).toBe(250);
    expect(nextSlice(500, BUILD_FRAME_MS / 1.5, total)).toBe(750);
  });

  it('at most doubles, and stays within its bounds', () => {
    // A hidden page's quick timer-driven "frames" must not make the next slice huge.
    expect(nextSlice(500, 1, total)).toBe(1000);
    expect(nextSlice(BUILD_SLICE.max, 1, total)).toBe(BUILD_SLICE.max);
    expect(nextSlice(BUILD_SLICE.min, 10_000, total)).toBe(BUILD_SLICE.min);
  });

  it('puts a big graph in within a bounded number of frames, however slow each one is', () => {
    const big = 30_000;
    expect(nextSlice(BUILD_SLICE.min, 10_000, big)).toBe(big / BUILD_SLICE.frames);
    let frames = 0;
    for (let done = 0, size: number = BUILD_SLICE.first; done < big; frames++) {
      done += size;
      size = nextSlice(size, 500, big);
    }
    expect(frames).toBeLessThanOrEqual(BUILD_SLICE.frames + 1);
  });
});

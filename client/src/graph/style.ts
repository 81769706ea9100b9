/**
 * The stylesheet as data: selectors on `data(kind)` / `data(type)` for what things are, classes for what
 * the user is doing (selected, path, faded, filtered). Built per language so the label toggle is one
 * `cy.style(...)` call, not a pass over every element.
 */
import type { StylesheetStyle } from 'cytoscape';
import type { Language } from '../i18n/i18n.js';
import { kindLooks, typeLooks, UNKNOWN_KIND } from './vocabulary.js';

export type { Language } from '../i18n/i18n.js';

export interface StyleOptions {
  lang: Language;
  /** Big graphs hide labels earlier when zoomed out, which keeps the overview legible and fast. */
  large?: boolean;
}

/** Arabic needs a font with Arabic glyphs on the canvas too; the page bundles Noto Sans Arabic. */
export const CANVAS_FONT = '"Noto Sans Arabic", "DejaVu Sans", system-ui, sans-serif';

/** Node diameter in model units, by degree: a lone node is small, a hub stands out. */
export const NODE_SIZE = { min: 24, max: 56, degreeAtMax: 16 } as const;

/** The diameter the stylesheet gives a node of this degree (its `mapData`), for layouts computed elsewhere. */
export function nodeDiameter(degree: number): number {
  const t = Math.min(1, Math.max(0, degree / NODE_SIZE.degreeAtMax));
  return NODE_SIZE.min + t * (NODE_SIZE.max - NODE_SIZE.min);
}

const INK = '#1f2430';
const MUTED = '#5b6472';
const FOCUS = '#e0a100';

export function createStylesheet(options: StyleOptions): StylesheetStyle[] {
  return options.large ? largeStylesheet(options) : fullStylesheet(options);
}

/**
 * Node labels of a big graph: drawn once `fontSize` reaches `minScreenPx` on screen, and given only to
 * nodes with the class `labelled` (labels.ts puts it on as they come into view).
 */
export const LARGE_LABEL = { fontSize: 12, minScreenPx: 8, labelled: 'labelled' } as const;

/** A node's label, as both stylesheets draw it: in the chosen language, under the node. */
const nodeLabel = (lang: Language) => ({
  label: lang === 'ar' ? 'data(labelAr)' : 'data(labelEn)',
  'font-family': CANVAS_FONT,
  'font-size': LARGE_LABEL.fontSize,
  'text-valign': 'bottom',
}) as const;

/** Edges in the big-graph stylesheet; the preview of a big graph (preview.ts) draws them the same. */
export const LARGE_EDGE = { structural: { color: '#b4bac5', width: 1 }, claimWidth: 1.8 } as const;

/** Edge labels in the chosen language: the relation's words, and with the claim when selected or hovered. */
const edgeLabel = (lang: Language) => (lang === 'ar' ? 'data(labelAr)' : 'data(label)');
const edgeLongLabel = (lang: Language) => (lang === 'ar' ? 'data(longLabelAr)' : 'data(longLabel)');

/** State shown the same way at any size: selection, hover, a highlighted path, search hits, filters. */
function stateRules(lang: Language): StylesheetStyle[] {
  return [
    { selector: 'edge:selected, edge.hover', style: { label: edgeLongLabel(lang), 'z-index': 9, 'text-max-width': '220px', 'text-wrap': 'wrap' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': FOCUS, 'z-index': 10, 'font-weight': 700 } },
    { selector: 'edge:selected', style: { width: 4, 'z-index': 10, color: INK } },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': INK } },
    { selector: '.faded', style: { opacity: 0.14, 'text-opacity': 0.3 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': INK, 'z-index': 20, opacity: 1, 'text-opacity': 1 } },
    { selector: 'edge.path', style: { width: 5, 'line-style': 'solid', 'z-index': 20, opacity: 1, 'text-opacity': 1, color: INK } },
    { selector: 'node.found', style: { 'border-width': 3, 'border-color': FOCUS } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

const nodeSize = `mapData(degree, 0, ${NODE_SIZE.degreeAtMax}, ${NODE_SIZE.min}, ${NODE_SIZE.max})`;

const kindRules = (): StylesheetStyle[] => kindLooks().map((k): StylesheetStyle => ({
  selector: `node[kind = "${k.kind}"]`,
  style: { 'background-color': k.color, shape: k.shape },
}));

function fullStylesheet(options: StyleOptions): StylesheetStyle[] {
  // Below this on-screen size (px) a label is skipped.
  const minNodeLabel = 3;
  const minEdgeLabel = 5;
  return [
    {
      selector: 'node',
      style: {
        ...nodeLabel(options.lang),
        color: INK,
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': minNodeLabel,
        width: nodeSize,
        height: nodeSize,
        'background-color': UNKNOWN_KIND.color,
        shape: UNKNOWN_KIND.shape,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-padding': 4,
      },
    },
    ...kindRules(),
    {
      selector: 'edge',
      style: {
        label: edgeLabel(options.lang),
        'font-family': CANVAS_FONT,
        'font-size': 9,
        color: MUTED,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': minEdgeLabel,
        'curve-style': 'bezier',
        'control-point-step-size': 36,
        width: 1.2,
        'line-color': '#a3abb8',
        'target-arrow-color': '#a3abb8',
        'target-arrow-shape': 'vee',
        'arrow-scale': 0.9,
        opacity: 0.9,
      },
    },
    ...typeLooks().map((t): StylesheetStyle => ({
      selector: `edge[type = "${t.type}"]`,
      style: {
        width: t.width,
        'line-color': t.color,
        'line-style': t.lineStyle,
        'target-arrow-color': t.color,
        'target-arrow-shape': t.arrow,
        ...(t.group === 'claim'
          ? { color: t.color, 'font-weight': 600, 'z-index': 2, opacity: 1 }
          : { 'z-index': 1, 'font-size': 8, 'min-zoomed-font-size': minEdgeLabel + 1 }),
        ...(t.lineStyle === 'dashed' ? { 'line-dash-pattern': [7, 4] } : {}),
      },
    })),
    ...stateRules(options.lang),
  ];
}

/**
 * Thousands of elements: what costs per element goes. Edges are straight "haystack" lines — no curve
 * bundling, no arrow heads — still coloured by type, with their label and line pattern on hover and
 * selection only; node labels skip the ellipsis measuring, go only on nodes in view (labels.ts) and are
 * drawn once they are 8 px or more on screen.
 */
function largeStylesheet(options: StyleOptions): StylesheetStyle[] {
  // Every property set here is applied (and checked for what it invalidates) once per element, and
  // again for each later rule that overrides it: only what the picture needs, each set once.
  // Cytoscape's defaults do for the rest (no border, no arrows, centred label).
  const known = kindLooks().map((k) => `[kind != "${k.kind}"]`).join('');
  return [
    { selector: 'node', style: { width: nodeSize, height: nodeSize } },
    { selector: `node.${LARGE_LABEL.labelled}`, style: { ...nodeLabel(options.lang), 'min-zoomed-font-size': LARGE_LABEL.minScreenPx } },
    ...kindRules(),
    { selector: `node${known}`, style: { 'background-color': UNKNOWN_KIND.color, shape: UNKNOWN_KIND.shape } },
    { selector: 'edge', style: { 'curve-style': 'haystack' } },
    { selector: 'edge[group = "structural"]', style: { width: LARGE_EDGE.structural.width, 'line-color': LARGE_EDGE.structural.color } },
    ...typeLooks().filter((t) => t.group === 'claim').map((t): StylesheetStyle => ({
      selector: `edge[type = "${t.type}"]`,
      style: { width: LARGE_EDGE.claimWidth, 'line-color': t.color },
    })),
    // Dashes and dots cost a canvas line-dash per edge in every frame (a tenth of a 5k graph's first frame)
    // and cannot be told apart at the zoom that shows thousands of edges: the colour says the type there,
    // and the pattern comes back on the edge a person points at or selects.
    ...typeLooks().filter((t) => t.group === 'claim' && t.lineStyle !== 'solid').map((t): StylesheetStyle => ({
      selector: `edge[type = "${t.type}"]:selected, edge[type = "${t.type}"].hover`,
      style: { 'line-style': t.lineStyle, ...(t.lineStyle === 'dashed' ? { 'line-dash-pattern': [7, 4] } : {}) },
    })),
    // What the full stylesheet gives every edge, for the one being hovered or selected.
    { selector: 'edge:selected, edge.hover', style: { 'font-family': CANVAS_FONT, 'font-size': 9, color: MUTED, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '2px' } },
    { selector: 'node:selected, node.hover, node.path, node.found', style: { 'text-outline-color': '#ffffff', 'text-outline-width': 2, color: INK } },
    ...stateRules(options.lang),
  ];
}

/**
 * The render benchmark's synthetic graphs, as the API would return them, shared by the page (drawn in
 * Chromium) and the quality figures (computed in Node from the positions that landed).
 */
import type { Entity, Relation } from '../../client/src/api/types.js';

const KINDS = ['PERSON', 'ORGANIZATION', 'MODEL', 'PRODUCT', 'PLACE', 'CONCEPT'];
const TYPES = ['ENDORSES', 'DOUBTS', 'HOSTS', 'DEVELOPED', 'WORKS_FOR', 'BASED_IN', 'RIVALS'];

export interface BenchGraph {
  nodes: Entity[];
  edges: Relation[];
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function builder(n: number) {
  const nodes: Entity[] = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`, name: `Entity ${i}`, nameAr: `كيان ${i}`, kind: KINDS[i % KINDS.length] ?? 'PERSON',
    aliases: [], description: null, degree: 0,
  }));
  const edges: Relation[] = [];
  const link = (a: number, b: number, k: number) => {
    const type = TYPES[k % TYPES.length] ?? 'ENDORSES';
    edges.push({
      id: `e${a}>${type}>e${b}@bench`, type, from: { id: `e${a}` }, to: { id: `e${b}` },
      claim: null, claimAr: null, role: null, quoteAr: 'قال إن النموذج يضاهي في الأداء النماذج الملكية.', quoteEn: 'He said the model matches proprietary models.',
      source: { id: 'bench', url: null, title: 'Bench', outlet: null, date: null },
    });
    const from = nodes[a];
    const to = nodes[b];
    if (from) from.degree++;
    if (to) to.degree++;
  };
  return { nodes, edges, link };
}

/** n entities and 2n relations (a ring plus skewed long links): one component. */
export function benchGraph(n: number): BenchGraph {
  const next = random(12345);
  const { nodes, edges, link } = builder(n);
  for (let i = 0; i < n; i++) {
    link(i, (i + 1) % n, i);
    link(i, Math.floor(n * next() ** 2), i + 3);
  }
  return { nodes, edges };
}

/**
 * n entities in many components, as a filtered or merged view gives them: one holding half the nodes,
 * then each next one half the size of the one before, a tail of pairs and triples, and 2% loose nodes.
 * Inside each, the bench graph's pattern (a ring plus skewed links within the component).
 */
export function componentsGraph(n: number): BenchGraph {
  const next = random(777);
  const { nodes, edges, link } = builder(n);
  const loose = Math.round(n * 0.02);
  let start = 0;
  let size = Math.floor((n - loose) / 2);
  let k = 0;
  while (start < n - loose) {
    const count = Math.min(Math.max(2, size), n - loose - start);
    for (let i = 0; i < count; i++) {
      if (count > 1 && (count > 2 || i === 0)) link(start + i, start + ((i + 1) % count), k++);
      if (count > 3) link(start + i, start + Math.floor(count * next() ** 2), k++);
    }
    start += count;
    size = size > 8 ? Math.floor(size / 2) : 2 + (start % 2);
  }
  return { nodes, edges };
}

/** Typed fixture factories for the client's unit tests: small DTOs with overridable defaults. */
import type { Entity, Relation, Subgraph } from '../../client/src/api/types.js';

export function entity(overrides: Partial<Entity> & { id: string }): Entity {
  return {
    name: overrides.id.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    nameAr: null,
    kind: 'ORGANIZATION',
    aliases: [],
    description: null,
    degree: 1,
    ...overrides,
  };
}

export function relation(from: string, type: string, to: string, overrides: Partial<Relation> = {}): Relation {
  return {
    id: `${from}>${type}>${to}@article`,
    type,
    from: { id: from },
    to: { id: to },
    claim: null,
    claimAr: null,
    role: null,
    quoteAr: null,
    quoteEn: null,
    source: { id: 'article', url: 'https://example.org/a', title: 'An article', outlet: 'Outlet', date: null },
    ...overrides,
  };
}

/** A small slice of the article's graph: a doubter, an endorser, a host and a structural edge. */
export function sampleGraph(): Subgraph {
  return {
    nodes: [
      entity({ id: 'deepseek', name: 'DeepSeek', nameAr: 'ديب سيك', kind: 'ORGANIZATION', degree: 4 }),
      entity({ id: 'yann-lecun', name: 'Yann LeCun', nameAr: 'يان ليكون', kind: 'PERSON', degree: 2 }),
      entity({ id: 'sean-kim', name: 'Sean Kim', kind: 'PERSON' }),
      entity({ id: 'r1', name: 'R1', kind: 'MODEL', degree: 3 }),
      entity({ id: 'azure', name: 'Azure', kind: 'PRODUCT' }),
      entity({ id: 'hangzhou', name: 'Hangzhou', nameAr: 'هانغتشو', kind: 'PLACE' }),
      entity({ id: 'open-source-ai', name: 'Open-source AI', kind: 'CONCEPT' }),
    ],
    edges: [
      relation('yann-lecun', 'DOUBTS', 'deepseek', { claim: 'China overtaking the US', quoteAr: 'قال يان ليكون', quoteEn: 'Yann LeCun said' }),
      relation('sean-kim', 'ENDORSES', 'deepseek', { claim: 'backed by US tech' }),
      relation('azure', 'HOSTS', 'r1'),
      relation('deepseek', 'DEVELOPED', 'r1'),
      relation('deepseek', 'BASED_IN', 'hangzhou'),
      relation('yann-lecun', 'ENDORSES', 'open-source-ai'),
    ],
    truncated: false,
  };
}

/**
 * Query resolvers: check the arguments, call one gateway function (or a loader), prime the loaders with
 * the entities that came back, return.
 */
import { parseRelationId } from '../db/map.js';
import type { SubgraphModel } from '../db/models.js';
import { apiError, badInput, ErrorCode } from '../errors.js';
import type { QueryResolvers } from '../schema/resolvers-types.js';
import { kindFilter, relationTypes } from './allowlist.js';
import type { ApiContext } from './context.js';
import { idArg, idsArg, intArg, LIMITS, textArg } from './limits.js';
import { includeFor } from './selection.js';

export const queryResolvers: QueryResolvers = {
  entity: (_, { id }, { loaders }) => loaders.entity.load(idArg('id', id)),

  async entities(_, args, { gateway, loaders, vocabulary }, info) {
    const first = intArg('first', args.first, 50, 0, LIMITS.first);
    const after = args.after == null ? null : decodeCursor(args.after);
    const page = await gateway.entitiesPage({ kinds: kindFilter(vocabulary, args.kinds), limit: first, after }, includeFor(info));
    const last = page.nodes.at(-1);
    return {
      nodes: loaders.prime(page.nodes),
      totalCount: page.totalCount,
      pageInfo: { endCursor: last ? encodeCursor(last.id) : null, hasNextPage: page.hasNextPage },
    };
  },

  async search(_, args, { gateway, loaders, vocabulary }, info) {
    const text = textArg('text', args.text);
    const first = intArg('first', args.first, 10, 0, LIMITS.first);
    const kinds = kindFilter(vocabulary, args.kinds);
    // Nothing asked for: an empty answer, no round trip.
    if (first === 0 || (kinds && kinds.labels.length === 0 && !kinds.other)) return [];
    const hits = await gateway.search({ text, kinds, first }, includeFor(info));
    loaders.prime(hits.map((h) => h.entity));
    return hits;
  },

  async neighborhood(_, args, { gateway, loaders, vocabulary }, info) {
    const ids = idsArg('ids', args.ids);
    const depth = intArg('depth', args.depth, 1, LIMITS.depth.min, LIMITS.depth.max);
    const limit = intArg('limit', args.limit, 200, 0, LIMITS.limit);
    if (ids.length === 0) return emptySubgraph();
    return primed(loaders, await gateway.neighborhood({ ids, depth, types: relationTypes(vocabulary, args.types), limit }, includeFor(info)));
  },

  async path(_, args, { gateway, loaders, vocabulary }, info) {
    const from = idArg('from', args.from);
    const to = idArg('to', args.to);
    const maxLength = intArg('maxLength', args.maxLength, 6, LIMITS.maxLength.min, LIMITS.maxLength.max);
    if (from === to) {
      const entity = await loaders.entity.load(from);
      return entity ? { length: 0, nodes: [entity], edges: [], articles: [] } : null;
    }
    const path = await gateway.shortestPath({ from, to, types: relationTypes(vocabulary, args.types), maxLength }, includeFor(info));
    if (path) {
      loaders.prime(path.nodes);
      loaders.primeArticles(path.edges, path.articles);
    }
    return path;
  },

  async stance(_, args, { gateway, loaders }, info) {
    const stance = await gateway.stance(idArg('target', args.target), includeFor(info));
    if (!stance) throw apiError(ErrorCode.NOT_FOUND, 'No entity has this id.');
    loaders.prime([stance.target]);
    const endorsements = loaders.unwrap(stance.endorsements);
    const doubts = loaders.unwrap(stance.doubts);
    loaders.primeArticles([...endorsements, ...doubts], stance.articles);
    return { target: stance.target, endorsements, doubts };
  },

  async graph(_, args, { gateway, loaders, vocabulary }, info) {
    const limit = intArg('limit', args.limit, 2000, 0, LIMITS.limit);
    const kinds = kindFilter(vocabulary, args.kinds);
    return primed(loaders, await gateway.wholeGraph({ kinds, types: relationTypes(vocabulary, args.types), limit }, includeFor(info)));
  },

  stats: (_, __, { gateway }) => gateway.stats(),

  articles: (_, __, { gateway }) => gateway.articles(),

  article: (_, { id }, { loaders }) => loaders.article.load(idArg('id', id)),

  async relation(_, args, { gateway, loaders, vocabulary }) {
    const key = parseRelationId(idArg('id', args.id));
    // A malformed or unknown id is simply not there: deep links go stale when the data changes.
    if (!key || !vocabulary.isRelationType(key.type)) return null;
    const found = await gateway.relationById(key);
    return found ? (loaders.unwrap([found])[0] ?? null) : null;
  },

  // The server's own allowlist: no round trip.
  vocabulary: (_, __, { vocabulary }) => ({
    kinds: vocabulary.kinds.map((k) => ({ kind: k.enum, label: k.label, description: k.description, color: k.color ?? null, shape: k.shape ?? null })),
    relationTypes: vocabulary.relationTypes.map((t) => ({
      type: t.type, group: t.group === 'claim' ? 'CLAIM' : 'STRUCTURAL', description: t.description, color: t.color ?? null, lineStyle: t.lineStyle ?? null,
    })),
  }),
};

function primed(loaders: ApiContext['loaders'], subgraph: SubgraphModel): SubgraphModel {
  loaders.prime(subgraph.nodes);
  loaders.primeArticles(subgraph.edges, subgraph.articles);
  return subgraph;
}

function emptySubgraph(): SubgraphModel {
  return { nodes: [], edges: [], truncated: false, totalNodes: 0, articles: [] };
}

/** Opaque to clients; it is the last id of the page, which is what `entities` orders by. */
export function encodeCursor(id: string): string {
  return Buffer.from(`e:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = cursor.length <= 400 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith('e:') || encodeCursor(decoded.slice(2)) !== cursor) {
    throw badInput('"after" is not a cursor from this API: pass pageInfo.endCursor of the previous page.');
  }
  return decoded.slice(2);
}

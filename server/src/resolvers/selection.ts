/**
 * Look-ahead: what the request selects below the field being resolved, so one statement reads exactly
 * what the answer needs — `degree` (a count per entity, the costliest part of an entity) and the cited
 * articles (`Relation.source`) only when some field below asks for them.
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { Include } from '../db/queries/fragments.js';

export function includeFor(info: GraphQLResolveInfo): Include {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        names.add(selection.name.value);
        walk(selection.selectionSet);
      } else if (selection.kind === 'InlineFragment') {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        // Fragments may be spread many times; each is read once (validation already refused cycles).
        seen.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  // Only Entity has `degree` and only Relation has `source`, so a name anywhere below is enough.
  return { degree: names.has('degree'), articles: names.has('source') };
}

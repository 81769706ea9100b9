/**
 * The `Kind` and `RelationType` enums, generated from the dataset's allowlist so the API can only ever
 * name labels and types the dataset defines.
 */
import { OTHER_KIND, type Vocabulary } from '../vocabulary.js';

export function createEnumTypeDefs(vocabulary: Vocabulary): string {
  const kinds = [
    ...vocabulary.kinds.map((k) => `  ${describe(`${k.description} (label \`${k.label}\`)`)}\n  ${k.enum}`),
    `  ${describe('No kind label from the vocabulary: data the loader never checked (`npm run check` lists it), shown rather than breaking a view.')}\n  ${OTHER_KIND}`,
  ];
  const types = vocabulary.relationTypes.map((t) => `  ${describe(t.description)}\n  ${t.type}`);
  return [
    `${describe('What an entity is: one per kind label in the vocabulary (cypher/vocabulary.json and what folders loaded with `--dir` added), and OTHER.')}\nenum Kind {\n${kinds.join('\n')}\n}`,
    `${describe('How two entities are related: one per relationship type in the vocabulary.')}\nenum RelationType {\n${types.join('\n')}\n}`,
  ].join('\n\n');
}

// A GraphQL string literal; JSON's escaping is a subset of GraphQL's, so any description is safe here.
function describe(text: string): string {
  return JSON.stringify(text);
}

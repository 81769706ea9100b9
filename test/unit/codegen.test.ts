/**
 * The generated types are what the generator makes of the SDL and the client's documents now, and the
 * generator refuses a document the schema cannot answer — so a typo in a document, a schema change the
 * client did not follow, or a forgotten `npm run codegen` fails the test command.
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientDocuments, committed, generateAll } from '../../scripts/codegen.js';

describe('generated types (scripts/codegen.ts)', () => {
  it('every generated file is up to date: run `npm run codegen` and commit the result if not', { timeout: 60_000 }, async () => {
    const files = await generateAll();
    expect(files.map((f) => f.file).sort()).toEqual([
      'client/src/api/generated/operations.ts', 'client/src/api/generated/schema-enums.ts', 'server/src/schema/resolvers-types.ts',
    ]);
    for (const f of files) expect(committed(f.file), f.file).toBe(f.content);
  });

  it('reads every .graphql document of client/src/api, the console examples included', () => {
    const names = clientDocuments().flatMap((d) => d.document?.definitions ?? []).map((d) => ('name' in d ? d.name?.value : undefined));
    expect(names).toEqual(expect.arrayContaining(['Graph', 'Neighborhood', 'Search', 'EntityDetail', 'Path', 'Stance', 'Relation', 'Stats',
      'WhoEndorsesOrDoubtsDeepSeek', 'DeepSeekAndItsNeighbours', 'SearchArabicToo', 'CountsPerKindAndType', 'EntityFields']));
  });

  it('refuses a document that asks for a field the schema does not have, naming it', { timeout: 60_000 }, async () => {
    const typo = { location: 'typo.graphql', document: parse('query Typo { stats { nodes relashionships } }') };
    await expect(generateAll([...clientDocuments(), typo])).rejects.toThrow(/Cannot query field "relashionships" on type "Stats"/);
  });

  it('refuses an operation whose variable has a type the schema does not know', { timeout: 60_000 }, async () => {
    const typo = { location: 'typo.graphql', document: parse('query Typo($k: [Kinds!]) { graph(kinds: $k) { truncated } }') };
    await expect(generateAll([typo])).rejects.toThrow(/Unknown type "Kinds"/);
  });
});

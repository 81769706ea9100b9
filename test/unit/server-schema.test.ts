import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvers } from '../../server/src/resolvers/index.js';
import { createTypeDefs, printTypeDefs } from '../../server/src/schema/type-defs.js';
import { additions, createVocabulary, loadVocabulary, mergeVocabularyDocs, parseVocabularyDoc, vocabularyOf, type Vocabulary } from '../../server/src/vocabulary.js';

let vocabulary: Vocabulary;
let schema: GraphQLSchema;

beforeAll(() => {
  vocabulary = loadVocabulary();
  schema = buildSchema(createTypeDefs(vocabulary));
});

describe('SDL', () => {
  it('keeps the contract of issue 4: names, arguments and types', () => {
    const contract: Record<string, string> = {
      'Query.entity': 'entity(id: ID!): Entity',
      'Query.entities': 'entities(kinds: [Kind!], first: Int = 50, after: String): EntityConnection!',
      'Query.search': 'search(text: String!, kinds: [Kind!], first: Int = 10): [SearchHit!]!',
      'Query.neighborhood': 'neighborhood(ids: [ID!]!, depth: Int = 1, types: [RelationType!], limit: Int = 200): Subgraph!',
      'Query.path': 'path(from: ID!, to: ID!, types: [RelationType!], maxLength: Int = 6): Path',
      'Query.stance': 'stance(target: ID!): Stance!',
      'Query.graph': 'graph(kinds: [Kind!], types: [RelationType!], limit: Int = 2000): Subgraph!',
      'Query.stats': 'stats: Stats!',
      'Query.articles': 'articles: [Article!]!',
      'Entity.relations': 'relations(direction: Direction = BOTH, types: [RelationType!], first: Int = 50): [Relation!]!',
      'Entity.kind': 'kind: Kind!',
      'Entity.degree': 'degree: Int!',
      'Relation.from': 'from: Entity!',
      'Relation.source': 'source: Article',
      'Subgraph.truncated': 'truncated: Boolean!',
      'Stance.endorsements': 'endorsements: [Relation!]!',
      'Stats.byKind': 'byKind: [KindCount!]!',
      'EntityConnection.pageInfo': 'pageInfo: PageInfo!',
      'PageInfo.hasNextPage': 'hasNextPage: Boolean!',
    };
    for (const [path, expected] of Object.entries(contract)) {
      const [typeName = '', fieldName = ''] = path.split('.');
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      const field = type.getFields()[fieldName];
      expect(field, path).toBeDefined();
      if (!field) continue;
      const args = field.args.map((a) => `${a.name}: ${String(a.type)}${a.defaultValue === undefined ? '' : ` = ${JSON.stringify(a.defaultValue).replace(/"/g, '')}`}`);
      expect(`${field.name}${args.length ? `(${args.join(', ')})` : ''}: ${String(field.type)}`, path).toBe(expected);
    }
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('generates Kind and RelationType from cypher/vocabulary.json, without the article-level types, and OTHER for entities with no kind', () => {
    const sdl = printTypeDefs(vocabulary);
    const values = (name: string) => sdl.match(new RegExp(`enum ${name} \\{([^}]*)\\}`))?.[1]?.match(/^\s+([A-Z_]+)$/gm)?.map((v) => v.trim());
    expect(values('Kind')).toEqual([...vocabulary.kinds.map((k) => k.enum), 'OTHER']);
    expect(values('RelationType')).toEqual(vocabulary.relationTypes.map((t) => t.type));
    expect(values('RelationType')).not.toContain('MENTIONS');
    expect(values('Kind')).toEqual(expect.arrayContaining(['PERSON', 'ORGANIZATION', 'MODEL', 'PRODUCT', 'PLACE']));
  });

  it('checks the allowlist: names only, no duplicates', () => {
    const good = { kinds: [{ label: 'Person', enum: 'PERSON' }], relationTypes: [{ type: 'ENDORSES' }] };
    expect(createVocabulary(good).kindLabel('PERSON')).toBe('Person');
    expect(() => createVocabulary({ ...good, kinds: [{ label: 'Person`) DETACH DELETE n //', enum: 'PERSON' }] })).toThrow(/not a plain name/);
    expect(() => createVocabulary({ ...good, relationTypes: [{ type: 'A' }, { type: 'A' }] })).toThrow(/duplicate/);
    expect(() => createVocabulary({ ...good, kinds: [] })).toThrow(/non-empty/);
    expect(() => createVocabulary({ ...good, kinds: [{ label: 'Stray', enum: 'OTHER' }] })).toThrow(/reserved/);
    expect(() => createVocabulary({ ...good, kinds: [{ label: 'Person', enum: 'PERSON', color: 'red' }] })).toThrow(/#rrggbb/);
    expect(() => createVocabulary({ ...good, kinds: [{ label: 'Person', enum: 'PERSON', shape: 'star' }] })).toThrow(/one of ellipse/);
  });

  it('a folder\'s vocabulary adds kinds and relation types to the base, and may not redefine one', () => {
    const base = vocabulary.doc;
    const own = parseVocabularyDoc({
      kinds: [{ label: 'Spacecraft', enum: 'SPACECRAFT', description: 'Vehicles for space.', color: '#1A2B3C', shape: 'diamond' }, { label: 'Person', enum: 'PERSON' }],
      relationTypes: [{ type: 'LAUNCHED', group: 'claim', lineStyle: 'dashed' }],
    }, 'mine/vocabulary.json', { partial: true });
    expect(() => parseVocabularyDoc({ kinds: [] }, 'base')).toThrow(/non-empty/);
    const added = additions(base, own);
    expect(added?.kinds.map((k) => k.label)).toEqual(['Spacecraft']);
    expect(additions(base, parseVocabularyDoc({ kinds: [{ label: 'Person', enum: 'PERSON' }] }, 'same', { partial: true }))).toBeNull();
    const merged = vocabularyOf(mergeVocabularyDocs(base, { doc: own, from: 'mine/vocabulary.json' }));
    expect(merged.kinds.map((k) => k.enum)).toEqual([...vocabulary.kinds.map((k) => k.enum), 'SPACECRAFT']);
    expect(merged.kinds.at(-1)).toMatchObject({ color: '#1a2b3c', shape: 'diamond' });
    expect(merged.relationTypes.at(-1)).toEqual({ type: 'LAUNCHED', description: '', group: 'claim', lineStyle: 'dashed' });
    expect(merged.kindOf(['Entity', 'Spacecraft'])).toBe('SPACECRAFT');
    const clash = (doc: unknown) => () => mergeVocabularyDocs(base, { doc: parseVocabularyDoc(doc, 'mine/vocabulary.json', { partial: true }), from: 'mine/vocabulary.json' });
    expect(clash({ kinds: [{ label: 'Person', enum: 'HUMAN' }] })).toThrow(/mine\/vocabulary.json: kind Person \(HUMAN\) clashes with Person \(PERSON\)/);
    expect(clash({ kinds: [{ label: 'Human', enum: 'PERSON' }] })).toThrow(/clashes/);
    expect(clash({ relationTypes: [{ type: 'MENTIONS' }] })).toThrow(/already an article relation type/);
  });
});

describe('resolvers', () => {
  it('every field of every object type has a resolver, and no resolver is left without a field', () => {
    const map = resolvers as unknown as Record<string, Record<string, unknown>>;
    const objects = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'));
    expect(Object.keys(map).sort()).toEqual(objects.map((t) => t.name).sort());
    for (const type of objects) {
      if (!isObjectType(type)) continue;
      expect(Object.keys(map[type.name] ?? {}).sort(), type.name).toEqual(Object.keys(type.getFields()).sort());
      for (const [field, resolver] of Object.entries(map[type.name] ?? {})) expect(typeof resolver, `${type.name}.${field}`).toBe('function');
    }
  });
});

/**
 * Generates `schema-types.ts` from the SDL: argument types and a `Resolvers` map in which every field of
 * every object type must have a resolver of the right shape. The resolvers are type-checked against the
 * schema this way, and a unit test fails when the file is stale. Regenerate after editing a .graphql file:
 *   npx tsx server/src/schema/codegen.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type GraphQLType,
} from 'graphql';
import { loadVocabulary } from '../vocabulary.js';
import { createTypeDefs } from './type-defs.js';

const SCALARS: Record<string, string> = { ID: 'string', String: 'string', Int: 'number', Float: 'number', Boolean: 'boolean' };
/** Enums built from the dataset at startup: typed as strings so a vocabulary edit does not change this file. */
const DATA_ENUMS = new Set(['Kind', 'RelationType']);

export const generatedTypesFile = fileURLToPath(new URL('./schema-types.ts', import.meta.url));

export function generateTypes(schema: GraphQLSchema): string {
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
  const objects = types.filter(isObjectType);
  const out: string[] = [
    '// Generated from the SDL by server/src/schema/codegen.ts (`npx tsx server/src/schema/codegen.ts`). Do not edit.',
    "import type { GraphQLResolveInfo } from 'graphql';",
    '',
    'type Awaitable<T> = T | Promise<T>;',
    'export type FieldResolver<P, A, C, R> = (parent: P, args: A, context: C, info: GraphQLResolveInfo) => Awaitable<R>;',
    '',
  ];
  for (const type of types) {
    if (isEnumType(type)) {
      const union = DATA_ENUMS.has(type.name) ? 'string' : type.getValues().map((v) => `'${v.name}'`).join(' | ');
      out.push(`export type ${type.name} = ${union};`);
    } else if (isInputObjectType(type)) {
      throw new Error(`codegen: input types are not supported yet (${type.name})`);
    }
  }
  out.push('');
  for (const type of objects) {
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      out.push(`export interface ${argsName(type, field)} {`);
      for (const arg of field.args) out.push(`  ${arg.name}: ${inputType(arg)};`);
      out.push('}');
    }
  }
  out.push('');
  out.push(`export type ObjectTypeName = ${objects.map((t) => `'${t.name}'`).join(' | ')};`);
  out.push('');
  out.push('/** `M` maps each object type to the value its resolvers receive as parent; `C` is the context. */');
  out.push('export interface Resolvers<M extends Record<ObjectTypeName, unknown>, C> {');
  for (const type of objects) {
    out.push(`  ${type.name}: {`);
    for (const field of Object.values(type.getFields())) {
      const args = field.args.length ? argsName(type, field) : 'Record<string, never>';
      out.push(`    ${field.name}: FieldResolver<M['${type.name}'], ${args}, C, ${outputType(field.type)}>;`);
    }
    out.push('  };');
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

function argsName(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string {
  return `${type.name}${field.name[0]?.toUpperCase() ?? ''}${field.name.slice(1)}Args`;
}

// A nullable argument can still be sent as an explicit null, even when it has a default.
function inputType(arg: GraphQLArgument): string {
  if (isNonNullType(arg.type)) return inner(arg.type.ofType);
  return `${inner(arg.type)} | null${arg.defaultValue === undefined ? ' | undefined' : ''}`;

  function inner(type: GraphQLType): string {
    if (isNonNullType(type)) return inner(type.ofType);
    if (isListType(type)) return `readonly ${wrap(inputElement(type.ofType))}[]`;
    return named(type);
  }
  function inputElement(type: GraphQLType): string {
    return isNonNullType(type) ? inner(type.ofType) : `${inner(type)} | null`;
  }
}

function outputType(type: GraphQLType): string {
  if (isNonNullType(type)) {
    const t = type.ofType;
    return isListType(t) ? `readonly ${wrap(outputType(t.ofType))}[]` : named(t, true);
  }
  if (isListType(type)) return `readonly ${wrap(outputType(type.ofType))}[] | null | undefined`;
  return `${named(type, true)} | null | undefined`;
}

function named(type: GraphQLType, output = false): string {
  if (isScalarType(type)) {
    const ts = SCALARS[type.name];
    if (!ts) throw new Error(`codegen: unknown scalar ${type.name}`);
    return ts;
  }
  if (isEnumType(type)) return type.name;
  if (isObjectType(type) && output) return `M['${type.name}']`;
  throw new Error(`codegen: unsupported type ${String(type)}`);
}

function wrap(type: string): string {
  return type.includes(' ') ? `(${type})` : type;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(generatedTypesFile, generateTypes(buildSchema(createTypeDefs(loadVocabulary()))));
  console.log(`wrote ${generatedTypesFile}`);
}

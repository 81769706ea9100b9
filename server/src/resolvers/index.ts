/**
 * The resolver map, checked field by field against the SDL through the generated `Resolvers` type
 * (scripts/codegen.ts): every field of every object type has a resolver of the right shape for its model.
 */
import type { Resolvers } from '../schema/resolvers-types.js';
import { fieldResolvers } from './fields.js';
import { queryResolvers } from './query.js';

/**
 * Without enum resolvers: they map an enum's values to internal ones, and Kind and RelationType have no
 * values until the vocabulary gives them some at startup (Direction's are used as they are).
 */
export type ObjectResolvers = Omit<Resolvers, 'Kind' | 'RelationType'>;

export const resolvers: ObjectResolvers = { Query: queryResolvers, ...fieldResolvers };

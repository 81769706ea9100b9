/** The resolver map, checked field by field against the SDL through the generated `Resolvers` type. */
import type { Resolvers } from '../schema/schema-types.js';
import type { ApiContext } from './context.js';
import { fieldResolvers } from './fields.js';
import type { ApiModels } from './models.js';
import { queryResolvers } from './query.js';

export const resolvers: Resolvers<ApiModels, ApiContext> = { Query: queryResolvers, ...fieldResolvers };

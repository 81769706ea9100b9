/** What every resolver gets: the request's gateway (its deadline inside) and its loaders. */
import type { Gateway } from '../db/gateway.js';
import type { Vocabulary } from '../vocabulary.js';
import type { Loaders } from './loaders.js';

export interface ApiContext {
  gateway: Gateway;
  loaders: Loaders;
  vocabulary: Vocabulary;
}

/**
 * Prints the API's SDL, generated enums included, for client codegen:
 *   npx tsx server/src/schema/print.ts > schema.graphql
 */
import { loadVocabulary } from '../vocabulary.js';
import { printTypeDefs } from './type-defs.js';

process.stdout.write(printTypeDefs(loadVocabulary()));

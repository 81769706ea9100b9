/**
 * The errors users see. Each is a GraphQLError with `extensions.code`; anything else a resolver throws
 * is masked by yoga ("Unexpected error."), so raw Neo4j messages and stack traces never leave the server.
 */
import type { GraphQLError } from 'graphql';
// Made through yoga so the error is an instance of the very `graphql` copy yoga checks against (Vite,
// in the tests, would otherwise hand this module graphql's .mjs build and yoga its .js build).
import { createGraphQLError } from 'graphql-yoga';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  READ_ONLY: 'READ_ONLY',
  /** graphql-armor refused the query's shape (depth, aliases, tokens, directives, cost). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code } });
}

export function badInput(message: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message);
}

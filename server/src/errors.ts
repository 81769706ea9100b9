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
  /** Neo4j refused the statement's memory (transaction or pool limit): the question is too big, not Neo4j gone. */
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  /** More requests than this server lets through to Neo4j at once, and no room for this one within its budget. */
  SERVER_BUSY: 'SERVER_BUSY',
  READ_ONLY: 'READ_ONLY',
  /** graphql-armor refused the query's shape (depth, aliases, tokens, directives, cost). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The HTTP request body is over MAX_REQUEST_BYTES (status 413). */
  REQUEST_ENTITY_TOO_LARGE: 'REQUEST_ENTITY_TOO_LARGE',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code } });
}

export function badInput(message: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message);
}

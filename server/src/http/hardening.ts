/**
 * Limits on the shape of a query, checked before anything runs: depth, aliases, tokens, directives and
 * a cost estimate (graphql-armor), and no "did you mean" field suggestions that map the schema for an
 * attacker. Argument bounds are the resolvers' job (resolvers/limits.ts).
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type FetchAPI, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

export const QUERY_LIMITS = {
  /** entity.relations.to.relations.to.relations.to... : 8 levels is three hops with room for names. */
  maxDepth: 8,
  maxAliases: 15,
  /** GraphiQL's own introspection query fits with room to spare. */
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 5000,
} as const;

export function useHardening(): Plugin[] {
  // Armor's errors carry no code; clients branch on codes, so each rejection gets one.
  const reject = { exposeLimits: true, onReject: [tagRejection] };
  const armor = new EnvelopArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...reject },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...reject },
    maxTokens: { n: QUERY_LIMITS.maxTokens, ...reject },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...reject },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true, ...reject },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect().plugins as Plugin[];
}

function tagRejection(_context: unknown, error: GraphQLError): void {
  (error.extensions as Record<string, unknown>).code = ErrorCode.QUERY_TOO_COMPLEX;
}

/**
 * Every error a client sees carries `extensions.code`, so clients branch on codes, never on messages.
 * graphql-js leaves a few request-level errors without one (a variable of the wrong type, an operation
 * type the schema does not have); errors inside resolvers already have theirs, or are masked.
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!single || !('errors' in single) || !Array.isArray(single.errors)) continue;
        for (const error of single.errors) {
          const extensions = error.extensions as Record<string, unknown> | undefined;
          if (!extensions || typeof extensions.code === 'string') continue;
          extensions.code = error.message.startsWith('Variable "$') ? ErrorCode.BAD_USER_INPUT : 'BAD_REQUEST';
        }
      }
    },
  };
}

/** The largest request body taken: a console query with its variables is a few KB. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * Bodies over `limit` bytes get 413 REQUEST_ENTITY_TOO_LARGE (yoga's own limit is off in createApp).
 * A declared Content-Length is checked before anything is read — Node's parser takes no byte past it —
 * and only a body without one (chunked) is counted as it streams. yoga counts every body through a
 * TransformStream, which cost about 80 µs a request, half of its own overhead.
 */
export function useRequestSizeLimit(limit = MAX_REQUEST_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      // Node refuses a malformed Content-Length itself; should another runtime pass one, it is counted.
      if (declared !== null && /^\d+$/.test(declared)) {
        if (Number(declared) > limit) throw tooLarge(limit);
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((req) => parse(countedBody(req, limit, fetchAPI)));
    },
  };
}

function countedBody(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  let bytes = 0;
  // A native stream pipes only into a native TransformStream, the ponyfill's into its own.
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const body = request.body?.pipeThrough(new Transform<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      bytes += chunk.byteLength;
      if (bytes > limit) controller.error(tooLarge(limit));
      else controller.enqueue(chunk);
    },
  }));
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}

function tooLarge(limit: number): GraphQLError {
  return createGraphQLError(`The request body is over ${limit / (1024 * 1024)} MB.`, {
    extensions: { code: ErrorCode.REQUEST_ENTITY_TOO_LARGE, http: { status: 413 } },
  });
}

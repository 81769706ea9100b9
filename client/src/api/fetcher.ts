/**
 * The transport, GraphiQL-style: everything above depends on the `Fetcher` function type, never on
 * `fetch` itself, so tests hand in a fake and the console can send any document.
 */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
}

export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** What a GraphQL server answers: `data` and/or `errors`. */
export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorShape[];
}

export type Fetcher = (request: GraphQLRequest, options?: { signal?: AbortSignal }) => Promise<GraphQLResponse>;

export type ApiErrorKind = 'network' | 'http' | 'graphql' | 'unavailable';

/** Everything that can go wrong talking to the API, sorted into what a person can act on. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly codes: string[];
  constructor(kind: ApiErrorKind, message: string, codes: string[] = []) {
    super(message);
    this.kind = kind;
    this.codes = codes;
  }
}

export interface HttpFetcherOptions {
  /** @default '/graphql' */
  url?: string;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

export function createHttpFetcher(options: HttpFetcherOptions = {}): Fetcher {
  const url = options.url ?? '/graphql';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return async (request, { signal } = {}) => {
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify(request),
        signal: signal ?? null,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError('network', 'Cannot reach the API. Check that the server is running, then retry.');
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) {
      throw new ApiError(response.status >= 500 ? 'unavailable' : 'http', `The API answered ${response.status} ${response.statusText}`.trim() + '.');
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError('http', `The API sent an unreadable answer (${response.status}).`);
    }
    if (typeof body !== 'object' || body === null) throw new ApiError('http', 'The API sent an unexpected answer.');
    return body as GraphQLResponse;
  };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Turns a response with errors into one ApiError; used by the typed API, not by the console (which shows them). */
export function errorFromResponse(response: GraphQLResponse): ApiError | undefined {
  const errors = response.errors ?? [];
  if (errors.length === 0) return undefined;
  const codes = errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
  if (codes.includes('DATABASE_UNAVAILABLE')) {
    return new ApiError('unavailable', 'The database is unavailable right now. The explorer will work again once it is back; retry in a moment.', codes);
  }
  const messages = [...new Set(errors.map((e) => e.message))];
  return new ApiError('graphql', messages.join(' · '), codes);
}

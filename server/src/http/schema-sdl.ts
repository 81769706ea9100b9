import type { Plugin } from 'graphql-yoga';

/** The SDL (generated enums included) at `/graphql/schema.graphql`, for client codegen and docs. */
export function useSchemaSdl(options: { sdl: string }): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql/schema.graphql' && url.pathname !== '/schema.graphql') return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : options.sdl, {
        status: 200,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' },
      }));
    },
  };
}

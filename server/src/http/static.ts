import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * The page is served under a strict policy: no inline script, nothing from other origins.
 * Styles: the client ships its CSS as files; Cytoscape only sets element.style through the CSSOM,
 * which `style-src 'self'` allows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Serves the built client (a folder with index.html) at `/`; GraphQL stays at `/graphql`. */
export function useStaticClient(options: { dir: string }): Plugin {
  const root = path.resolve(options.dir);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
      if (url.pathname.startsWith('/graphql')) return undefined;
      const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
      const file = path.resolve(root, relative);
      if (file !== root && !file.startsWith(root + path.sep)) return undefined;
      return serve(file, root).then((found) => {
        if (!found) return;
        const headers: Record<string, string> = {
          'content-type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          // Vite puts a content hash in asset names; index.html must always be revalidated.
          'cache-control': found.file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        };
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : found.body, { status: 200, headers }));
      });
    },
  };
}

async function serve(file: string, root: string): Promise<{ file: string; body: Uint8Array<ArrayBuffer> } | undefined> {
  try {
    if ((await stat(file)).isFile()) return { file, body: new Uint8Array(await readFile(file)) };
  } catch {
    // not a file: fall through to the single-page fallback below
  }
  // Deep links like /?node=deepseek are handled by the page; unknown paths without an extension get index.html.
  if (path.extname(file) === '') {
    const index = path.join(root, 'index.html');
    try {
      return { file: index, body: new Uint8Array(await readFile(index)) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

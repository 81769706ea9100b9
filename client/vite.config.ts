/**
 * The client is built from client/ into <repo>/dist/client, which the server serves at `/` under a
 * strict CSP. In development `vite` serves it and proxies the API to the server on PORT (default 4000).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const api = `http://127.0.0.1:${process.env.PORT ?? '4000'}`;

export default defineConfig({
  root: here,
  base: '/',
  publicDir: path.join(here, 'public'),
  build: {
    outDir: path.resolve(here, '..', 'dist', 'client'),
    emptyOutDir: true,
    // Nothing inlined as data: URLs — fonts must come from 'self' under the CSP (font-src 'self').
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api },
      '/ready': { target: api },
    },
  },
});

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, found from this file whether it runs from source or from dist/. */
export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** The dataset `npm start`, `npm run load`, docker compose and the tests apply. */
export const defaultCypherDir = path.join(projectRoot, 'cypher');

/** The built client (`npm run build`), served at `/`. */
export const defaultClientDir = path.join(projectRoot, 'dist', 'client');

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

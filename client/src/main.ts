/** Entry point: one fetcher, one API, one explorer on the page. */
import { createApi } from './api/api.js';
import { createHttpFetcher } from './api/fetcher.js';
import { createExplorer, type ExplorerProbe } from './app/explorer.js';

declare global {
  interface Window {
    /** Read-only probe for tests and debugging (see ExplorerProbe). */
    explorer?: ExplorerProbe;
  }
}

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
window.explorer = createExplorer({ root, api: createApi(createHttpFetcher({ url: '/graphql' })) });

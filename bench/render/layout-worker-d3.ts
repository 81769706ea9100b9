/**
 * For the render benchmark's side-by-side figures only: client/src/graph/layout-worker.ts running the
 * d3-force layout (force-layout-d3.ts) instead of the client's own.
 */
import { answerLayoutRequests } from '../../client/src/graph/force-runner.js';
import { forceLayoutD3 } from './force-layout-d3.js';

answerLayoutRequests(forceLayoutD3);

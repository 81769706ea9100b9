/**
 * The big-graph force layout off the main thread: a module worker that receives the graph as typed arrays
 * and answers with the positions, so the page keeps drawing and answering input while it computes.
 * Started by force-runner.ts; served from the page's own origin (the CSP's `script-src 'self'` covers it).
 */
import { forceLayout } from './force-layout.js';
import { answerLayoutRequests } from './force-runner.js';

answerLayoutRequests(forceLayout);

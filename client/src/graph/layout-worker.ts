/**
 * The big-graph force layout off the main thread: a module worker that receives the graph as typed arrays
 * and answers with the positions, so the page keeps drawing and answering input while it computes.
 * Started by force-runner.ts; served from the page's own origin (the CSP's `script-src 'self'` covers it).
 */
import { forceLayout } from './force-layout.js';
import type { ForceRequest, ForceResponse } from './force-runner.js';

/** The worker's global scope, typed by hand: the project's lib is the DOM's, not the WebWorker one. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ForceRequest>) => void) | null;
  postMessage(message: ForceResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, input } = event.data;
  try {
    const positions = forceLayout(input);
    scope.postMessage({ id, positions }, [positions.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

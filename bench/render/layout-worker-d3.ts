/**
 * For the render benchmark's side-by-side figures only: client/src/graph/layout-worker.ts running the
 * d3-force layout (force-layout-d3.ts) instead of the client's own.
 */
import { forceLayoutD3 } from './force-layout-d3.js';
import type { ForceRequest, ForceResponse } from '../../client/src/graph/force-runner.js';

/** The worker's global scope, typed by hand: the project's lib is the DOM's, not the WebWorker one. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ForceRequest>) => void) | null;
  postMessage(message: ForceResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, input } = event.data;
  try {
    const positions = forceLayoutD3(input);
    scope.postMessage({ id, positions }, [positions.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

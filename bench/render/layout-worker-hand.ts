/**
 * For the side-by-side comparison only: client/src/graph/layout-worker.ts as it was with the hand-written
 * simulation (force-layout-hand.ts) that d3-force replaced.
 */
import { forceLayout } from './force-layout-hand.js';
import type { ForceRequest, ForceResponse } from '../../client/src/graph/force-runner.js';

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

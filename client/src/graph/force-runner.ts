/**
 * Runs the big-graph force layout (force-layout.ts) without blocking the page: in a module worker when
 * the browser has one, otherwise (headless tests, a worker that fails to start) in this thread after the
 * current task, so a first frame that is already queued is drawn first. One job at a time: a new run or
 * `cancel` stops the one in progress.
 */
import { forceLayout, type ForceInput } from './force-layout.js';

export interface ForceRequest {
  id: number;
  input: ForceInput;
}

export type ForceResponse = { id: number; positions: Float64Array } | { id: number; error: string };

export interface ForceRunner {
  /** Resolves with x, y per node; rejects with `CANCELLED` when a newer run or `cancel` replaced it. */
  run(input: ForceInput): Promise<Float64Array>;
  cancel(): void;
  dispose(): void;
}

export const CANCELLED = new Error('layout cancelled');

/**
 * The worker's side of the protocol: answers each request with `layout`'s positions (transferred, not
 * copied) or the error's message. Called once by the worker's entry (layout-worker.ts).
 */
export function answerLayoutRequests(layout: (input: ForceInput) => Float64Array): void {
  // The worker's global scope, typed by hand: the project's lib is the DOM's, not the WebWorker one.
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<ForceRequest>) => void) | null;
    postMessage(message: ForceResponse, transfer?: Transferable[]): void;
  };
  scope.onmessage = (event) => {
    const { id, input } = event.data;
    try {
      const positions = layout(input);
      scope.postMessage({ id, positions }, [positions.buffer]);
    } catch (error) {
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** The worker as Vite (and the render benchmark) bundle it: a separate file next to the page's script. */
export function createLayoutWorker(): Worker {
  return new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module', name: 'graph-layout' });
}

export function createForceRunner(options: { createWorker?: (() => Worker) | null } = {}): ForceRunner {
  let worker: Worker | undefined;
  /** Once a worker failed to load, this page computes in-thread. */
  let workerBroken = !options.createWorker;
  let current: { id: number; resolve(p: Float64Array): void; reject(e: Error): void; input: ForceInput } | undefined;
  let nextId = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const settle = (id: number, outcome: { positions: Float64Array } | { error: Error }) => {
    if (current?.id !== id) return;
    const job = current;
    current = undefined;
    if ('positions' in outcome) job.resolve(outcome.positions);
    else job.reject(outcome.error);
  };

  const inThread = (id: number, input: ForceInput) => {
    timer = setTimeout(() => {
      timer = undefined;
      try {
        settle(id, { positions: forceLayout(input) });
      } catch (error) {
        settle(id, { error: error instanceof Error ? error : new Error(String(error)) });
      }
    }, 0);
  };

  const startWorker = (): Worker | undefined => {
    if (worker || workerBroken) return worker;
    try {
      worker = options.createWorker?.() ?? undefined;
    } catch {
      worker = undefined;
    }
    if (!worker) {
      workerBroken = true;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<ForceResponse>) => {
      const data = event.data;
      settle(data.id, 'positions' in data ? { positions: data.positions } : { error: new Error(data.error) });
    };
    // The script did not load (or threw on start): finish the job here and stop trying workers.
    worker.onerror = (event) => {
      event.preventDefault();
      workerBroken = true;
      worker?.terminate();
      worker = undefined;
      if (current) inThread(current.id, current.input);
    };
    return worker;
  };

  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!current) return;
    const job = current;
    current = undefined;
    // A worker busy with an abandoned job would delay the next one: replace it.
    worker?.terminate();
    worker = undefined;
    job.reject(CANCELLED);
  };

  return {
    run(input) {
      cancel();
      const id = nextId++;
      return new Promise<Float64Array>((resolve, reject) => {
        current = { id, resolve, reject, input };
        const w = startWorker();
        if (w) {
          // Only what the layout needs crosses over; the copies are cheap next to the computation.
          w.postMessage({ id, input } satisfies ForceRequest);
        } else {
          inThread(id, input);
        }
      });
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = undefined;
    },
  };
}

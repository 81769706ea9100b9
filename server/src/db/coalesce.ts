/**
 * Read coalescing: a read asked for while the very same statement (text and parameters) is already
 * running joins it instead of running again. Everyone opening the explorer asks for the same first graph,
 * and under load those arrive together. Only reads in flight are shared: an answer is at most one
 * statement's time older than the request, never cached beyond that.
 */
import { ErrorCode } from '../errors.js';
import { queryTimeout } from './errors.js';

export interface Coalescable {
  cypher: string;
  params: Record<string, unknown>;
}

export interface CoalesceOptions {
  /** How long past a joiner's deadline it still waits for the shared answer. */
  graceMs: number;
}

/** Runs `run` once per distinct statement in flight; `T` is shared between askers, so nobody mutates it. */
export class ReadCoalescer<T> {
  readonly #inFlight = new Map<string, Promise<T>>();
  readonly #graceMs: number;

  constructor(options: CoalesceOptions) {
    this.#graceMs = options.graceMs;
  }

  /** Reads in flight right now (for tests). */
  get size(): number {
    return this.#inFlight.size;
  }

  /**
   * `run` starts the statement with the asker's own budget. Joining costs no statement; the joiner's own
   * budget still holds, and when the shared statement ran out of its first asker's budget, the joiner runs
   * it on its own.
   */
  read(query: Coalescable, deadline: number, run: () => Promise<T>): Promise<T> {
    const key = `${query.cypher}\u0000${JSON.stringify(query.params)}`;
    const running = this.#inFlight.get(key);
    if (running) {
      const own = running.catch((error: unknown) => {
        if (outOfBudget(error) && Date.now() < deadline) return run();
        throw error;
      });
      return this.#within(own, deadline);
    }
    const started = run();
    this.#inFlight.set(key, started);
    const forget = () => {
      if (this.#inFlight.get(key) === started) this.#inFlight.delete(key);
    };
    started.then(forget, forget);
    return started;
  }

  /** The shared answer, or QUERY_TIMEOUT when this asker's own budget (and grace) ends first. */
  async #within(shared: Promise<T>, deadline: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(queryTimeout()), Math.max(0, deadline - Date.now()) + this.#graceMs);
    });
    try {
      return await Promise.race([shared, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Errors that come from a request's budget running out (in Neo4j or in line), not from the question. */
function outOfBudget(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return code === ErrorCode.QUERY_TIMEOUT || code === ErrorCode.SERVER_BUSY;
}

/**
 * How many statements this server has in Neo4j at once. Past that, statements wait here in arrival order
 * instead of in Neo4j, where 50 concurrent statements on a small machine all slow each other down (and
 * hold a pooled connection each) until they all miss their budget together. A statement whose wait would
 * outlast its budget is refused at once with SERVER_BUSY, so an overloaded server answers fast and clearly.
 */
import { serverBusy } from './errors.js';

export interface GateOptions {
  /** Statements in Neo4j at once. */
  concurrency: number;
  /** Statements waiting at most; beyond that, refused at once. */
  maxWaiting: number;
}

interface Waiter {
  admit: (release: () => void) => void;
  refuse: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

/** Statements whose time in Neo4j is remembered for the wait estimate. */
const HOLD_WINDOW = 64;
/** Statements measured before the estimate is trusted (until then only the deadline refuses). */
const HOLDS_KNOWN = 16;

export class Gate {
  readonly #concurrency: number;
  readonly #maxWaiting: number;
  #running = 0;
  readonly #waiting: Waiter[] = [];
  /** How long the last HOLD_WINDOW statements held their place (ms), oldest first, and their sum. */
  readonly #holds: number[] = [];
  #holdSum = 0;

  constructor(options: GateOptions) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new Error('concurrency must be a positive integer');
    this.#concurrency = options.concurrency;
    this.#maxWaiting = options.maxWaiting;
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Resolves with a `release` function once the statement may run; rejects with SERVER_BUSY when it could
   * not start before `deadline` (estimated from the queue ahead of it, or because the deadline came).
   */
  enter(deadline: number): Promise<() => void> {
    if (this.#running < this.#concurrency) return Promise.resolve(this.#admit());
    if (this.#waiting.length >= this.#maxWaiting || Date.now() + this.#estimatedWait(this.#waiting.length + 1) > deadline) {
      return Promise.reject(serverBusy());
    }
    return new Promise((admit, refuse) => {
      const waiter: Waiter = {
        admit,
        refuse,
        timer: setTimeout(() => {
          const i = this.#waiting.indexOf(waiter);
          if (i !== -1) this.#waiting.splice(i, 1);
          refuse(serverBusy());
        }, Math.max(0, deadline - Date.now())),
      };
      this.#waiting.push(waiter);
    });
  }

  /**
   * How long the `ahead`-th in line will wait: every place frees up once per statement, so `ahead` waits
   * about ahead / concurrency statements' time. Measured by how long statements held a place lately, not
   * by how often they came: after a quiet spell the first burst is not taken for a slow server.
   */
  #estimatedWait(ahead: number): number {
    if (this.#holds.length < HOLDS_KNOWN) return 0;
    return Math.ceil(ahead / this.#concurrency) * (this.#holdSum / this.#holds.length);
  }

  #admit(): () => void {
    this.#running++;
    const admitted = Date.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#running--;
      const held = Date.now() - admitted;
      this.#holds.push(held);
      this.#holdSum += held;
      if (this.#holds.length > HOLD_WINDOW) this.#holdSum -= this.#holds.shift() ?? 0;
      this.#next();
    };
  }

  #next(): void {
    while (this.#running < this.#concurrency) {
      const waiter = this.#waiting.shift();
      if (!waiter) return;
      clearTimeout(waiter.timer);
      waiter.admit(this.#admit());
    }
  }
}

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

/** Releases remembered to measure how fast places free up (the wait estimate's rate). */
const RATE_WINDOW = 64;

export class Gate {
  readonly #concurrency: number;
  readonly #maxWaiting: number;
  #running = 0;
  readonly #waiting: Waiter[] = [];
  /** When the last RATE_WINDOW places were freed (epoch ms), oldest first. */
  readonly #releases: number[] = [];

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
   * How long the `ahead`-th in line will wait, at the rate places were freed lately (0 until that rate is
   * known: then only the deadline refuses).
   */
  #estimatedWait(ahead: number): number {
    const first = this.#releases[0];
    const last = this.#releases.at(-1);
    if (this.#releases.length < RATE_WINDOW || first === undefined || last === undefined || last === first) return 0;
    const perMs = (this.#releases.length - 1) / (last - first);
    return ahead / perMs;
  }

  #admit(): () => void {
    this.#running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#running--;
      this.#releases.push(Date.now());
      if (this.#releases.length > RATE_WINDOW) this.#releases.shift();
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

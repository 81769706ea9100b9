/**
 * Stale-answer guard. A search typed quickly or two expansions in a row race over the network; only the
 * newest call of a channel may deliver. An older one is aborted and, if it still answers, dropped.
 */
import { isAbort } from './fetcher.js';

/** Resolved value of a superseded call; callers ignore it. */
export const STALE: unique symbol = Symbol('stale');
export type Stale = typeof STALE;

export function createLatest<A extends unknown[], R>(run: (signal: AbortSignal, ...args: A) => Promise<R>): (...args: A) => Promise<R | Stale> {
  let current: AbortController | undefined;
  return async (...args) => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    try {
      const result = await run(controller.signal, ...args);
      return current === controller ? result : STALE;
    } catch (error) {
      if (current !== controller || isAbort(error)) return STALE;
      throw error;
    } finally {
      if (current === controller) current = undefined;
    }
  };
}

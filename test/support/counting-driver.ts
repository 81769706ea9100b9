/** A driver that counts statements on the wire: the round-trip tests and the round-trip benchmark share it. */
import type { Driver } from 'neo4j-driver';

/** Wraps a driver so every statement sent through it (session.run, transactions, executeQuery) is counted. */
export function countingDriver(driver: Driver, counter: { sent: number }): Driver {
  const counted = new Set(['run', 'executeRead', 'executeWrite', 'beginTransaction', 'executeQuery']);
  const wrap = <T extends object>(target: T): T => new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (typeof prop === 'string' && counted.has(prop)) counter.sent++;
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return prop === 'session' ? wrap(result as object) : result;
      };
    },
  });
  return wrap(driver);
}

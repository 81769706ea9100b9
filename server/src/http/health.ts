import type { Plugin } from 'graphql-yoga';

export interface HealthOptions {
  /** Resolves true when Neo4j answers a trivial read within the given time; must not throw. */
  ping: (timeoutMs: number) => Promise<boolean>;
  /** How long /ready waits for Neo4j before answering 503. @default 1500 */
  readyTimeoutMs?: number;
}

/**
 * `/health`: the process is up (always 200, for a load balancer's liveness check).
 * `/ready`: Neo4j answers too (503 within `readyTimeoutMs` when it does not, so a balancer can take
 * this instance out while Neo4j is away and put it back when it returns, without a restart).
 */
export function useHealth(options: HealthOptions): Plugin {
  const timeout = options.readyTimeoutMs ?? 1500;
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (url.pathname === '/ready') {
        return withTimeout(options.ping(timeout), timeout).then((ok) =>
          endResponse(fetchAPI.Response.json({ status: ok ? 'ready' : 'neo4j unavailable' }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })),
        );
      }
      return undefined;
    },
  };
}

/** The probe's own timeout should fire first; this is the guarantee that /ready never hangs. */
async function withTimeout(probe: Promise<boolean>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([probe.catch(() => false), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

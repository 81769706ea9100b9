import type { Driver } from 'neo4j-driver';
import type { Plugin } from 'graphql-yoga';

export interface HealthOptions {
  driver: Driver;
  database?: string | undefined;
  /** How long /ready waits for Neo4j before answering 503. @default 1500 */
  readyTimeoutMs?: number;
}

/**
 * `/health`: the process is up (always 200, for a load balancer's liveness check).
 * `/ready`: Neo4j answers too (503 within `readyTimeoutMs` when it does not).
 */
export function useHealth(options: HealthOptions): Plugin {
  const timeout = options.readyTimeoutMs ?? 1500;
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (url.pathname === '/ready') {
        return neo4jAnswers(options.driver, options.database, timeout).then((ok) =>
          endResponse(fetchAPI.Response.json({ status: ok ? 'ready' : 'neo4j unavailable' }, { status: ok ? 200 : 503 })),
        );
      }
      return undefined;
    },
  };
}

async function neo4jAnswers(driver: Driver, database: string | undefined, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const probe = driver
    .executeQuery('RETURN 1', {}, { database, routing: 'READ' })
    .then(() => true as const, () => false as const);
  try {
    return await Promise.race([probe, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

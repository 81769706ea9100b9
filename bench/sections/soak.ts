/**
 * Soak: autocannon drives our server (a child process) with a mixed set of the client's own queries at a
 * fixed number of concurrent connections. Every GraphQL error in a 200 body counts as an error too.
 */
import autocannon from 'autocannon';
import { createOperations, type GraphQLCall } from '../api/operations.js';
import { figure, eq, type Figure } from '../results.js';
import { startServerProcess } from '../server-process.js';
import type { SectionContext } from './index.js';

/** How often each operation appears in the mix: what people do most (search, expand) most often. */
const MIX: Readonly<Record<string, number>> = { search: 4, neighborhood1: 3, stance: 2, path: 2, neighborhood2: 1, graph: 1 };

export function mixedCalls(context: Pick<SectionContext, 'graph'>): GraphQLCall[] {
  const ops = createOperations(context.graph);
  const calls: GraphQLCall[] = [];
  // Interleaved, so each connection (which walks the list in order) sees the whole mix.
  for (let variant = 0; variant < 8; variant++) {
    for (const op of ops) for (let k = 0; k < (MIX[op.name] ?? 1); k++) calls.push(op.ours(variant * 4 + k));
  }
  return calls;
}

export async function benchSoak(context: SectionContext): Promise<Figure[]> {
  const { sizes, neo4j, log } = context;
  const server = await startServerProcess({ neo4j, queryTimeoutMs: sizes.fault.timeoutMs });
  try {
    const calls = mixedCalls(context);
    // Warm: every query once, so "before" is the server as it runs, not as it boots.
    for (const call of calls) await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call) }).then((r) => r.text());
    const before = server.rssMb();
    let graphqlErrors = 0;
    const codes = new Map<string, number>();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, server.rssMb())), 1000);
    log(`  ${sizes.soak.connections} connections for ${sizes.soak.seconds} s on ${calls.length} mixed queries (server pid ${server.pid}, ${before.toFixed(0)} MB)`);
    const result = await autocannon({
      url: `${server.url}/graphql`,
      connections: sizes.soak.connections,
      duration: sizes.soak.seconds,
      timeout: Math.ceil(sizes.fault.timeoutMs / 1000) + 5,
      requests: calls.map((call) => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(call),
        onResponse: (status: number, body: string) => {
          if (status !== 200) return;
          const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors;
          if (errors?.length) {
            graphqlErrors++;
            const code = errors[0]?.extensions?.code ?? 'UNKNOWN';
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        },
      })),
    });
    clearInterval(sampler);
    const after = server.rssMb();
    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    const breakdown = `${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL errors${codes.size ? ` (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`;
    log(`  ${result.requests.total} requests, ${breakdown}; p99 ${result.latency.p99} ms; RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB`);
    context.details.soak = { requests: result.requests.total, latency: result.latency, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors, codes: Object.fromEntries(codes), rssMb: { before, after, peak } };
    return [
      figure('soak.errors', errors, 'errors', eq(0), `${result.requests.total} requests in ${sizes.soak.seconds} s at ${sizes.soak.connections} connections: ${breakdown}`),
      figure('soak.p99_ms', result.latency.p99, 'ms', null, `p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, max ${result.latency.max} ms`),
      figure('soak.requests_per_second', result.requests.average, 'req/s', null, `mix per 13 requests: ${Object.entries(MIX).map(([k, v]) => `${v} ${k}`).join(', ')}`),
      figure('soak.rss_before_mb', before, 'MB', null, 'server process after one warm-up pass'),
      figure('soak.rss_after_mb', after, 'MB', null, `peak ${peak.toFixed(0)} MB during the run`),
    ];
  } finally {
    await server.stop();
  }
}

/**
 * The API against the floor and the alternative: each operation is asked of our GraphQL server (over
 * HTTP), of raw neo4j-driver (in-process) and of @neo4j/graphql (over HTTP), interleaved request by
 * request so that whatever else the machine is doing falls on all three alike.
 */
import { createApp } from '../../server/src/app.js';
import { createDriver } from '../../server/src/db/driver.js';
import { readVocabulary } from '../generate.js';
import { postGraphQL, runRaw, serve, type Served } from '../api/http.js';
import { createLibApp } from '../api/neo4j-graphql.js';
import { createOperations, type Operation } from '../api/operations.js';
import { figure, le, type Figure } from '../results.js';
import { geomean, percentile } from '../stats.js';
import type { SectionContext } from './index.js';

type Impl = 'ours' | 'raw' | 'lib';
const IMPLS: readonly Impl[] = ['ours', 'raw', 'lib'];

export interface ImplStats {
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

export async function benchApi(context: SectionContext): Promise<Figure[]> {
  const { sizes, graph, neo4j, log } = context;
  const vocabulary = readVocabulary();
  // One driver (and pool) each, so no implementation waits on another's connections.
  const drivers = { ours: createDriver(neo4j), raw: createDriver(neo4j), lib: createDriver(neo4j) };
  const served: Served[] = [];
  try {
    const ours = await serve(createApp({ driver: drivers.ours }));
    served.push(ours);
    const lib = await serve(await createLibApp({ driver: drivers.lib, vocabulary }));
    served.push(lib);

    const call = (impl: Impl, op: Operation, i: number): Promise<unknown> => {
      if (impl === 'raw') return runRaw(drivers.raw, op.raw(i));
      return postGraphQL(impl === 'ours' ? ours.url : lib.url, impl === 'ours' ? op.ours(i) : op.lib(i)).then((a) => {
        if (a.error) throw new Error(`${impl} ${op.name}: ${a.error}`);
        return a.data;
      });
    };

    const figures: Figure[] = [];
    const perOp: Record<string, Record<Impl, ImplStats> & { same: boolean }> = {};
    for (const op of createOperations(graph)) {
      const same = await sameAnswers(op, call).catch(() => false);
      const { samples, errors, firstError } = await interleave(IMPLS, sizes.api, (impl, i) => call(impl, op, i));
      const rps: Record<Impl, number[]> = { ours: [], raw: [], lib: [] };
      for (let round = 0; round < 2; round++) {
        for (const impl of rotate(IMPLS, round)) {
          const r = await throughput((i) => call(impl, op, i), sizes.api.requests, sizes.api.concurrency);
          rps[impl].push(r.rps);
          errors[impl] += r.errors;
          firstError[impl] ??= r.firstError;
        }
      }
      const stats = Object.fromEntries(IMPLS.map((impl) => [impl, {
        p50: percentile(samples[impl], 50), p95: percentile(samples[impl], 95), rps: Math.max(...rps[impl]), errors: errors[impl],
      }])) as Record<Impl, ImplStats>;
      perOp[op.name] = { ...stats, same };
      const ms = (x: number) => `${x.toFixed(1)} ms`;
      log(`  ${op.name.padEnd(14)} p50 ours ${ms(stats.ours.p50)}, raw ${ms(stats.raw.p50)}, @neo4j/graphql ${ms(stats.lib.p50)}; ` +
        `req/s ${Math.round(stats.ours.rps)} / ${Math.round(stats.raw.rps)} / ${Math.round(stats.lib.rps)}${same ? '' : ' (answers differ)'}`);
      const failed = IMPLS.filter((impl) => errors[impl] > 0).map((impl) => `${impl} ${errors[impl]} errors (${firstError[impl] ?? 'no message'})`);
      const differ = (same ? '' : '; answers differ between implementations') + (failed.length ? `; ${failed.join('; ')}` : '');
      figures.push(
        figure(`api.${op.name}.p50.ours_over_raw`, stats.ours.p50 / stats.raw.p50, '×', le(1.3),
          `p50 ${ms(stats.ours.p50)} vs ${ms(stats.raw.p50)}, p95 ${ms(stats.ours.p95)} vs ${ms(stats.raw.p95)}, ${Math.round(stats.ours.rps)} vs ${Math.round(stats.raw.rps)} req/s at ${sizes.api.concurrency} in flight${differ}`),
        figure(`api.${op.name}.p50.ours_over_neo4j_graphql`, stats.ours.p50 / stats.lib.p50, '×', le(0.8),
          `p50 ${ms(stats.ours.p50)} vs ${ms(stats.lib.p50)}, p95 ${ms(stats.ours.p95)} vs ${ms(stats.lib.p95)}, ${Math.round(stats.ours.rps)} vs ${Math.round(stats.lib.rps)} req/s; @neo4j/graphql: ${op.libNote}${differ}`),
      );
    }
    context.details.api = perOp;

    const ops = Object.values(perOp);
    const ratio = (a: Impl, b: Impl, key: 'p50' | 'p95' | 'rps') => geomean(ops.map((s) => s[a][key] / s[b][key]));
    const names = Object.keys(perOp).join(', ');
    return [
      figure('api.p50.ours_over_raw', ratio('ours', 'raw', 'p50'), '×', le(1.3), `geometric mean over ${names}; ${sizes.api.requests} interleaved requests each`),
      figure('api.p50.ours_over_neo4j_graphql', ratio('ours', 'lib', 'p50'), '×', le(0.8), `geometric mean over ${names}`),
      figure('api.p95.ours_over_raw', ratio('ours', 'raw', 'p95'), '×', null, 'geometric mean'),
      figure('api.p95.ours_over_neo4j_graphql', ratio('ours', 'lib', 'p95'), '×', null, 'geometric mean'),
      figure('api.throughput.ours_over_raw', ratio('ours', 'raw', 'rps'), '×', null, `requests/s at ${sizes.api.concurrency} in flight, geometric mean`),
      figure('api.throughput.ours_over_neo4j_graphql', ratio('ours', 'lib', 'rps'), '×', null, `requests/s at ${sizes.api.concurrency} in flight, geometric mean`),
      ...figures,
    ];
  } finally {
    for (const s of served) await s.close();
    await Promise.all(Object.values(drivers).map((d) => d.close()));
  }
}

/** The three must give the same answer for the comparison to mean anything; checked on the first arguments. */
async function sameAnswers(op: Operation, call: (impl: Impl, op: Operation, i: number) => Promise<unknown>): Promise<boolean> {
  const ours = op.digest.ours(await call('ours', op, 0));
  const raw = op.digest.raw((await call('raw', op, 0)) as Record<string, unknown>[]);
  const lib = op.digest.lib(await call('lib', op, 0));
  return ours === raw && raw === lib;
}

/**
 * `warmup` untimed and then `requests` timed requests for each implementation, request by request, rotating
 * which goes first, so that whatever else the machine is doing falls on all of them alike.
 */
export async function interleave<I extends string>(impls: readonly I[], counts: { warmup: number; requests: number }, call: (impl: I, i: number) => Promise<unknown>): Promise<{
  samples: Record<I, number[]>; errors: Record<I, number>; firstError: Partial<Record<I, string>>;
}> {
  for (let i = 0; i < counts.warmup; i++) for (const impl of impls) await call(impl, i).catch(() => undefined);
  const samples = Object.fromEntries(impls.map((impl) => [impl, []])) as unknown as Record<I, number[]>;
  const errors = Object.fromEntries(impls.map((impl) => [impl, 0])) as Record<I, number>;
  const firstError: Partial<Record<I, string>> = {};
  for (let i = 0; i < counts.requests; i++) {
    for (const impl of rotate(impls, i)) {
      const started = performance.now();
      try {
        await call(impl, i);
        samples[impl].push(performance.now() - started);
      } catch (error) {
        // Failed requests are counted, not timed: a fast error is no fast answer.
        errors[impl]++;
        firstError[impl] ??= error instanceof Error ? error.message : String(error);
      }
    }
  }
  return { samples, errors, firstError };
}

export function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** `total` requests with `concurrency` in flight; requests per second and how many failed. */
export async function throughput(request: (i: number) => Promise<unknown>, total: number, concurrency: number): Promise<{ rps: number; errors: number; firstError: string | undefined }> {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      try {
        await request(i);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { rps: total / ((performance.now() - started) / 1000), errors, firstError };
}

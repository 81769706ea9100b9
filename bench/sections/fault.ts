/**
 * Fault: steady load on our server (a child process) while Neo4j is stopped for a while and started
 * again. Measured: how soon /ready says 503 once Neo4j is gone, that no request outlives the server's
 * timeout, and how soon after Neo4j is back every request succeeds again.
 */
import { createDriver } from '../../server/src/db/driver.js';
import { figure, eq, le, type Figure } from '../results.js';
import { startServerProcess } from '../server-process.js';
import { mixedCalls } from './soak.js';
import type { SectionContext } from './index.js';

interface Sample {
  start: number;
  end: number;
  ok: boolean;
  code: string;
}

/** Seconds of clean requests after the last failure that count as recovered. */
const CLEAN_WINDOW_S = 5;

export async function benchFault(context: SectionContext): Promise<Figure[]> {
  const { sizes, neo4j, log } = context;
  const timeoutMs = sizes.fault.timeoutMs;
  const server = await startServerProcess({ neo4j, queryTimeoutMs: timeoutMs });
  // Light interactive queries: the outage, not slow queries, should decide what fails.
  const calls = mixedCalls(context).filter((c) => !c.query.includes('graph(') && c.variables.depth !== 2);
  const samples: Sample[] = [];
  /** Start times of the requests still waiting for an answer. */
  const inFlight = new Set<number>();
  const ready: { at: number; status: number }[] = [];
  let running = true;
  const t0 = Date.now();
  const now = () => (Date.now() - t0) / 1000;

  const worker = async (w: number) => {
    for (let i = w; running; i += sizes.fault.connections) {
      const call = calls[i % calls.length];
      const start = now();
      inFlight.add(start);
      let ok = false;
      let code: string;
      try {
        // A client gives up well after the server's own timeout: a request that reaches this is a hang.
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call),
          signal: AbortSignal.timeout(timeoutMs + 5000),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        code = body.errors?.[0]?.extensions?.code ?? (response.ok ? 'OK' : `HTTP ${response.status}`);
        ok = response.ok && !body.errors?.length;
      } catch (error) {
        code = error instanceof Error && error.name === 'TimeoutError' ? 'HUNG' : 'NETWORK';
      }
      inFlight.delete(start);
      samples.push({ start, end: now(), ok, code });
      // As a client would, back off a little after a failure instead of spinning on a fast error.
      if (!ok) await sleep(100);
    }
  };
  const poller = async () => {
    while (running) {
      const status = await fetch(`${server.url}/ready`, { signal: AbortSignal.timeout(timeoutMs) }).then((r) => r.status, () => 0);
      ready.push({ at: now(), status });
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  try {
    const load = [...Array.from({ length: sizes.fault.connections }, (_, w) => worker(w)), poller()];
    await sleep(5000);
    log(`  stopping Neo4j (pid ${neo4j.pid()}) under ${sizes.fault.connections} concurrent clients`);
    const stopAsked = now();
    await neo4j.stop();
    const stopped = now();
    await sleep(sizes.fault.stoppedSeconds * 1000);
    log(`  Neo4j stopped ${(stopped - stopAsked).toFixed(1)} s after SIGTERM; starting it again after ${sizes.fault.stoppedSeconds} s down`);
    const startAsked = now();
    await neo4j.start();
    const boltBack = now();
    // Bolt listens before the database is online: Neo4j is back when it answers a query.
    const back = await firstAnswer(neo4j, now);
    log(`  Neo4j answers Bolt ${(boltBack - startAsked).toFixed(1)} s and queries ${(back - startAsked).toFixed(1)} s after the start`);
    // Run on until CLEAN_WINDOW_S seconds of answered requests pass without a failure, and nothing sent
    // before that window is still pending (it could yet fail); at most 60 s.
    while (now() - back < 60) {
      await sleep(500);
      const cleanSince = Math.max(back, ...samples.filter((s) => !s.ok).map((s) => s.end));
      const succeeded = samples.some((s) => s.ok && s.start >= cleanSince);
      const pendingOld = [...inFlight].some((start) => start < cleanSince);
      if (succeeded && !pendingOld && now() - cleanSince >= CLEAN_WINDOW_S) break;
    }
    running = false;
    await Promise.all(load);

    const first503 = ready.find((r) => r.at >= stopAsked && r.status === 503);
    const readyAgain = ready.find((r) => r.at >= back && r.status === 200);
    const failures = samples.filter((s) => !s.ok);
    const lastFailure = failures.length ? Math.max(...failures.map((s) => s.end)) : back;
    // The error rate of requests *sent* at a moment: a request sent before Neo4j returned that times out
    // later says nothing about whether the server had recovered.
    const lastFailedSend = failures.length ? Math.max(...failures.map((s) => s.start)) : back;
    const lateFailures = failures.filter((s) => s.start >= back);
    const lateCodes = new Map<string, number>();
    for (const f of lateFailures) lateCodes.set(f.code, (lateCodes.get(f.code) ?? 0) + 1);
    const lateList = [...lateCodes].map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
    const recovered = now() - lastFailure >= CLEAN_WINDOW_S - 0.5;
    const longest = Math.max(...samples.map((s) => s.end - s.start));
    const hung = samples.filter((s) => s.code === 'HUNG').length;
    const codes = new Map<string, number>();
    for (const f of failures) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
    const codeList = [...codes].map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
    context.details.fault = {
      seconds: { stopAsked, stopped, startAsked, boltBack, back, first503: first503?.at ?? null, readyAgain: readyAgain?.at ?? null, lastFailure, lastFailedSend },
      requests: samples.length, failures: failures.length, codes: Object.fromEntries(codes), longestRequestSeconds: longest,
      failuresSentAfterBack: Object.fromEntries(lateCodes),
      // Failed requests per second of sending, from the stop to the end, for a timeline.
      failuresBySecond: timeline(samples, stopAsked),
    };
    log(`  ${samples.length} requests, ${failures.length} failed (${codeList}); longest ${longest.toFixed(2)} s`);

    return [
      figure('fault.ready_503_seconds', first503 ? first503.at - stopAsked : null, 's', le(2),
        first503
          ? `first 503 from /ready ${(first503.at - stopAsked).toFixed(2)} s after Neo4j was sent SIGTERM (it took ${(stopped - stopAsked).toFixed(1)} s to exit); polled every 0.1 s`
          : '/ready never answered 503 while Neo4j was down'),
      figure('fault.recover_seconds', recovered ? Math.max(0, lastFailedSend - back) : null, 's', le(5),
        recovered
          ? `the last request that failed was sent at ${signed(lastFailedSend - back)} s (answered at ${signed(lastFailure - back)} s) from when Neo4j answered queries again, ` +
            `${(back - boltBack).toFixed(1)} s after its Bolt port; sent after its return and failed: ${lateList}; /ready 200 again after ${readyAgain ? (readyAgain.at - back).toFixed(2) : '?'} s`
          : `still failing ${Math.round(now() - back)} s after Neo4j came back`),
      figure('fault.longest_request_seconds', longest, 's', le(timeoutMs / 1000 + 1), `server timeout ${timeoutMs / 1000} s; failures by code: ${codeList}`),
      figure('fault.hung_requests', hung, 'requests', eq(0), `requests still unanswered ${timeoutMs / 1000 + 5} s after they were sent`),
    ];
  } finally {
    running = false;
    await server.stop();
  }
}

function signed(seconds: number): string {
  return `${seconds >= 0 ? '+' : '−'}${Math.abs(seconds).toFixed(2)}`;
}

function timeline(samples: readonly Sample[], from: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of samples) {
    if (s.start < from) continue;
    const second = String(Math.floor(s.start - from));
    const [failed, total] = (out[second] ?? '0/0').split('/').map(Number);
    out[second] = `${(failed ?? 0) + (s.ok ? 0 : 1)}/${(total ?? 0) + 1}`;
  }
  return out;
}

/** Seconds (on the run's clock) when a fresh driver first gets an answer to a query. */
async function firstAnswer(neo4j: { uri: string; user: string; password: string }, now: () => number): Promise<number> {
  const driver = createDriver(neo4j);
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        await driver.executeQuery('RETURN 1');
        return now();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(100);
      }
    }
  } finally {
    await driver.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Round trips: Cypher statements per GraphQL request as the answer grows from 10 to 1000 rows. Counted
 * twice — by the server's own `onStatement` hook and by a proxy around the driver that counts every call
 * that puts a statement on the wire — so nothing reaches Neo4j unseen.
 */
import * as documents from '../../client/src/api/generated/operations.js';
import { createApp } from '../../server/src/app.js';
import { createDriver } from '../../server/src/db/driver.js';
import { countingDriver } from '../../test/support/counting-driver.js';
import { pickTargets } from '../api/operations.js';
import { postGraphQL, serve } from '../api/http.js';
import { eq, figure, le, type Figure } from '../results.js';
import type { SectionContext } from './index.js';

const ENTITY = 'fragment EntityFields on Entity { id name nameAr kind aliases description degree }';
/** A page of entities, each with its relations and their endpoints and sources: the classic N+1 shape. */
const NESTED = `query($first: Int) { entities(first: $first) { nodes { ...EntityFields relations(first: 5) { id type quoteEn from { id name } to { id name } source { id title } } } } }
${ENTITY}`;

export async function benchRoundTrips(context: SectionContext): Promise<Figure[]> {
  const { graph, neo4j, sizes } = context;
  const real = createDriver(neo4j);
  const counter = { sent: 0 };
  let hook = 0;
  const server = await serve(createApp({ driver: countingDriver(real, counter), onStatement: () => hook++ }));
  try {
    const hub = pickTargets(graph).central[0] ?? '';
    const queries: { name: string; call: (rows: number) => { query: string; variables: Record<string, unknown> }; rows: (data: unknown) => number }[] = [
      { name: 'graph', call: (n) => ({ query: documents.GraphDocument.toString(), variables: { limit: n } }), rows: (d) => count(d, 'graph', 'nodes') },
      { name: 'graph(filtered)', call: (n) => ({ query: documents.GraphDocument.toString(), variables: { kinds: ['MODEL', 'CONCEPT'], types: ['ENDORSES', 'DOUBTS'], limit: n } }), rows: (d) => count(d, 'graph', 'nodes') },
      { name: 'neighborhood', call: (n) => ({ query: documents.NeighborhoodDocument.toString(), variables: { ids: [hub], depth: 2, limit: n } }), rows: (d) => count(d, 'neighborhood', 'nodes') },
      // `first` is capped at 200 by the API, so the largest page is 200.
      { name: 'search', call: (n) => ({ query: documents.SearchDocument.toString(), variables: { text: 'a', first: Math.min(n, 200) } }), rows: (d) => ((d as { search?: unknown[] }).search ?? []).length },
      { name: 'entities+relations', call: (n) => ({ query: NESTED, variables: { first: Math.min(n, 200) } }), rows: (d) => count(d, 'entities', 'nodes') },
    ];
    const table: Record<string, { rows: number; statements: number }[]> = {};
    const failures: string[] = [];
    let disagreement = '';
    for (const q of queries) {
      table[q.name] = [];
      for (const n of sizes.api.roundTripRows) {
        counter.sent = 0;
        hook = 0;
        const answer = await postGraphQL(server.url, q.call(n));
        if (answer.error) {
          failures.push(`${q.name} at ${n} failed after ${counter.sent} statements: ${answer.error}`);
          continue;
        }
        if (counter.sent !== hook) disagreement = `${q.name}: driver saw ${counter.sent}, hook ${hook}`;
        table[q.name]?.push({ rows: q.rows(answer.data), statements: counter.sent });
      }
    }
    context.details.roundTrips = table;
    const all = Object.values(table).flat();
    if (all.length === 0) throw new Error(failures.join('; '));
    const failed = failures.length ? `; FAILED: ${failures.join('; ')}` : '';
    const max = Math.max(...all.map((r) => r.statements));
    const growth = Math.max(...Object.values(table).map((rs) => Math.max(...rs.map((r) => r.statements)) - Math.min(...rs.map((r) => r.statements))));
    const summary = Object.entries(table).map(([name, rs]) => `${name} ${rs.map((r) => `${r.rows}→${r.statements}`).join(' ')}`).join('; ');
    return [
      figure('api.roundtrips.max', max, 'statements/request', le(4), `rows→statements: ${summary}${disagreement ? `; hook and driver disagree (${disagreement})` : ''}${failed}`),
      figure('api.roundtrips.growth', growth, 'statements', eq(0), `most extra statements between ${sizes.api.roundTripRows[0]} and ${sizes.api.roundTripRows.at(-1)} rows, any query`),
    ];
  } finally {
    await server.close();
    await real.close();
  }
}

function count(data: unknown, field: string, list: string): number {
  const value = (data as Record<string, Record<string, unknown[]> | undefined> | undefined)?.[field]?.[list];
  return Array.isArray(value) ? value.length : 0;
}

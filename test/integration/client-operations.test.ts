/**
 * Every operation the client sends, sent the way the client sends it: the client's own API and HTTP
 * fetcher over the real server (in-process `app.fetch`) on the seed — each typed call, the aliased entity
 * lookup in both batch sizes, the console's examples and GraphiQL's example tabs. Each must answer with
 * data and without a single error, and every operation the client's .graphql documents define must have
 * been sent, so a new document cannot go untried.
 */
import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../client/src/api/api.js';
import { CONSOLE_EXAMPLES } from '../../client/src/api/documents.js';
import { createHttpFetcher, type Fetcher, type GraphQLRequest, type GraphQLResponse } from '../../client/src/api/fetcher.js';
import { STALE } from '../../client/src/api/latest.js';
import { graphiqlOptions } from '../../server/src/http/graphiql.js';
import { clientDocuments } from '../../scripts/codegen.js';
import { createTestApp, type TestApp } from './api-client.js';

interface Sent {
  request: GraphQLRequest;
  response: GraphQLResponse;
}

let t: TestApp;
let api: Api;
const sent: Sent[] = [];

beforeAll(() => {
  // This is about what the documents ask, not how fast: a budget that a busy machine cannot run out of.
  t = createTestApp({ queryTimeoutMs: 60_000 });
  const http = createHttpFetcher({ url: 'http://localhost/graphql', fetch: async (input, init) => t.app.fetch(new Request(input, init)) });
  const recording: Fetcher = async (request, options) => {
    const response = await http(request, options);
    sent.push({ request, response });
    return response;
  };
  api = createApi(recording);
});
afterAll(async () => {
  await t.close();
});

const operationNames = (query: string) => parse(query).definitions
  .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
  .map((d) => d.name?.value ?? '(anonymous)');

/** Every request sent from `since` on answered with data and no error. */
function answeredCleanly(since: number): void {
  expect(sent.length).toBeGreaterThan(since);
  for (const { request, response } of sent.slice(since)) {
    const name = operationNames(request.query).join(',');
    expect(response.errors, name).toBeUndefined();
    expect(response.data, name).toBeTruthy();
  }
}

describe('the client API on the real server', () => {
  it('every typed call answers with data and no error', { timeout: 180_000 }, async () => {
    const since = sent.length;
    const whole = await api.graph();
    expect(whole.nodes.length).toBeGreaterThan(0);
    const filtered = await api.graph({ kinds: ['MODEL', 'PERSON'], types: ['ENDORSES', 'DOUBTS'], limit: 50 });
    expect(filtered.nodes.every((n) => n.kind === 'MODEL' || n.kind === 'PERSON')).toBe(true);

    const hits = await api.search('ديب سيك');
    expect(hits).not.toBe(STALE);
    expect(hits !== STALE && hits[0]?.entity.id).toBe('deepseek');
    const expanded = await api.expand(['deepseek'], 20);
    expect(expanded !== STALE && expanded.nodes.length).toBeGreaterThan(1);
    expect((await api.neighborhood(['deepseek'], 5)).nodes.length).toBeGreaterThan(0);

    const detail = await api.entity('deepseek');
    expect(detail?.relations.length).toBeGreaterThan(0);
    const relationId = detail?.relations[0]?.id ?? '';
    expect((await api.relation(relationId))?.id).toBe(relationId);

    const path = await api.path('yann-lecun', 'andrew-ng');
    expect(path?.edges.length).toBeGreaterThan(0);
    const stance = await api.stance('deepseek');
    expect(stance.endorsements.length + stance.doubts.length).toBeGreaterThan(0);
    const stats = await api.stats();
    expect(stats.byKind.length).toBeGreaterThan(0);
    const vocabulary = await api.vocabulary();
    expect(vocabulary.kinds.map((k) => k.kind)).toContain('PERSON');
    expect(vocabulary.relationTypes.map((r) => r.type)).toContain('ENDORSES');
    const sources = await api.sources();
    expect(sources.find((s) => s.id === 'congluan-post332892')?.relationCount).toBeGreaterThan(0);
    const article = await api.article('congluan-post332892');
    expect(article?.paragraphs?.length).toBeGreaterThan(0);
    expect(article?.quotes[0]?.relations.length).toBeGreaterThan(0);

    // Two batches of the aliased lookup: a full one and a remainder.
    const ids = whole.nodes.slice(0, 12).map((n) => n.id);
    expect((await api.entities(ids)).map((e) => e.id).sort()).toEqual([...ids].sort());
    answeredCleanly(since);
  });

  it("the console's examples and GraphiQL's example tabs answer with data and no error", { timeout: 180_000 }, async () => {
    const since = sent.length;
    const tabs = graphiqlOptions.defaultTabs?.map((tab) => tab.query ?? '') ?? [];
    expect(tabs.length).toBeGreaterThan(0);
    for (const query of [...CONSOLE_EXAMPLES.map((e) => e.query), ...tabs]) await api.raw(query);
    expect(sent.length - since).toBe(CONSOLE_EXAMPLES.length + tabs.length);
    answeredCleanly(since);
  });

  it('between them, the two tests above sent every operation client/src/api/*.graphql defines', () => {
    const defined = clientDocuments().flatMap((d) => d.document?.definitions ?? [])
      .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
      .map((d) => d.name?.value ?? '(anonymous)');
    expect(defined.length).toBeGreaterThan(10);
    const tabs = (graphiqlOptions.defaultTabs ?? []).flatMap((tab) => operationNames(tab.query ?? ''));
    const tried = sent.flatMap((s) => operationNames(s.request.query));
    expect(new Set(tried)).toEqual(new Set([...defined, 'Entities', ...tabs]));
  });
});

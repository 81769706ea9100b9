import { describe, expect, it } from 'vitest';
import { createApi } from '../../client/src/api/api.js';
import { extractGraph } from '../../client/src/api/extract.js';
import { ApiError, createHttpFetcher, type Fetcher, type GraphQLRequest } from '../../client/src/api/fetcher.js';
import { STALE, createLatest } from '../../client/src/api/latest.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('client API: the fetcher', () => {
  it('POSTs the request as JSON to /graphql and returns the body', async () => {
    let seen: { url: string; init: RequestInit | undefined } | undefined;
    const fetcher = createHttpFetcher({
      fetch: async (url, init) => {
        seen = { url: String(url), init };
        return json({ data: { stats: { nodes: 1 } } });
      },
    });
    expect(await fetcher({ query: '{ stats { nodes } }' })).toEqual({ data: { stats: { nodes: 1 } } });
    expect(seen?.url).toBe('/graphql');
    expect(seen?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen?.init?.body))).toEqual({ query: '{ stats { nodes } }' });
  });

  it('sorts failures into what a person can act on', async () => {
    const down = createHttpFetcher({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(down({ query: '{ a }' })).rejects.toMatchObject({ kind: 'network', message: expect.stringContaining('Cannot reach the API') });
    const proxy = createHttpFetcher({ fetch: async () => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }) });
    await expect(proxy({ query: '{ a }' })).rejects.toMatchObject({ kind: 'unavailable', message: 'The API answered 502 Bad Gateway.' });

    const api = (errors: unknown[]) => createApi(async () => ({ data: null, errors: errors as never }));
    await expect(api([{ message: 'Neo4j is down', extensions: { code: 'DATABASE_UNAVAILABLE' } }]).stats())
      .rejects.toMatchObject({ kind: 'unavailable', codes: ['DATABASE_UNAVAILABLE'] });
    const bad = api([{ message: 'first must be at most 200', extensions: { code: 'BAD_USER_INPUT' } }]).stats();
    await expect(bad).rejects.toBeInstanceOf(ApiError);
    await expect(bad).rejects.toMatchObject({ kind: 'graphql', message: 'first must be at most 200' });
  });

  it('lets an abort through as an abort, not as an outage', async () => {
    const fetcher = createHttpFetcher({ fetch: () => Promise.reject(new DOMException('aborted', 'AbortError')) });
    await expect(fetcher({ query: '{ a }' })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('client API: stale answers are dropped', () => {
  it('resolves an older call to STALE when a newer one was made, even if the older answers last', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let call = 0;
    const signals: AbortSignal[] = [];
    const latest = createLatest(async (signal, text: string) => {
      signals.push(signal);
      const answer = answers[call++];
      if (!answer) throw new Error('more calls than answers');
      return `${text}:${await answer.promise}`;
    });
    const older = latest('deep');
    const newer = latest('deepseek');
    expect(signals[0]?.aborted).toBe(true);
    answers[1]?.resolve('new');
    answers[0]?.resolve('old');
    expect(await newer).toBe('deepseek:new');
    expect(await older).toBe(STALE);
  });

  it('wires search and expand through the guard, with the typed documents', async () => {
    const requests: GraphQLRequest[] = [];
    const gate = deferred<undefined>();
    const fetcher: Fetcher = async (request) => {
      requests.push(request);
      if (request.variables?.text === 'd') await gate.promise;
      return { data: { search: [{ score: 1, entity: { id: String(request.variables?.text), name: 'x', nameAr: null, kind: 'PERSON', aliases: [] } }] } };
    };
    const api = createApi(fetcher);
    const first = api.search('d');
    const second = api.search('de');
    gate.resolve(undefined);
    expect(await first).toBe(STALE);
    expect(await second).toEqual([expect.objectContaining({ entity: expect.objectContaining({ id: 'de' }) })]);
    expect(requests[0]?.query).toContain('search(text: $text, first: $first)');
  });

  it('sends each generated document as its text, starting at the operation, with the fragments it spreads', async () => {
    const requests: GraphQLRequest[] = [];
    const api = createApi(async (request) => {
      requests.push(request);
      return { data: { graph: { nodes: [], edges: [], truncated: false } } };
    });
    await api.graph({ kinds: ['PERSON'], limit: 5 });
    const query = requests[0]?.query ?? '';
    expect(query).toMatch(/^query Graph\(\$kinds: \[Kind!\], \$types: \[RelationType!\], \$limit: Int\) \{/);
    for (const fragment of ['SubgraphFields', 'EntityFields', 'EdgeFields', 'ArticleFields']) expect(query).toContain(`fragment ${fragment} on`);
    expect(query).toBe(query.trim());
    expect(requests[0]?.variables).toEqual({ kinds: ['PERSON'], limit: 5 });
  });

  it('asks for missing entities in alias batches the server accepts', async () => {
    const requests: GraphQLRequest[] = [];
    const api = createApi(async (request) => {
      requests.push(request);
      const ids = Object.values(request.variables ?? {}) as string[];
      return { data: Object.fromEntries(ids.map((id, i) => [`e${i}`, id === 'gone' ? null : { id, name: id, nameAr: null, kind: 'PERSON', aliases: [], description: null, degree: 0 }])) };
    });
    const ids = [...Array.from({ length: 23 }, (_, i) => `id${i}`), 'gone'];
    const found = await api.entities(ids);
    expect(found).toHaveLength(23);
    expect(requests).toHaveLength(3);
    expect(Object.keys(requests[0]?.variables ?? {})).toHaveLength(10);
  });
});

describe('client API: drawing a console result', () => {
  it('finds entities and relations wherever they sit, and names the endpoints it lacks', () => {
    const found = extractGraph({
      stance: {
        target: { id: 'deepseek', name: 'DeepSeek', kind: 'ORGANIZATION' },
        doubts: [{ id: 'y>DOUBTS>deepseek@a', type: 'DOUBTS', claim: 'c', from: { id: 'yann-lecun', name: 'Yann LeCun', kind: 'PERSON' }, to: { id: 'deepseek' } }],
        endorsements: [{ id: 's>ENDORSES>deepseek@a', type: 'ENDORSES', from: { id: 'sean-kim' }, to: { id: 'deepseek' } }],
      },
      stats: { byKind: [{ kind: 'PERSON', count: 6 }] },
    });
    expect([...found.entities.keys()].sort()).toEqual(['deepseek', 'yann-lecun']);
    expect([...found.relations.keys()].sort()).toEqual(['s>ENDORSES>deepseek@a', 'y>DOUBTS>deepseek@a']);
    expect(found.relations.get('y>DOUBTS>deepseek@a')).toMatchObject({ from: { id: 'yann-lecun' }, to: { id: 'deepseek' }, claim: 'c' });
    expect(found.missing).toEqual(['sean-kim']);
  });

  it('finds nothing to draw in a plain result', () => {
    const found = extractGraph({ stats: { nodes: 44, byType: [{ type: 'DOUBTS', count: 4 }] } });
    expect(found.entities.size + found.relations.size).toBe(0);
  });
});

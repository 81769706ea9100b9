/** Neo4j failures -> the API's typed errors; the server's own message never survives the mapping. */
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyNeo4jError, mapNeo4jError } from '../../server/src/db/errors.js';
import { WriteError } from '../../server/src/db/writer.js';
import { toEntity, toRelation } from '../../server/src/db/map.js';
import { loadVocabulary } from '../../server/src/vocabulary.js';

function mapped(code: string | undefined): { code: unknown; message: string } | 'unmapped' {
  const secret = 'MATCH (n) WHERE n.password = $secret';
  const result = mapNeo4jError(new Neo4jError(`failed: ${secret}`, code as never, '50N42', 'error'));
  if (!isGraphQLError(result)) return 'unmapped';
  expect(result.message).not.toContain(secret);
  expect(result.originalError).toBeUndefined();
  return { code: result.extensions.code, message: result.message };
}

// By name: the errors come from yoga's copy of graphql, which need not be the one this file would import.
function isGraphQLError(value: unknown): value is { message: string; originalError: unknown; extensions: Record<string, unknown> } {
  return value instanceof Error && value.name === 'GraphQLError';
}

describe('mapNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', 'DATABASE_UNAVAILABLE'],
    ['SessionExpired', 'DATABASE_UNAVAILABLE'],
    ['ProtocolError', 'DATABASE_UNAVAILABLE'],
    [undefined, 'DATABASE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'DATABASE_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'DATABASE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT'],
    ['Neo.ClientError.Statement.AccessMode', 'READ_ONLY'],
    // Memory limits are TransientErrors too, but nothing is down: the question is too big.
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'QUERY_TOO_LARGE'],
    ['Neo.TransientError.General.TransactionOutOfMemoryError', 'QUERY_TOO_LARGE'],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'QUERY_TOO_LARGE'],
    ['Neo.TransientError.General.OutOfMemoryError', 'QUERY_TOO_LARGE'],
  ])('%s -> %s', (code, expected) => {
    expect(mapped(code)).toMatchObject({ code: expected });
  });

  it('says what to do about a query too large: narrow it, lower the limit', () => {
    expect(mapped('Neo.TransientError.General.MemoryPoolOutOfMemoryError')).toMatchObject({ message: expect.stringMatching(/narrow it down.*limit/) });
  });

  it('a pool with every connection busy is overload (SERVER_BUSY), not an unreachable database', () => {
    // The driver's own error, word for word, and without a code of its own.
    const busy = new Neo4jError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.', 'N/A', '50N42', 'error');
    expect(mapNeo4jError(busy)).toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    const refused = new Neo4jError('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:1', 'ServiceUnavailable', '50N42', 'error');
    expect(mapNeo4jError(refused)).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
  });

  it('leaves bugs (syntax errors, plain errors) for yoga to mask', () => {
    expect(mapped('Neo.ClientError.Statement.SyntaxError')).toBe('unmapped');
    const plain = new Error('boom');
    expect(mapNeo4jError(plain)).toBe(plain);
  });
});

describe('one mapping for reads and writes', () => {
  const apiCode = { timeout: 'QUERY_TIMEOUT', 'too-large': 'QUERY_TOO_LARGE', 'read-only': 'READ_ONLY', busy: 'SERVER_BUSY', unavailable: 'DATABASE_UNAVAILABLE', statement: 'unmapped' } as const;

  it.each([
    'ServiceUnavailable', 'Neo.TransientError.General.DatabaseUnavailable', 'Neo.ClientError.Security.Unauthorized',
    'Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Statement.AccessMode', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'Neo.ClientError.Statement.SyntaxError', 'Neo.ClientError.Schema.ConstraintValidationFailed', 'Neo.ClientError.Statement.SemanticError',
  ])('the loader (WriteError) and the API see %s alike', (code) => {
    const error = new Neo4jError('refused', code, '50N42', 'error');
    const kind = classifyNeo4jError(error);
    if (kind === undefined) throw new Error(`${code} is a Neo4j error and must be classified`);
    expect(new WriteError(error)).toMatchObject({ kind, code });
    const mapped = mapNeo4jError(error);
    expect(isGraphQLError(mapped) ? mapped.extensions.code : 'unmapped').toBe(apiCode[kind]);
  });

  it("keeps what a file's author needs: the first line of Neo4j's message and the line inside the statement", () => {
    const message = 'Variable `boom` not defined (line 3, column 8 (offset: 40))\n"RETURN boom"\n        ^';
    const error = new WriteError(new Neo4jError(message, 'Neo.ClientError.Statement.SyntaxError', '42N62', 'error'));
    expect(error).toMatchObject({ kind: 'statement', serverMessage: 'Variable `boom` not defined (line 3, column 8 (offset: 40))', lineInStatement: 3 });
    expect(new WriteError(new Error('plain'))).toMatchObject({ kind: undefined, code: undefined, lineInStatement: undefined });
  });
});

describe('row mapping', () => {
  const vocabulary = loadVocabulary();

  it('entities: kind from the label, facts with their quotes, other properties left out', () => {
    const entity = toEntity(vocabulary, {
      labels: ['Entity', 'AIModel'],
      degree: 3,
      props: { id: 'v3', name: 'V3', aliases: ['DeepSeek-V3'], trainingCost: 'USD 5.5 million', trainingCostQuoteAr: 'ق', trainingCostQuoteEn: 'q', note: 'no quote, not a fact', tags: ['a', 'b'], tagsQuoteEn: 't' },
    });
    expect(entity).toMatchObject({ id: 'v3', kind: 'MODEL', nameAr: null, aliases: ['DeepSeek-V3'], degree: 3 });
    expect(entity?.facts).toEqual([
      { key: 'tags', value: 'a, b', quoteAr: null, quoteEn: 't' },
      { key: 'trainingCost', value: 'USD 5.5 million', quoteAr: 'ق', quoteEn: 'q' },
    ]);
    // Off the contract: no kind label is kind OTHER, no id is nothing to show (the gateway logs it).
    expect(toEntity(vocabulary, { labels: ['Entity'], props: { id: 'x' } })?.kind).toBe('OTHER');
    expect(toEntity(vocabulary, { labels: ['Entity', 'Spaceship'], props: { id: 'x', name: 'X' } })).toMatchObject({ kind: 'OTHER', labels: ['Entity', 'Spaceship'], name: 'X' });
    expect(toEntity(vocabulary, { labels: ['Entity', 'Person'], props: { name: 'No id' } })).toBeNull();
    expect(toRelation({ type: 'ENDORSES', from: 'a', to: null, props: {} })).toBeNull();
    expect(toRelation({ type: 'ENDORSES', from: 'a', to: 'b', props: {} })).toMatchObject({ id: 'a>ENDORSES>b@', sourceId: null, quoteAr: null, quoteEn: null, claim: null });
  });

  it('relations: id from (start, type, end, source); via as ids', () => {
    const relation = toRelation({ type: 'HOSTS', from: 'microsoft', to: 'r1', props: { source: 'a1', via: ['azure', 'github'], quoteAr: 'ق' } });
    expect(relation).toMatchObject({ id: 'microsoft>HOSTS>r1@a1', viaIds: ['azure', 'github'], quoteAr: 'ق', quoteEn: null, sourceId: 'a1' });
  });
});

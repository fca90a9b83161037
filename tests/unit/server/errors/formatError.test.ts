import { Writable } from 'node:stream';
import { BREAK, GraphQLError, Kind, parse, visit, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import pino from 'pino';
import { UserInputError } from '../../../../src/errors';
import { ConnectionSearchTooLargeError, GraphTimeoutError, GraphUnavailableError, MAX_CONNECTION_VISITS } from '../../../../src/graph';
import { translateNeo4jError } from '../../../../src/graph/graphErrors';
import { createFormatError } from '../../../../src/server/errors';
import { QueryTooComplexError } from '../../../../src/server/limits';

/** What Apollo hands formatError: the formatted error (code filled in) and the error itself. */
function apolloFormatted(error: GraphQLError): GraphQLFormattedError {
  const json = error.toJSON();
  return { ...json, extensions: { ...json.extensions, code: error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR' } };
}

// How Apollo wraps a validation rule's error (internalErrorClasses ValidationError).
function validationError(cause: GraphQLError): GraphQLError {
  return new GraphQLError(cause.message, {
    nodes: cause.nodes ?? null,
    originalError: cause.originalError ?? cause,
    extensions: { ...cause.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

// How graphql-js wraps an error thrown by a resolver.
function resolverError(cause: Error): GraphQLError {
  return new GraphQLError(cause.message, { path: ['actor'], originalError: cause });
}

describe('formatError', () => {
  const logged: string[] = [];
  const codes: string[] = [];
  const logger = pino({ level: 'warn' }, new Writable({ write: (chunk: Buffer, _e, done) => void (logged.push(chunk.toString()), done()) }));
  const format = createFormatError(logger, { onError: (code) => codes.push(code) });
  const run = (error: GraphQLError): GraphQLFormattedError => format(apolloFormatted(error), error);
  const valueNode = (source: string, kind: Kind): ASTNode => {
    let found: ASTNode | undefined;
    visit(parse(source), {
      enter(node) {
        if (node.kind !== kind) return undefined;
        found = node;
        return BREAK;
      },
    });
    if (!found) throw new Error(`no ${kind} in ${source}`);
    return found;
  };

  beforeEach(() => {
    logged.length = 0;
    codes.length = 0;
  });

  it('answers a lost database with SERVICE_UNAVAILABLE and a timeout with QUERY_TIMEOUT', () => {
    expect(run(resolverError(new GraphUnavailableError('connect ECONNREFUSED 127.0.0.1:7687'))).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(run(resolverError(new GraphTimeoutError('terminated'))).extensions).toEqual({ code: 'QUERY_TIMEOUT' });
    expect(JSON.stringify(run(resolverError(new GraphUnavailableError('connect ECONNREFUSED 127.0.0.1:7687'))))).not.toMatch(/ECONNREFUSED/);
  });

  it("answers Neo4j's memory refusals by whose they are: SERVICE_UNAVAILABLE when the running queries share it out, QUERY_TOO_COMPLEX when the question alone is too large", () => {
    const neo4jSays = (code: string): GraphQLError => resolverError(translateNeo4jError(new Neo4jError('The allocation of an extra 2.0 MiB would use more than the limit 2.8 GiB.', code, '', '')) as Error);
    for (const code of ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit', 'Neo.TransientError.General.OutOfMemoryError']) {
      const formatted = run(neo4jSays(code));
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(formatted.message).toMatch(/short of memory.*try again/);
    }
    const tooLarge = run(neo4jSays('Neo.ClientError.General.TransactionOutOfMemoryError'));
    expect(tooLarge.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(tooLarge.message).toMatch(/narrow it/);
    // Neo4j's own words (its settings, its sizes) go to the log, not to the client.
    expect(JSON.stringify(tooLarge)).not.toMatch(/2\.8 GiB/);
    expect(logged).toHaveLength(4);
    expect(logged.every((line) => /"level":40/.test(line) && /2\.8 GiB/.test(line))).toBe(true);
  });

  it('answers a connection search past its bound with QUERY_TOO_COMPLEX and the bound', () => {
    const formatted = run(resolverError(new ConnectionSearchTooLargeError(MAX_CONNECTION_VISITS + 1)));
    expect(formatted.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: MAX_CONNECTION_VISITS });
    expect(formatted.message).toMatch(/lower `maxHops` or narrow `via`/);
    expect(formatted.path).toEqual(['actor']);
  });

  it('masks a bug as INTERNAL_SERVER_ERROR and logs it with its stack', () => {
    const formatted = run(resolverError(new TypeError('x.secret is undefined')));
    expect(formatted).toEqual({ message: 'Internal server error', path: ['actor'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged.join('')).toMatch(/x\.secret is undefined.*"stack"/);
  });

  it('keeps the code and message of an error raised on purpose, without a stack trace', () => {
    const error = resolverError(new UserInputError('`first` must be between 0 and 100', { argument: 'first' }));
    const formatted = format({ ...apolloFormatted(error), extensions: { code: 'BAD_USER_INPUT', argument: 'first', stacktrace: ['at x'] } }, error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(formatted.message).toBe('`first` must be between 0 and 100');
  });

  it('gives limit errors that Apollo wrapped as validation errors their own code', () => {
    const formatted = run(validationError(new QueryTooComplexError('too deep', { limit: 'depth', max: 12 })));
    expect(formatted.extensions).toEqual(expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12 }));
    const selections = new GraphQLError('Anonymous operation recursively requests too many selections.', {
      extensions: { validationErrorCode: 'MAX_RECURSIVE_SELECTIONS_EXCEEDED' },
    });
    expect(run(validationError(selections)).extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a wrong literal value in the document with BAD_USER_INPUT, other validation errors as they are', () => {
    const enumValue = new GraphQLError('Value "SPACESHIP" does not exist in "ActorKind" enum.', { nodes: valueNode('{ a(k: SPACESHIP) }', Kind.ENUM) });
    const intValue = new GraphQLError('Int cannot represent non-integer value: "ten"', { nodes: valueNode('{ a(first: "ten") }', Kind.STRING) });
    const unknownField = new GraphQLError('Cannot query field "nope" on type "Query".', { nodes: valueNode('{ nope }', Kind.FIELD) });
    expect(run(validationError(enumValue)).extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(run(validationError(intValue)).extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(run(validationError(unknownField)).extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives a code to Apollo’s code-less refusals of a request (4xx status)', () => {
    const refusal = new GraphQLError('Unsupported persisted query version', { extensions: { http: { status: 400 } } });
    expect(run(refusal).extensions?.['code']).toBe('BAD_REQUEST');
  });

  it('reports the code of every error it formats', () => {
    run(resolverError(new GraphUnavailableError('down')));
    run(validationError(new QueryTooComplexError('too wide', { limit: 'aliases', max: 30, actual: 31 })));
    expect(codes).toEqual(['SERVICE_UNAVAILABLE', 'QUERY_TOO_COMPLEX']);
  });
});

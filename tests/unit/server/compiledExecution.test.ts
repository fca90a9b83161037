import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLError, parse, type ExecutionResult } from 'graphql';
import { COMPILE_AFTER_RUNS, compiledExecutionGateway, createCompiledExecution, MAX_REMEMBERED_DOCUMENTS } from '../../../src/server/execution';

const schema = makeExecutableSchema({
  typeDefs: `
    interface Named { name: String! }
    type Company implements Named { name: String! employees: Int }
    type Query {
      company(name: String!): Company
      named: [Named!]!
      broken: Company
      refused: Int
      strict: Company!
    }
    type Mutation { touch: Int }
  `,
  resolvers: {
    Named: { __resolveType: () => 'Company' },
    Query: {
      company: async (_root: unknown, { name }: { name: string }) => ({ name, employees: name.length }),
      named: async () => [{ name: 'a' }, { name: 'b' }],
      // A plain Error (no extensions), as a bug or a driver error would be.
      broken: async () => {
        throw new Error('boom');
      },
      refused: () => {
        throw new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } });
      },
      strict: async () => null,
    },
    Mutation: { touch: () => 1 },
  },
});

/** The parts of Apollo's request context the executor reads; the same document object on every run, as Apollo's document cache gives. */
function requestOf(document: ReturnType<typeof parse>, variables: Record<string, unknown> = {}, operationName?: string): GatewayGraphQLRequestContext {
  return { document, request: { variables, operationName }, context: {} } as unknown as GatewayGraphQLRequestContext;
}

/** Results as a client sees them: errors by message, path, locations and extensions. */
function plain(result: ExecutionResult): unknown {
  return JSON.parse(JSON.stringify({ data: result.data, errors: result.errors?.map((e) => ({ ...e.toJSON(), extensions: e.extensions })) })) as unknown;
}

describe('compiled execution (graphql-jit for repeated query documents)', () => {
  it('interprets a document until its second run, then runs it compiled with the same answer', async () => {
    const execution = createCompiledExecution(schema, 'jit');
    const document = parse('query Q($n: String!) { company(name: $n) { name employees } named { __typename name } }');
    const first = await execution.executor(requestOf(document, { n: 'Zeiss' }));
    expect(execution.counts).toEqual({ compiled: 0, interpreted: 1, compilations: 0 });
    const second = await execution.executor(requestOf(document, { n: 'Zeiss' }));
    const third = await execution.executor(requestOf(document, { n: 'Jenoptik' }));
    expect(COMPILE_AFTER_RUNS).toBe(2);
    expect(execution.counts).toEqual({ compiled: 2, interpreted: 1, compilations: 1 });
    expect(plain(second)).toEqual(plain(first));
    expect(third.data).toEqual({ company: { name: 'Jenoptik', employees: 8 }, named: [{ __typename: 'Company', name: 'a' }, { __typename: 'Company', name: 'b' }] });
  });

  it("gives resolver errors graphql-js's shape: extensions always an object, the original error kept", async () => {
    const execution = createCompiledExecution(schema, 'jit');
    const document = parse('{ broken { name } refused strict { name } }');
    const interpreted = await execution.executor(requestOf(document));
    const compiled = await execution.executor(requestOf(document));
    expect(execution.counts.compiled).toBe(1);
    expect(plain(compiled)).toEqual(plain(interpreted));
    for (const error of compiled.errors ?? []) {
      expect(error).toBeInstanceOf(GraphQLError);
      // Apollo reads extensions.code of every error; undefined extensions made it answer "Internal server error".
      expect(typeof error.extensions).toBe('object');
    }
    const at = (field: string): GraphQLError | undefined => compiled.errors?.find((e) => e.path?.[0] === field);
    const [broken, refused, strict] = [at('broken'), at('refused'), at('strict')];
    expect(broken?.originalError?.message).toBe('boom');
    expect(broken?.locations).toEqual([{ line: 1, column: 3 }]);
    expect(refused?.extensions['code']).toBe('FORBIDDEN');
    expect(strict?.message).toBe('Cannot return null for non-nullable field Query.strict.');
  });

  it("answers variables that do not coerce with graphql-js's own errors", async () => {
    const execution = createCompiledExecution(schema, 'jit');
    const document = parse('query Q($n: String!) { company(name: $n) { name } }');
    await execution.executor(requestOf(document, { n: 'x' }));
    await execution.executor(requestOf(document, { n: 'x' }));
    const wrong = await execution.executor(requestOf(document, { n: 5 }));
    expect(wrong.data).toBeUndefined();
    expect(wrong.errors?.map((e) => e.message)).toEqual(['Variable "$n" got invalid value 5; String cannot represent a non string value: 5']);
    expect(execution.counts).toEqual({ compiled: 1, interpreted: 2, compilations: 1 });
  });

  it('never compiles mutations, introspection, or anything when the engine is graphql-js', async () => {
    const execution = createCompiledExecution(schema, 'jit');
    for (const text of ['mutation { touch }', '{ __schema { queryType { name } } }', '{ __type(name: "Company") { name } }']) {
      const document = parse(text);
      for (let run = 0; run < 3; run++) expect((await execution.executor(requestOf(document))).errors).toBeUndefined();
    }
    expect(execution.counts).toEqual({ compiled: 0, interpreted: 9, compilations: 0 });

    const interpretedOnly = createCompiledExecution(schema, 'graphql-js');
    const document = parse('{ named { name } }');
    for (let run = 0; run < 3; run++) await interpretedOnly.executor(requestOf(document));
    expect(interpretedOnly.counts).toEqual({ compiled: 0, interpreted: 3, compilations: 0 });
  });

  it('compiles each operation of a document on its own', async () => {
    const execution = createCompiledExecution(schema, 'jit');
    const document = parse('query A { named { name } } query B { company(name: "x") { name } }');
    for (let run = 0; run < 3; run++) {
      expect((await execution.executor(requestOf(document, {}, 'A'))).data).toEqual({ named: [{ name: 'a' }, { name: 'b' }] });
      expect((await execution.executor(requestOf(document, {}, 'B'))).data).toEqual({ company: { name: 'x' } });
    }
    expect(execution.counts.compilations).toBe(2);
  });

  it('remembers a bounded number of documents, the least recently run forgotten first', async () => {
    expect(MAX_REMEMBERED_DOCUMENTS).toBe(500);
    const execution = createCompiledExecution(schema, 'jit', 2);
    const [a, b, c] = ['{ named { name } }', '{ company(name: "b") { name } }', '{ company(name: "c") { name } }'].map((text) => parse(text));
    const run = async (document: ReturnType<typeof parse>): Promise<void> => void (await execution.executor(requestOf(document)));
    for (const document of [a, b, b, a]) await run(document as ReturnType<typeof parse>);
    expect(execution.counts).toEqual({ compiled: 2, interpreted: 2, compilations: 2 });
    // c pushes out b (a ran more recently); b starts over as a first run, a is still compiled.
    await run(c as ReturnType<typeof parse>);
    await run(a as ReturnType<typeof parse>);
    await run(b as ReturnType<typeof parse>);
    expect(execution.counts).toEqual({ compiled: 3, interpreted: 4, compilations: 2 });
  });

  it('hands Apollo the schema and the executor through the gateway interface', async () => {
    const execution = createCompiledExecution(schema, 'jit');
    const gateway = compiledExecutionGateway(schema, execution);
    const seen: unknown[] = [];
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => seen.push(apiSchema));
    const loaded = await gateway.load({ apollo: {} });
    expect(seen).toEqual([schema]);
    expect(loaded.executor).toBe(execution.executor);
    await gateway.stop();
  });
});

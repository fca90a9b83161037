/**
 * Query execution for Apollo: graphql-jit's compiled queries for the documents clients send again and again,
 * graphql-js's `execute` for everything else. graphql-js interprets the document for every object it resolves
 * (argument coercion, a promise check and a completion step per field): for nestedRead's 610 objects that was
 * about 6 ms of CPU per request, where the compiled query of the same document takes a few tenths of a
 * millisecond (bench/README.md, "Compiled execution"). Apollo takes a custom executor only through its gateway
 * interface; everything before execution (parsing, validation, the depth, shape, cost and access limits, the
 * plugins) and after it (error formatting, the response) stays Apollo's.
 */
import { execute, getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { LRUCache } from 'lru-cache';
import type { ExecutionEngine } from '../../config';

/** A document is compiled on its this-many-th execution: a one-off query is cheaper to interpret than to compile. */
export const COMPILE_AFTER_RUNS = 2;

/**
 * Most documents the executor remembers (runs, compiled queries), least recently run forgotten first. A compiled
 * query's generated code weighs far more than its document, and Apollo's document cache is bounded by the
 * documents' size alone: without a bound of its own, clients sending many distinct documents twice each would
 * grow the compiled code without limit. 500 is far above the documents a deployment's clients send (the example
 * queries, the explorer and the notebooks use a few dozen).
 */
export const MAX_REMEMBERED_DOCUMENTS = 500;

/** What the executor knows of one parsed document (Apollo's document cache hands out the same object per text). */
interface DocumentEntry {
  runs: number;
  /** By operation name (`''` for an unnamed one); null where the operation must stay with graphql-js. */
  compiled: Map<string, CompiledQuery | null>;
}

/** Counts by engine, for the tests and /metrics. */
export interface ExecutionCounts {
  compiled: number;
  interpreted: number;
  compilations: number;
}

export interface CompiledExecution {
  executor: GatewayExecutor;
  counts: ExecutionCounts;
}

/**
 * An executor over `schema`. Only queries are compiled: a mutation's fields must run one after the other, as
 * graphql-js runs them, and introspection stays with graphql-js (rare, and its resolvers are graphql-js's own).
 * A compiled query whose variables do not coerce is run again by graphql-js, so a client sees graphql-js's
 * messages (and Apollo's BAD_USER_INPUT) whichever engine would have run it.
 */
export function createCompiledExecution(schema: GraphQLSchema, engine: ExecutionEngine, maxDocuments = MAX_REMEMBERED_DOCUMENTS): CompiledExecution {
  // Keyed by the parsed document, which Apollo's document cache hands out again for a repeated text.
  const documents = new LRUCache<DocumentNode, DocumentEntry>({ max: maxDocuments });
  const counts: ExecutionCounts = { compiled: 0, interpreted: 0, compilations: 0 };

  const interpret = (document: DocumentNode, ctx: GatewayGraphQLRequestContext): Promise<ExecutionResult> | ExecutionResult => {
    counts.interpreted++;
    return execute({ schema, document, contextValue: ctx.context, variableValues: ctx.request.variables, operationName: ctx.request.operationName });
  };

  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let entry = documents.get(document);
    if (!entry) documents.set(document, (entry = { runs: 0, compiled: new Map() }));
    entry.runs++;
    if (entry.runs < COMPILE_AFTER_RUNS) return null;
    const key = operationName ?? '';
    let compiled = entry.compiled.get(key);
    if (compiled === undefined) {
      compiled = compile(schema, document, operationName);
      if (compiled) counts.compilations++;
      entry.compiled.set(key, compiled);
    }
    return compiled;
  };

  const executor: GatewayExecutor = async (ctx) => {
    const document = ctx.document;
    const compiled = engine === 'jit' ? compiledFor(document, ctx.request.operationName) : null;
    if (!compiled) return interpret(document, ctx);
    const result = await compiled.query(undefined, ctx.context, ctx.request.variables ?? {});
    // No `data` at all: the variables did not coerce (or the operation could not start). graphql-js says why in
    // the words clients and Apollo's error classification expect.
    if (!('data' in result) || result.data === undefined) return interpret(document, ctx);
    counts.compiled++;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
  return { executor, counts };
}

/**
 * graphql-jit's error as graphql-js's: jit's own GraphQLError leaves `extensions` undefined when the resolver's
 * error had none, and Apollo reads `extensions.code` of every error (it would answer "Internal server error").
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  // jit reports the document locations itself (it keeps no AST nodes on the error).
  if (error.locations) Object.assign(converted, { locations: error.locations });
  return converted;
}

/** The compiled query of one operation, or null where graphql-js must run it. */
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query' || asksForIntrospection(operation)) return null;
  try {
    const compiled = compileQuery(schema, document, operationName);
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    // A document graphql-jit cannot compile is still a valid one (Apollo validated it): graphql-js runs it.
    return null;
  }
}

function asksForIntrospection(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => selection.kind === 'Field' && (selection.name.value === '__schema' || selection.name.value === '__type'));
}

/**
 * The gateway Apollo Server takes in place of `schema`/`typeDefs`: it hands Apollo the schema once and the
 * executor above. Apollo calls `onSchemaLoadOrUpdate` before `load`, so the schema is announced from `load`.
 */
export function compiledExecutionGateway(schema: GraphQLSchema, execution: CompiledExecution): GatewayInterface {
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: execution.executor };
    },
    async stop() {
      listeners.clear();
    },
  };
}

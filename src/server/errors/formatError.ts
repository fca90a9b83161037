import { ApolloServerValidationErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { ApiError, ErrorCode } from '../../errors';
import type { Logger } from '../logger';
import { apiErrorOf } from './apiErrorOf';

export interface FormatErrorOptions {
  /** Told the code of every error sent, e.g. to count errors by code. */
  onError?: (code: string) => void;
}

/**
 * The one place where errors become what clients see. Every error leaves with an `extensions.code` and never
 * with a stack trace:
 * - errors raised on purpose (ApiError, or Apollo's own parse/validation/variable errors) keep their message and
 *   code, with two refinements: a limit error or a scalar's input error that Apollo wrapped as a validation
 *   error keeps its own code (QUERY_TOO_COMPLEX, BAD_USER_INPUT), and a wrong literal value in the document
 *   (an unknown enum value, a string for an Int …) is BAD_USER_INPUT, as the same value in a variable is;
 * - graph-layer and traversal errors become the API errors of apiErrorOf (SERVICE_UNAVAILABLE, QUERY_TIMEOUT,
 *   QUERY_TOO_COMPLEX for a connection search past its bound; Neo4j's memory refusals by whose they are);
 * - anything else is a bug: logged with its stack, shown as INTERNAL_SERVER_ERROR without details.
 */
export function createFormatError(logger: Logger, options: FormatErrorOptions = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = formatOne(logger, formatted, error);
    options.onError?.(String(result.extensions?.['code']));
    return result;
  };
}

function formatOne(logger: Logger, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (!(original instanceof GraphQLError)) {
    const translated = apiErrorOf(original, logger);
    if (translated) return replaced(formatted, translated);
  }
  const code = formatted.extensions?.['code'];
  if (original instanceof GraphQLError || (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR)) {
    const refined = refinedCode(original);
    return withoutStack(refined === undefined ? formatted : { ...formatted, extensions: { ...formatted.extensions, code: refined } });
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a request');
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

// Node kinds of literal values in a document: a validation error pointing at one says the value is wrong.
const VALUE_KINDS: ReadonlySet<Kind> = new Set([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

/** A better code than the one Apollo gave, or undefined to keep it. */
function refinedCode(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  // Apollo refuses some requests (a persisted query of an unknown version, a hash that does not match its
  // text) with a 4xx status but no code, which would read INTERNAL_SERVER_ERROR.
  if (error.extensions['code'] === undefined && clientStatus(error)) return ErrorCode.BAD_REQUEST;
  if (error.extensions['code'] !== 'GRAPHQL_VALIDATION_FAILED') return undefined;
  // Apollo wraps every validation rule's error as GRAPHQL_VALIDATION_FAILED; the error the rule raised is
  // kept as originalError.
  const cause = error.originalError;
  if (cause instanceof ApiError) return String(cause.extensions['code']);
  if (cause instanceof GraphQLError && cause.extensions['validationErrorCode'] === ApolloServerValidationErrorCode.MAX_RECURSIVE_SELECTIONS_EXCEEDED) {
    return ErrorCode.QUERY_TOO_COMPLEX;
  }
  const first: ASTNode | undefined = error.nodes?.[0];
  if (first && VALUE_KINDS.has(first.kind)) return ErrorCode.BAD_USER_INPUT;
  return undefined;
}

function clientStatus(error: GraphQLError): boolean {
  const http = error.extensions['http'];
  const status = typeof http === 'object' && http !== null ? (http as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function replaced(formatted: GraphQLFormattedError, replacement: GraphQLError): GraphQLFormattedError {
  // `http` only sets Apollo's response status; clients never see it.
  const { http: _status, ...extensions } = replacement.extensions;
  return {
    message: replacement.message,
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions,
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, QueryTimeoutError, ServiceUnavailableError } from '../errors';
import { GraphTimeoutError, GraphUnavailableError } from '../graph';
import type { Logger } from './logger';

/**
 * The one place where errors become what clients see. Errors raised on purpose (ApiError, or Apollo's own
 * parse/validation/variable errors) keep their code and message; graph-layer errors get theirs; anything else
 * is a bug: logged with its stack, shown as INTERNAL_SERVER_ERROR without details.
 */
export function createFormatError(logger: Logger, options: { includeStack: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphUnavailableError) return withoutStack(formatted, new ServiceUnavailableError());
    if (original instanceof GraphTimeoutError) return withoutStack(formatted, new QueryTimeoutError());
    const code = formatted.extensions?.['code'];
    if (original instanceof GraphQLError || (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR)) {
      return options.includeStack ? formatted : stripStack(formatted);
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a request');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function withoutStack(formatted: GraphQLFormattedError, replacement: GraphQLError): GraphQLFormattedError {
  return {
    message: replacement.message,
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: replacement.extensions['code'] },
  };
}

function stripStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

import { GraphQLError } from 'graphql';
import { ApiError, ErrorCode, QueryTimeoutError, ServiceUnavailableError } from '../../errors';
import { ConnectionSearchTooLargeError, GraphMemoryError, GraphTimeoutError, GraphUnavailableError, MAX_CONNECTION_VISITS } from '../../graph';
import type { Logger } from '../logger';

/**
 * The API error a thrown value stands for: an error raised on purpose (a GraphQLError with a code) as it is, an
 * error of the graph layer or of a traversal by its kind, and undefined for anything else, which is a bug that
 * the caller logs and masks. The only place where graph and traversal errors become API errors: formatError,
 * the export endpoints and the HTTP error handler all ask it, so resolvers let such errors pass. A memory
 * refusal is neither the user's doing nor a bug, but what an operator sizes Neo4j's memory by: it logs Neo4j's
 * words (its settings and sizes) as a warning, since the client gets only the API's.
 */
export function apiErrorOf(error: unknown, logger: Logger): GraphQLError | undefined {
  if (error instanceof GraphUnavailableError) return new ServiceUnavailableError();
  if (error instanceof GraphTimeoutError) return new QueryTimeoutError();
  if (error instanceof GraphMemoryError) {
    logger.warn({ err: error, limit: error.limit }, 'Neo4j refused a query memory');
    return error.limit === 'shared'
      ? new ServiceUnavailableError('The graph database is short of memory for the questions running at the moment; try again shortly.')
      : new ApiError('The question needs more memory than the graph database allows one query; narrow it (smaller depth, page, scope or filter).', ErrorCode.QUERY_TOO_COMPLEX);
  }
  if (error instanceof ConnectionSearchTooLargeError) {
    return new ApiError(`The connection search reached more than ${MAX_CONNECTION_VISITS} actors; lower \`maxHops\` or narrow \`via\`.`, ErrorCode.QUERY_TOO_COMPLEX, {
      limit: MAX_CONNECTION_VISITS,
    });
  }
  if (error instanceof GraphQLError && typeof error.extensions['code'] === 'string') return error;
  return undefined;
}

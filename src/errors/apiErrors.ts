import { GraphQLError } from 'graphql';
import { ErrorCode } from './errorCode';

/** A GraphQL error with a code from ErrorCode; the base of every error the API raises on purpose. */
export class ApiError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** The caller's input is wrong: a bad argument, cursor or id format. Never retried. */
export class UserInputError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.BAD_USER_INPUT, extensions);
  }
}

/** Neo4j cannot be reached right now; retrying later may work. */
export class ServiceUnavailableError extends ApiError {
  constructor(message = 'The graph database is not reachable right now; try again shortly.') {
    super(message, ErrorCode.SERVICE_UNAVAILABLE);
  }
}

/** A query ran past its transaction timeout. */
export class QueryTimeoutError extends ApiError {
  constructor(message = 'The query took longer than the server allows; narrow it (smaller depth, page or filter).') {
    super(message, ErrorCode.QUERY_TIMEOUT);
  }
}

/** An id given in an argument or filter names no entity (of the kind the argument expects). */
export class NotFoundError extends ApiError {
  constructor(message: string, extensions: { argument: string; id: string }) {
    super(message, ErrorCode.NOT_FOUND, extensions);
  }
}

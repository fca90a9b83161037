/**
 * Every error the API returns carries one of these codes in `extensions.code`, whether GraphQL raised it or the
 * server refused the request before GraphQL saw it (src/server/limits/httpError.ts). BAD_REQUEST is Apollo's own
 * code for malformed HTTP requests, so clients see one code for the same mistake wherever it is caught.
 */
export const ErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The HTTP status of each code, the one table for every answer that carries one: errors refused before GraphQL
 * (the HTTP error handler), the export endpoints, and the errors that set Apollo's response status (auth, limits).
 * Errors raised while a GraphQL operation executes leave the status at 200, as the GraphQL-over-HTTP spec asks.
 */
export const HTTP_STATUS: { readonly [C in ErrorCode]: number } = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  QUERY_TOO_COMPLEX: 400,
  QUERY_TIMEOUT: 504,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** The HTTP status of a code; 500 for a value that is not one of ErrorCode. */
export function httpStatusOf(code: unknown): number {
  return typeof code === 'string' && Object.hasOwn(HTTP_STATUS, code) ? HTTP_STATUS[code as ErrorCode] : 500;
}

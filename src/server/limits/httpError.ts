/**
 * A request refused before GraphQL sees it (not JSON, too large, not on the allow-list …). The final Express
 * error handler answers it as `{ errors: [{ message, extensions: { code } }] }` with `status`.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Codes of errors answered outside GraphQL, beside the API's ErrorCode. BAD_REQUEST is Apollo's own code for
 * malformed HTTP requests, so clients see one code for the same mistake wherever it is caught.
 */
export const HttpErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

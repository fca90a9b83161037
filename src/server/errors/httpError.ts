import { HTTP_STATUS, type ErrorCode } from '../../errors';

/**
 * A request refused before GraphQL sees it (not JSON, too large, not on the allow-list …). The final Express
 * error handler answers it as `{ errors: [{ message, extensions: { code } }] }` with `status`. Its code is one
 * of the API's ErrorCode, like every other error's.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  /** `status` defaults to the code's own (HTTP_STATUS); give it only to pass on a client error's exact 4xx. */
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number = HTTP_STATUS[code],
  ) {
    super(message);
  }
}

import { HeaderMap } from '@apollo/server';
import { ApiError, ErrorCode, HTTP_STATUS } from '../errors';

/**
 * The request needs a credential and has none, or the one it has is not valid. HTTP 401 with
 * `WWW-Authenticate: Bearer`, so generic HTTP clients understand it too.
 */
export class UnauthenticatedError extends ApiError {
  constructor(message: string) {
    super(message, ErrorCode.UNAUTHENTICATED, { http: { status: HTTP_STATUS.UNAUTHENTICATED, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } });
  }
}

/** The credential is valid but its role does not allow the operation. HTTP 403. */
export class ForbiddenError extends ApiError {
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN, { http: { status: HTTP_STATUS.FORBIDDEN } });
  }
}

import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ErrorCode } from '../../errors';
import type { Logger } from '../logger';
import { apiErrorOf } from './apiErrorOf';
import { HttpError } from './httpError';

/**
 * The last Express error handler: whatever went wrong outside GraphQL (a body that is not JSON or too large,
 * a refused document, a bug in a middleware) is answered as JSON `{ errors: [{ message, extensions: { code } }] }`
 * with a fitting status, never Express's HTML page with a stack trace. Messages are fixed texts, so nothing of
 * the request or of the server's internals is echoed.
 */
export function httpErrorHandler(options: { logger: Logger; maxBodyBytes: number; onError?: (code: string) => void }): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      // Too late for a JSON answer; Express closes the connection.
      next(error);
      return;
    }
    const answer = toHttpError(error, options.maxBodyBytes, options.logger);
    if (answer.status >= 500) options.logger.error({ err: error }, 'unexpected error outside GraphQL');
    options.onError?.(answer.code);
    sendError(res, answer);
  };
}

/** Answers every path the server does not serve with 404 NOT_FOUND in the same JSON shape. */
export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    sendError(res, new HttpError(ErrorCode.NOT_FOUND, 'Not found: the GraphQL API is at /graphql, health at /health/live and /health/ready.'));
  };
}

function sendError(res: Response, error: HttpError): void {
  res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
}

// body-parser's errors carry `status` and a `type`, e.g. entity.too.large.
function toHttpError(error: unknown, maxBodyBytes: number, logger: Logger): HttpError {
  if (error instanceof HttpError) return error;
  // A graph or API error that reached Express (a route outside GraphQL let it through) keeps its code.
  const api = apiErrorOf(error, logger);
  if (api) return new HttpError(api.extensions['code'] as ErrorCode, api.message);
  const { status, type } = parserErrorFields(error);
  switch (type) {
    case 'entity.too.large':
      return new HttpError(ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than the limit of ${maxBodyBytes} bytes.`);
    case 'entity.parse.failed':
      return new HttpError(ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'The request body uses an unsupported encoding or charset; send UTF-8 JSON.');
    default:
      if (status !== undefined && status >= 400 && status < 500) return new HttpError(ErrorCode.BAD_REQUEST, 'The request could not be read.', status);
      return new HttpError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  }
}

function parserErrorFields(error: unknown): { status: number | undefined; type: string | undefined } {
  if (typeof error !== 'object' || error === null) return { status: undefined, type: undefined };
  const fields = error as { status?: unknown; statusCode?: unknown; type?: unknown };
  const status = typeof fields.status === 'number' ? fields.status : typeof fields.statusCode === 'number' ? fields.statusCode : undefined;
  return { status, type: typeof fields.type === 'string' ? fields.type : undefined };
}

import type { Response } from 'express';
import { ApiError, ErrorCode, httpStatusOf } from '../../errors';
import { apiErrorOf } from '../errors';
import type { Logger } from '../logger';

/** The export found nothing to start from (`from` is not an actor, `company` not a company). HTTP 404. */
export class ExportNotFoundError extends ApiError {
  constructor(message: string, argument: string) {
    super(message, ErrorCode.NOT_FOUND, { argument });
  }
}

interface HttpExtension {
  status?: number;
  headers?: Iterable<[string, string]>;
}

/**
 * Answers an export that failed before its first byte, in the GraphQL error shape
 * `{ errors: [{ message, extensions: { code, … } }] }` so a client handles both endpoints alike. Errors raised on
 * purpose keep their message and code; graph-layer errors become API errors by apiErrorOf, as in formatError;
 * the status comes from HTTP_STATUS (src/errors); anything else is logged and masked.
 */
export function sendExportError(res: Response, error: unknown, logger: Logger): void {
  const known = apiErrorOf(error, logger);
  if (!known) {
    logger.error({ err: error }, 'unexpected error in an export');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    return;
  }
  const { http, ...extensions } = known.extensions as Record<string, unknown> & { http?: HttpExtension };
  // Auth errors carry their own status and headers (401 with WWW-Authenticate: Bearer) for Apollo; honour them here too.
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  const status = http?.status ?? httpStatusOf(extensions['code']);
  res.status(status).json({ errors: [{ message: known.message, extensions }] });
}

import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ApiError, ErrorCode, QueryTimeoutError, ServiceUnavailableError } from '../../errors';
import { GraphTimeoutError, GraphUnavailableError } from '../../graph';
import type { Logger } from '../logger';

/** The export found nothing to start from (`from` is not an actor, `company` not a company). HTTP 404. */
export class ExportNotFoundError extends ApiError {
  constructor(message: string, argument: string) {
    super(message, ErrorCode.NOT_FOUND, { argument });
  }
}

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 504,
};

interface HttpExtension {
  status?: number;
  headers?: Iterable<[string, string]>;
}

/**
 * Answers an export that failed before its first byte, in the GraphQL error shape
 * `{ errors: [{ message, extensions: { code, … } }] }` so a client handles both endpoints alike. Errors raised on
 * purpose keep their message and code; graph-layer errors become SERVICE_UNAVAILABLE / QUERY_TIMEOUT as in
 * formatError.ts; anything else is logged and masked.
 */
export function sendExportError(res: Response, error: unknown, logger: Logger): void {
  let known: GraphQLError;
  if (error instanceof GraphUnavailableError) known = new ServiceUnavailableError();
  else if (error instanceof GraphTimeoutError) known = new QueryTimeoutError();
  else if (error instanceof GraphQLError && typeof error.extensions['code'] === 'string') known = error;
  else {
    logger.error({ err: error }, 'unexpected error in an export');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    return;
  }
  const { http, ...extensions } = known.extensions as Record<string, unknown> & { http?: HttpExtension };
  // Auth errors carry their own status and headers (401 with WWW-Authenticate: Bearer) for Apollo; honour them here too.
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  const status = http?.status ?? STATUS_BY_CODE[String(extensions['code'])] ?? 500;
  res.status(status).json({ errors: [{ message: known.message, extensions }] });
}

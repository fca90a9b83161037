import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger';

/** The header that carries a request's id in and out. */
export const REQUEST_ID_HEADER = 'x-request-id';
// A caller's id is kept only when it is short and plain, so it cannot forge log lines or bloat them.
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One structured log line per finished request (pino-http): method, path, status, time taken, the GraphQL
 * operation, and the request id: the caller's `x-request-id` when it is plain, otherwise a new UUID. The id is
 * echoed in the response header and is `req.id`, which becomes the GraphQL context's `requestId`. Health and
 * metrics requests are not logged (probes would drown the rest).
 */
export function requestLogger(logger: Logger, operationOf: (requestId: string) => string): RequestHandler {
  const middleware = pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers[REQUEST_ID_HEADER];
      const id = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)(\/|\?|$)/.test(req.url ?? '') },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessObject: (req: IncomingMessage, _res: ServerResponse, line: Record<string, unknown>) => ({ ...line, operation: operationOf(String(req.id)) }),
    customErrorObject: (req: IncomingMessage, _res: ServerResponse, _error: Error, line: Record<string, unknown>) => ({ ...line, operation: operationOf(String(req.id)) }),
    serializers: {
      // Only what helps to follow a request: headers may hold credentials, bodies user data.
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return (req, res, next) => middleware(req, res, next);
}

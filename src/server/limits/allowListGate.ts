import type { RequestHandler } from 'express';
import { ErrorCode } from '../../errors';
import type { AllowList } from './allowList';
import { HttpError } from '../errors';

/**
 * In allow-list mode, refuses (403 FORBIDDEN) every GraphQL request whose document is not listed, before it is
 * parsed: by its exact text, or by `extensions.persistedQuery.sha256Hash` when it sends no text. It reads the
 * request the way Apollo Server will (POST: the JSON body; GET: the first `query` and `extensions` parameters),
 * so what is checked is what runs. Malformed requests pass through for Apollo to refuse with 400.
 */
export function allowListGate(allowList: AllowList): RequestHandler {
  return (req, _res, next) => {
    const { query, hash } = req.method === 'GET' ? fromSearch(req.url) : fromBody(req.body);
    const allowed = typeof query === 'string' ? allowList.allowsText(query) : typeof hash === 'string' ? allowList.documentFor(hash) !== undefined : true;
    if (allowed) {
      next();
      return;
    }
    next(new HttpError(ErrorCode.FORBIDDEN, 'This server runs only listed operations, and this one is not on its allow-list.'));
  };
}

interface Requested {
  query: unknown;
  hash: unknown;
}

function fromBody(body: unknown): Requested {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { query: undefined, hash: undefined };
  const record = body as Record<string, unknown>;
  return { query: record['query'], hash: persistedHash(record['extensions']) };
}

function fromSearch(url: string): Requested {
  const params = new URL(url, 'http://localhost').searchParams;
  let extensions: unknown;
  try {
    extensions = JSON.parse(params.get('extensions') ?? 'null');
  } catch {
    extensions = undefined;
  }
  return { query: params.get('query') ?? undefined, hash: persistedHash(extensions) };
}

function persistedHash(extensions: unknown): unknown {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persisted = (extensions as Record<string, unknown>)['persistedQuery'];
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  return (persisted as Record<string, unknown>)['sha256Hash'];
}

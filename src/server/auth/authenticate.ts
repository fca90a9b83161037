import { findApiKey, type ApiKeyEntry } from './apiKeys';
import { ANONYMOUS, type Caller } from '../../request';

/** The caller a request's Authorization header names, or why that header is not accepted. */
export type Authentication = { ok: true; caller: Caller } | { ok: false; reason: string };

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/**
 * Reads `Authorization: Bearer <key>`. No header: the anonymous caller. A header that is not a bearer token, or
 * a key that is not in the keys file, is refused (the client should learn that its credential is wrong, rather
 * than be served as anonymous).
 */
export function authenticate(header: string | undefined, keys: readonly ApiKeyEntry[]): Authentication {
  if (header === undefined || header.trim() === '') return { ok: true, caller: ANONYMOUS };
  const match = BEARER.exec(header);
  if (!match?.[1]) return { ok: false, reason: 'The Authorization header must be `Bearer <API key>`.' };
  const entry = findApiKey(keys, match[1]);
  if (!entry) return { ok: false, reason: 'The API key is not valid (unknown or revoked).' };
  return { ok: true, caller: { kind: 'apiKey', keyId: entry.id, role: entry.role } };
}

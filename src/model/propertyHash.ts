import crypto from 'node:crypto';

/**
 * A short fingerprint of the properties an import writes, stored as `_hash` on each node and relationship:
 * a re-import compares it and leaves equal records untouched. Callers build the value with a fixed key order,
 * so equal properties give equal JSON. SHA-1 in base64url, as stored since the first import: the one-shot
 * `crypto.hash` gives the same digest without a Hash object per row (a bulk conversion hashes millions).
 */
export function propertyHash(value: unknown): string {
  return crypto.hash('sha1', JSON.stringify(value), 'base64url');
}

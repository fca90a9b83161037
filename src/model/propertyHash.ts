import { createHash } from 'node:crypto';

/**
 * A short fingerprint of the properties an import writes, stored as `_hash` on each node and relationship:
 * a re-import compares it and leaves equal records untouched. Callers build the value with a fixed key order,
 * so equal properties give equal JSON.
 */
export function propertyHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url');
}

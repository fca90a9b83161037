/**
 * API keys: 32 random bytes, base64url, with a `cg_` prefix so secret scanners and people recognise them. Only a
 * hash of each key is stored (`sha256:<hex>`): a key holds 256 random bits, so a fast hash cannot be brute-forced
 * and a slow one (scrypt, bcrypt, made for guessable passwords) would only cost CPU on every request.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ROLES, type Role } from '../../request';

/** One entry of the keys file: who the key belongs to (a label for logs), its role, and its hash. */
export interface ApiKeyEntry {
  id: string;
  role: Role;
  hash: string;
}

const KEY_PREFIX = 'cg_';
const KEY_BYTES = 32;
const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

export const apiKeyEntrySchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, ".", "_" or "-"'),
  role: z.enum(ROLES),
  hash: z.string().regex(HASH_PATTERN, 'must be "sha256:" followed by 64 lowercase hex digits'),
});

/** The stored form of a key. */
export function hashApiKey(key: string): string {
  return `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/** A new random key and its hash. Show the key once; store only the hash. */
export function generateApiKey(): { key: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(KEY_BYTES).toString('base64url')}`;
  return { key, hash: hashApiKey(key) };
}

/**
 * The entry whose hash is the presented key's, or undefined. Every entry is compared, each with
 * timingSafeEqual, so the time taken does not tell how much of a hash matched or which entry did.
 */
export function findApiKey(entries: readonly ApiKeyEntry[], presented: string): ApiKeyEntry | undefined {
  const digest = Buffer.from(hashApiKey(presented), 'utf8');
  let found: ApiKeyEntry | undefined;
  for (const entry of entries) {
    const stored = Buffer.from(entry.hash, 'utf8');
    if (stored.length === digest.length && timingSafeEqual(stored, digest) && found === undefined) found = entry;
  }
  return found;
}

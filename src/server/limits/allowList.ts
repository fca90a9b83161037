import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { ConfigError } from '../../config';

/** The documents a server in allow-list mode runs, by the sha256 of their exact text. */
export interface AllowList {
  readonly size: number;
  /** The listed document with this hash (lowercase hex sha256), or undefined. */
  documentFor(sha256: string): string | undefined;
  /** True when this exact text (byte for byte) is listed. */
  allowsText(document: string): boolean;
}

/** sha256 of a document's UTF-8 text in lowercase hex: the hash of persisted queries (APQ) too. */
export function documentHash(document: string): string {
  return createHash('sha256').update(document, 'utf8').digest('hex');
}

/** An allow-list from a map of sha256 → document; refuses entries whose key is not the hash of their text. */
export function createAllowList(entries: Readonly<Record<string, unknown>>): AllowList {
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(entries)) {
    if (typeof document !== 'string') throw new ConfigError(`Invalid allow-list: the entry ${hash} is not a string`);
    const actual = documentHash(document);
    if (actual !== hash.toLowerCase()) throw new ConfigError(`Invalid allow-list: the entry ${hash} holds a document whose sha256 is ${actual}`);
    documents.set(actual, document);
  }
  return {
    size: documents.size,
    documentFor: (sha256) => documents.get(sha256.toLowerCase()),
    allowsText: (document) => documents.has(documentHash(document)),
  };
}

/** Reads ALLOWED_OPERATIONS_FILE: a JSON object mapping sha256 → document. Fails the start when it is unusable. */
export function loadAllowList(file: string): AllowList {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Invalid configuration: ALLOWED_OPERATIONS_FILE ${file} cannot be read as JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`Invalid configuration: ALLOWED_OPERATIONS_FILE ${file} must hold a JSON object mapping sha256 to a document`);
  }
  return createAllowList(parsed as Record<string, unknown>);
}

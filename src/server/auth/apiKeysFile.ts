import fs from 'node:fs';
import { ConfigError } from '../../config';
import { apiKeyEntrySchema, type ApiKeyEntry } from './apiKeys';

/**
 * Parses the keys file: one JSON object `{"id": …, "role": …, "hash": "sha256:…"}` per line, as printed by
 * `npm run api-key`; blank lines and lines starting with `#` are skipped. Ids and hashes must be unique.
 * Throws ConfigError naming the file and line of the first problems.
 */
export function parseApiKeys(text: string, source: string): ApiKeyEntry[] {
  const entries: ApiKeyEntry[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  const hashes = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const at = `${source} line ${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push(`${at}: not a JSON object`);
      return;
    }
    const parsed = apiKeyEntrySchema.safeParse(json);
    if (!parsed.success) {
      problems.push(`${at}: ${parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')} ${i.message}` : i.message)).join(', ')}`);
      return;
    }
    const entry = parsed.data;
    if (ids.has(entry.id)) problems.push(`${at}: id "${entry.id}" appears twice`);
    else if (hashes.has(entry.hash)) problems.push(`${at}: the same key hash appears twice`);
    else entries.push(entry);
    ids.add(entry.id);
    hashes.add(entry.hash);
  });
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: API_KEYS_FILE ${problems.slice(0, 3).join('; ')}`);
  return entries;
}

/** Reads and parses the keys file; a missing or unreadable file is a ConfigError. */
export function readApiKeysFile(file: string): ApiKeyEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Invalid configuration: API_KEYS_FILE ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseApiKeys(text, file);
}

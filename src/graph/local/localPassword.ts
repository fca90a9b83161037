import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The file in the data folder that keeps a generated password (mode 600). */
export const PASSWORD_FILE = 'clustergraph-password';

/**
 * The password of user `neo4j` in the local Neo4j: the configured one, else the one kept in the data folder,
 * else a new random one written there with mode 600.
 */
export function resolveLocalPassword(dataDir: string, configured: string | undefined): string {
  if (configured !== undefined) return configured;
  const file = path.join(dataDir, PASSWORD_FILE);
  if (fs.existsSync(file)) {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept.length >= 8) return kept;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return generated;
}

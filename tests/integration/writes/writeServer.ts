import fs from 'node:fs';
import path from 'node:path';
import type { GraphClient } from '../../../src/graph';
import type { Role } from '../../../src/request';
import { generateApiKey } from '../../../src/server/auth';
import { tempDir } from '../../support/tempDir';
import { startTestServer } from '../../support/testServer';

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * A test server with a fresh keys file holding one key per role, and the Authorization header of each. The keys
 * file's folder is removed after the test file's last test.
 */
export async function startWriteServer(
  graph: GraphClient,
  options: { readsRequireAuth?: boolean; defaultRole?: Role } = {},
): Promise<{ server: TestServer; auth: Record<Role, Record<string, string>>; cleanup: () => Promise<void> }> {
  const dir = tempDir('clustergraph-keys-');
  const file = path.join(dir, 'api-keys.jsonl');
  const auth = {} as Record<Role, Record<string, string>>;
  const lines: string[] = ['# test keys'];
  for (const role of ['reader', 'editor', 'admin'] as const) {
    const { key, hash } = generateApiKey();
    auth[role] = { authorization: `Bearer ${key}` };
    lines.push(JSON.stringify({ id: `test-${role}`, role, hash }));
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  const server = await startTestServer(graph, {
    env: { API_KEYS_FILE: file, READS_REQUIRE_AUTH: options.readsRequireAuth ? 'true' : 'false' },
    ...(options.defaultRole ? { headers: auth[options.defaultRole] } : {}),
  });
  return {
    server,
    auth,
    cleanup: () => server.stop(),
  };
}

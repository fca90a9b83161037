import { PassThrough } from 'node:stream';
import { main } from '../../../src/cli/apiKey';
import { findApiKey, parseApiKeys } from '../../../src/server/auth';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdout, stderr, env: {}, cwd: process.cwd() }, out: () => out, err: () => err };
}

describe('npm run api-key', () => {
  it('prints a new key once and the keys-file line that accepts it', async () => {
    const run = io();
    expect(await main(['--role', 'editor', '--id', 'ci-bot'], run.io)).toBe(0);
    const key = /^\s+(cg_\S+)$/m.exec(run.out())?.[1];
    const line = /^\s+(\{.*\})$/m.exec(run.out())?.[1];
    expect(key).toBeDefined();
    expect(line).toBeDefined();
    const entries = parseApiKeys(line ?? '', 'printed line');
    expect(entries).toEqual([{ id: 'ci-bot', role: 'editor', hash: expect.stringMatching(/^sha256:/) }]);
    expect(findApiKey(entries, key ?? '')?.id).toBe('ci-bot');
    expect(line).not.toContain(key);
  });

  it('names a key after its role when no id is given', async () => {
    const run = io();
    expect(await main(['--role', 'admin'], run.io)).toBe(0);
    expect(run.out()).toMatch(/"id":"admin-[0-9a-f]{6}","role":"admin"/);
  });

  it('refuses a missing or unknown role and a bad id', async () => {
    expect(await main([], io().io)).toBe(2);
    const unknown = io();
    expect(await main(['--role', 'owner'], unknown.io)).toBe(2);
    expect(unknown.err()).toMatch(/reader, editor, admin/);
    expect(await main(['--role', 'editor', '--id', 'no spaces'], io().io)).toBe(2);
  });
});

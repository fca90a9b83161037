import { ConfigError, loadConfig } from '../../../../src/config';
import { findApiKey, generateApiKey, hashApiKey, loadAccessPolicy, parseApiKeys, type ApiKeyEntry } from '../../../../src/server/auth';

describe('API keys', () => {
  it('are 32 random bytes, base64url with a cg_ prefix, stored as a sha256 hash', () => {
    const { key, hash } = generateApiKey();
    expect(key).toMatch(/^cg_[A-Za-z0-9_-]{43}$/);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiKey(key));
    expect(generateApiKey().key).not.toBe(key);
  });

  it('finds the entry whose hash is the presented key, and nothing for another key', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    const entries: ApiKeyEntry[] = [
      { id: 'a', role: 'editor', hash: a.hash },
      { id: 'b', role: 'admin', hash: b.hash },
    ];
    expect(findApiKey(entries, a.key)?.id).toBe('a');
    expect(findApiKey(entries, b.key)?.role).toBe('admin');
    expect(findApiKey(entries, generateApiKey().key)).toBeUndefined();
    expect(findApiKey(entries, a.hash)).toBeUndefined();
    expect(findApiKey([], a.key)).toBeUndefined();
  });
});

describe('the keys file', () => {
  const editor = generateApiKey();
  const admin = generateApiKey();

  it('holds one JSON entry per line; blank lines and # comments are skipped', () => {
    const text = [
      '# clustergraph API keys',
      JSON.stringify({ id: 'ci-editor', role: 'editor', hash: editor.hash }),
      '',
      `  ${JSON.stringify({ id: 'ops.admin', role: 'admin', hash: admin.hash })}  `,
    ].join('\n');
    expect(parseApiKeys(text, 'keys.jsonl')).toEqual([
      { id: 'ci-editor', role: 'editor', hash: editor.hash },
      { id: 'ops.admin', role: 'admin', hash: admin.hash },
    ]);
  });

  it.each([
    ['not JSON', 'id=x role=editor', /keys\.jsonl line 1: not a JSON object/],
    ['an unknown role', JSON.stringify({ id: 'x', role: 'owner', hash: editor.hash }), /line 1: role/],
    ['a plain-text key instead of a hash', JSON.stringify({ id: 'x', role: 'editor', hash: editor.key }), /line 1: hash must be "sha256:"/],
    ['an unknown property', JSON.stringify({ id: 'x', role: 'editor', hash: editor.hash, key: editor.key }), /line 1:/],
    ['a bad id', JSON.stringify({ id: 'has space', role: 'editor', hash: editor.hash }), /line 1: id must be/],
  ])('refuses %s, naming the file and line', (_what, line, message) => {
    expect(() => parseApiKeys(line, 'keys.jsonl')).toThrow(ConfigError);
    expect(() => parseApiKeys(line, 'keys.jsonl')).toThrow(message);
  });

  it('refuses a repeated id or a repeated key', () => {
    const twiceId = [JSON.stringify({ id: 'x', role: 'editor', hash: editor.hash }), JSON.stringify({ id: 'x', role: 'admin', hash: admin.hash })].join('\n');
    expect(() => parseApiKeys(twiceId, 'k')).toThrow(/k line 2: id "x" appears twice/);
    const twiceKey = [JSON.stringify({ id: 'x', role: 'editor', hash: editor.hash }), JSON.stringify({ id: 'y', role: 'admin', hash: editor.hash })].join('\n');
    expect(() => parseApiKeys(twiceKey, 'k')).toThrow(/k line 2: the same key hash appears twice/);
  });
});

describe('the access policy', () => {
  it('is public reads and no keys by default (nobody can write)', () => {
    const config = loadConfig({});
    expect(config.auth).toEqual({ apiKeysFile: undefined, readsRequireAuth: false });
    expect(loadAccessPolicy(config.auth)).toEqual({ keys: [], readsRequireAuth: false, keysFileGiven: false });
  });

  it('reads READS_REQUIRE_AUTH as true or false only', () => {
    expect(loadConfig({ READS_REQUIRE_AUTH: 'true' }).auth.readsRequireAuth).toBe(true);
    expect(() => loadConfig({ READS_REQUIRE_AUTH: 'yes' })).toThrow(/READS_REQUIRE_AUTH/);
  });

  it('refuses READS_REQUIRE_AUTH=true without keys, and a keys file that cannot be read', () => {
    expect(() => loadAccessPolicy({ apiKeysFile: undefined, readsRequireAuth: true })).toThrow(/READS_REQUIRE_AUTH=true needs API_KEYS_FILE/);
    expect(() => loadAccessPolicy({ apiKeysFile: '/nonexistent/keys.jsonl', readsRequireAuth: false })).toThrow(/API_KEYS_FILE \/nonexistent\/keys.jsonl cannot be read \(ENOENT\)/);
  });
});

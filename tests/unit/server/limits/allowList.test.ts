import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../../../src/config';
import { createAllowList, documentHash, loadAllowList } from '../../../../src/server/limits';
import { tempDir } from '../../../support/tempDir';

describe('the allow-list of documents', () => {
  const query = '{ clusters(first: 2) { totalCount } }';

  it('hashes documents as persisted queries do (sha256 of the exact text, lowercase hex)', () => {
    expect(documentHash('{ __typename }')).toBe('7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b');
  });

  it('finds a listed document by hash, in either case, and by exact text only', () => {
    const list = createAllowList({ [documentHash(query)]: query });
    expect(list.size).toBe(1);
    expect(list.documentFor(documentHash(query))).toBe(query);
    expect(list.documentFor(documentHash(query).toUpperCase())).toBe(query);
    expect(list.documentFor('0'.repeat(64))).toBeUndefined();
    expect(list.allowsText(query)).toBe(true);
    expect(list.allowsText(`${query} `)).toBe(false);
  });

  it('refuses entries whose key is not their document’s hash, or that are not text', () => {
    expect(() => createAllowList({ ['0'.repeat(64)]: query })).toThrow(ConfigError);
    expect(() => createAllowList({ [documentHash(query)]: 42 })).toThrow(/not a string/);
  });

  it('reads a JSON file and names it when it is not a JSON object', () => {
    const dir = tempDir('clustergraph-allow-');
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, JSON.stringify({ [documentHash(query)]: query }));
    expect(loadAllowList(good).allowsText(query)).toBe(true);
    const array = path.join(dir, 'array.json');
    fs.writeFileSync(array, JSON.stringify([query]));
    expect(() => loadAllowList(array)).toThrow(/ALLOWED_OPERATIONS_FILE .*array\.json must hold a JSON object/);
    expect(() => loadAllowList(path.join(dir, 'missing.json'))).toThrow(/ALLOWED_OPERATIONS_FILE .*missing\.json cannot be read/);
  });
});

import type { GraphClient } from '../../../src/graph';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { startWriteServer } from './writeServer';

/**
 * Who may do what, over HTTP: reads are public by default, writes need an editor or admin key, deletes an admin
 * key. No key: UNAUTHENTICATED (401); too small a role: FORBIDDEN (403); both before anything runs.
 */
describe('access control over HTTP', () => {
  const p = uniquePrefix('access');
  let graph: GraphClient;
  let open: Awaited<ReturnType<typeof startWriteServer>>;
  let closed: Awaited<ReturnType<typeof startWriteServer>>;

  beforeAll(async () => {
    graph = createTestGraph();
    open = await startWriteServer(graph);
    closed = await startWriteServer(graph, { readsRequireAuth: true });
  });

  afterAll(async () => {
    await open?.cleanup();
    await closed?.cleanup();
    await deleteByPrefix(graph, p);
    await graph.close();
  });

  async function nodeCount(id: string): Promise<number> {
    const [row] = await graph.read({ name: 'test_count', text: 'MATCH (n:Entity {id: $id}) RETURN count(n) AS n', params: { id } });
    return row?.['n'] as number;
  }

  const upsert = (id: string) => ({
    query: 'mutation($input: ClusterInput!) { upsertCluster(input: $input) { created errors { code } } }',
    variables: { input: { id, name: 'Access Test', sources: ['illustrative'] } },
  });
  const remove = (id: string) => ({ query: 'mutation($id: ID!) { deleteCluster(id: $id) { deletedId errors { code } } }', variables: { id } });
  const READ = { query: '{ node(id: "no-such-entity") { id } }', variables: {} };

  type Who = 'anonymous' | 'reader' | 'editor' | 'admin';
  const headersOf = (harness: typeof open, who: Who): Record<string, string> => (who === 'anonymous' ? {} : harness.auth[who]);

  it.each<[string, Who, number, string | null]>([
    ['an upsert', 'anonymous', 401, 'UNAUTHENTICATED'],
    ['an upsert', 'reader', 403, 'FORBIDDEN'],
    ['an upsert', 'editor', 200, null],
    ['an upsert', 'admin', 200, null],
  ])('%s by %s: HTTP %i, %s', async (_what, who, status, code) => {
    const id = `${p}up-${who}`;
    const { query, variables } = upsert(id);
    const response = await open.server.query(query, variables, headersOf(open, who));
    expect(response.status).toBe(status);
    if (code === null) {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.['upsertCluster']).toEqual({ created: true, errors: [] });
      expect(await nodeCount(id)).toBe(1);
    } else {
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors).toEqual([expect.objectContaining({ extensions: { code } })]);
      expect(await nodeCount(id)).toBe(0);
    }
  });

  it.each<[Who, number, string | null]>([
    ['anonymous', 401, 'UNAUTHENTICATED'],
    ['reader', 403, 'FORBIDDEN'],
    ['editor', 403, 'FORBIDDEN'],
    ['admin', 200, null],
  ])('a delete by %s: HTTP %i, %s', async (who, status, code) => {
    const id = `${p}del-${who}`;
    await open.server.query(upsert(id).query, upsert(id).variables, open.auth.admin);
    const { query, variables } = remove(id);
    const response = await open.server.query(query, variables, headersOf(open, who));
    expect(response.status).toBe(status);
    expect(response.body.errors?.[0]?.extensions?.['code'] ?? null).toBe(code);
    expect(await nodeCount(id)).toBe(code === null ? 0 : 1);
  });

  it('refuses a whole operation when one of its fields needs a higher role, running none of it', async () => {
    const id = `${p}mixed`;
    const response = await open.server.query(
      `mutation($input: ClusterInput!, $id: ID!) { upsertCluster(input: $input) { created } deleteCluster(id: $id) { deletedId } }`,
      { ...upsert(id).variables, id: `${p}whatever` },
      open.auth.editor,
    );
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0]?.message).toBe('`deleteCluster` needs the admin role; the API key "test-editor" has the editor role.');
    expect(await nodeCount(id)).toBe(0);
  });

  it('serves reads without a key by default, and refuses a wrong or malformed key even for reads', async () => {
    expect((await open.server.query(READ.query)).body).toEqual({ data: { node: null }, extensions: expect.anything() });
    const wrong = await open.server.query(READ.query, {}, { authorization: 'Bearer cg_not-a-real-key' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('not valid'), extensions: { code: 'UNAUTHENTICATED' } });
    const basic = await open.server.query(READ.query, {}, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(basic.status).toBe(401);
    expect(basic.body.errors?.[0]?.message).toMatch(/Bearer <API key>/);
  });

  it.each<[Who, number, string | null]>([
    ['anonymous', 401, 'UNAUTHENTICATED'],
    ['reader', 200, null],
    ['editor', 200, null],
    ['admin', 200, null],
  ])('with READS_REQUIRE_AUTH=true, a read by %s: HTTP %i, %s', async (who, status, code) => {
    const response = await closed.server.query(READ.query, {}, headersOf(closed, who));
    expect(response.status).toBe(status);
    if (code === null) expect(response.body.data).toEqual({ node: null });
    else expect(response.body.errors?.[0]?.extensions?.['code']).toBe(code);
  });

  it('answers 401 with WWW-Authenticate: Bearer', async () => {
    const response = await fetch(open.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(upsert(`${p}header`)),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });
});

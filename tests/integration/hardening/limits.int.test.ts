import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { getIntrospectionQuery } from 'graphql';
import pino from 'pino';
import { ConfigError } from '../../../src/config';
import type { GraphClient } from '../../../src/graph';
import { documentHash } from '../../../src/server/limits';
import { tempDir } from '../../support/tempDir';
import { createTestGraph } from '../../support/testGraph';
import { firstCode, startHardenedServer, type HardenedServer } from './hardenedServer';
import { WrappedGraphClient } from './wrappedGraph';

/** The limits and production settings of the HTTP server, at their defaults and configured. */
describe('limits and production settings', () => {
  let graph: GraphClient;
  const started: HardenedServer[] = [];
  const start = async (...args: Parameters<typeof startHardenedServer> extends [GraphClient, ...infer R] ? R : never): Promise<HardenedServer> => {
    const server = await startHardenedServer(graph, ...args);
    started.push(server);
    return server;
  };

  beforeAll(() => {
    graph = createTestGraph();
  });
  afterAll(async () => {
    await Promise.all(started.map((s) => s.stop()));
    await graph.close();
  });

  // Partners of partners …: 1 + 3 × levels fields deep, small pages so that only the depth counts.
  const partners = (levels: number): string => `{ actor(id: "jenoptik-ag") { ${'partners(first: 2) { edges { node { '.repeat(levels)}id ${'} } } '.repeat(levels)}} }`;

  describe('the defaults', () => {
    let server: HardenedServer;
    beforeAll(async () => {
      server = await start();
    });

    it('let through what the read API and its tools need', async () => {
      const nested = `{ clusters(first: 20) { edges { node { name members(first: 20) { edges { node { name
        partners(first: 5) { edges { node { name region { name } } } } } } } } } } }`;
      // The cost is the same for any start: the estimate is of the shape, not of what the start reaches.
      const network = `{ partnerNetwork(from: "tu-dresden", depth: 4, maxNodes: 1000, first: 100) { depth truncated
        subgraph { nodes { id name kind distance } edges { source target linkKind directed } }
        rows { totalCount edges { cursor distance node { id name } firstHop { id } via { linkKind actorId actorName } viaSummary } } } }`;
      for (const query of [nested, network, getIntrospectionQuery(), partners(3)]) {
        const answer = await server.query(query);
        expect([query.slice(0, 40), answer.status, answer.body?.errors]).toEqual([query.slice(0, 40), 200, undefined]);
      }
    });

    it('refuse a query nested deeper than 12 levels, saying which limit and its maximum', async () => {
      const answer = await server.query(partners(4));
      expect(answer.status).toBe(400);
      expect(answer.body?.errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/more than 12 levels/), extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12 } }),
      ]);
    });

    it('weigh traversals by their depth, hops or tiers: a handful per request, not dozens', async () => {
      const connection = (n: number) => `c${n}: shortestConnection(from: "jenoptik-ag", to: "carl-zeiss-ag", maxHops: 6) { length }`;
      const four = await server.query(`{ ${[1, 2, 3, 4].map(connection).join(' ')} }`);
      expect(four.body?.errors).toBeUndefined();
      const five = await server.query(`{ ${[1, 2, 3, 4, 5].map(connection).join(' ')} }`);
      expect(five.status).toBe(400);
      expect(five.body?.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 25_000, actual: 30_005 });
    });
  });

  it('count depth through fragments', async () => {
    const server = await start({ settings: { limits: { maxDepth: 4 } } });
    const viaFragment = (inner: string) => `{ actor(id: "jenoptik-ag") { ...P } } fragment P on Actor { partners { edges { node { ${inner} } } } }`;
    expect((await server.query(viaFragment('id'))).body?.errors).toBeUndefined();
    expect(firstCode(await server.query(viaFragment('region { id }')))).toBe('QUERY_TOO_COMPLEX');
  });

  it('take the cost limit, aliases, root fields, directives and tokens from the settings', async () => {
    const server = await start({ settings: { limits: { maxCost: 100, maxAliases: 2, maxRootFields: 2, maxDirectives: 1, maxTokens: 40 } } });
    const cases: Array<[string, Record<string, unknown> | undefined, string | undefined]> = [
      // 1 + 30 × (edges + node + id) = 91; with 40 it is 121.
      ['query($n: Int) { actors(first: $n) { edges { node { id } } } }', { n: 30 }, undefined],
      ['query($n: Int) { actors(first: $n) { edges { node { id } } } }', { n: 40 }, 'QUERY_TOO_COMPLEX'],
      ['{ a: __typename b: __typename }', undefined, undefined],
      ['{ actors(first: 1) { a: totalCount b: totalCount c: totalCount } }', undefined, 'QUERY_TOO_COMPLEX'],
      ['{ __typename ...R } fragment R on Query { __typename __typename }', undefined, 'QUERY_TOO_COMPLEX'],
      ['{ __typename @include(if: true) }', undefined, undefined],
      ['{ __typename @include(if: true) x: __typename @skip(if: false) }', undefined, 'QUERY_TOO_COMPLEX'],
      [`{ actors(first: 1) { totalCount ${'totalCount '.repeat(40)}} }`, undefined, 'GRAPHQL_PARSE_FAILED'],
    ];
    for (const [query, variables, code] of cases) {
      const answer = await server.query(query, variables);
      expect([query, variables, firstCode(answer)]).toEqual([query, variables, code]);
      expect(answer.status).toBe(code === undefined ? 200 : 400);
    }
  });

  it('refuse a body over MAX_BODY_BYTES with 413 and accept one under it', async () => {
    const server = await start({ settings: { maxBodyBytes: 1_000 } });
    const padded = (bytes: number) => ({ query: `{ __typename } #${'x'.repeat(bytes - 35)}` });
    expect((await server.send({ body: padded(900) })).status).toBe(200);
    const tooLarge = await server.send({ body: padded(1_100) });
    expect([tooLarge.status, firstCode(tooLarge), tooLarge.body?.errors?.[0]?.message]).toEqual([413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than the limit of 1000 bytes.']);
  });

  it('switch introspection off: no __schema, no landing page, ordinary queries still run', async () => {
    const server = await start({ settings: { introspection: false } });
    const introspection = await server.query(getIntrospectionQuery());
    expect([introspection.status, firstCode(introspection)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect((await server.query('{ __typename actor(id: "jenoptik-ag") { id } }')).body?.errors).toBeUndefined();
    const landing = await server.send({ method: 'GET', headers: { accept: 'text/html' } });
    expect(landing.text).not.toMatch(/<html/i);
  });

  it('mask errors in production: no stack, no internals, no schema hints, every error with a code; the bug is logged', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, new Writable({ write: (chunk: Buffer, _e, done) => void (lines.push(chunk.toString()), done()) }));
    const failing = new WrappedGraphClient(graph, async (statement) => {
      if (statement.name !== 'ping') throw new TypeError('Cannot read properties of undefined (reading "secretColumn")');
    });
    const server = await start({ production: true, logger });
    const broken = await startHardenedServer(failing, { production: true, logger });
    started.push(broken);

    const answer = await broken.query('{ actor(id: "jenoptik-ag") { name } }');
    expect(answer.status).toBe(200);
    expect(answer.body?.errors).toEqual([{ message: 'Internal server error', locations: expect.any(Array), path: ['actor'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(answer.text).not.toMatch(/secretColumn|TypeError|stack/);
    expect(lines.join('')).toMatch(/secretColumn/);

    const typo = await server.query('{ actorz(id: "x") { name } }');
    expect([typo.status, firstCode(typo)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect(typo.text).not.toMatch(/Did you mean/);
  });

  describe('allow-list mode (ALLOWED_OPERATIONS_FILE)', () => {
    const listed = 'query ActorName($id: ID!) { actor(id: $id) { name } }';
    const alsoListed = '{ clusters(first: 2) { totalCount } }';
    const dir = tempDir('clustergraph-allow-list-');
    const file = path.join(dir, 'operations.json');
    let server: HardenedServer;
    const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

    beforeAll(async () => {
      fs.writeFileSync(file, JSON.stringify({ [documentHash(listed)]: listed, [documentHash(alsoListed)]: alsoListed }));
      server = await start({ settings: { allowedOperationsFile: file } });
    });

    it('runs a listed document sent as text, by POST and by GET', async () => {
      const post = await server.query(listed, { id: 'jenoptik-ag' });
      expect([post.status, post.body?.errors]).toEqual([200, undefined]);
      const get = await server.send({
        method: 'GET',
        path: `/graphql?${new URLSearchParams({ query: alsoListed }).toString()}`,
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect([get.status, get.body?.data]).toEqual([200, { clusters: { totalCount: expect.any(Number) } }]);
    });

    it('runs a listed document named only by its sha256, by POST and by GET', async () => {
      const post = await server.send({ body: { variables: { id: 'jenoptik-ag' }, extensions: persisted(documentHash(listed)) } });
      expect([post.status, post.body?.errors, post.body?.data?.['actor']]).toEqual([200, undefined, { name: expect.any(String) }]);
      const params = new URLSearchParams({ extensions: JSON.stringify(persisted(documentHash(alsoListed))) });
      const get = await server.send({ method: 'GET', path: `/graphql?${params.toString()}`, headers: { 'apollo-require-preflight': 'true' } });
      expect([get.status, get.body?.errors]).toEqual([200, undefined]);
    });

    it('refuses anything else with 403 FORBIDDEN before parsing it, including attempts to register a document', async () => {
      const other = '{ actors(first: 1) { totalCount } }';
      const refused = [
        await server.query(other),
        await server.query(`${listed} `, { id: 'jenoptik-ag' }),
        await server.send({ body: { extensions: persisted('a'.repeat(64)) } }),
        await server.send({ body: { query: other, extensions: persisted(documentHash(other)) } }),
        await server.send({ method: 'GET', path: `/graphql?${new URLSearchParams({ query: other }).toString()}`, headers: { 'apollo-require-preflight': 'true' } }),
        await server.query('{ this is not even graphql'),
      ];
      for (const answer of refused) expect([answer.status, firstCode(answer)]).toEqual([403, 'FORBIDDEN']);
      // The refused document was not registered either.
      expect((await server.send({ body: { extensions: persisted(documentHash(other)) } })).status).toBe(403);
    });

    it('refuses to start with a list whose keys are not the documents’ hashes', async () => {
      const bad = path.join(dir, 'bad.json');
      fs.writeFileSync(bad, JSON.stringify({ ['0'.repeat(64)]: listed }));
      await expect(startHardenedServer(graph, { settings: { allowedOperationsFile: bad } })).rejects.toThrow(ConfigError);
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { GraphClient } from '../../../src/graph';
import { generateApiKey } from '../../../src/server/auth';
import { tempDir } from '../../support/tempDir';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { firstCode, graphSize, startHardenedServer, type HardenedServer, type RawRequest } from './hardenedServer';

/**
 * Malformed and hostile requests against a server with the default settings. Each row states the HTTP status
 * and the error code a client gets (null: an answer without errors). Whatever the row, the answer is JSON, holds
 * no stack trace and leaves the database as it was.
 */
interface HostileCase {
  name: string;
  request: RawRequest;
  status: number;
  code: string | null;
}

const INJECTION = "x' }) MATCH (n) DETACH DELETE n //";
// The editor key of the server under test (its keys file is written before the server starts).
const EDITOR = generateApiKey();
const asEditor = { authorization: `Bearer ${EDITOR.key}` };
const PREFIX = uniquePrefix('hostile');
const INJECTION_2 = '") RETURN 1 UNION MATCH (n) SET n.owned = true RETURN 1 AS x //';
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

const gql = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}): RawRequest => ({ body: { query, variables, ...extra } });
const get = (params: Record<string, string>, headers: Record<string, string> = PREFLIGHT): RawRequest => ({
  method: 'GET',
  path: `/graphql?${new URLSearchParams(params).toString()}`,
  headers,
});
const repeat = (n: number, make: (i: number) => string, separator = ' '): string => Array.from({ length: n }, (_, i) => make(i)).join(separator);
const nested = (levels: number, open: string, close: string, inner: string): string => `${open.repeat(levels)}${inner}${close.repeat(levels)}`;

// Partners of partners of partners …: each level is three fields deep (partners → edges → node).
const deepPartners = (levels: number): string => `{ actor(id: "jenoptik-ag") { ${nested(levels, 'partners { edges { node { ', '} } } ', 'id ')}} }`;
// Fragments that each spread the next one twice: 2^n selections from n short lines.
const fragmentBomb = (levels: number): string =>
  `query Bomb { ...F0 } ${repeat(levels, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F${levels} on Query { __typename }`;

const cases: HostileCase[] = [
  // Syntax
  { name: 'an unclosed selection set', request: gql('{ actors { totalCount }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'only closing braces', request: gql('}}}}'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unterminated string', request: gql('{ actor(id: "x) { name } }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a malformed number', request: gql('{ actors(first: 1.2.3) { totalCount } }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a control character in the document', request: gql('{ actors \u0007 { totalCount } }'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a document of only a comment', request: gql('# nothing here'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an empty query', request: gql(''), status: 400, code: 'BAD_REQUEST' },
  { name: 'a query that is a number', request: { body: { query: 42 } }, status: 400, code: 'BAD_REQUEST' },
  { name: 'more tokens than allowed (6000 fields)', request: gql(`{ ${repeat(6000, () => 'a')} }`), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'selections nested 3000 deep', request: gql(nested(3000, '{ a ', '} ', 'b ')), status: 400, code: 'GRAPHQL_PARSE_FAILED' },

  // Validation against the schema
  { name: 'an unknown field', request: gql('{ nope }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown argument', request: gql('{ actors(nope: 1) { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a missing required argument', request: gql('{ actor { name } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a selection on a scalar', request: gql('{ actors { totalCount { x } } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an object without a selection', request: gql('{ actors }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown fragment', request: gql('{ ...Missing }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a fragment cycle', request: gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'a fragment cycle through fields',
    request: gql('{ actor(id: "jenoptik-ag") { ...P } } fragment P on Actor { partners { edges { node { ...P } } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'an undefined variable', request: gql('{ actor(id: $x) { name } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'two operations of the same name', request: gql('query A { __typename } query A { __typename }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown directive', request: gql('{ __typename @nope }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a repeated directive', request: gql('{ __typename @skip(if: false) @skip(if: false) }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: '1000 unknown fields (validation stops at its error cap)',
    request: gql(`{ ${repeat(1000, (i) => `f${i}`)} }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'a subscription (the API has none)', request: gql('subscription { __typename }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },

  // Wrong literal values in the document
  { name: 'a string for an Int', request: gql('{ actors(first: "ten") { totalCount } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an unknown enum value', request: gql('{ actors(filter: { kinds: [SPACESHIP] }) { totalCount } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a quoted enum value', request: gql('{ actors(filter: { kinds: ["COMPANY"] }) { totalCount } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an unknown enum value in an order', request: gql('{ actors(orderBy: { field: RANDOM }) { totalCount } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an unknown input field', request: gql('{ actors(filter: { nope: 1 }) { totalCount } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an Int beyond 32 bits', request: gql('{ actors(first: 99999999999) { totalCount } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'null for a required id', request: gql('{ actor(id: null) { name } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a string for a Float', request: gql('{ actorsNear(latitude: "north", longitude: 0, radiusKm: 1) { distanceKm } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an impossible date literal', request: gql('{ actor(id: "jenoptik-ag") { memberships(asOf: "2019-13-01") { since } } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a list nested 1000 deep', request: gql(`{ actors(filter: { kinds: ${nested(1000, '[', ']', 'COMPANY')} }) { totalCount } }`), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an input object nested 1000 deep', request: gql(`{ actors(filter: ${nested(1000, '{ a: ', '} ', '1 ')}) { totalCount } }`), status: 400, code: 'BAD_USER_INPUT' },

  // Variables
  { name: 'a string variable for an Int', request: gql('query($n: Int) { actors(first: $n) { totalCount } }', { n: 'ten' }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an unknown enum value in a variable', request: gql('query($k: [ActorKind!]) { actors(filter: { kinds: $k }) { totalCount } }', { k: ['SPACESHIP'] }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a missing required variable', request: gql('query($id: ID!) { actor(id: $id) { name } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'variables that are not an object', request: gql('{ __typename }', undefined, { variables: 'x' }), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a deeply nested variable object',
    request: gql('query($f: ActorFilter) { actors(filter: $f) { totalCount } }', { f: JSON.parse(nested(500, '{"kinds":', '}', '"x"')) as unknown }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'extensions that are not an object', request: gql('{ __typename }', undefined, { extensions: 'x' }), status: 400, code: 'BAD_REQUEST' },

  // Limits: depth, width, fragments, directives, cost
  { name: 'partners nested 6 levels (18 fields deep)', request: gql(deepPartners(6)), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: '40 aliases of one field', request: gql(`{ actors { ${repeat(40, (i) => `a${i}: totalCount`)} } }`), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: '25 aliased shortest connections',
    request: gql(`{ ${repeat(25, (i) => `c${i}: shortestConnection(from: "jenoptik-ag", to: "carl-zeiss-ag", maxHops: 6) { length }`)} }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: '25 root fields', request: gql(`{ ${repeat(25, () => '__typename')} }`), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'a fragment bomb (2^24 selections)', request: gql(fragmentBomb(24)), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: 'a fragment bomb inside fields',
    request: gql(
      `{ actors(first: 1) { edges { node { ...G0 } } } } ${repeat(20, (i) => `fragment G${i} on Actor { ...G${i + 1} ...G${i + 1} }`)} fragment G20 on Actor { name }`,
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: 'directive spam (60 directives)', request: gql(`{ actors { ${repeat(30, (i) => `a${i}: totalCount @skip(if: false) @include(if: true)`)} } }`), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: 'nested pages of 100 (a million rows)',
    request: gql('{ actors(first: 100) { edges { node { partners(first: 100) { edges { node { partners(first: 100) { edges { node { id } } } } } } } } } }'),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'nested pages of 100 through variables',
    request: gql('query($n: Int) { actors(first: $n) { edges { node { partners(first: $n) { edges { node { partners(first: $n) { edges { node { id } } } } } } } } } }', { n: 100 }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'six deep partner networks of 100 rows',
    request: gql(
      `{ ${repeat(6, (i) => `n${i}: partnerNetwork(from: "jenoptik-ag", depth: 4, maxNodes: 1000, first: 100) { rows { edges { node { id name } distance viaSummary } } }`)} }`,
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  // graphql-js's own rule (MaxIntrospectionDepthRule) refuses it, as a validation error.
  {
    name: 'an introspection bomb (fields of types of fields …)',
    request: gql('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },

  // Cypher-looking strings: data where a string is data, refused where an id is expected
  { name: 'a Cypher injection as an actor id', request: gql('query($id: ID!) { actor(id: $id) { name } }', { id: INJECTION }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a Cypher injection as a node id', request: gql('query($id: ID!) { node(id: $id) { id } }', { id: INJECTION_2 }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a Cypher injection as a cluster id literal', request: gql(`{ cluster(id: ${JSON.stringify(INJECTION)}) { name } }`), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a Cypher injection as a region filter', request: gql('query($r: ID) { actors(filter: { region: $r }) { totalCount } }', { r: INJECTION }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a Cypher injection as a traversal start', request: gql('query($id: ID!) { supplyChain(company: $id) { tiers { tier } } }', { id: INJECTION_2 }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a Cypher injection as nameContains (data)', request: gql('query($t: String) { actors(filter: { nameContains: $t }) { totalCount } }', { t: INJECTION }), status: 200, code: null },
  { name: 'a Cypher injection as sourceContains (data)', request: gql('query($t: String) { actors(filter: { sourceContains: $t }) { totalCount } }', { t: INJECTION_2 }), status: 200, code: null },
  { name: 'a Cypher injection as search text (data)', request: gql('query($t: String!) { search(text: $t) { score } }', { t: INJECTION }), status: 200, code: null },
  { name: 'Lucene syntax as search text (data)', request: gql('query($t: String!) { search(text: $t) { score } }', { t: 'name:(a OR b)~2 AND "x* [a TO z] \\' }), status: 200, code: null },

  // Giant values and pages
  { name: 'a 90 kB id', request: gql('query($id: ID!) { actor(id: $id) { name } }', { id: 'a'.repeat(90_000) }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 90 kB nameContains', request: gql('query($t: String) { actors(filter: { nameContains: $t }) { totalCount } }', { t: 'x'.repeat(90_000) }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 90 kB search text', request: gql('query($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(90_000) }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a NUL byte in an id', request: gql('query($id: ID!) { actor(id: $id) { name } }', { id: 'jenoptik\u0000-ag' }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a list of 8000 kinds', request: gql('query($k: [ActorKind!]) { actors(filter: { kinds: $k }) { totalCount } }', { k: Array.from({ length: 8000 }, () => 'COMPANY') }), status: 200, code: null },
  { name: 'a huge first', request: gql('{ actors(first: 2000000000) { edges { node { id } } } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a negative first', request: gql('{ actors(first: -5) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a traversal depth out of bounds', request: gql('{ partnerNetwork(from: "jenoptik-ag", depth: 50) { depth } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 10 000-character operation name', request: gql(`query ${'Q'.repeat(10_000)} { __typename }`), status: 200, code: null },

  // Operations and persisted queries
  { name: 'an operationName that is not in the document', request: gql('query A { __typename }', undefined, { operationName: 'B' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'two operations without an operationName', request: gql('query A { __typename } query B { __typename }'), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  {
    name: 'an unknown persisted-query hash',
    request: { body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } } },
    status: 200,
    code: 'PERSISTED_QUERY_NOT_FOUND',
  },
  {
    name: 'a persisted query of an unknown version',
    request: { body: { query: '{ __typename }', extensions: { persistedQuery: { version: 9, sha256Hash: 'f'.repeat(64) } } } },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a persisted-query hash that does not match its text',
    request: { body: { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } } },
    status: 400,
    code: 'BAD_REQUEST',
  },

  // Writes and credentials
  {
    name: 'a mutation without a key',
    request: gql(`mutation { upsertCompany(input: { id: "${PREFIX}nokey", name: "x", sources: ["illustrative"] }) { created } }`),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  { name: 'a forged API key', request: { body: { query: '{ __typename }' }, headers: { authorization: 'Bearer cg_forged' } }, status: 401, code: 'UNAUTHENTICATED' },
  { name: 'an Authorization header that is not a bearer token', request: { body: { query: '{ __typename }' }, headers: { authorization: "Basic ' OR 1=1 --" } }, status: 401, code: 'UNAUTHENTICATED' },
  {
    name: 'a delete with an editor key',
    request: { body: { query: `mutation { deleteActor(id: "${PREFIX}none") { deletedId } }` }, headers: asEditor },
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    name: 'an upsert with an unknown enum value in a variable',
    request: {
      body: { query: 'mutation($i: CompanyInput!) { upsertCompany(input: $i) { created } }', variables: { i: { id: `${PREFIX}enum`, name: 'x', size: 'GIGANTIC', sources: ['s'] } } },
      headers: asEditor,
    },
    status: 400,
    code: 'BAD_USER_INPUT',
  },

  // HTTP: bodies, content types, methods, paths
  { name: 'a body that is not JSON', request: { body: '{"query": ' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON string as the body', request: { body: '"{ __typename }"' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty JSON object', request: { body: {} }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON body hiding the query under __proto__', request: { body: '{"__proto__": {"query": "{ __typename }"}}' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a batch of two operations', request: { body: [{ query: '{ __typename }' }, { query: '{ __typename }' }] }, status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty batch', request: { body: [] }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a body over the size limit (200 kB)', request: { body: { query: `{ __typename } # ${'x'.repeat(200_000)}` } }, status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a JSON body sent as text/plain', request: { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'text/plain' } }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a form-encoded body', request: { body: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, status: 400, code: 'BAD_REQUEST' },
  { name: 'an XML body', request: { body: '<query>{ __typename }</query>', headers: { 'content-type': 'application/xml', ...PREFLIGHT } }, status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a JSON body in latin1',
    request: { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'application/json; charset=latin1' } },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'an unknown content encoding',
    request: { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'application/json', 'content-encoding': 'rot13' } },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a gzip content encoding over a plain body',
    request: { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } },
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'a GET query without a CSRF preflight header', request: get({ query: '{ __typename }' }, {}), status: 400, code: 'BAD_REQUEST' },
  { name: 'a GET query with the preflight header', request: get({ query: '{ __typename }' }), status: 200, code: null },
  {
    name: 'a GET mutation',
    request: get({ query: 'mutation { deleteActor(id: "t-hostile-nothing") { deletedId } }' }),
    status: 405,
    code: 'BAD_REQUEST',
  },
  { name: 'a GET with malformed extensions', request: get({ query: '{ __typename }', extensions: '{' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'a PUT request', request: { method: 'PUT', body: { query: '{ __typename }' } }, status: 405, code: 'BAD_REQUEST' },
  { name: 'a DELETE request', request: { method: 'DELETE', headers: PREFLIGHT }, status: 405, code: 'BAD_REQUEST' },
  { name: 'an unknown path', request: { method: 'GET', path: '/wp-admin/install.php' }, status: 404, code: 'NOT_FOUND' },
  { name: 'a path traversal attempt', request: { method: 'GET', path: '/graphql/../../etc/passwd' }, status: 404, code: 'NOT_FOUND' },
  { name: 'a POST to a health check', request: { path: '/health/live', body: { query: '{ __typename }' } }, status: 404, code: 'NOT_FOUND' },
];

describe('hostile and malformed requests', () => {
  let graph: GraphClient;
  let server: HardenedServer;
  let before: { nodes: number; relationships: number };

  const keysDir = tempDir('clustergraph-hostile-keys-');

  beforeAll(async () => {
    graph = createTestGraph();
    const keysFile = path.join(keysDir, 'keys.jsonl');
    fs.writeFileSync(keysFile, `${JSON.stringify({ id: 'hostile-editor', role: 'editor', hash: EDITOR.hash })}\n`, { mode: 0o600 });
    server = await startHardenedServer(graph, { env: { API_KEYS_FILE: keysFile, READS_REQUIRE_AUTH: 'false' } });
    before = await graphSize(graph);
  });
  afterAll(async () => {
    await server?.stop();
    await deleteByPrefix(graph, PREFIX);
    await graph?.close();
  });

  it('has a table of at least 60 cases with distinct names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, hostile) => {
    const answer = await server.send(hostile.request);
    expect({ status: answer.status, code: firstCode(answer) ?? null }).toEqual({ status: hostile.status, code: hostile.code });
    // Always JSON with a code on every error, never a stack trace or an HTML page.
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toBeDefined();
    for (const error of answer.body?.errors ?? []) expect(typeof error.extensions?.['code']).toBe('string');
    expect(answer.text).not.toMatch(/stacktrace|\bat [\w.<>]+ \(|node_modules|<html/i);
  });

  it('stores Cypher-looking text literally where it is data, and refuses it as an id', async () => {
    const upsert = 'mutation($i: CompanyInput!) { upsertCompany(input: $i) { created company { id name description } errors { code field } } }';
    const id = `${PREFIX}literal`;
    const stored = await server.query(upsert, { i: { id, name: INJECTION, description: INJECTION_2, sources: ['illustrative'] } }, { headers: asEditor });
    expect(stored.body?.errors).toBeUndefined();
    expect(stored.body?.data?.['upsertCompany']).toEqual({ created: true, company: { id, name: INJECTION, description: INJECTION_2 }, errors: [] });
    const [row] = await graph.read({ name: 'test_literal', text: 'MATCH (c:Company {id: $id}) RETURN c.name AS name, c.description AS description', params: { id } });
    expect(row).toEqual({ name: INJECTION, description: INJECTION_2 });
    const read = await server.query('query($id: ID!) { actor(id: $id) { name } }', { id });
    expect(read.body?.data?.['actor']).toEqual({ name: INJECTION });

    const refused = await server.query(upsert, { i: { id: INJECTION, name: 'x', sources: ['illustrative'] } }, { headers: asEditor });
    expect(refused.body?.data?.['upsertCompany']).toEqual({ created: null, company: null, errors: [{ code: 'INVALID', field: 'input.id' }] });
    await deleteByPrefix(graph, PREFIX);
  });

  it('answers a normal query afterwards, and the database is unchanged', async () => {
    const answer = await server.query('{ actor(id: "jenoptik-ag") { name } actors(first: 3) { totalCount edges { node { id } } } }');
    expect(answer.status).toBe(200);
    expect(answer.body?.errors).toBeUndefined();
    expect((answer.body?.data?.['actor'] as { name: string }).name).toMatch(/jenoptik/i);
    expect(await graphSize(graph)).toEqual(before);
  });
});

import { Writable } from 'node:stream';
import pino from 'pino';
import type { GraphClient } from '../../../src/graph';
import { createTestGraph } from '../../support/testGraph';
import { startHardenedServer, type HardenedServer } from './hardenedServer';

/** /metrics in the Prometheus text format, and one structured log line per request with its id. */
describe('observability', () => {
  let graph: GraphClient;
  let server: HardenedServer;
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    graph = createTestGraph();
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    server = await startHardenedServer(graph, { logger: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  /** The value of one sample line of /metrics, e.g. `name{a="b"}`; undefined when absent. */
  async function sample(prefix: string): Promise<number | undefined> {
    const text = (await server.send({ method: 'GET', path: '/metrics' })).text;
    const line = text.split('\n').find((l) => l.startsWith(prefix));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  }

  it('serves Prometheus metrics: HTTP requests and latency by operation, errors by code, Cypher by statement, process', async () => {
    await server.query('query MembersOfSiliconSaxony { cluster(id: "silicon-saxony") { members(first: 3) { edges { node { name } } } } }');
    await server.query('query MembersOfSiliconSaxony { cluster(id: "silicon-saxony") { name } }');
    await server.query('{ actors(first: -1) { totalCount } }');
    await server.query('{ nope }');

    const metrics = await server.send({ method: 'GET', path: '/metrics' });
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics.text).toMatch(/^# HELP clustergraph_http_requests_total /m);
    expect(metrics.text).toMatch(/^# TYPE clustergraph_http_request_duration_seconds histogram$/m);

    expect(await sample('clustergraph_http_requests_total{method="POST",route="/graphql",status="200",operation="MembersOfSiliconSaxony"}')).toBe(2);
    expect(await sample('clustergraph_http_request_duration_seconds_count{method="POST",route="/graphql",operation="MembersOfSiliconSaxony"}')).toBe(2);
    expect(await sample('clustergraph_http_requests_total{method="POST",route="/graphql",status="200",operation="anonymous"}')).toBe(1);
    // A document refused by validation never resolves an operation.
    expect(await sample('clustergraph_http_requests_total{method="POST",route="/graphql",status="400",operation="none"}')).toBe(1);
    expect(await sample('clustergraph_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    expect(await sample('clustergraph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(await sample('clustergraph_cypher_queries_total{statement="clusters_by_ids",mode="read",outcome="ok"}')).toBeGreaterThanOrEqual(2);
    expect(metrics.text).toMatch(/^clustergraph_cypher_query_duration_seconds_bucket\{le="0\.1",statement="[a-z_]+",mode="read"\} \d+$/m);
    expect(metrics.text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(metrics.text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('counts errors answered outside GraphQL too, and keeps unknown paths out of the labels', async () => {
    await server.send({ body: '{"query": ' });
    await server.send({ method: 'GET', path: '/some/random/path' });
    expect(await sample('clustergraph_graphql_errors_total{code="BAD_REQUEST"}')).toBeGreaterThanOrEqual(1);
    expect(await sample('clustergraph_http_requests_total{method="GET",route="other",status="404",operation="none"}')).toBe(1);
    const text = (await server.send({ method: 'GET', path: '/metrics' })).text;
    expect(text).not.toMatch(/random/);
  });

  it('echoes a plain x-request-id, replaces an unusable one, and logs one line per request with id and operation', async () => {
    const given = await server.send({ body: { query: 'query Who { actor(id: "jenoptik-ag") { name } }' }, headers: { 'x-request-id': 'trace-abc.123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-abc.123');
    const forged = await server.send({ body: { query: '{ __typename }' }, headers: { 'x-request-id': 'evil\tid {"level":60}' } });
    const replaced = forged.headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    const none = await server.query('{ __typename }');
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const line = lines.find((l) => (l['req'] as { id?: unknown } | undefined)?.id === 'trace-abc.123');
    expect(line).toMatchObject({ level: 30, msg: 'request completed', operation: 'Who', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(typeof line?.['responseTime']).toBe('number');
    // Headers (where credentials travel) are not logged.
    expect(JSON.stringify(line)).not.toMatch(/content-type|authorization/i);
    expect(lines.some((l) => (l['req'] as { id?: unknown } | undefined)?.id === replaced)).toBe(true);
  });

  it('logs client errors as warnings and does not log health checks or metrics scrapes', async () => {
    const before = lines.length;
    await server.send({ method: 'GET', path: '/health/live' });
    await server.send({ method: 'GET', path: '/metrics' });
    await server.send({ body: '{"query": ', headers: { 'x-request-id': 'broken-body' } });
    const logged = lines.slice(before);
    expect(logged.map((l) => (l['req'] as { url?: string }).url)).toEqual(['/graphql']);
    expect(logged[0]).toMatchObject({ level: 40, req: { id: 'broken-body' }, res: { statusCode: 400 } });
  });

  it('marks every GraphQL answer uncacheable (cache-control: no-store), as Apollo did before its per-field cache plugin was replaced', async () => {
    const answers = [
      await server.query('{ cluster(id: "silicon-saxony") { id name } }'),
      await server.query('{ actors(first: -1) { totalCount } }'),
      await server.query('{ nope }'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 400]);
    expect(answers[0]?.body?.data).toMatchObject({ cluster: { id: 'silicon-saxony' } });
    expect(answers.map((a) => a.headers.get('cache-control'))).toEqual(['no-store', 'no-store', 'no-store']);
  });
});

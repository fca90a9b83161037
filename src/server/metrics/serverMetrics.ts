import type { Request, RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueryObserver } from '../../graph';
import type { PlanWarmingStatus } from '../../graph/planWarming';
import type { ExecutionCounts } from '../execution';
import { OperationLabels } from './operationLabels';

/** The server's Prometheus metrics, in a registry of its own (several servers can run in one process, as in tests). */
export interface ServerMetrics {
  registry: Registry;
  /** The GraphQL operation of each in-flight request, for labels and logs. */
  operations: OperationLabels;
  /** Counts every HTTP request and its latency, by method, route, status and GraphQL operation. */
  httpMiddleware: RequestHandler;
  /** Serves GET /metrics in the Prometheus text format. */
  metricsHandler: RequestHandler;
  /** Counts Cypher round trips and their latency by statement name; add it to the server's graph client. */
  queryObserver: QueryObserver;
  /** Counts one error sent to a client, by its `extensions.code`. */
  countError(code: string): void;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const ROUTES = new Set(['/graphql', '/health/live', '/health/ready', '/metrics']);

export function createServerMetrics(planWarming?: PlanWarmingStatus, executions?: ExecutionCounts): ServerMetrics {
  const registry = new Registry();
  // Read from the executor's counters at scrape time: nothing on the request path.
  new Counter({
    name: 'clustergraph_graphql_executions_total',
    help: 'GraphQL operations executed, by engine: `compiled` (graphql-jit, a query document seen before) or `interpreted` (graphql-js).',
    labelNames: ['engine'] as const,
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ engine: 'compiled' }, executions?.compiled ?? 0);
      this.inc({ engine: 'interpreted' }, executions?.interpreted ?? 0);
    },
  });
  new Counter({
    name: 'clustergraph_graphql_compilations_total',
    help: 'Query documents graphql-jit compiled (each once, on its second run, while Apollo keeps the parsed document).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(executions?.compilations ?? 0);
    },
  });
  new Gauge({
    name: 'clustergraph_statements_planned',
    help: 'Statements of the traversal catalogue planned by the background warm-up since the start (0 when warming is off).',
    registers: [registry],
    collect() {
      this.set(planWarming?.planned ?? 0);
    },
  });
  new Gauge({
    name: 'clustergraph_statements_total',
    help: 'Statements in the traversal catalogue (docs/statements.md): every text the traversals can run.',
    registers: [registry],
    collect() {
      this.set(planWarming?.total ?? 0);
    },
  });
  new Gauge({
    name: 'clustergraph_statements_warmup_done',
    help: 'Set to 1 once the warm-up has tried every statement of the catalogue (failures are logged), or when warming is off.',
    registers: [registry],
    collect() {
      this.set(planWarming === undefined || planWarming.done ? 1 : 0);
    },
  });
  collectDefaultMetrics({ register: registry });
  const operations = new OperationLabels();

  const httpRequests = new Counter({
    name: 'clustergraph_http_requests_total',
    help: 'HTTP requests answered, by method, route, status and GraphQL operation name.',
    labelNames: ['method', 'route', 'status', 'operation'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'clustergraph_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to finishing its response, by method, route and GraphQL operation name.',
    labelNames: ['method', 'route', 'operation'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'clustergraph_graphql_errors_total',
    help: 'Errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const cypherQueries = new Counter({
    name: 'clustergraph_cypher_queries_total',
    help: 'Cypher round trips to Neo4j, by statement name, access mode and outcome.',
    labelNames: ['statement', 'mode', 'outcome'] as const,
    registers: [registry],
  });
  const cypherDuration = new Histogram({
    name: 'clustergraph_cypher_query_duration_seconds',
    help: 'Latency of Cypher round trips (the whole managed transaction, retries included), by statement name and mode.',
    labelNames: ['statement', 'mode'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });

  const httpMiddleware: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const method = methodLabel(req.method);
      const route = routeLabel(req, res.statusCode);
      const operation = operations.get(requestIdOf(req));
      httpRequests.inc({ method, route, status: String(res.statusCode), operation });
      httpDuration.observe({ method, route, operation }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    // 'close' follows 'finish' (and comes alone when the client went away); the request log has run by then.
    res.once('close', () => operations.delete(requestIdOf(req)));
    next();
  };

  const metricsHandler: RequestHandler = async (_req, res, next) => {
    try {
      const body = await registry.metrics();
      res.set('content-type', registry.contentType).send(body);
    } catch (error) {
      next(error);
    }
  };

  return {
    registry,
    operations,
    httpMiddleware,
    metricsHandler,
    queryObserver: {
      onQuery: ({ name, mode, durationMs, ok }) => {
        cypherQueries.inc({ statement: name, mode, outcome: ok ? 'ok' : 'error' });
        cypherDuration.observe({ statement: name, mode }, durationMs / 1000);
      },
    },
    countError: (code) => errors.inc({ code }),
  };
}

/** The request id pino-http gave the request (see logging/requestLogger). */
export function requestIdOf(req: Request): string {
  return String(req.id);
}

function methodLabel(method: string): string {
  return method === 'GET' || method === 'POST' ? method : 'other';
}

// Paths come from clients, so labels are bounded: a route the server has is its path (or its first segment,
// e.g. /export), anything answered 404 is `other`.
function routeLabel(req: Request, status: number): string {
  if (status === 404) return 'other';
  const path = (req.originalUrl.split('?')[0] ?? '').replace(/\/+$/, '') || '/';
  if (ROUTES.has(path)) return path;
  const segment = /^\/[A-Za-z0-9_-]{1,32}/.exec(path);
  return segment ? segment[0] : 'other';
}

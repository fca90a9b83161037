import { loadConfig, type QueryLimits, type ServerSettings } from '../../../src/config';
import type { GraphClient } from '../../../src/graph';
import { createLogger, startHttpServer, type Logger, type RunningServer } from '../../../src/server';
import { loadAccessPolicy } from '../../../src/server/auth';

/** An HTTP answer as a client sees it: status, headers, the raw text and, when it is JSON, the parsed body. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  body: GraphqlBody | undefined;
}

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; locations?: unknown; path?: unknown }>;
  extensions?: Record<string, unknown>;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as JSON. */
  body?: unknown;
}

export interface HardenedServer extends RunningServer {
  /** http://localhost:<port> */
  origin: string;
  /** POSTs a GraphQL request as JSON. */
  query(query: string, variables?: Record<string, unknown>, extra?: { headers?: Record<string, string>; operationName?: string }): Promise<HttpAnswer>;
  /** Sends any request, however malformed. */
  send(request: RawRequest): Promise<HttpAnswer>;
}

/**
 * A server with the documented default settings (not the environment's), optionally changed, on a free port.
 * The default is what a deployment without any of the new variables gets.
 */
export async function startHardenedServer(
  graph: GraphClient,
  options: {
    settings?: Partial<Omit<ServerSettings, 'limits'>> & { limits?: Partial<QueryLimits> };
    production?: boolean;
    logger?: Logger;
    /** Access control as environment variables (API_KEYS_FILE, READS_REQUIRE_AUTH) over the defaults; process.env is left alone. */
    env?: Record<string, string>;
  } = {},
): Promise<HardenedServer> {
  const config = loadConfig(options.env ?? {});
  const defaults = config.server;
  const settings: ServerSettings = {
    ...defaults,
    ...options.settings,
    limits: { ...defaults.limits, ...options.settings?.limits },
  };
  const server: RunningServer = await startHttpServer({
    port: 0,
    graph,
    logger: options.logger ?? createLogger('silent'),
    production: options.production ?? false,
    settings,
    accessPolicy: loadAccessPolicy(config.auth),
  });
  const origin = server.url.replace(/\/graphql$/, '');
  const send = async (request: RawRequest): Promise<HttpAnswer> => {
    const method = request.method ?? 'POST';
    const headers: Record<string, string> = { ...request.headers };
    let body: string | undefined;
    if (request.body !== undefined) {
      body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${origin}${request.path ?? '/graphql'}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    let parsed: GraphqlBody | undefined;
    try {
      parsed = JSON.parse(text) as GraphqlBody;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, text, body: parsed };
  };
  return {
    ...server,
    origin,
    send,
    query: (query, variables, extra) =>
      send({ body: { query, variables, ...(extra?.operationName ? { operationName: extra.operationName } : {}) }, headers: extra?.headers ?? {} }),
  };
}

/** The code of the first error, or undefined when the answer has none. */
export function firstCode(answer: HttpAnswer): unknown {
  return answer.body?.errors?.[0]?.extensions?.['code'];
}

/** Counts every node and relationship, to show that a run of requests changed nothing. */
export async function graphSize(graph: GraphClient): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await graph.read({ name: 'test_count_nodes', text: 'MATCH (n) RETURN count(n) AS n' });
  const [relationships] = await graph.read({ name: 'test_count_relationships', text: 'MATCH ()-[r]->() RETURN count(r) AS n' });
  return { nodes: Number(nodes?.['n']), relationships: Number(relationships?.['n']) };
}

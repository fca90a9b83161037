import { loadConfig } from '../../src/config';
import type { GraphClient } from '../../src/graph';
import { createLogger, startHttpServer, type RunningServer } from '../../src/server';
import { loadAccessPolicy } from '../../src/server/auth';

export interface GraphqlResponse {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** Optional settings of a test server. */
export interface TestServerOptions {
  /**
   * The configuration, as environment variables (e.g. API_KEYS_FILE, READS_REQUIRE_AUTH, EXPLAIN_QUERIES) over
   * the documented defaults: read by loadConfig as an entry point would, and passed to the server.
   * process.env is neither read nor changed.
   */
  env?: Record<string, string | undefined>;
  /** Headers sent with every request (e.g. authorization), before those given to one `query`. */
  headers?: Record<string, string>;
}

/** An in-process HTTP server on a free port over the given graph; requests go through real HTTP. */
export async function startTestServer(
  graph: GraphClient,
  options: TestServerOptions = {},
): Promise<RunningServer & { query: (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphqlResponse> }> {
  const config = loadConfig(options.env ?? {});
  const server = await startHttpServer({
    port: 0,
    graph,
    logger: createLogger('silent'),
    production: false,
    settings: config.server,
    accessPolicy: loadAccessPolicy(config.auth),
  });
  return {
    ...server,
    query: async (query, variables, headers) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphqlResponse['body'] };
    },
  };
}

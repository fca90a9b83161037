import type { GraphClient } from '../../src/graph';
import { createLogger, startHttpServer, type RunningServer } from '../../src/server';

export interface GraphqlResponse {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** Optional settings of a test server. */
export interface TestServerOptions {
  /**
   * Environment variables in force while the server starts (the server reads its configuration then, e.g.
   * API_KEYS_FILE, READS_REQUIRE_AUTH); the previous values are restored afterwards.
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
  const server = await withEnv(options.env ?? {}, () => startHttpServer({ port: 0, graph, logger: createLogger('silent'), production: false }));
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

async function withEnv<T>(env: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const assign = (values: Record<string, string | undefined>): void => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  assign(env);
  try {
    return await run();
  } finally {
    assign(saved);
  }
}

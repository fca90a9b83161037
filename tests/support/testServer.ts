import type { GraphClient } from '../../src/graph';
import { createLogger, startHttpServer, type RunningServer } from '../../src/server';

export interface GraphqlResponse {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** An in-process HTTP server on a free port over the given graph; requests go through real HTTP. */
export async function startTestServer(graph: GraphClient): Promise<RunningServer & { query: (query: string, variables?: Record<string, unknown>) => Promise<GraphqlResponse> }> {
  const server = await startHttpServer({ port: 0, graph, logger: createLogger('silent'), production: false });
  return {
    ...server,
    query: async (query, variables) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphqlResponse['body'] };
    },
  };
}

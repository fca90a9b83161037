import type { GraphClient, Row } from '../../src/graph';
import { createTestGraph } from './testGraph';
import { startTestServer, type TestServerOptions } from './testServer';

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** What a test file does around the server's life: its own data in (before the server starts) and out. */
export interface SeedServerOptions extends TestServerOptions {
  /** Runs once the graph client is open, before the server starts (e.g. writes the file's own fixture). */
  before?: (graph: GraphClient) => Promise<void>;
  /** Runs after the server stopped, before the graph client closes (e.g. deletes the file's own data). */
  after?: (graph: GraphClient) => Promise<void>;
}

/** The graph client and the HTTP server of a test file, usable inside its tests (not at collection time). */
export interface SeedServer {
  readonly graph: GraphClient;
  readonly server: TestServer;
  /** Runs a GraphQL request and returns its `data`, failing the test on any error (the query is named in the diff). */
  data(query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Rows of a read statement, for answers the test computes itself. */
  cypher(text: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * Opens a graph client on the run's Neo4j (the seed graph, plus whatever `before` writes) and starts an in-process
 * HTTP server on it before the file's tests, and closes both after them: the set-up every HTTP test file shares.
 * Call it in a `describe` body. The hooks own the order (before, start … stop, after, close), because jest runs a
 * block's afterAll hooks in the order they were declared.
 */
export function useSeedServer(options: SeedServerOptions = {}): SeedServer {
  const { before, after, ...serverOptions } = options;
  let graph: GraphClient | undefined;
  let server: TestServer | undefined;

  beforeAll(async () => {
    graph = createTestGraph();
    await before?.(graph);
    server = await startTestServer(graph, serverOptions);
  });
  afterAll(async () => {
    await server?.stop();
    if (graph) {
      try {
        await after?.(graph);
      } finally {
        await graph.close();
      }
    }
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSeedServer: the ${what} is there only inside tests (after beforeAll)`);
    return value;
  };
  const handle: SeedServer = {
    get graph() {
      return started(graph, 'graph client');
    },
    get server() {
      return started(server, 'server');
    },
    async data(query, variables) {
      const { body } = await handle.server.query(query, variables);
      expect([query, body.errors]).toEqual([query, undefined]);
      return body.data as Record<string, unknown>;
    },
    cypher: (text, params = {}) => handle.graph.read({ name: 'test_expected', text, params }),
  };
  return handle;
}

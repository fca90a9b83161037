import { GraphClient, type Row, type Statement } from '../../../src/graph';

/** What a WrappedGraphClient does before each read or write reaches Neo4j (wait, throw, count …). */
export type BeforeStatement = (statement: Statement) => Promise<void>;

/**
 * A GraphClient that runs `before` ahead of every read and write, for tests that need a slow or failing
 * database without stopping one. Clients derived from it (per request, with observers) keep the hook.
 */
export class WrappedGraphClient extends GraphClient {
  constructor(
    private readonly inner: GraphClient,
    private readonly before: BeforeStatement,
  ) {
    super(inner.driver, { database: undefined, timeoutMs: 15_000 });
  }

  override withObserver(observer: Parameters<GraphClient['withObserver']>[0]): GraphClient {
    return new WrappedGraphClient(this.inner.withObserver(observer), this.before);
  }

  override withTimeout(timeoutMs: number): GraphClient {
    return new WrappedGraphClient(this.inner.withTimeout(timeoutMs), this.before);
  }

  override async read(statement: Statement): Promise<Row[]> {
    await this.before(statement);
    return this.inner.read(statement);
  }

  override async write(statement: Statement): Promise<Row[]> {
    await this.before(statement);
    return this.inner.write(statement);
  }

  override async writeAll(statements: readonly Statement[]): Promise<Row[][]> {
    for (const statement of statements) await this.before(statement);
    return this.inner.writeAll(statements);
  }

  override ping(timeoutMs?: number): Promise<void> {
    return this.inner.ping(timeoutMs);
  }

  // The test owns the inner client and closes it.
  override async close(): Promise<void> {}
}

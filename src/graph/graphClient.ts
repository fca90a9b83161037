import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { translateNeo4jError, GraphAccessError, GraphTimeoutError, GraphUnavailableError } from './graphErrors';
import { recordToPlain, type PlainValue } from './plainValues';

/** One Cypher statement: a fixed text with parameters. `name` labels it in metrics and logs. */
export interface Statement {
  name: string;
  text: string;
  params?: Record<string, unknown>;
  /**
   * For a text that may take longer to plan than the query timeout allows (on a freshly started Neo4j, under
   * load): parameters of the same types that match nothing. Before the text's first run on a driver, the client
   * runs it once with these under PLANNING_TIMEOUT_MS, so Neo4j holds its plan before the question runs under the
   * query timeout (statementSet's `slowToPlan`).
   */
  planWith?: Record<string, unknown>;
}

export type Row = { [key: string]: PlainValue };

/** One round trip to Neo4j as observers see it. */
export interface QueryEvent {
  name: string;
  mode: 'read' | 'write';
  durationMs: number;
  ok: boolean;
  /** The statement's Cypher text (fixed text: parameters are never inlined). */
  text: string;
  /** The names of its parameters. */
  parameterNames: string[];
  /** The parameter values, for in-process use only (EXPLAIN); never sent to clients or logs: they may be user data. */
  params: Record<string, unknown>;
  /** Server-side times from the result summary, when the statement succeeded. */
  serverTimes: { availableAfterMs: number; consumedAfterMs: number } | null;
}

/** Told about every round trip to Neo4j (one statement run); used for per-request counts and metrics. */
export interface QueryObserver {
  onQuery(event: QueryEvent): void;
}

/** A simplified execution plan (EXPLAIN): operator tree with estimated rows. */
export interface PlanSummary {
  operator: string;
  estimatedRows: number;
  details: string | null;
  children: PlanSummary[];
}

/**
 * How long the run that plans a slow-to-plan text may take (as plan warming's). Neo4j counts planning against the
 * transaction timeout and keeps nothing of a plan cut short, so a text that plans longer than the query timeout
 * would time out on every request; planned once under this timeout it is a cache hit afterwards.
 */
export const PLANNING_TIMEOUT_MS = 300_000;

/**
 * Per driver (one Neo4j), per database and text: the planning run of a slow-to-plan text, done or under way, so
 * concurrent first questions wait for one planning run instead of each planning the text under its own timeout.
 */
const planningRuns = new WeakMap<Driver, Map<string, Promise<void>>>();

export interface GraphClientOptions {
  /** Database name; the server's default database when undefined. */
  database: string | undefined;
  /** Transaction timeout applied to every statement. */
  timeoutMs: number;
}

/**
 * The only way the application talks to Neo4j. Reads go through executeRead and writes through executeWrite,
 * so the driver routes them on clusters and retries transient failures; each call is one short session.
 * Driver errors are translated here, once.
 */
export class GraphClient {
  constructor(
    readonly driver: Driver,
    private readonly options: GraphClientOptions,
    private readonly observers: readonly QueryObserver[] = [],
  ) {}

  /** A client sharing the driver that also reports each round trip to `observer` (e.g. a request's counter). */
  withObserver(observer: QueryObserver): GraphClient {
    return new GraphClient(this.driver, this.options, [...this.observers, observer]);
  }

  /** A client sharing the driver with another transaction timeout. */
  withTimeout(timeoutMs: number): GraphClient {
    return new GraphClient(this.driver, { ...this.options, timeoutMs }, this.observers);
  }

  /** Runs one read statement and returns its rows as plain objects. */
  read(statement: Statement): Promise<Row[]> {
    return this.run('read', statement);
  }

  /** Runs one write statement in its own write transaction. */
  write(statement: Statement): Promise<Row[]> {
    return this.run('write', statement);
  }

  /**
   * Runs several write statements in one transaction: all commit or none does. The work function may be
   * retried by the driver, so it must be idempotent (MERGE, not CREATE).
   */
  async writeAll(statements: readonly Statement[]): Promise<Row[][]> {
    return this.transaction('write', statements);
  }

  /**
   * Checks that Neo4j answers a trivial read; throws GraphAccessError when it refuses the credentials or the
   * database, GraphUnavailableError for anything else.
   */
  async ping(timeoutMs = 2_000): Promise<void> {
    try {
      await this.withTimeout(timeoutMs).read({ name: 'ping', text: 'RETURN 1 AS ok' });
    } catch (error) {
      if (error instanceof GraphUnavailableError || error instanceof GraphAccessError) throw error;
      throw new GraphUnavailableError(String((error as Error).message ?? error));
    }
  }

  /**
   * The plan Neo4j would use for a statement (EXPLAIN: planned, not run). For operators inspecting a request's
   * queries; never called on the normal request path.
   */
  async explain(statement: Statement): Promise<PlanSummary | null> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${statement.text}`, statement.params ?? {}), { timeout: this.options.timeoutMs });
      return result.summary.plan ? toPlanSummary(result.summary.plan) : null;
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run(mode: 'read' | 'write', statement: Statement): Promise<Row[]> {
    const [rows] = await this.transaction(mode, [statement]);
    return rows ?? [];
  }

  /**
   * Runs a slow-to-plan statement's text once with its `planWith` parameters under PLANNING_TIMEOUT_MS, unless this
   * driver has done so already. Observers are not told: the run answers no question (as plan warming's). A failed
   * planning run is forgotten, so the next question tries again; the question's own run reports the error.
   */
  private async planFirst(mode: 'read' | 'write', statement: Statement): Promise<void> {
    if (statement.planWith === undefined) return;
    const runs = planningRuns.get(this.driver) ?? new Map<string, Promise<void>>();
    planningRuns.set(this.driver, runs);
    const key = `${this.options.database ?? ''}\u0000${statement.text}`;
    let planning = runs.get(key);
    if (planning === undefined) {
      const forget = (): void => void runs.delete(key);
      const planner = new GraphClient(this.driver, { ...this.options, timeoutMs: Math.max(this.options.timeoutMs, PLANNING_TIMEOUT_MS) });
      planning = planner.transaction(mode, [{ name: `${statement.name}_planning`, text: statement.text, params: statement.planWith }]).then(() => undefined, forget);
      runs.set(key, planning);
    }
    await planning;
  }

  /** Forgets that a statement's text was planned (after it timed out: Neo4j may have restarted or dropped the plan). */
  private forgetPlanning(statement: Statement): void {
    if (statement.planWith !== undefined) planningRuns.get(this.driver)?.delete(`${this.options.database ?? ''}\u0000${statement.text}`);
  }

  private async transaction(mode: 'read' | 'write', statements: readonly Statement[]): Promise<Row[][]> {
    for (const statement of statements) await this.planFirst(mode, statement);
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const started = performance.now();
    const serverTimes: Array<QueryEvent['serverTimes']> = [];
    let ok = false;
    try {
      const work = async (tx: ManagedTransaction): Promise<Row[][]> => {
        const results: Row[][] = [];
        serverTimes.length = 0;
        for (const statement of statements) {
          const result = await tx.run(statement.text, statement.params ?? {});
          results.push(result.records.map(recordToPlain));
          serverTimes.push({
            availableAfterMs: Number(result.summary.resultAvailableAfter),
            consumedAfterMs: Number(result.summary.resultConsumedAfter),
          });
        }
        return results;
      };
      const config = { timeout: this.options.timeoutMs, metadata: { app: 'clustergraph', statement: statements[0]?.name ?? '' } };
      const rows = mode === 'read' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      ok = true;
      return rows;
    } catch (error) {
      const translated = translateNeo4jError(error);
      if (translated instanceof GraphTimeoutError) statements.forEach((statement) => this.forgetPlanning(statement));
      throw translated;
    } finally {
      const durationMs = performance.now() - started;
      statements.forEach((statement, i) => {
        const event: QueryEvent = {
          name: statement.name,
          mode,
          durationMs,
          ok,
          text: statement.text,
          parameterNames: Object.keys(statement.params ?? {}),
          params: statement.params ?? {},
          serverTimes: serverTimes[i] ?? null,
        };
        for (const observer of this.observers) observer.onQuery(event);
      });
      await session.close();
    }
  }
}

/**
 * Creates the driver for a Neo4j URI (bolt://, neo4j://, +s variants) with settings that suit an API server.
 * When Neo4j is gone, a request should fail within a second or two (SERVICE_UNAVAILABLE) rather than hang. The
 * driver retries a failed transaction after about 1 s, then 2 s, 4 s … while less than maxTransactionRetryTime
 * has passed: 500 ms allows exactly one retry (enough to replace a connection broken by a Neo4j restart),
 * where 3 s could take up to 8 s. An exhausted pool gives up after connectionAcquisitionTimeout, a host that does
 * not answer after connectionTimeout. Once Neo4j is back, new connections replace the broken ones.
 */
export function createDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 500,
    userAgent: 'clustergraph/0.1',
  });
}

interface DriverPlan {
  operatorType: string;
  arguments: { [key: string]: unknown };
  children: DriverPlan[];
}

function toPlanSummary(plan: DriverPlan): PlanSummary {
  const estimated = plan.arguments['EstimatedRows'];
  const details = plan.arguments['Details'];
  return {
    operator: plan.operatorType.replace(/@.*$/, ''),
    estimatedRows: typeof estimated === 'number' ? Math.round(estimated) : 0,
    details: typeof details === 'string' ? details : null,
    children: plan.children.map(toPlanSummary),
  };
}

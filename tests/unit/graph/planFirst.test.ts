import { Neo4jError, type Driver } from 'neo4j-driver';
import { GraphClient, PLANNING_TIMEOUT_MS, type QueryEvent, type Statement } from '../../../src/graph/graphClient';
import { GraphTimeoutError } from '../../../src/graph/graphErrors';

interface Run {
  text: string;
  params: Record<string, unknown>;
  timeout: number | undefined;
}

/** A driver whose sessions record each run (text, parameters, transaction timeout); `fail` decides a run's fate. */
function recordingDriver(fail: (run: Run) => Error | null = () => null): { driver: Driver; runs: Run[] } {
  const runs: Run[] = [];
  const session = {
    async executeRead(work: (tx: unknown) => Promise<unknown>, config?: { timeout?: number }): Promise<unknown> {
      const tx = {
        async run(text: string, params: Record<string, unknown>) {
          const run = { text, params, timeout: config?.timeout };
          runs.push(run);
          // A planning run takes a while, so concurrent first questions overlap it.
          await new Promise((resolve) => setTimeout(resolve, 5));
          const error = fail(run);
          if (error) throw error;
          return { records: [], summary: { resultAvailableAfter: 0, resultConsumedAfter: 0 } };
        },
      };
      return work(tx);
    },
    async close(): Promise<void> {},
  };
  return { driver: { session: () => session } as unknown as Driver, runs };
}

const slow: Statement = { name: 'slow', text: 'RETURN $q.id AS id', params: { q: { id: 'a' } }, planWith: { q: { id: '' } } };

describe('GraphClient planning of slow-to-plan texts', () => {
  it('runs the text once with its sample under the planning timeout before the first question, shared by concurrent questions, unseen by observers', async () => {
    const { driver, runs } = recordingDriver();
    const events: QueryEvent[] = [];
    const graph = new GraphClient(driver, { database: undefined, timeoutMs: 1_000 }, [{ onQuery: (event) => events.push(event) }]);
    await Promise.all([graph.read(slow), graph.read(slow), graph.read(slow)]);
    await graph.read(slow);
    expect(runs.map((run) => [run.params, run.timeout])).toEqual([
      [{ q: { id: '' } }, PLANNING_TIMEOUT_MS],
      [{ q: { id: 'a' } }, 1_000],
      [{ q: { id: 'a' } }, 1_000],
      [{ q: { id: 'a' } }, 1_000],
      [{ q: { id: 'a' } }, 1_000],
    ]);
    expect(events.map((event) => event.name)).toEqual(['slow', 'slow', 'slow', 'slow']);
    // Another client on the same driver (a request's) finds the text planned.
    await graph.withObserver({ onQuery: () => undefined }).read(slow);
    expect(runs).toHaveLength(6);
  });

  it('plans nothing for a statement without a sample to plan with', async () => {
    const { driver, runs } = recordingDriver();
    await new GraphClient(driver, { database: undefined, timeoutMs: 1_000 }).read({ name: 'plain', text: 'RETURN 1', params: {} });
    expect(runs.map((run) => run.timeout)).toEqual([1_000]);
  });

  it('plans again after a question timed out (Neo4j may have restarted or dropped the plan), and after a failed planning run', async () => {
    let failNext: 'question' | 'planning' | null = 'planning';
    const { driver, runs } = recordingDriver((run) => {
      const planning = run.timeout === PLANNING_TIMEOUT_MS;
      if ((failNext === 'planning' && planning) || (failNext === 'question' && !planning)) {
        failNext = null;
        return new Neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '', '');
      }
      return null;
    });
    const graph = new GraphClient(driver, { database: undefined, timeoutMs: 1_000 });
    // The planning run failed; the question runs all the same (and here answers).
    await graph.read(slow);
    failNext = 'question';
    await expect(graph.read(slow)).rejects.toBeInstanceOf(GraphTimeoutError);
    await graph.read(slow);
    expect(runs.map((run) => run.timeout)).toEqual([PLANNING_TIMEOUT_MS, 1_000, PLANNING_TIMEOUT_MS, 1_000, PLANNING_TIMEOUT_MS, 1_000]);
  });
});

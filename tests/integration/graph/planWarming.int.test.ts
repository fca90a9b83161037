import type { GraphClient } from '../../../src/graph/graphClient';
import { warmPlans } from '../../../src/graph/planWarming';
import { STATEMENT_SETS } from '../../../src/graph/statementCatalogue';
import { createTestGraph } from '../../support/testGraph';

let graph: GraphClient;
beforeAll(() => {
  graph = createTestGraph();
});
afterAll(() => graph.close());

describe('plan warming', () => {
  it('runs every text of the catalogue with its sample parameters, none failing', async () => {
    const failures: string[] = [];
    const { status, finished } = warmPlans(graph, (name, error) => failures.push(`${name}: ${String(error)}`.slice(0, 600)));
    expect(status.done).toBe(false);
    await finished;
    expect(failures).toEqual([]);
    const total = STATEMENT_SETS.reduce((n, set) => n + set.texts.size, 0);
    expect(status).toEqual({ total, planned: total, failed: 0, done: true });
  }, 900_000);
});

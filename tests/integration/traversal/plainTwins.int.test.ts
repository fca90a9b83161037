import type { GraphClient } from '../../../src/graph';
import { SUPPLY_PATH_STATEMENTS } from '../../../src/graph/queries/traversal/findSupplyPaths';
import { createTestGraph } from '../../support/testGraph';

/**
 * A supply path text's plain twin (no link-condition predicates, run when a question sets no asOf and evidence
 * ALL) must answer exactly as the switched text with both switches off: compared row for row on the seed graph,
 * for every pair of companies joined by a supply chain of up to 3 relations, at two (k, maxHops) variants.
 */
describe('the supply path texts and their plain twins', () => {
  const [paths] = SUPPLY_PATH_STATEMENTS;
  let graph: GraphClient;

  beforeAll(() => {
    graph = createTestGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it('answer alike on the seed graph', async () => {
    if (paths === undefined) throw new Error('no supply path statements');
    const pairs = await graph.read({
      name: 'test_supply_pairs',
      text: `MATCH (a:Company)-[:SUPPLIES*1..3]->(b:Company) WHERE a <> b
        WITH DISTINCT a.id AS from, b.id AS to ORDER BY from, to LIMIT 40
        RETURN from, to`,
    });
    expect(pairs.length).toBeGreaterThan(10);
    let withPaths = 0;
    for (const { from, to } of pairs) {
      for (const variant of ['k5_h6', 'k2_h3']) {
        const question: Record<string, unknown> = {
          ...paths.sample,
          from,
          to,
          first: 5,
          summary: false,
          lean: false,
          stages: true,
          references: [
            { argument: 'from', id: from },
            { argument: 'to', id: to },
          ],
        };
        expect([question['timed'], question['citedOnly']]).toEqual([false, false]);
        const [both, plain] = await Promise.all([graph.read(paths.statement(variant, question)), graph.read(paths.statement(`${variant}_plain`, question))]);
        expect(plain).toEqual(both);
        if (((both[0]?.['paths'] as unknown[] | undefined) ?? []).length > 0) withPaths++;
      }
    }
    expect(withPaths).toBeGreaterThan(10);
  });
});

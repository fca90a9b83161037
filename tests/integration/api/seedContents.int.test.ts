import type { GraphClient } from '../../../src/graph';
import { createTestGraph } from '../../support/testGraph';

/** The seed graph loaded by the global setup is large and varied enough for every question of the API (minimum sizes, every kind), counted with independent Cypher. */
describe('the seed graph', () => {
  let graph: GraphClient;
  beforeAll(() => {
    graph = createTestGraph();
  });
  afterAll(() => graph.close());

  const count = async (cypher: string): Promise<number> => {
    const [row] = await graph.read({ name: 'test_count', text: cypher });
    return row?.['n'] as number;
  };

  it('has the promised numbers of clusters, institutes, companies and support organisations', async () => {
    expect(await count("MATCH (n:Cluster) WHERE NOT n.id STARTS WITH 't-' RETURN count(n) AS n")).toBeGreaterThanOrEqual(30);
    expect(await count("MATCH (n:ResearchInstitute) WHERE NOT n.id STARTS WITH 't-' RETURN count(n) AS n")).toBeGreaterThanOrEqual(120);
    expect(await count("MATCH (n:Company) WHERE NOT n.id STARTS WITH 't-' RETURN count(n) AS n")).toBeGreaterThanOrEqual(250);
    expect(await count("MATCH (n:Organization) WHERE NOT n.id STARTS WITH 't-' RETURN count(n) AS n")).toBeGreaterThanOrEqual(40);
  });

  it('has at least 1,500 relationships spread over every kind', async () => {
    expect(await count('MATCH ()-[r]->() RETURN count(r) AS n')).toBeGreaterThanOrEqual(1500);
    const types = ['MEMBER_OF', 'LOCATED_IN', 'PART_OF', 'COLLABORATES_WITH', 'SUPPLIES', 'SPECIALIZES_IN', 'ACTIVE_IN', 'PARTICIPATES_IN', 'FUNDED_BY', 'SPUN_OFF_FROM', 'SUBSIDIARY_OF', 'COOPERATES_WITH'];
    const rows = await graph.read({ name: 'test_types', text: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n' });
    const byType = new Map(rows.map((r) => [r['type'] as string, r['n'] as number]));
    // The type travels with its count, so a failure names the type that is missing.
    for (const type of types) expect([type, (byType.get(type) ?? 0) > 0]).toEqual([type, true]);
  });

  it('has at least 3 value chains of 5 or more ordered stages linked by FEEDS', async () => {
    const rows = await graph.read({
      name: 'test_chains',
      text: `MATCH (v:ValueChain)<-[:STAGE_OF]-(s:ValueChainStage)
        WITH v, count(s) AS stages, collect(s) AS all
        RETURN v.id AS id, stages, size([s IN all WHERE (s)-[:FEEDS]->()]) AS feeding`,
    });
    const long = rows.filter((r) => (r['stages'] as number) >= 5);
    expect(long.length).toBeGreaterThanOrEqual(3);
    for (const chain of long) expect(chain['feeding']).toBe((chain['stages'] as number) - 1);
  });

  it('has the named funding programmes and marks illustrative links as such', async () => {
    const rows = await graph.read({ name: 'test_programs', text: 'MATCH (f:FundingProgram) RETURN collect(toLower(f.name)) AS names' });
    const names = (rows[0]?.['names'] as string[]).join(' | ');
    for (const name of ['bioregio', 'go-cluster', 'zentrales innovationsprogramm mittelstand']) expect(names).toContain(name);
    expect(names).toMatch(/spitzencluster|leading-edge cluster/);
    expect(await count("MATCH ()-[r]->() WHERE 'illustrative' IN r.sources AND r.illustrative = true RETURN count(r) AS n")).toBeGreaterThan(0);
    expect(await count("MATCH ()-[r]->() WHERE 'illustrative' IN r.sources AND NOT coalesce(r.illustrative, false) RETURN count(r) AS n")).toBe(0);
  });

  it('has supply chains of 4 or more tiers and spin-offs from institutes', async () => {
    expect(await count('MATCH p = (:Company)-[:SUPPLIES*4]->(:Company) RETURN count(p) > 0 AS n')).toBe(true);
    expect(await count('MATCH (:Actor)-[:SPUN_OFF_FROM]->(:ResearchInstitute) RETURN count(*) AS n')).toBeGreaterThan(0);
  });
});

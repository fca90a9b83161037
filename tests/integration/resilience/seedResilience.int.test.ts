import { useSeedServer } from '../../support/seedServer';

/**
 * supplyRisk and supplyDisruption on the seed graph, checked against independent computations: the per-company
 * `criticalSuppliers` answers of the API, and a brute-force reachability over the supply relations read straight
 * from Neo4j.
 */
describe('supply resilience on the seed graph', () => {
  const seed = useSeedServer();
  const TIERS = 4;

  async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const { body } = await seed.server.query(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  interface RiskAnswer {
    supplyRisk: {
      truncated: boolean;
      totalCount: number;
      scope: { companies: Array<{ id: string }> };
      suppliers: Array<{ supplier: { id: string }; companiesCutOff: number; cuts: Array<{ company: { id: string }; stages: Array<{ id: string }> }> }>;
    };
  }
  const riskQuery = `query($scope: SupplyScope!, $tiers: Int) { supplyRisk(scope: $scope, tiers: $tiers, first: 100) {
    truncated totalCount scope { companies { id } }
    suppliers { supplier { id } companiesCutOff cuts { company { id } stages { id } } } } }`;

  const key = (supplier: string, company: string): string => `${supplier} -> ${company}`;

  it.each([{ cluster: 'silicon-saxony' }, { region: 'de-sn' }])('supplyRisk of %j agrees with the UPSTREAM_CUT_VERTEX results of criticalSuppliers per company', async (scope) => {
    const risk = (await data<RiskAnswer>(riskQuery, { scope, tiers: TIERS })).supplyRisk;
    expect(risk.truncated).toBe(false);
    expect(risk.totalCount).toBeLessThanOrEqual(100);
    expect(risk.suppliers.length).toBeGreaterThan(0);
    const fromRisk = new Map<string, string[]>();
    for (const s of risk.suppliers) for (const cut of s.cuts) fromRisk.set(key(s.supplier.id, cut.company.id), cut.stages.map((x) => x.id).sort());

    const fromCritical = new Map<string, string[]>();
    for (const { id } of risk.scope.companies) {
      const answer = await data<{ criticalSuppliers: { truncated: boolean; criticalSuppliers: Array<{ supplier: { id: string }; reason: string; stages: Array<{ id: string }> }> } }>(
        `query($company: ID!, $tiers: Int) { criticalSuppliers(company: $company, tiers: $tiers) { truncated criticalSuppliers { supplier { id } reason stages { id } } } }`,
        { company: id, tiers: TIERS },
      );
      expect(answer.criticalSuppliers.truncated).toBe(false);
      for (const c of answer.criticalSuppliers.criticalSuppliers) {
        if (c.reason === 'UPSTREAM_CUT_VERTEX') fromCritical.set(key(c.supplier.id, id), c.stages.map((x) => x.id).sort());
      }
    }
    expect(fromRisk).toEqual(fromCritical);
  });

  /** Every supply relation of the seed graph (stage ids that name no stage read as none), and the scope's companies. */
  async function readSupplyGraph(cluster: string): Promise<{ edges: Array<[string, string, string | null]>; scope: string[] }> {
    const rows = await seed.graph.read({
      name: 'test_supply_edges',
      text: `MATCH (a:Company)-[r:SUPPLIES]->(b:Company)
        RETURN a.id AS s, b.id AS c, CASE WHEN EXISTS { MATCH (:ValueChainStage {id: r.stage}) } THEN r.stage ELSE null END AS stage`,
    });
    const members = await seed.graph.read({ name: 'test_members', text: 'MATCH (:Cluster {id: $cluster})<-[:MEMBER_OF]-(a:Company) RETURN DISTINCT a.id AS id', params: { cluster } });
    return {
      edges: rows.map((r) => [r['s'] as string, r['c'] as string, (r['stage'] as string | null) ?? null]),
      scope: members.map((m) => m['id'] as string),
    };
  }

  /** Brute force: C's subgraph by relaxation, then for each stage whether a remaining supplier reaches C, and how near. */
  function bruteForce(edges: Array<[string, string, string | null]>, company: string, removed: ReadonlySet<string>): Map<string, number | null> {
    const tier = new Map<string, number>([[company, 0]]);
    for (let round = 0; round < TIERS; round++) {
      for (const [s, c] of edges) {
        const d = tier.get(c);
        if (d !== undefined && d < TIERS && s !== c && (tier.get(s) ?? Infinity) > d + 1) tier.set(s, d + 1);
      }
    }
    const inG = edges.filter(([s, c]) => s !== c && tier.has(s) && tier.has(c));
    // Distances to C in G without the removed companies, by relaxation until nothing changes.
    const dist = new Map<string, number>([[company, 0]]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const [s, c] of inG) {
        if (removed.has(s) || removed.has(c)) continue;
        const d = dist.get(c);
        if (d !== undefined && (dist.get(s) ?? Infinity) > d + 1) {
          dist.set(s, d + 1);
          changed = true;
        }
      }
    }
    const result = new Map<string, number | null>();
    for (const [s, , stage] of inG) {
      if (stage === null) continue;
      const d = removed.has(s) ? undefined : dist.get(s);
      const before = result.get(stage);
      if (d !== undefined && (before === undefined || before === null || d < before)) result.set(stage, d);
      else if (before === undefined) result.set(stage, null);
    }
    return result;
  }

  it('supplyDisruption equals brute-force reachability with the suppliers removed, for every company and stage', async () => {
    const cluster = 'silicon-saxony';
    const risk = (await data<RiskAnswer>(riskQuery, { scope: { cluster }, tiers: TIERS })).supplyRisk;
    const { edges, scope } = await readSupplyGraph(cluster);
    // The top single point of failure, then it with the next two: single and combined failures.
    const top = risk.suppliers.map((s) => s.supplier.id);
    for (const remove of [top.slice(0, 1), top.slice(0, 3)]) {
      const answer = await data<{
        supplyDisruption: {
          truncated: boolean;
          summary: { companiesAnalysed: number; stagesLost: number };
          companies: Array<{ company: { id: string }; lostStages: Array<{ stage: { id: string } }>; keptStages: Array<{ stage: { id: string }; length: number }> }>;
        };
      }>(
        `query($remove: [ID!]!, $cluster: ID!, $tiers: Int) { supplyDisruption(remove: $remove, scope: { cluster: $cluster }, tiers: $tiers) {
          truncated summary { companiesAnalysed stagesLost } companies { company { id } lostStages { stage { id } } keptStages { stage { id } length } } } }`,
        { remove, cluster, tiers: TIERS },
      );
      const d = answer.supplyDisruption;
      expect(d.truncated).toBe(false);
      const removed = new Set(remove);
      const analysed = scope.filter((id) => !removed.has(id));
      expect(d.summary.companiesAnalysed).toBe(analysed.length);
      const listed = new Map(d.companies.map((c) => [c.company.id, c]));
      let lost = 0;
      for (const company of analysed) {
        const expected = bruteForce(edges, company, removed);
        const got = listed.get(company);
        const view = new Map<string, number | null>([
          ...(got?.lostStages ?? []).map((s): [string, number | null] => [s.stage.id, null]),
          ...(got?.keptStages ?? []).map((s): [string, number | null] => [s.stage.id, s.length]),
        ]);
        expect({ company, stages: view }).toEqual({ company, stages: expected });
        lost += [...expected.values()].filter((v) => v === null).length;
      }
      expect(d.summary.stagesLost).toBe(lost);
      expect(lost).toBeGreaterThan(0);
    }
  });
});

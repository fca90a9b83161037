import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { projectRoot } from '../../../src/config';
import { loadTypeDefs } from '../../../src/server/typeDefs';
import { useSeedServer } from '../../support/seedServer';

/**
 * Every document in examples/queries runs against the seed graph with its variables from examples/queries/variables
 * and must give a meaningful answer: no errors, not empty, and the few facts an analyst would check first. The seed
 * grows, so the checks are lower bounds and consistency, not exact lists.
 */
const QUERIES_DIR = path.join(projectRoot, 'examples', 'queries');
const EXAMPLES = fs
  .readdirSync(QUERIES_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => path.basename(file, '.graphql'))
  .sort();

interface Example {
  query: string;
  variables: Record<string, unknown>;
}

function loadExample(name: string): Example {
  return {
    query: fs.readFileSync(path.join(QUERIES_DIR, `${name}.graphql`), 'utf8'),
    variables: JSON.parse(fs.readFileSync(path.join(QUERIES_DIR, 'variables', `${name}.json`), 'utf8')) as Record<string, unknown>,
  };
}

interface Named {
  id: string;
  name: string;
}
interface SupplyHop {
  supplier: Named;
  customer: Named;
}

describe('the example queries (examples/queries) over the seed graph', () => {
  const seed = useSeedServer();

  /** Runs an example with its variables (overridden where given) and returns `data`, failing on any error. */
  async function run(name: string, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const example = loadExample(name);
    const { status, body } = await seed.server.query(example.query, { ...example.variables, ...overrides });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    return body.data ?? {};
  }

  // The examples with a test of their own below: a new example file fails this until it gets one.
  const CHECKED_EXAMPLES = [
    'citedSupplyChain',
    'clusterSupplyRisk',
    'partnerNetwork',
    'partnerSuggestions',
    'regionCounts',
    'scienceIndustryLinks',
    'shortestConnection',
    'supplierFailure',
    'supplyChainCritical',
    'supplyPaths',
    'valueChainGaps',
  ];

  // Examples that only the generic checks above cover so far (their own checks are in tests/integration/analysis,
  // not yet here): listed by name, so the list shrinks as tests are written and nothing new slips in unseen.
  const AWAITING_OWN_TEST = ['clusterEvolution', 'networkAnalysis'];

  it('has the examples the README promises, each with a test of its own', () => {
    expect(EXAMPLES).toEqual([...CHECKED_EXAMPLES, ...AWAITING_OWN_TEST].sort());
  });

  it.each(EXAMPLES)('%s is one named operation, valid against the schema, with a variables file', (name) => {
    const example = loadExample(name);
    const document = parse(example.query);
    expect(validate(buildSchema(loadTypeDefs()), document)).toEqual([]);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(operations).toHaveLength(1);
    // The operation is named after its file (partnerNetwork.graphql → PartnerNetwork), so logs and metrics name it.
    expect(operations[0]?.name?.value).toBe(name.charAt(0).toUpperCase() + name.slice(1));
    // Every required variable has a value in the variables file.
    for (const definition of operations[0]?.variableDefinitions ?? []) {
      if (definition.type.kind === 'NonNullType') expect(example.variables).toHaveProperty(definition.variable.name.value);
    }
  });

  it.each(EXAMPLES)('%s answers without errors and with data', async (name) => {
    const data = await run(name);
    for (const value of Object.values(data)) {
      expect(value).not.toBeNull();
      if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
    }
  });

  it("partnerNetwork: a real institute's collaboration network has dozens of partners, each reached by collaborations", async () => {
    const { partnerNetwork } = (await run('partnerNetwork')) as {
      partnerNetwork: {
        center: Named;
        rows: { totalCount: number; edges: Array<{ distance: number; node: Named; viaSummary: string }> };
        subgraph: { nodes: Array<{ id: string; distance: number }>; edges: Array<{ source: string; target: string; linkKind: string; interactionModel: string | null }> };
      };
    };
    expect(partnerNetwork.center.id).toBe('fraunhofer-ipms');
    const nodes = partnerNetwork.subgraph.nodes;
    expect(nodes.length).toBeGreaterThanOrEqual(30);
    expect(partnerNetwork.rows.totalCount).toBe(nodes.length - 1);
    expect(nodes.map((n) => n.id)).toContain('infineon-dresden');
    expect(new Set(nodes.map((n) => n.distance))).toEqual(new Set([0, 1, 2]));
    const ids = new Set(nodes.map((n) => n.id));
    for (const edge of partnerNetwork.subgraph.edges) {
      expect(edge.linkKind).toBe('COLLABORATION');
      expect(edge.interactionModel).not.toBeNull();
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    expect(partnerNetwork.subgraph.edges.some((e) => e.interactionModel === 'SCIENCE_INDUSTRY')).toBe(true);
    for (const row of partnerNetwork.rows.edges) expect(row.viaSummary.startsWith('Fraunhofer')).toBe(true);
  });

  it('supplyPaths: every path starts at `from`, ends at `to`, and each hop continues where the last ended', async () => {
    const example = loadExample('supplyPaths');
    const { supplyPaths } = (await run('supplyPaths')) as { supplyPaths: Array<{ length: number; hops: SupplyHop[] }> };
    expect(supplyPaths.length).toBeGreaterThan(0);
    for (const path of supplyPaths) {
      expect(path.hops).toHaveLength(path.length);
      expect(path.hops[0]?.supplier.id).toBe(example.variables['from']);
      expect(path.hops.at(-1)?.customer.id).toBe(example.variables['to']);
      path.hops.slice(1).forEach((hop, i) => expect(hop.supplier.id).toBe(path.hops[i]?.customer.id));
      expect(path.length).toBeLessThanOrEqual(example.variables['maxHops'] as number);
    }
  });

  it('citedSupplyChain: a real chain whose every hop is cited (no sample link, no sample company)', async () => {
    const { supplyPaths } = (await run('citedSupplyChain')) as {
      supplyPaths: Array<{ length: number; hops: Array<{ supplier: Named; customer: Named; sources: string[]; illustrative: boolean }> }>;
    };
    expect(supplyPaths[0]?.length).toBe(2);
    for (const hop of supplyPaths.flatMap((p) => p.hops)) {
      expect(hop.illustrative).toBe(false);
      expect(hop.sources.every((s) => s.startsWith('http') || s.startsWith('wikipedia:'))).toBe(true);
      expect(hop.supplier.id.startsWith('sample-') || hop.customer.id.startsWith('sample-')).toBe(false);
    }
  });

  it('scienceIndustryLinks: Silicon Saxony has science–industry collaborations and ranked institute–company pairs', async () => {
    const { scienceIndustryLinks: links } = (await run('scienceIndustryLinks')) as {
      scienceIndustryLinks: {
        instituteCount: number;
        companyCount: number;
        countsByInteractionModel: Array<{ model: string; count: number }>;
        strongestPairs: Array<{ score: number; institute: Named; company: Named; links: Array<{ linkKind: string }> }>;
      };
    };
    expect(links.instituteCount).toBeGreaterThan(5);
    expect(links.companyCount).toBeGreaterThan(10);
    expect(links.countsByInteractionModel.find((c) => c.model === 'SCIENCE_INDUSTRY')?.count).toBeGreaterThan(0);
    expect(links.strongestPairs.length).toBeGreaterThan(3);
    const scores = links.strongestPairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const pair of links.strongestPairs) expect(pair.links.length).toBeGreaterThan(0);
    expect(links.strongestPairs.map((p) => p.institute.id)).toContain('tu-dresden');
  });

  it('clusterSupplyRisk: Silicon Saxony has single points of failure, ranked, and local shares that add up', async () => {
    const { supplyRisk: risk } = (await run('clusterSupplyRisk')) as {
      supplyRisk: {
        truncated: boolean;
        totalCount: number;
        suppliers: Array<{ supplier: Named; companiesCutOff: number; stagesCutOff: number; cuts: Array<{ company: Named; stages: Array<{ name: string }> }> }>;
        localShare: { total: { relations: number }; byTier: Array<{ counts: { relations: number } }> };
      };
    };
    expect(risk.truncated).toBe(false);
    expect(risk.suppliers.length).toBeGreaterThan(3);
    const counts = risk.suppliers.map((s) => s.companiesCutOff);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const s of risk.suppliers) {
      expect(s.cuts).toHaveLength(s.companiesCutOff);
      expect(s.cuts.reduce((n, c) => n + c.stages.length, 0)).toBe(s.stagesCutOff);
    }
    expect(risk.localShare.total.relations).toBeGreaterThan(0);
    expect(risk.localShare.byTier.reduce((n, t) => n + t.counts.relations, 0)).toBe(risk.localShare.total.relations);
  });

  it("supplierFailure: the cluster's top single point of failure cuts companies off, and lost stages have alternatives", async () => {
    const { supplyRisk: risk } = (await run('clusterSupplyRisk', { first: 1 })) as { supplyRisk: { suppliers: Array<{ supplier: Named; companiesCutOff: number }> } };
    const top = risk.suppliers[0];
    const { supplyDisruption: d } = (await run('supplierFailure', { remove: [top?.supplier.id] })) as {
      supplyDisruption: {
        summary: { companiesAffected: number };
        companies: Array<{ lostStages: Array<{ alternatives: Array<{ company: Named; reasons: string[] }> }>; keptStages: Array<{ path: Named[]; length: number }> }>;
      };
    };
    // At least the companies it cuts off alone; with more tiers of the same stage lost, never fewer.
    expect(d.summary.companiesAffected).toBeGreaterThanOrEqual(top?.companiesCutOff ?? 1);
    const alternatives = d.companies.flatMap((c) => c.lostStages.flatMap((s) => s.alternatives));
    expect(alternatives.length).toBeGreaterThan(0);
    for (const a of alternatives) {
      expect(a.company.id).not.toBe(top?.supplier.id);
      expect(a.reasons.length).toBeGreaterThan(0);
    }
    for (const kept of d.companies.flatMap((c) => c.keptStages)) {
      expect(kept.path).toHaveLength(kept.length + 1);
      expect(kept.path.map((x) => x.id)).not.toContain(top?.supplier.id);
    }
  });

  it('valueChainGaps: Cool Silicon misses stages of the microelectronics chain, and each gap has candidates from outside', async () => {
    const { valueChainCoverage: coverage } = (await run('valueChainGaps')) as {
      valueChainCoverage: {
        coveredCount: number;
        stages: Array<{ covered: boolean; members: Named[]; nearestByGeography: Array<{ actor: Named; distanceKm: number | null }>; nearestByNetwork: Array<{ actor: Named; hops: number | null }> }>;
      };
    };
    expect(coverage.stages.length).toBeGreaterThan(coverage.coveredCount);
    expect(coverage.coveredCount).toBeGreaterThan(0);
    expect(coverage.stages.filter((s) => s.covered)).toHaveLength(coverage.coveredCount);
    const gaps = coverage.stages.filter((s) => !s.covered);
    for (const gap of gaps) {
      expect(gap.members).toEqual([]);
      expect(gap.nearestByGeography.length + gap.nearestByNetwork.length).toBeGreaterThan(0);
      const km = gap.nearestByGeography.map((c) => c.distanceKm ?? Infinity);
      expect(km).toEqual([...km].sort((a, b) => a - b));
    }
    for (const stage of coverage.stages.filter((s) => s.covered)) expect(stage.members.length).toBeGreaterThan(0);
  });

  it('partnerSuggestions: ranked suggestions for an SME, each with reasons, never the SME itself', async () => {
    const { recommendPartners } = (await run('partnerSuggestions')) as { recommendPartners: Array<{ score: number; actor: Named; reasons: string[] }> };
    expect(recommendPartners.length).toBeGreaterThanOrEqual(3);
    const scores = recommendPartners.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const suggestion of recommendPartners) {
      expect(suggestion.actor.id).not.toBe('senorics');
      expect(suggestion.reasons.length).toBeGreaterThan(0);
      expect(suggestion.score).toBeGreaterThan(0);
    }
  });

  it('regionCounts: Saxony counted by kind and by city, each actor once, Dresden the largest city', async () => {
    type Grouped = { total: number; groups: Array<{ key: string; label: string; count: number }> };
    const data = (await run('regionCounts')) as { region: { name: string }; byKind: Grouped; byCity: Grouped; byCluster: Grouped };
    expect(data.region.name).toBe('Saxony');
    expect(data.byKind.total).toBeGreaterThan(100);
    expect(data.byKind.groups.reduce((sum, g) => sum + g.count, 0)).toBe(data.byKind.total);
    expect(data.byCity.total).toBe(data.byKind.total);
    expect(data.byCity.groups.reduce((sum, g) => sum + g.count, 0)).toBe(data.byCity.total);
    expect(data.byKind.groups.map((g) => g.key).sort()).toEqual(['COMPANY', 'ORGANIZATION', 'RESEARCH_INSTITUTE']);
    expect(data.byCity.groups[0]?.label).toBe('Dresden');
    expect(data.byCluster.groups.map((g) => g.key)).toContain('silicon-saxony');
  });

  it('supplyChainCritical: tier 1 supplies the carmaker directly, and every critical supplier is in its chain', async () => {
    const data = (await run('supplyChainCritical')) as {
      supplyChain: { tiers: Array<{ tier: number; companies: Named[]; edges: SupplyHop[] }> };
      criticalSuppliers: { suppliersConsidered: number; criticalSuppliers: Array<{ supplier: Named; tier: number; reason: string; explanation: string }> };
    };
    const tiers = data.supplyChain.tiers;
    expect(tiers.map((t) => t.tier)).toEqual(tiers.map((_, i) => i + 1));
    expect(tiers.length).toBeGreaterThanOrEqual(3);
    for (const edge of tiers[0]?.edges ?? []) expect(edge.customer.id).toBe('vw-sachsen');
    const chain = new Map(tiers.flatMap((t) => t.companies.map((c) => [c.id, t.tier] as const)));
    expect(data.criticalSuppliers.suppliersConsidered).toBe(chain.size);
    expect(data.criticalSuppliers.criticalSuppliers.length).toBeGreaterThan(0);
    for (const critical of data.criticalSuppliers.criticalSuppliers) {
      expect(chain.get(critical.supplier.id)).toBe(critical.tier);
      expect(critical.explanation).toContain('Volkswagen Sachsen');
    }
  });

  it('shortestConnection: the hops run from `from` to `to`, each explained', async () => {
    const { shortestConnection: connection } = (await run('shortestConnection')) as {
      shortestConnection: { length: number; explanation: string; hops: Array<{ from: Named; to: Named; sentence: string }> };
    };
    expect(connection.hops).toHaveLength(connection.length);
    expect(connection.hops[0]?.from.id).toBe('fraunhofer-ipms');
    expect(connection.hops.at(-1)?.to.id).toBe('vw-sachsen');
    connection.hops.slice(1).forEach((hop, i) => expect(hop.from.id).toBe(connection.hops[i]?.to.id));
    expect(connection.explanation).toBe(connection.hops.map((h) => h.sentence).join('; '));
  });
});

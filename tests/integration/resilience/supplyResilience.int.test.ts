import type { GraphClient } from '../../../src/graph';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { startTestServer } from '../../support/testServer';
import { Fixture } from '../traversal/traversalFixture';

/**
 * A hand-built cluster `cl` (located in Dresden) with two member carmakers and a worked answer for each query:
 *
 *   poly -s1-> waferA -s2-> chip -s3-> oem1 <-s4- mod
 *   poly -s1-> waferB -s2-> chip -s3-> oem2 <-s3- alt
 *   gas  -s1-> chip
 *
 * Places: oem1, chip, mod in Dresden (Saxony); waferA, poly in Freiberg (Saxony); oem2, gas in Jena (Thuringia);
 * waferB in Wroclaw (Poland); alt unknown. Candidates for chips: fab2 (ACTIVE_IN s3, Dresden), techco (shares
 * chip's technology, collaborates with oem1), alt (supplies s3).
 *
 * oem1's subgraph: every stage s1..s3 passes through chip; s4 only from mod. oem2's: s3 also from alt, so only
 * s1 and s2 pass through chip.
 */
describe('supplyDisruption and supplyRisk on a hand-built cluster', () => {
  const p = uniquePrefix('resil');
  const f = new Fixture(p);
  let graph: GraphClient;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const short = (id: string): string => id.slice(p.length);

  beforeAll(async () => {
    graph = createTestGraph();
    f.node('ValueChain', 'vc', { name: 'Test Chain' });
    ['Materials', 'Wafers', 'Chips', 'Modules'].forEach((name, i) =>
      f.node('ValueChainStage', `s${i + 1}`, { name, order: i + 1, valueChainId: f.id('vc') }).link('STAGE_OF', `s${i + 1}`, 'vc'),
    );
    f.node('Region', 'de', { level: 'COUNTRY', name: 'Germany' })
      .node('Region', 'pl', { level: 'COUNTRY', name: 'Poland' })
      .node('Region', 'sn', { level: 'STATE', name: 'Saxony' })
      .node('Region', 'th', { level: 'STATE', name: 'Thuringia' })
      .node('Region', 'dresden', { level: 'CITY', name: 'Dresden' })
      .node('Region', 'freiberg', { level: 'CITY', name: 'Freiberg' })
      .node('Region', 'jena', { level: 'CITY', name: 'Jena' })
      .node('Region', 'wroclaw', { level: 'CITY', name: 'Wroclaw' })
      .link('PART_OF', 'sn', 'de')
      .link('PART_OF', 'th', 'de')
      .link('PART_OF', 'dresden', 'sn')
      .link('PART_OF', 'freiberg', 'sn')
      .link('PART_OF', 'jena', 'th')
      .link('PART_OF', 'wroclaw', 'pl');
    f.node('Cluster', 'cl', { name: 'Test Cluster' }).link('LOCATED_IN', 'cl', 'dresden');
    f.node('Technology', 'tech', { name: 'Power chips' });
    f.actor('oem1', 'Oem One', 'COMPANY', { lat: 51.05, lon: 13.74 })
      .actor('oem2', 'Oem Two')
      .actor('chip', 'Chipfab')
      .actor('mod', 'Moduler')
      .actor('alt', 'Altchip')
      .actor('waferA', 'Wafer A')
      .actor('waferB', 'Wafer B')
      .actor('gas', 'Gasco')
      .actor('poly', 'Polysil')
      .actor('fab2', 'Fab Two', 'COMPANY', { lat: 51.12, lon: 13.71 })
      .actor('techco', 'Techco');
    for (const [company, city] of [['oem1', 'dresden'], ['chip', 'dresden'], ['mod', 'dresden'], ['fab2', 'dresden'], ['waferA', 'freiberg'], ['poly', 'freiberg'],
      ['oem2', 'jena'], ['gas', 'jena'], ['techco', 'jena'], ['waferB', 'wroclaw']] as const) f.link('LOCATED_IN', company, city);
    f.link('MEMBER_OF', 'oem1', 'cl').link('MEMBER_OF', 'oem2', 'cl')
      .link('SUPPLIES', 'poly', 'waferA', { stage: f.id('s1') })
      .link('SUPPLIES', 'poly', 'waferB', { stage: f.id('s1') })
      .link('SUPPLIES', 'waferA', 'chip', { stage: f.id('s2') })
      .link('SUPPLIES', 'waferB', 'chip', { stage: f.id('s2') })
      .link('SUPPLIES', 'gas', 'chip', { stage: f.id('s1') })
      .link('SUPPLIES', 'chip', 'oem1', { stage: f.id('s3') })
      .link('SUPPLIES', 'chip', 'oem2', { stage: f.id('s3') })
      .link('SUPPLIES', 'alt', 'oem2', { stage: f.id('s3') })
      .link('SUPPLIES', 'mod', 'oem1', { stage: f.id('s4') })
      .link('ACTIVE_IN', 'fab2', 's3')
      .link('SPECIALIZES_IN', 'chip', 'tech')
      .link('SPECIALIZES_IN', 'techco', 'tech')
      .link('COLLABORATES_WITH', 'techco', 'oem1');
    await f.write(graph);
    // Everything cited except alt's supply to oem2, for the evidence levels.
    await graph.write({ name: 'test_cite', text: 'MATCH (a:Entity) WHERE a.id STARTS WITH $p SET a.illustrative = false', params: { p } });
    await graph.write({ name: 'test_cite', text: 'MATCH (:Entity)-[r]->(:Entity) WHERE startNode(r).id STARTS WITH $p SET r.illustrative = false', params: { p } });
    await graph.write({ name: 'test_cite', text: 'MATCH (:Company {id: $alt})-[r:SUPPLIES]->() SET r.illustrative = true', params: { alt: f.id('alt') } });
    server = await startTestServer(graph);
  });

  afterAll(async () => {
    await server?.stop();
    await deleteByPrefix(graph, p);
    await graph.close();
  });

  async function run(query: string, variables: Record<string, unknown>) {
    const { body } = await server.query(query, variables);
    return body as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: { cost?: { roundTrips?: number } } };
  }

  const disruptionQuery = `query($remove: [ID!]!, $scope: SupplyScope!, $evidence: Evidence, $tiers: Int) {
    supplyDisruption(remove: $remove, scope: $scope, evidence: $evidence, tiers: $tiers) {
      removed { id } truncated scope { companyCount referenceRegion { id } }
      summary { companiesAnalysed companiesAffected stagesLost stagesKept distinctStagesLost { id } byTier { tier stagesLost companiesAffected } }
      companies {
        company { id }
        lostStages { stage { id } tier formerSuppliers { id } alternatives(first: 3) { company { id } suppliesStage activeInStage existingPartner sharedTechnologies { name } distanceKm reasons } }
        keptStages { stage { id } path { id } length }
      }
    } }`;

  interface Disruption {
    summary: { companiesAnalysed: number; companiesAffected: number; stagesLost: number; stagesKept: number; distinctStagesLost: Array<{ id: string }>; byTier: unknown[] };
    companies: Array<{
      company: { id: string };
      lostStages: Array<{ stage: { id: string }; tier: number; formerSuppliers: Array<{ id: string }>; alternatives: Array<{ company: { id: string }; reasons: string[]; distanceKm: number | null }> }>;
      keptStages: Array<{ stage: { id: string }; path: Array<{ id: string }>; length: number }>;
    }>;
  }

  it('says which companies lose which stages when the chip fab fails, and through whom they keep the rest', async () => {
    const body = await run(disruptionQuery, { remove: [f.id('chip')], scope: { cluster: f.id('cl') } });
    expect(body.errors).toBeUndefined();
    const d = body.data?.['supplyDisruption'] as Disruption;
    const view = d.companies.map((c) => ({
      company: short(c.company.id),
      lost: c.lostStages.map((s) => `${short(s.stage.id)}@${s.tier}`),
      kept: c.keptStages.map((s) => `${short(s.stage.id)}:${s.path.map((x) => short(x.id)).join('>')}`),
    }));
    expect(view).toEqual([
      { company: 'oem1', lost: ['s1@2', 's2@2', 's3@1'], kept: ['s4:mod>oem1'] },
      { company: 'oem2', lost: ['s1@2', 's2@2'], kept: ['s3:alt>oem2'] },
    ]);
    expect(d.summary).toEqual({
      companiesAnalysed: 2,
      companiesAffected: 2,
      stagesLost: 5,
      stagesKept: 2,
      distinctStagesLost: [{ id: f.id('s1') }, { id: f.id('s2') }, { id: f.id('s3') }],
      byTier: [{ tier: 1, stagesLost: 1, companiesAffected: 1 }, { tier: 2, stagesLost: 4, companiesAffected: 2 }],
    });
    expect(body.extensions?.cost?.roundTrips).toBeLessThanOrEqual(3);
  });

  it('answers the same companies, stages and paths when the paths are asked for by id alone (names of suppliers not fetched)', async () => {
    const vars = { remove: [f.id('chip')], scope: { cluster: f.id('cl') } };
    const byIds = `query($remove: [ID!]!, $scope: SupplyScope!) { supplyDisruption(remove: $remove, scope: $scope) {
      companies { company { id name } lostStages { stage { id } tier } keptStages { stage { id } path { id } length } } } }`;
    const full = await run(disruptionQuery, vars);
    const lean = await run(byIds, vars);
    expect(lean.errors).toBeUndefined();
    const d = full.data?.['supplyDisruption'] as Disruption;
    const l = lean.data?.['supplyDisruption'] as { companies: Array<{ company: { id: string; name: string }; lostStages: unknown[]; keptStages: unknown[] }> };
    expect(l.companies.map((c) => c.company.id)).toEqual(d.companies.map((c) => c.company.id));
    expect(l.companies.every((c) => c.company.name.length > 0 && c.company.name !== c.company.id)).toBe(true);
    expect(l.companies.map((c) => c.keptStages)).toEqual(d.companies.map((c) => c.keptStages));
    expect(l.companies.map((c) => c.lostStages)).toEqual(d.companies.map((c) => c.lostStages.map((s) => ({ stage: s.stage, tier: s.tier }))));
  });

  it('ranks alternatives for a lost stage: in the stage first, then existing ties, then distance, with reasons in words', async () => {
    const body = await run(disruptionQuery, { remove: [f.id('chip')], scope: { companies: [f.id('oem1')] } });
    expect(body.errors).toBeUndefined();
    const d = body.data?.['supplyDisruption'] as Disruption;
    const chips = d.companies[0]?.lostStages.find((s) => s.stage.id === f.id('s3'));
    expect(chips?.formerSuppliers.map((s) => short(s.id))).toEqual(['chip']);
    // Those in the stage first (fab2 located, alt not), then techco, qualified by technology only though a partner.
    expect(chips?.alternatives.map((a) => short(a.company.id))).toEqual(['fab2', 'alt', 'techco']);
    expect(chips?.alternatives[0]?.reasons[0]).toBe('active in Chips');
    expect(chips?.alternatives[0]?.distanceKm).toBeGreaterThan(5);
    expect(chips?.alternatives[0]?.distanceKm).toBeLessThan(10);
    expect(chips?.alternatives[1]?.reasons).toEqual(['already supplies Chips']);
    expect(chips?.alternatives[2]?.reasons).toEqual(['specialises in Power chips, like the former suppliers', 'already a partner of Oem One']);
  });

  const riskQuery = `query($scope: SupplyScope!, $evidence: Evidence, $level: LocalityLevel) {
    supplyRisk(scope: $scope, evidence: $evidence) {
      totalCount truncated suppliersConsidered
      suppliers { supplier { id } companiesCutOff stagesCutOff inScope outsideRegion cuts { company { id } stages { id } } }
      localShare {
        total { relations sameRegion sameState sameCountry unknownLocation sameStateShare }
        byTier { tier counts { relations sameRegion sameState sameCountry unknownLocation } }
        stagesOnlyFromOutside(level: $level) { stage { id } companies { id } }
        companies { company { id } total { relations sameRegion sameState sameCountry unknownLocation } stagesOnlyFromOutside(level: $level) { id } }
      }
    } }`;

  interface Risk {
    totalCount: number;
    suppliers: Array<{ supplier: { id: string }; companiesCutOff: number; stagesCutOff: number; inScope: boolean; outsideRegion: boolean | null; cuts: Array<{ company: { id: string }; stages: Array<{ id: string }> }> }>;
    localShare: {
      total: Record<string, number>;
      byTier: Array<{ tier: number; counts: Record<string, number> }>;
      stagesOnlyFromOutside: Array<{ stage: { id: string }; companies: Array<{ id: string }> }>;
      companies: Array<{ company: { id: string }; total: Record<string, number>; stagesOnlyFromOutside: Array<{ id: string }> }>;
    };
  }
  const riskView = (r: Risk) =>
    r.suppliers.map((s) => ({
      supplier: short(s.supplier.id),
      companies: s.companiesCutOff,
      stages: s.stagesCutOff,
      outsideRegion: s.outsideRegion,
      cuts: s.cuts.map((c) => `${short(c.company.id)}:${c.stages.map((x) => short(x.id)).join(',')}`),
    }));

  it('ranks the single points of failure of the cluster', async () => {
    const body = await run(riskQuery, { scope: { cluster: f.id('cl') } });
    expect(body.errors).toBeUndefined();
    const risk = body.data?.['supplyRisk'] as Risk;
    expect(riskView(risk)).toEqual([
      { supplier: 'chip', companies: 2, stages: 5, outsideRegion: false, cuts: ['oem1:s1,s2,s3', 'oem2:s1,s2'] },
      { supplier: 'mod', companies: 1, stages: 1, outsideRegion: false, cuts: ['oem1:s4'] },
    ]);
    expect(risk.totalCount).toBe(2);
    expect(body.extensions?.cost?.roundTrips).toBeLessThanOrEqual(2);
  });

  it('uses only cited relations with evidence CITED: without the sample relation from alt, chip cuts oem2 off chips too', async () => {
    const body = await run(riskQuery, { scope: { cluster: f.id('cl') }, evidence: 'CITED' });
    expect(body.errors).toBeUndefined();
    expect(riskView(body.data?.['supplyRisk'] as Risk)[0]).toMatchObject({ supplier: 'chip', companies: 2, stages: 6, cuts: ['oem1:s1,s2,s3', 'oem2:s1,s2,s3'] });
  });

  it('counts local shares per company and tier, and they add up over the scope', async () => {
    const body = await run(riskQuery, { scope: { cluster: f.id('cl') }, level: 'REGION' });
    expect(body.errors).toBeUndefined();
    const share = (body.data?.['supplyRisk'] as Risk).localShare;
    expect(share.companies.map((c) => ({ id: short(c.company.id), total: c.total, outside: c.stagesOnlyFromOutside.map((s) => short(s.id)) }))).toEqual([
      { id: 'oem1', total: { relations: 7, sameRegion: 2, sameState: 5, sameCountry: 6, unknownLocation: 0 }, outside: ['s1', 's2'] },
      { id: 'oem2', total: { relations: 7, sameRegion: 1, sameState: 1, sameCountry: 5, unknownLocation: 1 }, outside: ['s2', 's3'] },
    ]);
    expect(share.total).toEqual({ relations: 14, sameRegion: 3, sameState: 6, sameCountry: 11, unknownLocation: 1, sameStateShare: 6 / 14 });
    expect(share.byTier.map((t) => [t.tier, t.counts.relations, t.counts.sameState])).toEqual([[1, 4, 2], [2, 6, 2], [3, 4, 2], [4, 0, 0]]);
    for (const key of ['relations', 'sameRegion', 'sameState', 'sameCountry', 'unknownLocation']) {
      expect(share.byTier.reduce((n, t) => n + (t.counts[key] ?? 0), 0)).toBe(share.total[key]);
      expect(share.companies.reduce((n, c) => n + (c.total[key] ?? 0), 0)).toBe(share.total[key]);
    }
    expect(share.stagesOnlyFromOutside.map((s) => `${short(s.stage.id)}:${s.companies.map((c) => short(c.id)).join(',')}`)).toEqual(['s2:oem1,oem2']);
  });

  it('stages sourced only from outside the state: none for the scope, s2 and s3 for oem2', async () => {
    const body = await run(riskQuery, { scope: { cluster: f.id('cl') } });
    const share = (body.data?.['supplyRisk'] as Risk).localShare;
    expect(share.stagesOnlyFromOutside).toEqual([]);
    expect(share.companies[1]?.stagesOnlyFromOutside.map((s) => short(s.id))).toEqual(['s2', 's3']);
  });

  it('refuses a scope that is not exactly one part, and names the argument of an unknown id', async () => {
    const both = await run(riskQuery, { scope: { cluster: f.id('cl'), region: f.id('sn') } });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scope' });
    const none = await run(riskQuery, { scope: {} });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scope' });
    const cluster = await run(riskQuery, { scope: { cluster: f.id('nope') } });
    expect(cluster.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'scope.cluster' });
    const region = await run(riskQuery, { scope: { region: f.id('nope') } });
    expect(region.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'scope.region' });
    const companies = await run(riskQuery, { scope: { companies: [f.id('oem1'), f.id('nope')] } });
    expect(companies.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'scope.companies' });
    const removed = await run(disruptionQuery, { remove: [f.id('nope')], scope: { cluster: f.id('cl') } });
    expect(removed.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'remove' });
    const tiers = await run(disruptionQuery, { remove: [f.id('chip')], scope: { cluster: f.id('cl') }, tiers: 9 });
    expect(tiers.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'tiers' });
    const empty = await run(disruptionQuery, { remove: [], scope: { cluster: f.id('cl') } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'remove' });
  });

  it('takes a region as scope, with its sub-regions, and marks suppliers outside it', async () => {
    const body = await run(riskQuery, { scope: { region: f.id('sn') } });
    expect(body.errors).toBeUndefined();
    const risk = body.data?.['supplyRisk'] as Risk;
    // Saxony's companies: oem1, chip, mod, fab2, waferA, poly. chip's only s1/s2 path from outside runs through
    // nothing in scope but itself; waferB (Poland) and gas (Thuringia) supply chip.
    const chip = risk.suppliers.find((s) => short(s.supplier.id) === 'chip');
    expect(chip).toMatchObject({ inScope: true, outsideRegion: false });
    const poly = risk.suppliers.find((s) => short(s.supplier.id) === 'poly');
    expect(poly).toMatchObject({ inScope: true, outsideRegion: false, cuts: [{ company: { id: f.id('waferA') }, stages: [{ id: f.id('s1') }] }] });
    expect(risk.suppliers.every((s) => s.outsideRegion === ['waferB', 'gas', 'alt'].includes(short(s.supplier.id)))).toBe(true);
  });
});

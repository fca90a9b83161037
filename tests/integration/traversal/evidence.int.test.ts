import { deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { useSeedServer } from '../../support/seedServer';
import { CITED, Fixture } from './traversalFixture';

/**
 * `evidence: CITED`, unknown ids and `asOf` on supplyChain, supplyPaths, criticalSuppliers, valueChainCoverage,
 * recommendPartners and scienceIndustryLinks, on a hand-built graph where a sample link or a sample actor sits on
 * a path (sometimes the only one), and on the seed graph.
 *
 * Supply (every company cited but `s`; links cited unless marked):
 *   a -> b -> d      the cited path
 *   a -> s -> d      through the sample company s
 *   a ~> c -> d      through a sample link (~>)
 *   d ~> e           the only link downstream of d is a sample one
 * b and c supply d at stage st1, the sample company s alone at st2 (a single source unless s is left out).
 */
describe('evidence, unknown ids and asOf on the supply, coverage and recommendation traversals', () => {
  const p = uniquePrefix('evid');
  const f = new Fixture(p);
  const short = (id: string) => id.slice(p.length);

  const seed = useSeedServer({
    before: async (graph) => {
        f.node('ValueChain', 'vc', { name: 'Evidence Chain' });
        ['One', 'Two'].forEach((name, i) => f.node('ValueChainStage', `st${i + 1}`, { name: `Stage ${name}`, order: i + 1, valueChainId: f.id('vc') }).link('STAGE_OF', `st${i + 1}`, 'vc'));
        // Supply.
        f.companies('a', 'b', 'c', 'd', 'e', 's')
          .cite('a', 'b', 'c', 'd', 'e')
          .link('SUPPLIES', 'a', 'b', { ...CITED, product: 'x' })
          .link('SUPPLIES', 'b', 'd', { ...CITED, product: 'x', stage: f.id('st1') })
          .link('SUPPLIES', 'a', 's', { ...CITED, product: 'x' })
          .link('SUPPLIES', 's', 'd', { ...CITED, product: 'x', stage: f.id('st2') })
          .link('SUPPLIES', 'a', 'c', { product: 'x' })
          .link('SUPPLIES', 'c', 'd', { ...CITED, product: 'x', stage: f.id('st1') })
          .link('SUPPLIES', 'd', 'e', { product: 'x' });
        // Coverage: cluster k (located) with members m1 (cited), m2 (a sample actor), m3 (cited, by a sample
        // membership); outsiders n1 (cited, one cited hop from m1), n2 (cited, reaching m1 only through the sample
        // actor x), n3 (a sample actor).
        f.node('Cluster', 'k', { name: 'Evidence Cluster', lat: 51, lon: 13 })
          .actor('m1', 'Member One')
          .actor('m2', 'Member Two')
          .actor('m3', 'Member Three')
          .actor('n1', 'Near One', 'COMPANY', { lat: 51.1, lon: 13 })
          .actor('n2', 'Near Two', 'COMPANY', { lat: 51.2, lon: 13 })
          .actor('n3', 'Near Three', 'COMPANY', { lat: 51.3, lon: 13 })
          .actor('x', 'Sample Broker')
          .cite('m1', 'm3', 'n1', 'n2')
          .link('MEMBER_OF', 'm1', 'k', CITED, { validFrom: '2020-01-01' })
          .link('MEMBER_OF', 'm2', 'k', CITED)
          .link('MEMBER_OF', 'm3', 'k')
          .link('ACTIVE_IN', 'm1', 'st1', CITED)
          .link('ACTIVE_IN', 'm2', 'st2', CITED)
          .link('ACTIVE_IN', 'm3', 'st2', CITED)
          .link('ACTIVE_IN', 'n1', 'st2', CITED)
          .link('ACTIVE_IN', 'n2', 'st2', CITED)
          .link('ACTIVE_IN', 'n3', 'st2', CITED)
          .link('COLLABORATES_WITH', 'n1', 'm1', CITED)
          .link('COLLABORATES_WITH', 'n2', 'x', CITED)
          .link('COLLABORATES_WITH', 'x', 'm1', CITED)
          .link('COLLABORATES_WITH', 'n3', 'm1', CITED);
        // Recommendations: me and its partner pt (cited link since 2020); candidates sharing pt: r1 (cited link),
        // r2 (by a sample link), rs (a sample actor).
        f.companies('me', 'pt', 'r1', 'r2', 'rs')
          .cite('me', 'pt', 'r1', 'r2')
          .link('COLLABORATES_WITH', 'me', 'pt', CITED, { validFrom: '2020-01-01' })
          .link('COLLABORATES_WITH', 'pt', 'r1', CITED)
          .link('COLLABORATES_WITH', 'pt', 'r2')
          .link('COLLABORATES_WITH', 'pt', 'rs', CITED);
        // Science–industry: institute i with companies co (collaboration since 2020) and old (a member until 2010).
        f.node('Cluster', 'k2', { name: 'Science Cluster' })
          .actor('i', 'Institute', 'RESEARCH_INSTITUTE')
          .companies('co', 'old')
          .cite('i', 'co', 'old')
          .link('MEMBER_OF', 'i', 'k2', CITED)
          .link('MEMBER_OF', 'co', 'k2', CITED)
          .link('MEMBER_OF', 'old', 'k2', CITED, { validTo: '2010-12-31' })
          .link('COLLABORATES_WITH', 'i', 'co', CITED, { validFrom: '2020-01-01' })
          .link('COLLABORATES_WITH', 'i', 'old', CITED, { validTo: '2010-12-31' });
        // A sample project (fixture nodes are sample data) with cited participations of two cited actors.
        f.actor('j1', 'Joint One')
          .actor('j2', 'Joint Two')
          .cite('j1', 'j2')
          .node('Project', 'pj', { title: 'Sample Project' })
          .link('PARTICIPATES_IN', 'j1', 'pj', CITED)
          .link('PARTICIPATES_IN', 'j2', 'pj', CITED);
      await f.write(graph);
    },
    after: (graph) => deleteByPrefix(graph, p),
  });

  async function data(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    const { body } = await seed.server.query(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data ?? {};
  }
  it('partnerNetwork with CITED follows no joint project that is itself sample data', async () => {
    const query = `query($from: ID!, $evidence: Evidence) {
      partnerNetwork(from: $from, depth: 1, filter: { linkKinds: [JOINT_PROJECT], evidence: $evidence }) { rows { edges { node { id } } } } }`;
    const reached = async (evidence: string) =>
      ((await data(query, { from: f.id('j1'), evidence }))['partnerNetwork'] as { rows: { edges: Array<{ node: { id: string } }> } }).rows.edges.map((e) => short(e.node.id));
    expect(await reached('ALL')).toEqual(['j2']);
    expect(await reached('CITED')).toEqual([]);
  });

  async function errorOf(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    const { status, body } = await seed.server.query(query, variables);
    expect(status).toBe(200);
    return body.errors?.[0]?.extensions;
  }
  /** Every `illustrative` value anywhere in an answer. */
  function flags(value: unknown): boolean[] {
    if (Array.isArray(value)) return value.flatMap(flags);
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, v]) => (key === 'illustrative' ? [v === true] : flags(v)));
  }

  describe('supply traversals', () => {
    const chainQuery = `query($company: ID!, $direction: SupplyDirection, $evidence: Evidence) {
      supplyChain(company: $company, direction: $direction, tiers: 3, evidence: $evidence) {
        tiers { tier companies { id illustrative } edges { supplier { id } customer { id } illustrative } } } }`;
    const tiersOf = async (variables: Record<string, unknown>) => {
      const chain = (await data(chainQuery, variables))['supplyChain'] as { tiers: Array<{ companies: Array<{ id: string }>; edges: Array<{ supplier: { id: string }; customer: { id: string } }> }> };
      return chain.tiers.map((t) => ({ companies: t.companies.map((c) => short(c.id)), edges: t.edges.map((e) => `${short(e.supplier.id)}>${short(e.customer.id)}`) }));
    };

    it('supplyChain CITED never reaches a sample company or follows a sample relation', async () => {
      expect(await tiersOf({ company: f.id('d') })).toEqual([
        { companies: ['b', 'c', 's'], edges: ['b>d', 'c>d', 's>d'] },
        { companies: ['a'], edges: ['a>b', 'a>c', 'a>s'] },
      ]);
      expect(await tiersOf({ company: f.id('d'), evidence: 'CITED' })).toEqual([
        { companies: ['b', 'c'], edges: ['b>d', 'c>d'] },
        { companies: ['a'], edges: ['a>b'] },
      ]);
      // The only relation downstream of d is a sample one.
      expect(await tiersOf({ company: f.id('d'), direction: 'DOWNSTREAM' })).toEqual([{ companies: ['e'], edges: ['d>e'] }]);
      expect(await tiersOf({ company: f.id('d'), direction: 'DOWNSTREAM', evidence: 'CITED' })).toEqual([]);
      const cited = await data(chainQuery, { company: f.id('d'), evidence: 'CITED' });
      expect(flags(cited).length).toBeGreaterThan(0);
      expect(flags(cited)).not.toContain(true);
    });

    const pathsQuery = `query($from: ID!, $to: ID!, $evidence: Evidence) {
      supplyPaths(from: $from, to: $to, first: 5, evidence: $evidence) { hops { supplier { id illustrative } customer { id illustrative } illustrative } } }`;
    const pathsOf = async (variables: Record<string, unknown>) =>
      ((await data(pathsQuery, variables))['supplyPaths'] as Array<{ hops: Array<{ supplier: { id: string }; customer: { id: string } }> }>).map((path) =>
        [short(path.hops[0]?.supplier.id ?? ''), ...path.hops.map((h) => short(h.customer.id))].join('>'),
      );

    it('supplyPaths CITED runs through no sample company and no sample relation', async () => {
      expect(await pathsOf({ from: f.id('a'), to: f.id('d') })).toEqual(['a>b>d', 'a>c>d', 'a>s>d']);
      expect(await pathsOf({ from: f.id('a'), to: f.id('d'), evidence: 'CITED' })).toEqual(['a>b>d']);
      // A sample relation on the only path: no cited path at all.
      expect(await pathsOf({ from: f.id('d'), to: f.id('e') })).toEqual(['d>e']);
      expect(await pathsOf({ from: f.id('d'), to: f.id('e'), evidence: 'CITED' })).toEqual([]);
      expect(flags(await data(pathsQuery, { from: f.id('a'), to: f.id('d'), evidence: 'CITED' }))).not.toContain(true);
    });

    it('criticalSuppliers CITED analyses the cited upstream subgraph only', async () => {
      const query = `query($company: ID!, $evidence: Evidence) {
        criticalSuppliers(company: $company, tiers: 3, evidence: $evidence) { suppliersConsidered criticalSuppliers { supplier { id illustrative } reason } } }`;
      const all = (await data(query, { company: f.id('d') }))['criticalSuppliers'] as { suppliersConsidered: number; criticalSuppliers: Array<{ supplier: { id: string }; reason: string }> };
      expect(all.suppliersConsidered).toBe(4);
      expect(all.criticalSuppliers.map((c) => [short(c.supplier.id), c.reason])).toEqual([['s', 'SINGLE_SOURCE_INPUT'], ['s', 'UPSTREAM_CUT_VERTEX']]);
      const cited = (await data(query, { company: f.id('d'), evidence: 'CITED' }))['criticalSuppliers'] as typeof all;
      expect(cited.suppliersConsidered).toBe(3);
      // Without the sample supplier s, b and c are two suppliers at st1: nothing is critical.
      expect(cited.criticalSuppliers).toEqual([]);
    });

    it('the supply-chain export takes evidence', async () => {
      const response = await fetch(`${seed.server.url.replace(/\/graphql$/, '')}/export/supply-chain?company=${encodeURIComponent(f.id('d'))}&tiers=3&evidence=CITED`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { graph: { evidence: string }; nodes: Array<{ id: string }> };
      expect(body.graph.evidence).toBe('CITED');
      expect(body.nodes.map((n) => short(n.id)).sort()).toEqual(['a', 'b', 'c', 'd']);
    });
  });

  describe('valueChainCoverage', () => {
    const query = `query($cluster: ID!, $valueChain: ID!, $asOf: Date, $evidence: Evidence) {
      valueChainCoverage(cluster: $cluster, valueChain: $valueChain, candidatesPerStage: 5, asOf: $asOf, evidence: $evidence) {
        stages { stage { name } members { id illustrative }
          nearestByGeography { actor { id illustrative } hops } nearestByNetwork { actor { id illustrative } hops } } } }`;
    interface Stage {
      members: Array<{ id: string }>;
      nearestByGeography: Array<{ actor: { id: string }; hops: number | null }>;
      nearestByNetwork: Array<{ actor: { id: string }; hops: number | null }>;
    }
    const coverage = async (variables: Record<string, unknown>) =>
      ((await data(query, { cluster: f.id('k'), valueChain: f.id('vc'), ...variables }))['valueChainCoverage'] as { stages: Stage[] }).stages;
    const ids = (list: Array<{ id: string }>) => list.map((a) => short(a.id));
    const candidates = (list: Stage['nearestByNetwork']) => list.map((c) => [short(c.actor.id), c.hops]);

    it('CITED uses no sample membership, actor or link', async () => {
      const all = await coverage({});
      expect(all.map((s) => ids(s.members))).toEqual([['m1'], ['m3', 'm2']]);
      const cited = await coverage({ evidence: 'CITED' });
      // m2 is sample data and m3 a member only by a sample membership: stage Two is missing under CITED.
      expect(cited.map((s) => ids(s.members))).toEqual([['m1'], []]);
      const two = cited[1] as Stage;
      // m3 is no member under CITED, but has no location; n3 is sample data.
      expect(ids(two.nearestByGeography.map((c) => c.actor))).toEqual(['n1', 'n2']);
      // n2 reaches m1 only through the sample broker x; n3 is sample data.
      expect(candidates(two.nearestByNetwork)).toEqual([['n1', 1]]);
      expect(two.nearestByGeography.find((c) => short(c.actor.id) === 'n2')?.hops).toBeNull();
      expect(flags(await data(query, { cluster: f.id('k'), valueChain: f.id('vc'), evidence: 'CITED' }))).not.toContain(true);
    });

    it('asOf counts the memberships valid that day', async () => {
      const in2015 = await coverage({ asOf: '2015' });
      expect(in2015.map((s) => ids(s.members))).toEqual([[], ['m3', 'm2']]);
      expect((await coverage({ asOf: '2021-06' })).map((s) => ids(s.members))).toEqual([['m1'], ['m3', 'm2']]);
    });

    it('is NOT_FOUND naming the argument for an unknown id, BAD_USER_INPUT for an id of another kind', async () => {
      expect(await errorOf(query, { cluster: f.id('nope'), valueChain: f.id('vc') })).toMatchObject({ code: 'NOT_FOUND', argument: 'cluster', id: f.id('nope') });
      expect(await errorOf(query, { cluster: f.id('k'), valueChain: f.id('nope') })).toMatchObject({ code: 'NOT_FOUND', argument: 'valueChain', id: f.id('nope') });
      expect(await errorOf(query, { cluster: f.id('k'), valueChain: f.id('k2') })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'valueChain' });
      expect(await errorOf(query, { cluster: f.id('m1'), valueChain: f.id('vc') })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'cluster' });
    });
  });

  describe('recommendPartners', () => {
    const query = `query($for: ID!, $asOf: Date, $evidence: Evidence) {
      recommendPartners(for: $for, asOf: $asOf, evidence: $evidence) { actor { id illustrative } score commonPartners { id illustrative } } }`;
    const ranked = async (variables: Record<string, unknown>) =>
      ((await data(query, { for: f.id('me'), ...variables }))['recommendPartners'] as Array<{ actor: { id: string }; score: number }>).map((r) => [short(r.actor.id), r.score]);

    it('CITED suggests no sample actor and counts no sample link', async () => {
      expect(await ranked({})).toEqual([['r1', 3], ['r2', 3], ['rs', 3]]);
      expect(await ranked({ evidence: 'CITED' })).toEqual([['r1', 3]]);
      expect(flags(await data(query, { for: f.id('me'), evidence: 'CITED' }))).not.toContain(true);
    });

    it('asOf counts the links valid that day', async () => {
      // Before 2020 pt was not yet a partner: no common partners, and pt itself shares nothing else with me.
      expect(await ranked({ asOf: '2015' })).toEqual([]);
      expect(await ranked({ asOf: '2021' })).toEqual([['r1', 3], ['r2', 3], ['rs', 3]]);
    });

    it('is NOT_FOUND for an unknown actor and BAD_USER_INPUT for an id of another kind', async () => {
      expect(await errorOf(query, { for: f.id('nobody') })).toMatchObject({ code: 'NOT_FOUND', argument: 'for', id: f.id('nobody') });
      expect(await errorOf(query, { for: f.id('k') })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'for' });
    });
  });

  describe('scienceIndustryLinks', () => {
    it('asOf takes the members and the links valid that day', async () => {
      const query = `query($cluster: ID, $asOf: Date) {
        scienceIndustryLinks(cluster: $cluster, asOf: $asOf) { companyCount countsByLinkKind { linkKind count } strongestPairs { company { id } } } }`;
      const at = async (asOf: string | null) => {
        const r = (await data(query, { cluster: f.id('k2'), asOf }))['scienceIndustryLinks'] as {
          companyCount: number; countsByLinkKind: Array<{ linkKind: string; count: number }>; strongestPairs: Array<{ company: { id: string } }>;
        };
        return { companies: r.companyCount, collaborations: r.countsByLinkKind.find((c) => c.linkKind === 'COLLABORATION')?.count, pairs: r.strongestPairs.map((s) => short(s.company.id)) };
      };
      expect(await at(null)).toEqual({ companies: 2, collaborations: 2, pairs: ['co', 'old'] });
      expect(await at('2005')).toEqual({ companies: 2, collaborations: 1, pairs: ['old'] });
      expect(await at('2015')).toEqual({ companies: 1, collaborations: 0, pairs: [] });
      expect(await at('2021')).toEqual({ companies: 1, collaborations: 1, pairs: ['co'] });
    });
  });

  describe('on the seed graph (cited rows with the sample overlay on top)', () => {
    /** The answer with CITED holds `illustrative` values and none is true; with ALL some are (the overlay is used). */
    async function citedOnlyWithCITED(query: string, variables: Record<string, unknown> = {}): Promise<void> {
      const all = flags(await data(query, { ...variables, evidence: 'ALL' }));
      const cited = flags(await data(query, { ...variables, evidence: 'CITED' }));
      expect(all).toContain(true);
      expect(cited.length).toBeGreaterThan(0);
      expect(cited).not.toContain(true);
    }

    it('supplyChain, supplyPaths and criticalSuppliers', async () => {
      const chain = `query($evidence: Evidence) { supplyChain(company: "meyer-burger-freiberg", tiers: 3, evidence: $evidence) {
        company { illustrative } tiers { companies { id illustrative } edges { illustrative supplier { illustrative } customer { illustrative } } } } }`;
      await citedOnlyWithCITED(chain);
      const tiers = ((await data(chain, { evidence: 'CITED' }))['supplyChain'] as { tiers: Array<{ companies: Array<{ id: string }> }> }).tiers;
      expect(tiers[0]?.companies.map((c) => c.id)).toContain('meyer-burger-thalheim');
      // The README's sample chain runs on sample relations only.
      const paths = `query($evidence: Evidence) { supplyPaths(from: "siltronic-freiberg", to: "vw-sachsen", maxHops: 8, first: 3, evidence: $evidence) {
        hops { illustrative supplier { illustrative } customer { illustrative } } } }`;
      expect(flags(await data(paths, { evidence: 'ALL' }))).toContain(true);
      expect(flags(await data(paths, { evidence: 'CITED' }))).not.toContain(true);
      const critical = `query($evidence: Evidence) { criticalSuppliers(company: "vw-sachsen", evidence: $evidence) {
        company { illustrative } suppliersConsidered criticalSuppliers { supplier { illustrative } } } }`;
      const all = (await data(critical, { evidence: 'ALL' }))['criticalSuppliers'] as { suppliersConsidered: number };
      const cited = (await data(critical, { evidence: 'CITED' }))['criticalSuppliers'] as { suppliersConsidered: number };
      expect(cited.suppliersConsidered).toBeLessThan(all.suppliersConsidered);
      expect(flags(cited)).not.toContain(true);
    });

    it('valueChainCoverage, recommendPartners and scienceIndustryLinks', async () => {
      await citedOnlyWithCITED(`query($evidence: Evidence) { valueChainCoverage(cluster: "silicon-saxony", valueChain: "vc-microelectronics", candidatesPerStage: 10, evidence: $evidence) {
        stages { members { illustrative } nearestByGeography { actor { illustrative } } nearestByNetwork { actor { illustrative } } } } }`);
      await citedOnlyWithCITED(`query($evidence: Evidence) { recommendPartners(for: "tu-dresden", first: 50, evidence: $evidence) {
        actor { illustrative } commonPartners { illustrative } sharedClusters { illustrative } } }`);
      await citedOnlyWithCITED(`query($evidence: Evidence) { scienceIndustryLinks(cluster: "silicon-saxony", first: 100, evidence: $evidence) {
        strongestPairs { institute { illustrative } company { illustrative } links { illustrative } } } }`);
    });
  });
});

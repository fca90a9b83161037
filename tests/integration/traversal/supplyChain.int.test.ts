import { deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { useSeedServer } from '../../support/seedServer';
import { Fixture } from './traversalFixture';

/**
 * A small hand-built supply chain into a carmaker, stages s1 (materials) .. s5:
 *
 *   poly -s1-> waferco -s2-> chip -s3-> m1 -s4-> oem <-s3- battery (since 2020)
 *   gas  -s1-> chip         ^     -s3-> m2 -s4-> oem -s5-> m2 (a cycle)
 *   waferco -> dist -> chip (no stage)
 */
describe('supplyChain, supplyPaths and criticalSuppliers over HTTP', () => {
  const p = uniquePrefix('supply');
  const f = new Fixture(p);
  const short = (id: string) => id.slice(p.length);

  const seed = useSeedServer({
    before: async (graph) => {
        f.node('ValueChain', 'vc', { name: 'Test Chain' });
        const stages = ['Materials', 'Wafers', 'Chips', 'Modules', 'Vehicles'];
        stages.forEach((name, i) => f.node('ValueChainStage', `s${i + 1}`, { name, order: i + 1, valueChainId: f.id('vc') }).link('STAGE_OF', `s${i + 1}`, 'vc'));
        f.actor('oem', 'Carmaker')
          .actor('m1', 'Module One')
          .actor('m2', 'Module Two')
          .actor('battery', 'Battery Cells')
          .actor('chip', 'Chipfab')
          .actor('waferco', 'Waferco')
          .actor('dist', 'Distri')
          .actor('gas', 'Gasco')
          .actor('poly', 'Polysil')
          .actor('inst', 'Some Institute', 'RESEARCH_INSTITUTE')
          .link('SUPPLIES', 'poly', 'waferco', { product: 'polysilicon', stage: f.id('s1'), since: '2010' })
          .link('SUPPLIES', 'gas', 'chip', { product: 'gases', stage: f.id('s1') })
          .link('SUPPLIES', 'waferco', 'chip', { product: 'wafers', stage: f.id('s2') })
          .link('SUPPLIES', 'waferco', 'dist', { product: 'wafer lots' })
          .link('SUPPLIES', 'dist', 'chip', { product: 'wafer logistics' })
          .link('SUPPLIES', 'chip', 'm1', { product: 'chips', stage: f.id('s3') })
          .link('SUPPLIES', 'chip', 'm2', { product: 'chips', stage: f.id('s3') })
          .link('SUPPLIES', 'm1', 'oem', { product: 'modules', stage: f.id('s4') })
          .link('SUPPLIES', 'm2', 'oem', { product: 'modules', stage: f.id('s4') })
          .link('SUPPLIES', 'battery', 'oem', { product: 'cells', stage: f.id('s3'), since: '2020' }, { validFrom: '2020-01-01' })
          .link('SUPPLIES', 'oem', 'm2', { product: 'spare parts', stage: f.id('s5') });
      await f.write(graph);
    },
    after: (graph) => deleteByPrefix(graph, p),
  });

  const chainQuery = `query($company: ID!, $direction: SupplyDirection, $tiers: Int, $asOf: Date) {
    supplyChain(company: $company, direction: $direction, tiers: $tiers, asOf: $asOf) {
      company { id } direction truncated
      tiers { tier companies { id } edges { supplier { id } customer { id } product stage { id name order } since sources } }
    } }`;
  interface Chain {
    tiers: Array<{ tier: number; companies: Array<{ id: string }>; edges: Array<{ supplier: { id: string }; customer: { id: string }; product: string | null; stage: { name: string } | null }> }>;
  }
  async function chain(variables: Record<string, unknown>): Promise<Chain | null> {
    const { body } = await seed.server.query(chainQuery, variables);
    expect(body.errors).toBeUndefined();
    return body.data?.['supplyChain'] as Chain | null;
  }
  const tierView = (c: Chain | null) =>
    c?.tiers.map((t) => ({ tier: t.tier, companies: t.companies.map((x) => short(x.id)), edges: t.edges.map((e) => `${short(e.supplier.id)}>${short(e.customer.id)}`) }));

  it('lists upstream tiers, each company in its nearest tier only, with the relations into the previous tier', async () => {
    const result = await chain({ company: f.id('oem'), tiers: 3 });
    expect(tierView(result)).toEqual([
      { tier: 1, companies: ['battery', 'm1', 'm2'], edges: ['battery>oem', 'm1>oem', 'm2>oem'] },
      { tier: 2, companies: ['chip'], edges: ['chip>m1', 'chip>m2'] },
      { tier: 3, companies: ['dist', 'gas', 'waferco'], edges: ['dist>chip', 'gas>chip', 'waferco>chip'] },
    ]);
    expect(result?.tiers[0]?.edges[0]).toMatchObject({ product: 'cells', stage: { name: 'Chips' } });
  });

  it('answers the same relations, products and stages whether or not the edges ask for dates and sources (lean rows)', async () => {
    const lean = `query($company: ID!) { supplyChain(company: $company, tiers: 4) { tiers { edges { supplier { id } customer { id } product stage { id } } } } }`;
    const { body } = await seed.server.query(lean, { company: f.id('oem') });
    expect(body.errors).toBeUndefined();
    const full = await chain({ company: f.id('oem'), tiers: 4 });
    const view = (tiers: Array<{ edges: Array<{ supplier: { id: string }; customer: { id: string }; product: string | null; stage: { id: string } | null }> }> | undefined) =>
      tiers?.flatMap((t) => t.edges.map((e) => [short(e.supplier.id), short(e.customer.id), e.product, e.stage?.id ?? null]));
    const leanTiers = (body.data?.['supplyChain'] as { tiers: Parameters<typeof view>[0] }).tiers;
    expect(view(leanTiers)?.length).toBeGreaterThan(5);
    expect(view(leanTiers)).toEqual(view(full?.tiers as unknown as Parameters<typeof view>[0]));
    // The full rows still carry what the lean ones leave out.
    expect(full?.tiers.flatMap((t) => t.edges).some((e) => (e as { sources?: string[] }).sources?.length)).toBe(true);
  });

  it('follows the direction: downstream from the wafer maker reaches the carmaker in tier 3', async () => {
    expect(tierView(await chain({ company: f.id('waferco'), direction: 'DOWNSTREAM', tiers: 6 }))).toEqual([
      { tier: 1, companies: ['chip', 'dist'], edges: ['waferco>chip', 'waferco>dist'] },
      { tier: 2, companies: ['m1', 'm2'], edges: ['chip>m1', 'chip>m2'] },
      { tier: 3, companies: ['oem'], edges: ['m1>oem', 'm2>oem'] },
    ]);
  });

  it('honours asOf and the tier limit', async () => {
    const in2019 = await chain({ company: f.id('oem'), tiers: 1, asOf: '2019' });
    expect(tierView(in2019)).toEqual([{ tier: 1, companies: ['m1', 'm2'], edges: ['m1>oem', 'm2>oem'] }]);
  });

  it('is NOT_FOUND for an unknown company, BAD_USER_INPUT saying what a non-company is, and BAD_USER_INPUT for tiers out of 1..6', async () => {
    const { body: unknown } = await seed.server.query(chainQuery, { company: f.id('nobody') });
    expect(unknown.data?.['supplyChain']).toBeNull();
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'company', id: f.id('nobody') });
    const { body: institute } = await seed.server.query(chainQuery, { company: f.id('inst') });
    expect(institute.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'company', id: f.id('inst') });
    expect(institute.errors?.[0]?.message).toBe(`\`company\`: "${f.id('inst')}" is a research institute, not a company`);
    for (const tiers of [0, 7]) {
      const { status, body } = await seed.server.query(chainQuery, { company: f.id('oem'), tiers });
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toBe(`\`tiers\` must be between 1 and 6, got ${tiers}`);
    }
  });

  const pathsQuery = `query($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $asOf: Date) {
    supplyPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, asOf: $asOf) {
      length hops { supplier { id name } customer { id } product stage { id name } since sources }
    } }`;
  interface Path {
    length: number;
    hops: Array<{ supplier: { id: string }; customer: { id: string }; product: string | null; stage: { name: string } | null; since: string | null }>;
  }
  async function paths(variables: Record<string, unknown>): Promise<Path[]> {
    const { body } = await seed.server.query(pathsQuery, variables);
    expect(body.errors).toBeUndefined();
    return body.data?.['supplyPaths'] as Path[];
  }
  const route = (path: Path) => [short(path.hops[0]?.supplier.id ?? ''), ...path.hops.map((h) => short(h.customer.id))].join('>');

  it('returns the k shortest supplier-to-customer paths, shortest first, ties by company ids', async () => {
    const found = await paths({ from: f.id('poly'), to: f.id('oem') });
    expect(found.map(route)).toEqual([
      'poly>waferco>chip>m1>oem',
      'poly>waferco>chip>m2>oem',
      'poly>waferco>dist>chip>m1>oem',
      'poly>waferco>dist>chip>m2>oem',
    ]);
    expect(found.map((x) => x.length)).toEqual([4, 4, 5, 5]);
    expect(found[0]?.hops[0]).toMatchObject({ product: 'polysilicon', stage: { name: 'Materials' }, since: '2010' });
    // The wafer stage comes before the chip stage on the path: stages follow the chain's order.
    expect(found[0]?.hops.map((h) => h.stage?.name)).toEqual(['Materials', 'Wafers', 'Chips', 'Modules']);
  });

  it('bounds paths by maxHops and first', async () => {
    expect((await paths({ from: f.id('poly'), to: f.id('oem'), maxHops: 4 })).map(route)).toEqual(['poly>waferco>chip>m1>oem', 'poly>waferco>chip>m2>oem']);
    expect((await paths({ from: f.id('poly'), to: f.id('oem'), maxHops: 3 })).map(route)).toEqual([]);
    // Two paths tie for shortest; with first 1 either may come back (documented), but always one of length 4.
    const one = await paths({ from: f.id('poly'), to: f.id('oem'), first: 1 });
    expect(one).toHaveLength(1);
    expect(['poly>waferco>chip>m1>oem', 'poly>waferco>chip>m2>oem']).toContain(route(one[0] as Path));
    expect((await paths({ from: f.id('poly'), to: f.id('oem'), first: 3 })).map((x) => x.length)).toEqual([4, 4, 5]);
  });

  it('follows the supply direction and never repeats a company, even around the cycle', async () => {
    expect(await paths({ from: f.id('oem'), to: f.id('poly') })).toEqual([]);
    expect((await paths({ from: f.id('oem'), to: f.id('m2'), first: 20 })).map(route)).toEqual(['oem>m2']);
    expect((await paths({ from: f.id('m2'), to: f.id('m1'), first: 20 })).map(route)).toEqual([]);
    expect((await paths({ from: f.id('chip'), to: f.id('oem'), first: 20 })).map(route)).toEqual(['chip>m1>oem', 'chip>m2>oem']);
  });

  it('honours asOf on paths', async () => {
    expect((await paths({ from: f.id('battery'), to: f.id('oem') })).map(route)).toEqual(['battery>oem']);
    expect(await paths({ from: f.id('battery'), to: f.id('oem'), asOf: '2019-12-31' })).toEqual([]);
  });

  it('refuses maxHops, first out of range and equal ends with BAD_USER_INPUT', async () => {
    for (const variables of [{ maxHops: 0 }, { maxHops: 9 }, { first: 0 }, { first: 21 }, { to: f.id('poly') }]) {
      const { status, body } = await seed.server.query(pathsQuery, { from: f.id('poly'), to: f.id('oem'), ...variables });
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });

  const criticalQuery = `query($company: ID!, $tiers: Int, $asOf: Date) {
    criticalSuppliers(company: $company, tiers: $tiers, asOf: $asOf) {
      company { id } tiers suppliersConsidered truncated
      criticalSuppliers { supplier { id } reason tier stages { id name } explanation }
    } }`;
  interface Critical {
    suppliersConsidered: number;
    criticalSuppliers: Array<{ supplier: { id: string }; reason: string; tier: number; stages: Array<{ id: string; name: string }>; explanation: string }>;
  }
  async function critical(variables: Record<string, unknown>): Promise<Critical | null> {
    const { body } = await seed.server.query(criticalQuery, variables);
    expect(body.errors).toBeUndefined();
    return body.data?.['criticalSuppliers'] as Critical | null;
  }
  const findings = (c: Critical | null) => c?.criticalSuppliers.map((s) => [short(s.supplier.id), s.reason, s.tier, s.stages.map((x) => x.name)]);

  it('finds the single-source input and the upstream cut vertices', async () => {
    const result = await critical({ company: f.id('oem') });
    expect(result?.suppliersConsidered).toBe(8);
    expect(findings(result)).toEqual([
      ['battery', 'SINGLE_SOURCE_INPUT', 1, ['Chips']],
      ['chip', 'UPSTREAM_CUT_VERTEX', 2, ['Materials', 'Wafers']],
      ['waferco', 'UPSTREAM_CUT_VERTEX', 3, ['Wafers']],
    ]);
    expect(result?.criticalSuppliers[0]?.explanation).toBe('sole direct supplier of Carmaker at stage Chips');
    expect(result?.criticalSuppliers[1]?.explanation).toBe('every supply path from stages Materials, Wafers to Carmaker passes through it');
  });

  it('considers only the tiers asked for, and the relations valid at asOf', async () => {
    expect(findings(await critical({ company: f.id('oem'), tiers: 2 }))).toEqual([['battery', 'SINGLE_SOURCE_INPUT', 1, ['Chips']]]);
    // Without the battery supplier (from 2020), the chip fab is the only way to the chip stage too.
    expect(findings(await critical({ company: f.id('oem'), tiers: 2, asOf: '2019' }))).toEqual([['chip', 'UPSTREAM_CUT_VERTEX', 2, ['Chips']]]);
  });

  /** `extensions.cost.roundTrips` of a response: the Cypher statements the request ran. */
  async function roundTrips(query: string, variables: Record<string, unknown>): Promise<number | undefined> {
    const { body } = await seed.server.query(query, variables);
    expect(body.errors).toBeUndefined();
    return (body as { extensions?: { cost?: { roundTrips?: number } } }).extensions?.cost?.roundTrips;
  }

  it('answers supplyChain, supplyPaths (companies and stages included) and criticalSuppliers in one round trip each', async () => {
    expect(await roundTrips(chainQuery, { company: f.id('oem'), tiers: 4 })).toBe(1);
    expect(await roundTrips(chainQuery, { company: f.id('poly'), direction: 'DOWNSTREAM', asOf: '2021' })).toBe(1);
    const fullPaths = `query($from: ID!, $to: ID!, $asOf: Date) {
      supplyPaths(from: $from, to: $to, asOf: $asOf) {
        length hops { supplier { id name kind founded sources } customer { id name kind } product stage { id name order } } } }`;
    expect(await roundTrips(fullPaths, { from: f.id('poly'), to: f.id('oem') })).toBe(1);
    expect(await roundTrips(fullPaths, { from: f.id('battery'), to: f.id('oem'), asOf: '2019' })).toBe(1);
    expect(await roundTrips(criticalQuery, { company: f.id('oem') })).toBe(1);
  });

  it('gives every hop of every path its companies, each company the same record wherever it appears', async () => {
    const query = `query($from: ID!, $to: ID!) { supplyPaths(from: $from, to: $to, first: 20) {
      hops { supplier { id name kind } customer { id name kind } } } }`;
    const { body } = await seed.server.query(query, { from: f.id('poly'), to: f.id('oem') });
    expect(body.errors).toBeUndefined();
    const found = body.data?.['supplyPaths'] as Array<{ hops: Array<{ supplier: { id: string; name: string; kind: string }; customer: { id: string; name: string; kind: string } }> }>;
    expect(found.map((path) => path.hops.length)).toEqual([4, 4, 5, 5]);
    const names = new Map<string, string>();
    for (const hop of found.flatMap((path) => path.hops)) {
      for (const company of [hop.supplier, hop.customer]) {
        expect(company.kind).toBe('COMPANY');
        expect(names.get(company.id) ?? company.name).toBe(company.name);
        names.set(company.id, company.name);
      }
    }
    expect(names.get(f.id('chip'))).toBe('Chipfab');
    expect(names.size).toBe(7);
  });

  it('is NOT_FOUND for an unknown company and BAD_USER_INPUT for tiers out of range', async () => {
    const { body: unknown } = await seed.server.query(criticalQuery, { company: f.id('nobody') });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'company', id: f.id('nobody') });
    const { body } = await seed.server.query(criticalQuery, { company: f.id('oem'), tiers: 7 });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

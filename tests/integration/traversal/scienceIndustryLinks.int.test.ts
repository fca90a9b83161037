import { deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { useSeedServer } from '../../support/seedServer';
import { Fixture } from './traversalFixture';

/**
 * Two institutes, two companies and an organisation in cluster K (a third company outside it), linked by
 * collaborations, joint projects, a spin-off and a second shared cluster K2.
 */
describe('scienceIndustryLinks over HTTP', () => {
  const p = uniquePrefix('scind');
  const f = new Fixture(p);
  const short = (id: string) => id.slice(p.length);

  const seed = useSeedServer({
    before: async (graph) => {
        f.actor('i1', 'Alpha Institute', 'RESEARCH_INSTITUTE')
          .actor('i2', 'Beta University', 'RESEARCH_INSTITUTE')
          .actor('c1', 'Cor Optics')
          .actor('c2', 'Dyn Lasers')
          .actor('c3', 'Ext Corp')
          .actor('o1', 'Org One', 'ORGANIZATION')
          .node('Cluster', 'k', { name: 'Photon Cluster' })
          .node('Cluster', 'k2', { name: 'Second Cluster' })
          .node('Project', 'p1', { name: 'Project One' })
          .node('Project', 'p2', { name: 'Project Two' })
          .node('Region', 'state', { name: 'State', level: 'STATE' })
          .node('Region', 'city', { name: 'City', level: 'CITY' })
          .link('PART_OF', 'city', 'state');
        for (const member of ['i1', 'i2', 'c1', 'c2', 'o1']) f.link('MEMBER_OF', member, 'k');
        for (const member of ['i1', 'c1', 'c2']) f.link('MEMBER_OF', member, 'k2');
        for (const located of ['i1', 'c1', 'c3']) f.link('LOCATED_IN', located, 'city');
        // Cor Optics left K2 once and rejoined: the pair still shares K2 once.
        f.link('MEMBER_OF', 'c1', 'k2', { since: '2001', until: '2003' }, { validFrom: '2001-01-01', validTo: '2003-12-31' });
        f.link('LOCATED_IN', 'c2', 'state')
          .link('COLLABORATES_WITH', 'i1', 'c1', { model: 'SCIENCE_INDUSTRY', topic: 'optics', weight: 8 })
          .link('COLLABORATES_WITH', 'c2', 'i1', { topic: 'lasers' })
          .link('COLLABORATES_WITH', 'c1', 'c2', { model: 'INDUSTRY_INDUSTRY' })
          .link('COLLABORATES_WITH', 'i1', 'i2', { model: 'SCIENCE_SCIENCE' })
          .link('COLLABORATES_WITH', 'i2', 'o1', { model: 'SCIENCE_SUPPORT' })
          .link('COLLABORATES_WITH', 'c3', 'i1', { model: 'SCIENCE_INDUSTRY' })
          .link('SPUN_OFF_FROM', 'c2', 'i2', { year: 2005 })
          .link('PARTICIPATES_IN', 'i1', 'p1')
          .link('PARTICIPATES_IN', 'i1', 'p2')
          .link('PARTICIPATES_IN', 'c1', 'p1')
          .link('PARTICIPATES_IN', 'c1', 'p2')
          .link('PARTICIPATES_IN', 'i2', 'p1');
      await f.write(graph);
    },
    after: (graph) => deleteByPrefix(graph, p),
  });

  const query = `query($cluster: ID, $region: ID, $first: Int) {
    scienceIndustryLinks(cluster: $cluster, region: $region, first: $first) {
      cluster { id } region { id } instituteCount companyCount
      countsByInteractionModel { model count }
      countsByLinkKind { linkKind count }
      strongestPairs { institute { id } company { id } score links { linkKind source target topic since cluster { id } project { id } } }
    } }`;
  interface Result {
    instituteCount: number;
    companyCount: number;
    countsByInteractionModel: Array<{ model: string; count: number }>;
    countsByLinkKind: Array<{ linkKind: string; count: number }>;
    strongestPairs: Array<{ institute: { id: string }; company: { id: string }; score: number; links: Array<Record<string, unknown>> }>;
  }
  async function links(variables: Record<string, unknown>): Promise<Result | null> {
    const { body } = await seed.server.query(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data?.['scienceIndustryLinks'] as Result | null;
  }
  const pairs = (r: Result | null) => r?.strongestPairs.map((x) => [short(x.institute.id), short(x.company.id), x.score]);

  it('scores institute–company pairs in a cluster, not counting the scope cluster as shared', async () => {
    const result = await links({ cluster: f.id('k') });
    expect(result).toMatchObject({ instituteCount: 2, companyCount: 2 });
    // (i1,c1): collaboration 3 + two projects 2×2 + K2 1; (i1,c2): 3 + K2 1; (i2,c2): spin-off 3; (i2,c1): project 2.
    expect(pairs(result)).toEqual([['i1', 'c1', 8], ['i1', 'c2', 4], ['i2', 'c2', 3], ['i2', 'c1', 2]]);
    const best = result?.strongestPairs[0]?.links.map((l) => [l['linkKind'], (l['project'] as { id: string } | null)?.id ?? (l['cluster'] as { id: string } | null)?.id ?? null]);
    expect(best).toEqual([['COLLABORATION', null], ['SAME_CLUSTER', f.id('k2')], ['JOINT_PROJECT', f.id('p1')], ['JOINT_PROJECT', f.id('p2')]]);
    const spinOff = result?.strongestPairs[2]?.links[0];
    expect(spinOff).toMatchObject({ linkKind: 'SPIN_OFF', source: f.id('c2'), target: f.id('i2'), since: '2005' });
  });

  it('counts collaborations in scope by interaction model (a missing model derived from the kinds) and links by kind', async () => {
    const result = await links({ cluster: f.id('k'), first: 1 });
    expect(result?.countsByInteractionModel).toEqual([
      { model: 'SCIENCE_SCIENCE', count: 1 },
      { model: 'SCIENCE_INDUSTRY', count: 2 },
      { model: 'INDUSTRY_INDUSTRY', count: 1 },
      { model: 'SCIENCE_SUPPORT', count: 1 },
      { model: 'INDUSTRY_SUPPORT', count: 0 },
      { model: 'SUPPORT_SUPPORT', count: 0 },
    ]);
    expect(result?.countsByLinkKind).toEqual([
      { linkKind: 'COLLABORATION', count: 2 },
      { linkKind: 'SAME_CLUSTER', count: 2 },
      { linkKind: 'JOINT_PROJECT', count: 3 },
      { linkKind: 'SUPPLY', count: 0 },
      { linkKind: 'SPIN_OFF', count: 1 },
    ]);
    expect(pairs(result)).toEqual([['i1', 'c1', 8]]);
  });

  it('takes a region and its sub-regions as scope, where every shared cluster counts', async () => {
    const result = await links({ region: f.id('state') });
    expect(result).toMatchObject({ instituteCount: 1, companyCount: 3 });
    expect(pairs(result)).toEqual([['i1', 'c1', 9], ['i1', 'c2', 5], ['i1', 'c3', 3]]);
  });

  it('needs exactly one of cluster and region, is NOT_FOUND for an unknown scope, and bounds first', async () => {
    for (const variables of [{}, { cluster: f.id('k'), region: f.id('state') }, { cluster: f.id('k'), first: 101 }]) {
      const { status, body } = await seed.server.query(query, variables);
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    const { body } = await seed.server.query(query, { cluster: f.id('nope') });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'cluster', id: f.id('nope') });
    const { body: wrongKind } = await seed.server.query(query, { region: f.id('k') });
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'region', id: f.id('k') });
  });
});

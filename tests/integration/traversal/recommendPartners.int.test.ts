import { deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { useSeedServer } from '../../support/seedServer';
import { Fixture } from './traversalFixture';

/**
 * Actor `me` with two partners (a collaboration and a customer), and candidates that share partners, technologies,
 * a cluster, the city or a neighbouring value-chain stage with it.
 */
describe('recommendPartners over HTTP', () => {
  const p = uniquePrefix('recommend');
  const f = new Fixture(p);
  const short = (id: string) => id.slice(p.length);

  const seed = useSeedServer({
    before: async (graph) => {
        f.node('ValueChain', 'vc', { name: 'Chain' });
        ['Upstream Stage', 'My Stage', 'Downstream Stage'].forEach((name, i) =>
          f.node('ValueChainStage', `q${i + 1}`, { name, order: i + 1, valueChainId: f.id('vc') }).link('STAGE_OF', `q${i + 1}`, 'vc'),
        );
        f.link('FEEDS', 'q1', 'q2')
          .link('FEEDS', 'q2', 'q3')
          .node('Technology', 't1', { name: 'Tech One' })
          .node('Technology', 't2', { name: 'Tech Two' })
          .node('Cluster', 'k', { name: 'Rec Cluster' })
          .node('Region', 'city', { name: 'Rec City', level: 'CITY' })
          .actor('me', 'My Company')
          .actor('p1', 'Partner One')
          .actor('p2', 'Partner Two')
          .actor('cand1', 'Candidate Common')
          .actor('cand2', 'Candidate Cluster')
          .actor('cand3', 'Candidate Institute', 'RESEARCH_INSTITUTE')
          .actor('cand4', 'Candidate Neighbour')
          .link('COLLABORATES_WITH', 'me', 'p1')
          .link('SUPPLIES', 'me', 'p2')
          .link('COLLABORATES_WITH', 'p1', 'p2')
          .link('COLLABORATES_WITH', 'cand1', 'p1')
          .link('SUPPLIES', 'p2', 'cand1')
          .link('SPECIALIZES_IN', 'me', 't1')
          .link('SPECIALIZES_IN', 'me', 't2')
          .link('SPECIALIZES_IN', 'p1', 't1')
          .link('SPECIALIZES_IN', 'cand1', 't1')
          .link('SPECIALIZES_IN', 'cand3', 't1')
          .link('SPECIALIZES_IN', 'cand3', 't2')
          .link('MEMBER_OF', 'me', 'k')
          .link('MEMBER_OF', 'cand2', 'k')
          .link('LOCATED_IN', 'me', 'city')
          .link('LOCATED_IN', 'cand2', 'city')
          .link('LOCATED_IN', 'cand4', 'city')
          .link('ACTIVE_IN', 'me', 'q2')
          .link('ACTIVE_IN', 'cand2', 'q1')
          .link('ACTIVE_IN', 'cand3', 'q3');
      await f.write(graph);
    },
    after: (graph) => deleteByPrefix(graph, p),
  });

  const query = `query($for: ID!, $kinds: [ActorKind!], $first: Int) {
    recommendPartners(for: $for, kinds: $kinds, first: $first) {
      actor { id } score commonPartnerCount commonPartners { id } sharedTechnologies { name } sharedClusters { name }
      sameRegion { name } complementaryStages { actorStage { name } candidateStage { name } upstream } reasons
    } }`;
  interface Recommendation {
    actor: { id: string };
    score: number;
    reasons: string[];
    [field: string]: unknown;
  }
  async function recommend(variables: Record<string, unknown>): Promise<Recommendation[] | null> {
    const { body } = await seed.server.query(query, { for: f.id('me'), ...variables });
    expect(body.errors).toBeUndefined();
    return body.data?.['recommendPartners'] as Recommendation[] | null;
  }
  const ranked = (list: Recommendation[] | null) => list?.map((r) => [short(r.actor.id), r.score]);

  it('ranks candidates not yet linked by the documented score; partners are never suggested', async () => {
    // cand1: 2 common partners × 3 + Tech One × 2 = 8; cand3: two technologies × 2 + the stage after × 2 = 6;
    // cand2: cluster 2 + city 1 + the stage before 2 = 5; cand4: city 1.
    expect(ranked(await recommend({}))).toEqual([['cand1', 8], ['cand3', 6], ['cand2', 5], ['cand4', 1]]);
  });

  it('gives the reasons, as data and in words', async () => {
    const [first, second, third] = (await recommend({})) ?? [];
    expect(first).toMatchObject({
      commonPartnerCount: 2,
      commonPartners: [{ id: f.id('p1') }, { id: f.id('p2') }],
      sharedTechnologies: [{ name: 'Tech One' }],
      sharedClusters: [],
      sameRegion: null,
      reasons: ['2 common partners: Partner One and Partner Two', 'shared technologies: Tech One'],
    });
    expect(second?.reasons).toEqual(['shared technologies: Tech One and Tech Two', 'active in Downstream Stage, the stage after My Stage']);
    expect(third).toMatchObject({
      sharedClusters: [{ name: 'Rec Cluster' }],
      sameRegion: { name: 'Rec City' },
      complementaryStages: [{ actorStage: { name: 'My Stage' }, candidateStage: { name: 'Upstream Stage' }, upstream: true }],
      reasons: ['both members of Rec Cluster', 'active in Upstream Stage, the stage before My Stage', 'both located in Rec City'],
    });
  });

  it('filters by kind and cuts at first', async () => {
    expect(ranked(await recommend({ kinds: ['COMPANY'] }))).toEqual([['cand1', 8], ['cand2', 5], ['cand4', 1]]);
    expect(ranked(await recommend({ first: 2 }))).toEqual([['cand1', 8], ['cand3', 6]]);
  });

  it('is NOT_FOUND for an unknown actor and BAD_USER_INPUT for first out of 0..50', async () => {
    const { body: unknown } = await seed.server.query(query, { for: f.id('nobody') });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'for', id: f.id('nobody') });
    const { status, body } = await seed.server.query(query, { for: f.id('me'), first: 51 });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

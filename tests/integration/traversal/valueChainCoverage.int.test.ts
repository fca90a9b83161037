import { deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { useSeedServer } from '../../support/seedServer';
import { Fixture } from './traversalFixture';

/** Great-circle distance in km (haversine), to check the distances Neo4j reports within a tolerance. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Cluster K (located in Jena) covers stages 2 and 3 of a four-stage chain; glassworks outside it, near and far,
 * linked to it or not, could fill stage 1; one systems maker could fill stage 4 but has no links.
 */
describe('valueChainCoverage over HTTP', () => {
  const p = uniquePrefix('cover');
  const f = new Fixture(p);
  const short = (id: string) => id.slice(p.length);
  const jena = { lat: 50.93, lon: 11.59 };
  const near = { lat: 51.0, lon: 11.6 };
  const leipzig = { lat: 51.34, lon: 12.37 };
  const berlin = { lat: 52.52, lon: 13.4 };

  const seed = useSeedServer({
    before: async (graph) => {
        f.node('ValueChain', 'vc', { name: 'Optics Chain' });
        ['Glass', 'Optics', 'Lasers', 'Systems'].forEach((name, i) =>
          f.node('ValueChainStage', `s${i + 1}`, { name, order: i + 1, valueChainId: f.id('vc') }).link('STAGE_OF', `s${i + 1}`, 'vc'),
        );
        f.node('Cluster', 'k', { name: 'Photon Cluster', lat: jena.lat, lon: jena.lon })
          .node('Cluster', 'k2', { name: 'Centroid Cluster' })
          .actor('inst', 'Alpha Institute', 'RESEARCH_INSTITUTE', { lat: 50.0, lon: 11.0 })
          .actor('c1', 'Cor Optics', 'COMPANY', { lat: 51.0, lon: 12.0 })
          .actor('c2', 'Dyn Lasers')
          .actor('ext', 'Ext Corp')
          .actor('g1', 'Glassworks Near', 'COMPANY', near)
          .actor('g2', 'Glassworks Far', 'COMPANY', berlin)
          .actor('g3', 'Glass Mid', 'COMPANY', leipzig)
          .actor('g4', 'Glass Unlocated')
          .actor('sys', 'Systems Co', 'COMPANY', jena);
        for (const member of ['inst', 'c1', 'c2']) f.link('MEMBER_OF', member, 'k').link('MEMBER_OF', member, 'k2');
        f.link('ACTIVE_IN', 'c1', 's2')
          .link('ACTIVE_IN', 'c2', 's3')
          .link('ACTIVE_IN', 'inst', 's3')
          .link('ACTIVE_IN', 'ext', 's2');
        for (const glass of ['g1', 'g2', 'g3', 'g4']) f.link('ACTIVE_IN', glass, 's1');
        f.link('ACTIVE_IN', 'sys', 's4')
          .link('SUPPLIES', 'g2', 'c1')
          .link('COLLABORATES_WITH', 'ext', 'inst')
          .link('COLLABORATES_WITH', 'g3', 'ext')
          .link('SUPPLIES', 'g4', 'g3');
      await f.write(graph);
    },
    after: (graph) => deleteByPrefix(graph, p),
  });

  const query = `query($cluster: ID!, $valueChain: ID!, $n: Int) {
    valueChainCoverage(cluster: $cluster, valueChain: $valueChain, candidatesPerStage: $n) {
      cluster { id } valueChain { id name } referencePoint { latitude longitude } referencePointSource coveredCount
      stages { stage { id name order } covered members { id }
        nearestByGeography { actor { id } distanceKm hops }
        nearestByNetwork { actor { id } distanceKm hops } }
    } }`;
  interface Candidate {
    actor: { id: string };
    distanceKm: number | null;
    hops: number | null;
  }
  interface Coverage {
    referencePoint: { latitude: number; longitude: number } | null;
    referencePointSource: string;
    coveredCount: number;
    stages: Array<{ stage: { name: string }; covered: boolean; members: Array<{ id: string }>; nearestByGeography: Candidate[]; nearestByNetwork: Candidate[] }>;
  }
  async function coverage(variables: Record<string, unknown>): Promise<Coverage | null> {
    const { body } = await seed.server.query(query, { cluster: f.id('k'), valueChain: f.id('vc'), ...variables });
    expect(body.errors).toBeUndefined();
    return body.data?.['valueChainCoverage'] as Coverage | null;
  }

  it('lists every stage in order, covered by members or missing', async () => {
    const result = await coverage({});
    expect(result?.coveredCount).toBe(2);
    expect(result?.stages.map((s) => [s.stage.name, s.covered, s.members.map((m) => short(m.id))])).toEqual([
      ['Glass', false, []],
      ['Optics', true, ['c1']],
      ['Lasers', true, ['inst', 'c2']],
      ['Systems', false, []],
    ]);
    expect(result?.stages[1]?.nearestByGeography).toEqual([]);
    expect(result?.stages[1]?.nearestByNetwork).toEqual([]);
  });

  it('ranks candidates for a missing stage by distance from the cluster and by hops to any member', async () => {
    const result = await coverage({});
    expect(result?.referencePointSource).toBe('CLUSTER_LOCATION');
    const glass = result?.stages[0];
    expect(glass?.nearestByGeography.map((c) => [short(c.actor.id), c.hops])).toEqual([['g1', null], ['g3', 2], ['g2', 1]]);
    const expected = [near, leipzig, berlin].map((point) => km(jena, point));
    glass?.nearestByGeography.forEach((c, i) => expect(Math.abs((c.distanceKm ?? 0) - (expected[i] as number)) / (expected[i] as number)).toBeLessThan(0.01));
    expect(glass?.nearestByNetwork.map((c) => [short(c.actor.id), c.hops])).toEqual([['g2', 1], ['g3', 2], ['g4', 3]]);
    expect(glass?.nearestByNetwork[2]?.distanceKm).toBeNull();
    // The systems maker is near but has no links within three hops.
    expect(result?.stages[3]?.nearestByGeography.map((c) => short(c.actor.id))).toEqual(['sys']);
    expect(result?.stages[3]?.nearestByNetwork).toEqual([]);
  });

  it('cuts each list at candidatesPerStage', async () => {
    const glass = (await coverage({ n: 1 }))?.stages[0];
    expect(glass?.nearestByGeography.map((c) => short(c.actor.id))).toEqual(['g1']);
    expect(glass?.nearestByNetwork.map((c) => short(c.actor.id))).toEqual(['g2']);
  });

  it("uses the members' centroid when the cluster has no location", async () => {
    const result = await coverage({ cluster: f.id('k2') });
    expect(result?.referencePointSource).toBe('MEMBER_CENTROID');
    expect(result?.referencePoint?.latitude).toBeCloseTo(50.5, 6);
    expect(result?.referencePoint?.longitude).toBeCloseTo(11.5, 6);
  });

  it('is NOT_FOUND for an unknown cluster or value chain and BAD_USER_INPUT for candidatesPerStage out of 0..20', async () => {
    for (const argument of ['cluster', 'valueChain']) {
      const { body: unknown } = await seed.server.query(query, { cluster: f.id('k'), valueChain: f.id('vc'), [argument]: f.id('nope') });
      expect(unknown.data?.['valueChainCoverage']).toBeNull();
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument, id: f.id('nope') });
    }
    const { body } = await seed.server.query(query, { cluster: f.id('k'), valueChain: f.id('vc'), n: 21 });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

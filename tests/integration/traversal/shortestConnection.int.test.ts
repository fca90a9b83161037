import { deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { useSeedServer } from '../../support/seedServer';
import { CITED, Fixture } from './traversalFixture';

/**
 * A chain that uses every link kind once (a -collab- b -cluster- c -project- d -supplies-> e <-spun off- f), a ring
 * of four collaborations for ties, and an isolated actor.
 */
describe('shortestConnection over HTTP', () => {
  const p = uniquePrefix('conn');
  const f = new Fixture(p);
  const short = (id: string) => id.slice(p.length);

  const seed = useSeedServer({
    before: async (graph) => {
        f.actor('a', 'Alpha Institute', 'RESEARCH_INSTITUTE')
          .actor('b', 'Beta Displays')
          .actor('c', 'Gamma Glass')
          .actor('d', 'Delta Wafers')
          .actor('e', 'Epsilon Chips')
          .actor('f', 'Zeta Spin-off')
          .actor('z', 'Isolated Ltd')
          .companies('r1', 'r2', 'r3', 'r4')
          .node('Cluster', 'k', { name: 'Silicon Test' })
          .node('Project', 'x', { name: 'Project X' })
          .link('COLLABORATES_WITH', 'a', 'b', { ...CITED, topic: 'OLED displays', since: '2019' }, { validFrom: '2019-01-01' })
          .link('MEMBER_OF', 'b', 'k')
          .link('MEMBER_OF', 'c', 'k')
          .link('PARTICIPATES_IN', 'c', 'x')
          .link('PARTICIPATES_IN', 'd', 'x')
          .link('SUPPLIES', 'd', 'e', { product: 'wafers' })
          .link('SPUN_OFF_FROM', 'f', 'e', { year: 2003 })
          .link('COLLABORATES_WITH', 'r1', 'r2')
          .link('COLLABORATES_WITH', 'r2', 'r3')
          .link('COLLABORATES_WITH', 'r3', 'r4')
          .link('COLLABORATES_WITH', 'r4', 'r1');
      await f.write(graph);
    },
    after: (graph) => deleteByPrefix(graph, p),
  });

  const query = `query($from: ID!, $to: ID!, $via: [NetworkLinkKind!], $maxHops: Int, $asOf: Date) {
    shortestConnection(from: $from, to: $to, via: $via, maxHops: $maxHops, asOf: $asOf) {
      length explanation
      hops { from { id } to { id } sentence link { linkKind source target product cluster { name } project { title } } }
    } }`;
  interface Connection {
    length: number;
    explanation: string;
    hops: Array<{ from: { id: string }; to: { id: string }; sentence: string; link: { linkKind: string } }>;
  }
  /** Over every link kind unless `via` is given (the default leaves SAME_CLUSTER out). */
  async function connect(variables: Record<string, unknown>): Promise<Connection | null> {
    const { status, body } = await seed.server.query(query, { via: ['COLLABORATION', 'SAME_CLUSTER', 'JOINT_PROJECT', 'SUPPLY', 'SPIN_OFF'], ...variables });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data?.['shortestConnection'] as Connection | null;
  }

  it('explains every hop of the shortest connection in a sentence, saying "(sample)" for a sample link', async () => {
    const found = await connect({ from: f.id('a'), to: f.id('f'), maxHops: 5 });
    expect(found?.length).toBe(5);
    expect(found?.hops.map((h) => h.sentence)).toEqual([
      'Alpha Institute collaborates with Beta Displays on OLED displays since 2019',
      'Beta Displays and Gamma Glass are both members of Silicon Test (sample)',
      'Gamma Glass and Delta Wafers are both partners in project Project X (sample)',
      'Delta Wafers supplies wafers to Epsilon Chips (sample)',
      'Epsilon Chips spun off Zeta Spin-off in 2003 (sample)',
    ]);
    expect(found?.hops.map((h) => h.link.linkKind)).toEqual(['COLLABORATION', 'SAME_CLUSTER', 'JOINT_PROJECT', 'SUPPLY', 'SPIN_OFF']);
    expect(found?.explanation.split('; ')).toHaveLength(5);
  });

  it('reads directed links backwards when the connection runs against them', async () => {
    const found = await connect({ from: f.id('f'), to: f.id('d') });
    expect(found?.hops.map((h) => h.sentence)).toEqual(['Zeta Spin-off was spun off from Epsilon Chips in 2003 (sample)', 'Epsilon Chips buys wafers from Delta Wafers (sample)']);
    expect(found?.hops.map((h) => [short(h.from.id), short(h.to.id)])).toEqual([['f', 'e'], ['e', 'd']]);
  });

  it('answers null beyond maxHops, across components, and over link kinds that do not connect', async () => {
    expect(await connect({ from: f.id('a'), to: f.id('f'), maxHops: 4 })).toBeNull();
    expect(await connect({ from: f.id('a'), to: f.id('z'), maxHops: 6 })).toBeNull();
    expect(await connect({ from: f.id('a'), to: f.id('d'), via: ['COLLABORATION', 'SUPPLY'] })).toBeNull();
    expect((await connect({ from: f.id('a'), to: f.id('d'), via: ['COLLABORATION', 'SAME_CLUSTER', 'JOINT_PROJECT'] }))?.length).toBe(3);
  });

  it('is NOT_FOUND for an unknown actor, naming the argument and the id', async () => {
    for (const [variables, argument] of [[{ from: f.id('nobody'), to: f.id('a') }, 'from'], [{ from: f.id('a'), to: f.id('nobody') }, 'to']] as const) {
      const { body } = await seed.server.query(query, variables);
      expect(body.data?.['shortestConnection']).toBeNull();
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument, id: f.id('nobody') });
    }
  });

  it('honours asOf: before 2019 the first collaboration does not exist yet', async () => {
    expect(await connect({ from: f.id('a'), to: f.id('c'), asOf: '2018' })).toBeNull();
    expect((await connect({ from: f.id('a'), to: f.id('c'), asOf: '2019' }))?.length).toBe(2);
  });

  it('finds a shortest path around a cycle, the same one every time', async () => {
    const first = await connect({ from: f.id('r1'), to: f.id('r3') });
    expect(first?.length).toBe(2);
    // Both ways round the ring are two hops: the meeting of smallest id (r2) is taken.
    expect(first?.hops.map((h) => short(h.to.id))).toEqual(['r2', 'r3']);
    const again = await connect({ from: f.id('r1'), to: f.id('r3') });
    expect(again).toEqual(first);
    expect((await connect({ from: f.id('r1'), to: f.id('r2') }))?.length).toBe(1);
  });

  it('answers in one round trip (the search, the path, its actors and links in one statement)', async () => {
    const roundTrips = async (variables: Record<string, unknown>): Promise<number | undefined> => {
      const { body } = await seed.server.query(query, { via: ['COLLABORATION', 'SAME_CLUSTER', 'JOINT_PROJECT', 'SUPPLY', 'SPIN_OFF'], ...variables });
      expect(body.errors).toBeUndefined();
      return (body as { extensions?: { cost?: { roundTrips?: number } } }).extensions?.cost?.roundTrips;
    };
    expect(await roundTrips({ from: f.id('a'), to: f.id('f'), maxHops: 6 })).toBe(1);
    expect(await roundTrips({ from: f.id('a'), to: f.id('f'), maxHops: 4 })).toBe(1);
    expect(await roundTrips({ from: f.id('a'), to: f.id('z'), maxHops: 6 })).toBe(1);
  });

  it('refuses maxHops out of 1..6 and equal ends with BAD_USER_INPUT', async () => {
    for (const variables of [{ maxHops: 0 }, { maxHops: 7 }, { to: f.id('a') }]) {
      const { status, body } = await seed.server.query(query, { from: f.id('a'), to: f.id('f'), ...variables });
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });
});

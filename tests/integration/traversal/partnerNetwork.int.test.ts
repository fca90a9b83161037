import { deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { useSeedServer } from '../../support/seedServer';
import { CITED, Fixture } from './traversalFixture';

interface Row {
  distance: number;
  viaSummary: string;
  node: { id: string };
  firstHop: { id: string };
  via: Array<{ linkKind: string; actorId: string; illustrative: boolean; cluster: { id: string } | null }>;
}
interface Network {
  truncated: boolean;
  truncatedActors: boolean;
  truncatedLinks: boolean;
  actorTotal: number;
  linkTotal: number;
  membershipTotal: number;
  subgraph: {
    nodes: Array<{ id: string; distance: number; kind: string }>;
    edges: Array<Record<string, unknown>>;
    clusters: Array<{ id: string; name: string; memberCount: number }>;
    memberships: Array<{ actor: string; cluster: string; since: string | null; until: string | null }>;
  };
  rows: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Row[] };
}

/**
 * A hand-built network around one institute: collaborations (one only valid 2010–2012, one from 2019), a shared
 * cluster (one member joined it twice), a joint project, a supply relation, a spin-off, a cycle and an isolated company.
 */
describe('partnerNetwork over HTTP', () => {
  const p = uniquePrefix('pnet');
  const f = new Fixture(p);

  const seed = useSeedServer({
    before: async (graph) => {
        f.actor('inst', 'Alpha Institute', 'RESEARCH_INSTITUTE')
          .actor('c1', 'Beta Chips')
          .actor('c2', 'Gamma Glass')
          .actor('c3', 'Delta Devices')
          .actor('c4', 'Epsilon Optics')
          .actor('c5', 'Zeta Sensors')
          .actor('c6', 'Eta Lasers')
          .actor('c7', 'Theta Tools')
          .actor('c9', 'Iota Isolated')
          .actor('org', 'Omega Chamber', 'ORGANIZATION')
          .node('Cluster', 'k', { name: 'Kappa Cluster' })
          .node('Project', 'proj', { name: 'Project Lambda', start: '2016', end: '2018', startDate: '2016-01-01', endDate: '2018-12-31' })
          .node('Region', 'state', { name: 'Test State', level: 'STATE' })
          .node('Region', 'city', { name: 'Test City', level: 'CITY' })
          .link('PART_OF', 'city', 'state')
          .link('LOCATED_IN', 'c1', 'city')
          .link('LOCATED_IN', 'c2', 'state')
          .link('COLLABORATES_WITH', 'inst', 'c1', { ...CITED, topic: 'OLED displays', since: '2019', model: 'SCIENCE_INDUSTRY' }, { validFrom: '2019-01-01' })
          .link('COLLABORATES_WITH', 'c7', 'inst', { topic: 'tooling', since: '2010', until: '2012' }, { validFrom: '2010-01-01', validTo: '2012-12-31' })
          .link('MEMBER_OF', 'inst', 'k', { since: '2018' }, { validFrom: '2018-01-01' })
          .link('MEMBER_OF', 'c2', 'k', { since: '2020' }, { validFrom: '2020-01-01' })
          .link('MEMBER_OF', 'org', 'k')
          // A second, earlier membership of the same cluster: still one SAME_CLUSTER link per pair.
          .link('MEMBER_OF', 'org', 'k', { since: '2000', until: '2005' }, { validFrom: '2000-01-01', validTo: '2005-12-31' })
          .link('SUPPLIES', 'c1', 'c3', { product: 'wafers' })
          .link('COLLABORATES_WITH', 'c2', 'c3', { topic: 'glass' })
          .link('PARTICIPATES_IN', 'c2', 'proj', { role: 'PARTNER' })
          .link('PARTICIPATES_IN', 'c4', 'proj', { role: 'COORDINATOR' })
          .link('SPUN_OFF_FROM', 'c5', 'c3', { year: 2015 })
          .link('COLLABORATES_WITH', 'c5', 'c6', { topic: 'sensors' });
      await f.write(graph);
    },
    after: (graph) => deleteByPrefix(graph, p),
  });

  const query = `query($from: ID!, $depth: Int, $filter: PartnerNetworkFilter, $maxNodes: Int, $first: Int, $after: String) {
    partnerNetwork(from: $from, depth: $depth, filter: $filter, maxNodes: $maxNodes, first: $first, after: $after) {
      center { id } depth truncated truncatedActors truncatedLinks actorTotal linkTotal membershipTotal
      subgraph { nodes { id name kind distance } edges { source target linkKind directed topic product interactionModel since until
        cluster { id name } project { id title } } clusters { id name memberCount } memberships { actor cluster since until } }
      rows { totalCount pageInfo { hasNextPage endCursor } edges { distance viaSummary node { id } firstHop { id } via { linkKind actorId illustrative cluster { id } } } }
    } }`;

  const ALL_KINDS = ['COLLABORATION', 'SAME_CLUSTER', 'JOINT_PROJECT', 'SUPPLY', 'SPIN_OFF'];

  /** The network over every link kind unless the filter names kinds (the default leaves SAME_CLUSTER out; tested below). */
  async function network(variables: Record<string, unknown>): Promise<Network> {
    const filter = (variables['filter'] ?? {}) as Record<string, unknown>;
    const withKinds = { ...variables, filter: { linkKinds: ALL_KINDS, ...filter } };
    const { status, body } = await seed.server.query(query, { from: f.id('inst'), ...withKinds });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data?.['partnerNetwork'] as Network;
  }
  const ids = (rows: Row[]) => rows.map((r) => [r.node.id.slice(p.length), r.distance]);

  it('reaches every actor within depth 2 at its shortest distance, ordered by distance then name', async () => {
    const net = await network({});
    expect(ids(net.rows.edges)).toEqual([['c1', 1], ['c2', 1], ['org', 1], ['c7', 1], ['c3', 2], ['c4', 2]]);
    expect(net.subgraph.nodes[0]).toEqual({ id: f.id('inst'), name: 'Alpha Institute', kind: 'RESEARCH_INSTITUTE', distance: 0 });
    expect(net.truncated).toBe(false);
    expect(net.rows.totalCount).toBe(6);
  });

  it('breaks ties between parents by id: Delta is reached through Beta (supply), not Gamma (collaboration)', async () => {
    const net = await network({});
    const delta = net.rows.edges.find((r) => r.node.id === f.id('c3'));
    expect(delta?.firstHop.id).toBe(f.id('c1'));
    expect(delta?.via).toEqual([
      { linkKind: 'COLLABORATION', actorId: f.id('c1'), illustrative: false, cluster: null },
      { linkKind: 'SUPPLY', actorId: f.id('c3'), illustrative: true, cluster: null },
    ]);
    // The collaboration is cited, the supply relation sample data.
    expect(delta?.viaSummary).toBe('Alpha Institute –collaboration→ Beta Chips –supply (sample)→ Delta Devices');
  });

  it('returns every link among the reached actors, with direction and properties; a shared cluster as a node with memberships', async () => {
    const net = await network({});
    const edges = net.subgraph.edges.map((e) => `${String(e['source']).slice(p.length)}-${e['linkKind']}-${String(e['target']).slice(p.length)}`);
    expect(edges.sort()).toEqual(
      ['c1-SUPPLY-c3', 'c2-COLLABORATION-c3', 'c2-JOINT_PROJECT-c4', 'c1-COLLABORATION-inst', 'c7-COLLABORATION-inst'].sort(),
    );
    // Three members of Kappa: three memberships, not three pairwise links; the chamber's undated membership counts.
    expect(net.subgraph.clusters).toEqual([{ id: f.id('k'), name: 'Kappa Cluster', memberCount: 3 }]);
    const memberships = net.subgraph.memberships.map((m) => [m.actor.slice(p.length), m.cluster.slice(p.length), m.since, m.until]);
    expect(memberships.sort()).toEqual([['c2', 'k', '2020', null], ['inst', 'k', '2018', null], ['org', 'k', null, null]]);
    expect([net.linkTotal, net.membershipTotal]).toEqual([5, 3]);
    const gamma = net.rows.edges.find((r) => r.node.id === f.id('c2'));
    // Both memberships are sample data (the fixture's default), so the step is.
    expect(gamma?.via).toEqual([{ linkKind: 'SAME_CLUSTER', actorId: f.id('c2'), illustrative: true, cluster: { id: f.id('k') } }]);
    expect(gamma?.viaSummary).toBe('Alpha Institute –same cluster (Kappa Cluster) (sample)→ Gamma Glass');
    const supply = net.subgraph.edges.find((e) => e['linkKind'] === 'SUPPLY');
    expect(supply).toMatchObject({ directed: true, product: 'wafers', source: f.id('c1'), target: f.id('c3') });
    const collab = net.subgraph.edges.find((e) => e['topic'] === 'OLED displays');
    expect(collab).toMatchObject({ directed: false, since: '2019', interactionModel: 'SCIENCE_INDUSTRY' });
    const derived = net.subgraph.edges.find((e) => e['topic'] === 'glass');
    expect(derived).toMatchObject({ interactionModel: 'INDUSTRY_INDUSTRY' });
    const project = net.subgraph.edges.find((e) => e['linkKind'] === 'JOINT_PROJECT');
    expect(project).toMatchObject({ project: { title: 'Project Lambda' }, since: '2016', until: '2018' });
  });

  it('follows depth limits: 1 stops at direct partners, 4 reaches the spin-off and its partner; the isolated one never', async () => {
    expect(ids((await network({ depth: 1 })).rows.edges)).toEqual([['c1', 1], ['c2', 1], ['org', 1], ['c7', 1]]);
    const deep = await network({ depth: 4 });
    expect(ids(deep.rows.edges)).toEqual([['c1', 1], ['c2', 1], ['org', 1], ['c7', 1], ['c3', 2], ['c4', 2], ['c5', 3], ['c6', 4]]);
    expect(deep.subgraph.nodes.map((n) => n.id)).not.toContain(f.id('c9'));
  });

  it('keeps only links valid at asOf: in 2011 the old collaboration holds and the 2019 one does not', async () => {
    const net = await network({ depth: 3, filter: { asOf: '2011-06-01' } });
    // No SAME_CLUSTER (memberships from 2018 and 2020), no joint project (2016–2018): Theta, then nothing else.
    expect(ids(net.rows.edges)).toEqual([['c7', 1]]);
    const in2017 = await network({ depth: 4, filter: { asOf: '2017' } });
    expect(ids(in2017.rows.edges)).toEqual([]);
  });

  it('needs both memberships valid for SAME_CLUSTER at asOf', async () => {
    const in2019 = await network({ depth: 1, filter: { asOf: '2019-06-01', linkKinds: ['SAME_CLUSTER'] } });
    // The institute is a member since 2018 and the chamber (no dates) always; Gamma only from 2020.
    expect(ids(in2019.rows.edges)).toEqual([['org', 1]]);
    const in2021 = await network({ depth: 1, filter: { asOf: '2021', linkKinds: ['SAME_CLUSTER'] } });
    expect(ids(in2021.rows.edges)).toEqual([['c2', 1], ['org', 1]]);
  });

  it('filters by link kinds, actor kinds, cluster and region, measuring distance inside the filtered network', async () => {
    expect(ids((await network({ filter: { linkKinds: ['COLLABORATION'] } })).rows.edges)).toEqual([['c1', 1], ['c7', 1]]);
    expect(ids((await network({ filter: { actorKinds: ['COMPANY'] } })).rows.edges)).toEqual([['c1', 1], ['c2', 1], ['c7', 1], ['c3', 2], ['c4', 2]]);
    expect(ids((await network({ depth: 4, filter: { cluster: f.id('k') } })).rows.edges)).toEqual([['c2', 1], ['org', 1]]);
    expect(ids((await network({ depth: 4, filter: { region: f.id('state') } })).rows.edges)).toEqual([['c1', 1], ['c2', 1]]);
  });

  it('cuts at maxNodes and says so, keeping the first actors of the last level by name', async () => {
    const net = await network({ maxNodes: 3 });
    expect(net.truncated).toBe(true);
    expect(net.subgraph.nodes.map((n) => n.id.slice(p.length))).toEqual(['inst', 'c1', 'c2']);
    // Level 1 (four actors) did not fit: the search stopped there, so the total counts the center and level 1.
    expect([net.truncatedActors, net.truncatedLinks, net.actorTotal]).toEqual([true, false, 5]);
    expect(net.linkTotal).toBe(net.subgraph.edges.length);
    expect(net.membershipTotal).toBe(net.subgraph.memberships.length);
    // No kept actor without a link (Gamma, reached through the cluster, has its membership).
    const linked = (id: string) => net.subgraph.edges.some((e) => e['source'] === id || e['target'] === id) || net.subgraph.memberships.some((m) => m.actor === id);
    for (const node of net.subgraph.nodes.slice(1)) expect(linked(node.id)).toBe(true);
    const whole = await network({ maxNodes: 7 });
    expect([whole.truncated, whole.truncatedActors, whole.truncatedLinks, whole.actorTotal]).toEqual([false, false, false, 7]);
  });

  it('pages through the rows with cursors, without gaps or repeats', async () => {
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const net: Network = await network({ depth: 4, first: 3, after });
      seen.push(...ids(net.rows.edges));
      if (!net.rows.pageInfo.hasNextPage) break;
      after = net.rows.pageInfo.endCursor;
    }
    expect(seen).toEqual([['c1', 1], ['c2', 1], ['org', 1], ['c7', 1], ['c3', 2], ['c4', 2], ['c5', 3], ['c6', 4]]);
  });

  it('answers in two round trips (levels, details) at depths 2-4, with any link kinds and filters; depth 1 and a collaboration network in one', async () => {
    const roundTrips = async (variables: Record<string, unknown>): Promise<number | undefined> => {
      const { body } = await seed.server.query(query, { from: f.id('inst'), ...variables });
      expect(body.errors).toBeUndefined();
      return (body as { extensions?: { cost?: { roundTrips?: number } } }).extensions?.cost?.roundTrips;
    };
    // Depth 1 (the explorer's first request): every parent is the center, so one statement finds the level and the details.
    expect(await roundTrips({ depth: 1 })).toBe(1);
    expect(await roundTrips({ depth: 1, maxNodes: 3, filter: { linkKinds: ['SPIN_OFF', 'SUPPLY', 'SAME_CLUSTER'], asOf: '2019', actorKinds: ['COMPANY'], region: f.id('state') } })).toBe(1);
    for (const depth of [2, 3, 4]) expect(await roundTrips({ depth })).toBe(2);
    expect(await roundTrips({ depth: 4, maxNodes: 3 })).toBe(2);
    expect(await roundTrips({ depth: 3, filter: { linkKinds: ['SPIN_OFF', 'SUPPLY'], asOf: '2019', actorKinds: ['COMPANY'], region: f.id('state') } })).toBe(2);
    for (const depth of [1, 2, 3, 4]) expect(await roundTrips({ depth, filter: { linkKinds: ['COLLABORATION'] } })).toBe(1);
    expect(await roundTrips({ depth: 3, maxNodes: 2, filter: { linkKinds: ['COLLABORATION'], actorKinds: ['COMPANY', 'RESEARCH_INSTITUTE'] } })).toBe(1);
  });

  it('gives the same answer whether the link kinds are given one by one or all at once', async () => {
    // Each set of kinds has its own text: the union of the single-kind networks' direct partners is the full one's.
    const all = await network({ depth: 1 });
    const single = [];
    for (const kind of ['COLLABORATION', 'SAME_CLUSTER', 'JOINT_PROJECT', 'SUPPLY', 'SPIN_OFF']) {
      single.push(...(await network({ depth: 1, filter: { linkKinds: [kind] } })).rows.edges.map((r) => r.node.id));
    }
    expect([...new Set(single)].sort()).toEqual(all.rows.edges.map((r) => r.node.id).sort());
    const c3 = await network({ depth: 1, from: f.id('c3') });
    expect(ids(c3.rows.edges)).toEqual([['c1', 1], ['c2', 1], ['c5', 1]]);
    expect(c3.rows.edges.map((r) => r.via[0]?.linkKind)).toEqual(['SUPPLY', 'COLLABORATION', 'SPIN_OFF']);
  });

  it('follows every kind but SAME_CLUSTER by default, and SAME_CLUSTER when asked for', async () => {
    const { body } = await seed.server.query(query, { from: f.id('inst'), depth: 1 });
    const rows = (body.data?.['partnerNetwork'] as Network).rows.edges;
    expect(ids(rows)).toEqual([['c1', 1], ['c7', 1]]);
    const clustered = await network({ depth: 1, filter: { linkKinds: ['SAME_CLUSTER'] } });
    expect(ids(clustered.rows.edges)).toEqual([['c2', 1], ['org', 1]]);
  });

  it('is NOT_FOUND for an unknown id in `from` or the filter, naming the argument and the id, in the statement that runs', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ from: f.id('nobody') }, 'from', f.id('nobody')],
      [{ filter: { cluster: 'nope' } }, 'filter.cluster', 'nope'],
      [{ filter: { region: 'no-such-region' } }, 'filter.region', 'no-such-region'],
      [{ filter: { technology: 'no-such-technology' } }, 'filter.technology', 'no-such-technology'],
      [{ filter: { stage: 'no-such-stage' } }, 'filter.stage', 'no-such-stage'],
    ];
    for (const [variables, argument, id] of cases) {
      const { status, body } = await seed.server.query(query, { from: f.id('inst'), ...variables });
      expect(status).toBe(200);
      expect(body.data?.['partnerNetwork']).toBeNull();
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument, id });
      expect(body.errors?.[0]?.message).toContain(`"${id}"`);
      // One round trip: the ids are checked by the statement that explores the network.
      expect((body as { extensions?: { cost?: { roundTrips?: number } } }).extensions?.cost?.roundTrips).toBe(1);
    }
  });

  it('is BAD_USER_INPUT saying what an id of another kind is', async () => {
    const { body } = await seed.server.query(query, { from: f.id('k') });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from', id: f.id('k') });
    expect(body.errors?.[0]?.message).toBe(`\`from\`: "${f.id('k')}" is a cluster, not an actor`);
    const { body: region } = await seed.server.query(query, { from: f.id('inst'), filter: { cluster: f.id('state') } });
    expect(region.errors?.[0]?.message).toBe(`\`filter.cluster\`: "${f.id('state')}" is a region, not a cluster`);
  });

  it('refuses a cursor of another network', async () => {
    const first = await network({ first: 1 });
    const cursor = first.rows.pageInfo.endCursor;
    expect(cursor).not.toBeNull();
    const same = await network({ first: 1, after: cursor });
    expect(same.rows.edges).toHaveLength(1);
    for (const other of [{ depth: 1 }, { from: f.id('c3') }, { filter: { linkKinds: ['COLLABORATION'] } }, { maxNodes: 100 }]) {
      const { body } = await seed.server.query(query, { from: f.id('inst'), filter: { linkKinds: ALL_KINDS }, first: 1, after: cursor, ...other });
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('cursor of another network');
    }
  });

  it('is BAD_USER_INPUT for out-of-range depth, maxNodes, first or a bad cursor', async () => {
    for (const variables of [{ depth: 0 }, { depth: 5 }, { maxNodes: 0 }, { maxNodes: 1001 }, { first: 101 }, { first: -1 }, { after: 'nope' }]) {
      const { status, body: bad } = await seed.server.query(query, { from: f.id('inst'), ...variables });
      expect(status).toBe(200);
      expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    const { body: deep } = await seed.server.query(query, { from: f.id('inst'), depth: 9 });
    expect(deep.errors?.[0]?.message).toBe('`depth` must be between 1 and 4, got 9');
  });
});

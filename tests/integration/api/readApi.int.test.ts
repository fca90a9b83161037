import { allActorPages } from '../../support/actorPages';
import { useSeedServer } from '../../support/seedServer';


/** The read API over HTTP against the seed graph; expected answers come from independent Cypher in the test. */
describe('the read API on the seed graph', () => {
  const seed = useSeedServer();

  const ids = async (cypher: string, params: Record<string, unknown> = {}): Promise<string[]> =>
    (await seed.graph.read({ name: 'test_ids', text: cypher, params })).map((r) => r['id'] as string);

  const allPages = (variables: Record<string, unknown>, pageSize: number) => allActorPages(seed.server, variables, pageSize);

  it('pages through Thuringia’s actors by name without duplicates or gaps, in the order Cypher gives', async () => {
    const expected = await ids(
      `MATCH (a:Actor) WHERE EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {id: 'de-th'}) }
       RETURN a.id AS id ORDER BY a.name, a.id`,
    );
    expect(expected.length).toBeGreaterThan(20);
    const { ids: seen, totals } = await allPages({ filter: { region: 'de-th' } }, 7);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
  });

  it('combines filters (kind, region with sub-regions, size, founding years) and orders by founding year, newest first', async () => {
    const filter = { kinds: ['COMPANY'], region: 'de-sn', sizes: ['SMALL', 'MEDIUM', 'MICRO'], foundedFrom: 1990 };
    const expected = await ids(
      `MATCH (a:Company) WHERE a.size IN ['SMALL', 'MEDIUM', 'MICRO'] AND a.foundedYear >= 1990
         AND EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {id: 'de-sn'}) }
       RETURN a.id AS id ORDER BY a.foundedYear DESC, a.id`,
    );
    expect(expected.length).toBeGreaterThan(3);
    const { ids: seen } = await allPages({ filter, orderBy: { field: 'FOUNDED', direction: 'DESC' } }, 4);
    expect(seen).toEqual(expected);
  });

  it('filters by cluster, technology (with narrower ones) and provenance', async () => {
    const cluster = await ids(`MATCH (a:Actor)-[:MEMBER_OF]->(:Cluster {id: 'silicon-saxony'}) RETURN DISTINCT a.id AS id ORDER BY id`);
    const { ids: members } = await allPages({ filter: { cluster: 'silicon-saxony' } }, 50);
    expect([...members].sort()).toEqual(cluster);

    const sourced = await ids(`MATCH (a:Actor) WHERE NOT coalesce(a.illustrative, false) AND a.kind = 'RESEARCH_INSTITUTE' RETURN a.id AS id ORDER BY a.name, a.id`);
    const { ids: factual } = await allPages({ filter: { illustrative: false, kinds: ['RESEARCH_INSTITUTE'] } }, 100);
    expect(factual).toEqual(sourced);
  });

  it('counts actors grouped by kind, state and size, each summing to the total', async () => {
    const [{ n: total } = { n: 0 }] = (await seed.graph.read({ name: 't', text: 'MATCH (a:Actor) RETURN count(a) AS n' })) as Array<{ n: number }>;
    for (const groupBy of ['KIND', 'STATE', 'SIZE', 'CITY']) {
      const { body } = await seed.server.query(`{ actorCounts(groupBy: ${groupBy}) { total groups { key label count } } }`);
      const counts = body.data?.['actorCounts'] as { total: number; groups: Array<{ count: number }> };
      expect(counts.total).toBe(total);
      expect(counts.groups.reduce((sum, g) => sum + g.count, 0)).toBe(total);
    }
    const { body } = await seed.server.query('{ actorCounts(groupBy: KIND, filter: { region: "de-sn" }) { total groups { key count } } }');
    const bySaxony = body.data?.['actorCounts'] as { total: number; groups: Array<{ key: string; count: number }> };
    const expected = await seed.graph.read({
      name: 't',
      text: `MATCH (a:Actor) WHERE EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {id: 'de-sn'}) } RETURN a.kind AS key, count(*) AS count ORDER BY count DESC, key`,
    });
    expect(bySaxony.groups).toEqual(expected);
  });

  it('keeps Cypher round trips bounded by the query depth, whatever the page sizes', async () => {
    const nested = (n: number) => `{ clusters(first: ${n}) { edges { node { name members(first: ${n}) { edges { node { name
      partners(first: 5) { edges { node { name region { name } } } } } } } } } } }`;
    const small = await seed.server.query(nested(2));
    const large = await seed.server.query(nested(20));
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    const trips = (r: typeof small) => ((r.body as { extensions?: { cost?: { roundTrips?: number } } }).extensions?.cost?.roundTrips ?? -1);
    const edges = (large.body.data?.['clusters'] as { edges: Array<{ node: { members: { edges: unknown[] } } }> }).edges;
    expect(edges.length).toBe(20);
    expect(edges.reduce((sum, e) => sum + e.node.members.edges.length, 0)).toBeGreaterThan(100);
    // clusters → members → partners → region: depth 4, so at most 5 round trips, the same for 2 or 20 per level;
    // the partners' regions come with the partners, and the clusters' members and their partners with the
    // cluster page: one statement.
    expect(trips(large)).toBe(1);
    expect(trips(large)).toBe(trips(small));
  });

  it('answers members with their partners in one statement exactly as the member and partner loaders do', async () => {
    type Body = { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }>; extensions?: { cost?: { roundTrips?: number } } };
    const run = async (query: string) => (await seed.server.query(query)).body as Body;
    // A second `partners` under another alias is a selection the compiled statement does not cover: the same
    // question then goes member statement → partner statement, and its `partners` must be the same answer.
    const both = (members: string, partners: string, selection: string, clusters = 'first: 12') => [
      `{ clusters(${clusters}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name members(${members}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor role node { id name
        partners(${partners}) { ${selection} } } } } } } } }`,
      `{ clusters(${clusters}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name members(${members}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor role node { id name
        partners(${partners}) { ${selection} } alsoPartners: partners(first: 1) { totalCount } } } } } } } }`,
    ];
    const strip = (data: unknown): unknown =>
      JSON.parse(JSON.stringify(data, (key, value: unknown) => (key === 'alsoPartners' ? undefined : value)));
    const full = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor weight topic since interactionModel illustrative node { id name kind region { id name } } }';
    // A partner cursor from the batched path, to page every member's partners after it.
    const first = await run(`{ actor(id: "fraunhofer-iof") { partners(first: 2) { pageInfo { endCursor } } } }`);
    const cursor = (first.data?.['actor'] as { partners: { pageInfo: { endCursor: string } } }).partners.pageInfo.endCursor;
    const cases: Array<[string, string, string, string?]> = [
      ['first: 3', 'first: 2', 'totalCount edges { weight node { id } }', 'first: 4, filter: { region: "de-sn" }'],
      ['first: 3', 'first: 2', 'edges { weight node { id } }', `first: 5, after: "${Buffer.from(JSON.stringify(['n', 'M', ''])).toString('base64url')}", filter: { nameContains: "a" }`],
      ['first: 6', 'first: 3', 'edges { weight node { id name } }'],
      ['first: 6', 'first: 4', full],
      ['first: 4, evidence: CITED', 'first: 3, evidence: CITED, kinds: [COMPANY, RESEARCH_INSTITUTE]', full],
      ['first: 5, asOf: "2015-01-01"', 'first: 2, asOf: "2012-06-30"', 'totalCount edges { cursor weight node { id kind name } }'],
      ['first: 5', `first: 2, after: ${JSON.stringify(cursor)}`, 'totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id name region { id } } }'],
    ];
    let partnerEdges = 0;
    for (const [members, partners, selection, clusters] of cases) {
      const [compiledQuery, batchedQuery] = both(members, partners, selection, clusters) as [string, string];
      const [compiled, batched] = [await run(compiledQuery), await run(batchedQuery)];
      expect([members, partners, compiled.errors, batched.errors]).toEqual([members, partners, undefined, undefined]);
      expect(compiled.data).toEqual(strip(batched.data));
      // Compiled: the clusters page with the members and their partners. Not compiled: clusters, members, and
      // one partner statement per argument set (two here): depth 3, so depth + 1.
      expect([members, partners, compiled.extensions?.cost?.roundTrips, batched.extensions?.cost?.roundTrips]).toEqual([members, partners, 1, 4]);
      partnerEdges += JSON.stringify(compiled.data).split('"weight"').length - 1;
    }
    // The comparison means something only if members have partners on these pages.
    expect(partnerEdges).toBeGreaterThan(20);

    // One cluster by id (the cluster, then its members with their partners), and a type condition on the members
    // (not compiled): the same answers.
    const single = (fragment: boolean) =>
      `{ cluster(id: "silicon-saxony") { members(first: 10) { edges { node { id ${fragment ? '... on Company { partners(first: 3) { edges { weight node { id } } } }' : 'partners(first: 3) { edges { weight node { id } } }'} } } } } }`;
    const [one, typed] = [await run(single(false)), await run(single(true))];
    expect(one.extensions?.cost?.roundTrips).toBe(2);
    expect(typed.extensions?.cost?.roundTrips).toBe(3);
    const companies = new Set(await ids(`MATCH (a:Company)-[:MEMBER_OF]->(:Cluster {id: 'silicon-saxony'}) RETURN a.id AS id`));
    type Members = { cluster: { members: { edges: Array<{ node: { id: string; partners?: unknown } }> } } };
    const onlyCompanies = (one.data as Members).cluster.members.edges.map(({ node }) => (companies.has(node.id) ? node : { id: node.id }));
    expect(onlyCompanies.some((n) => n.partners !== undefined)).toBe(true);
    expect((typed.data as Members).cluster.members.edges.map((e) => e.node)).toEqual(onlyCompanies);

    // A filter id that names nothing: NOT_FOUND from the compiled statement as from the cluster page.
    for (const query of both('first: 2', 'first: 2', 'totalCount', 'filter: { region: "xx-nowhere" }')) {
      const answer = await run(query);
      expect([answer.errors?.[0]?.extensions?.code, answer.extensions?.cost?.roundTrips]).toEqual(['NOT_FOUND', 1]);
    }

    // An invalid nested argument is not compiled; the partners field reports it as before.
    const invalid = await run('{ clusters(first: 2) { edges { node { members(first: 2) { edges { node { partners(first: 1000) { totalCount } } } } } } } }');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the membership and collaboration fields only for edges that ask for them, with the same pages', async () => {
    const linkFields = ['role', 'topic', 'since', 'until', 'sources', 'illustrative'];
    const query = (memberEdge: string, partnerEdge: string, partnerNode = '') => `{ clusters(first: 6) { edges { node { id members(first: 6) { edges { cursor ${memberEdge} node { id
      partners(first: 4) { pageInfo { endCursor } edges { cursor weight interactionModel ${partnerEdge} node { id name __typename ${partnerNode} } } } } } } } } } }`;
    const bare = await seed.server.query(query('', ''));
    const whole = await seed.server.query(query('role since until sources illustrative', 'topic since until sources illustrative'));
    // Partners as whole records (a field beyond the summary): the statement returns maps, not summary lists.
    const records = await seed.server.query(query('', '', 'founded'));
    expect([bare.body.errors, whole.body.errors, records.body.errors]).toEqual([undefined, undefined, undefined]);
    const slim = (data: unknown) => JSON.stringify(data, (k, value: unknown) => (linkFields.includes(k) || k === 'founded' ? undefined : value));
    expect(slim(bare.body.data)).toBe(slim(whole.body.data));
    expect(slim(bare.body.data)).toBe(slim(records.body.data));
    // The comparison means something only if the whole answer has link fields the bare one leaves out.
    const text = JSON.stringify(whole.body.data);
    expect([/"role":"[A-Z]/.test(text), /"topic":"/.test(text), /"sources":\["/.test(text)]).toEqual([true, true, true]);
  });

  it('finds entities by full-text search despite a typo, and actors near a point', async () => {
    for (const [text, expected] of [['Fraunhofr', /^fraunhofer-/], ['Silicon Saxny', /^silicon-saxony$/], ['Jenoptk', /^jenoptik/]] as const) {
      const { body } = await seed.server.query(`{ search(text: "${text}", first: 5) { score node { id __typename } } }`);
      const hits = body.data?.['search'] as Array<{ score: number; node: { id: string } }>;
      // The entity itself is among the first hits (others may mention it in their descriptions).
      expect([text, hits.slice(0, 3).some((h) => expected.test(h.node.id))]).toEqual([text, true]);
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    }
    const clustersOnly = await seed.server.query('{ search(text: "Saxony", kinds: [CLUSTER], first: 10) { node { __typename } } }');
    expect((clustersOnly.body.data?.['search'] as Array<{ node: { __typename: string } }>).every((h) => h.node.__typename === 'Cluster')).toBe(true);

    const near = await seed.server.query('{ actorsNear(latitude: 50.9271, longitude: 11.5892, radiusKm: 15, first: 100) { distanceKm actor { id } } }');
    const found = near.body.data?.['actorsNear'] as Array<{ distanceKm: number; actor: { id: string } }>;
    const expected = await ids(
      `MATCH (a:Actor) WHERE point.distance(a.location, point({latitude: 50.9271, longitude: 11.5892})) <= 15000 RETURN a.id AS id ORDER BY id`,
    );
    // The radius is chosen so that every actor within it fits on the page: the answer must be exactly them.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(100);
    expect(found.map((f) => f.actor.id).sort()).toEqual(expected);
    expect(found.every((f) => f.distanceKm <= 15)).toBe(true);
    expect(found.map((f) => f.distanceKm)).toEqual([...found.map((f) => f.distanceKm)].sort((a, b) => a - b));
  });

  it('answers invalid arguments with BAD_USER_INPUT, never a 500 or a stack trace', async () => {
    const cases: Array<[string, Record<string, unknown>?]> = [
      ['{ actors(first: -1) { totalCount } }'],
      ['{ actors(first: 101) { totalCount } }'],
      ['{ actor(id: "NOT an id!") { name } }'],
      ['{ actors(after: "bm90LWEtY3Vyc29y") { totalCount } }'],
      ['query($k: [ActorKind!]) { actors(filter: { kinds: $k }) { totalCount } }', { k: ['SPACESHIP'] }],
      ['{ actors(filter: { foundedFrom: 2010, foundedTo: 2000 }) { totalCount } }'],
      ['{ actorsNear(latitude: 91, longitude: 0, radiusKm: 1) { distanceKm } }'],
      ['{ search(text: "") { score } }'],
      ['query($d: Date) { actor(id: "jenoptik-ag") { memberships(asOf: $d) { since } } }', { d: '2019-13-01' }],
    ];
    for (const [query, variables] of cases) {
      const { status, body } = await seed.server.query(query, variables);
      expect([query, status]).toEqual([query, expect.any(Number)]);
      expect(status).toBeLessThan(500);
      expect([query, body.errors?.[0]?.extensions?.['code']]).toEqual([query, 'BAD_USER_INPUT']);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace/);
    }
  });
});

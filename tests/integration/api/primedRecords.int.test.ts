import { useSeedServer } from '../../support/seedServer';

type Body = { data?: Record<string, unknown> | null; errors?: unknown; extensions?: { cost?: { roundTrips?: number } } };

/**
 * Records that come back whole from one statement (an actor with its region, any entity by id with its label,
 * search hits with their entities) are not fetched again: each of these requests is one Cypher round trip.
 */
describe('records returned whole cost one round trip', () => {
  const seed = useSeedServer();

  const ask = async (query: string, variables: Record<string, unknown> = {}): Promise<Body> => {
    const { body } = await seed.server.query(query, variables);
    expect((body as Body).errors).toBeUndefined();
    return body as Body;
  };
  const trips = (body: Body): number => body.extensions?.cost?.roundTrips ?? -1;

  it('serves an actor with its region in one round trip, the region being the one Cypher finds', async () => {
    const expected = await seed.graph.read({
      name: 'test_actor_regions',
      text: `MATCH (a:Actor)-[:LOCATED_IN]->(g:Region)-[:PART_OF]->(p:Region)
        RETURN a.id AS id, g.id AS regionId, g.name AS regionName, g.level AS level, p.id AS parentId ORDER BY a.id LIMIT 5`,
    });
    expect(expected.length).toBe(5);
    for (const row of expected) {
      const body = await ask('query($id: ID!) { actor(id: $id) { id region { id name level } } }', { id: row['id'] });
      expect(body.data?.['actor']).toEqual({ id: row['id'], region: { id: row['regionId'], name: row['regionName'], level: row['level'] } });
      expect(trips(body)).toBe(1);
    }
    // The region's parent is the region loader's: one more round trip, and the right parent.
    const [first] = expected;
    const withParent = await ask('query($id: ID!) { actor(id: $id) { region { parent { id } } } }', { id: first?.['id'] });
    expect(withParent.data?.['actor']).toEqual({ region: { parent: { id: first?.['parentId'] } } });
    expect(trips(withParent)).toBe(2);
  });

  it('resolves node(id) of every kind in one round trip, as the right type with the right record', async () => {
    const samples = await seed.graph.read({
      name: 'test_node_samples',
      text: `UNWIND ['Company', 'ResearchInstitute', 'Organization', 'Cluster', 'Region', 'Technology', 'ValueChain', 'ValueChainStage', 'Project', 'FundingProgram'] AS label
        CALL (label) { MATCH (n:Entity) WHERE label IN labels(n) RETURN n ORDER BY n.id LIMIT 1 }
        RETURN label, n.id AS id, coalesce(n.name, '') AS name`,
    });
    expect(samples.length).toBe(10);
    for (const sample of samples) {
      const body = await ask(
        `query($id: ID!) { node(id: $id) { __typename id
          ... on Actor { name } ... on Cluster { name } ... on Region { name } ... on Technology { name }
          ... on ValueChain { name } ... on ValueChainStage { name } ... on Project { title } ... on FundingProgram { name } } }`,
        { id: sample['id'] },
      );
      const node = body.data?.['node'] as { __typename: string; id: string; name?: string; title?: string };
      expect([sample['label'], node.__typename, node.id]).toEqual([sample['label'], sample['label'], sample['id']]);
      expect(node.name ?? node.title).toBe(sample['name']);
      expect(trips(body)).toBe(1);
    }
    const unknown = await ask('{ node(id: "no-such-entity") { id } }');
    expect(unknown.data?.['node']).toBeNull();
  });

  it('returns search hits with their entities (and the actors’ regions) from the search statement alone', async () => {
    const body = await ask(`{ search(text: "Fraunhofer Dresden", first: 8) { score node { __typename id
      ... on Actor { name region { name } } ... on Cluster { name } } } }`);
    const hits = body.data?.['search'] as Array<{ node: { __typename: string; id: string; name?: string; region?: { name: string } | null } }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(trips(body)).toBe(1);
    // The same entities, of whatever type (actors, clusters, projects …), as asked one by one through node(id).
    for (const hit of hits) {
      const alone = await ask(
        `query($id: ID!) { node(id: $id) { __typename id ... on Actor { name region { name } } ... on Cluster { name } } }`,
        { id: hit.node.id },
      );
      expect(alone.data?.['node']).toEqual(hit.node);
    }
  });

  it('returns actor hits as summaries when only id, kind and name are asked: the same hits in the same order', async () => {
    const text = 'Fraunhofer Dresden';
    const lean = await ask(`query($text: String!) { search(text: $text, first: 8) { score exact node { __typename id ... on Actor { name kind } ... on Cluster { name } } } }`, { text });
    const whole = await ask(`query($text: String!) { search(text: $text, first: 8) { score exact node { __typename id ... on Actor { name kind website } ... on Cluster { name } } } }`, { text });
    type Hit = { score: number; exact: boolean; node: { __typename: string; id: string; name?: string; kind?: string; website?: string | null } };
    const leanHits = lean.data?.['search'] as Hit[];
    const wholeHits = whole.data?.['search'] as Hit[];
    expect(leanHits.some((h) => h.node.kind !== undefined)).toBe(true);
    expect(leanHits).toEqual(wholeHits.map(({ node: { website: _website, ...node }, ...hit }) => ({ ...hit, node })));
    expect(trips(lean)).toBe(1);
    expect(trips(whole)).toBe(1);
    // The same actor asked whole beside a summary search of it: the whole record, as when asked alone.
    const actorHit = leanHits.find((h) => h.node.kind !== undefined);
    const both = await ask(
      `query($text: String!, $id: ID!) { search(text: $text, first: 8) { node { id ... on Actor { name } } } actor(id: $id) { id website description } }`,
      { text, id: actorHit?.node.id },
    );
    const alone = await ask('query($id: ID!) { actor(id: $id) { id website description } }', { id: actorHit?.node.id });
    expect(both.data?.['actor']).toEqual(alone.data?.['actor']);
    expect(trips(both)).toBe(2);
  });
});

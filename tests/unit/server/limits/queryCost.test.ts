import { buildSchema, getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { loadTypeDefs } from '../../../../src/server/typeDefs';
import { ASSUMED_LIST_SIZE, estimateCost, TRAVERSAL_COSTS } from '../../../../src/server/limits';

describe('the query cost estimate', () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = buildSchema(loadTypeDefs());
  });
  const cost = (query: string, variables: Record<string, unknown> = {}): number =>
    estimateCost({ schema, document: parse(query), variables, operationName: undefined, maxNodes: 20_000 });

  it('knows every traversal root field of the schema', () => {
    const queryFields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    for (const field of Object.keys(TRAVERSAL_COSTS)) expect(queryFields).toContain(field);
  });

  it('costs a plain field 1 and multiplies a page by its first, from a literal, a variable or the default', () => {
    expect(cost('{ actor(id: "a") { name } }')).toBe(2);
    // 1 + first × (edges + node + id)
    expect(cost('{ actors(first: 10) { edges { node { id } } } }')).toBe(31);
    expect(cost('query($n: Int) { actors(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(151);
    expect(cost('{ actors { edges { node { id } } } }')).toBe(61);
  });

  it('counts pages above the allowed size as the largest allowed page, since the resolver refuses them anyway', () => {
    expect(cost('{ actors(first: 100000) { edges { node { id } } } }')).toBe(cost('{ actors(first: 100) { edges { node { id } } } }'));
  });

  it('multiplies nested pages', () => {
    const nested = `{ clusters(first: 20) { edges { node { name members(first: 20) { edges { node { name
      partners(first: 5) { edges { node { name region { name } } } } } } } } } } }`;
    expect(cost(nested)).toBe(11_681);
    expect(cost('{ actors(first: 100) { edges { node { partners(first: 100) { edges { node { id } } } } } } }')).toBe(30_301);
  });

  it('assumes unpaged lists of objects hold a few items', () => {
    expect(cost('{ actor(id: "a") { technologies { name } } }')).toBe(1 + 1 + ASSUMED_LIST_SIZE);
  });

  it('weighs traversals by base × depth, tiers or hops, plus their rows × first', () => {
    const { base } = TRAVERSAL_COSTS['partnerNetwork'] ?? { base: 0 };
    expect(cost('{ partnerNetwork(from: "a", depth: 1, first: 1) { depth } }')).toBe(base + 1);
    expect(cost('{ partnerNetwork(from: "a", depth: 4, first: 10) { depth } }')).toBe(4 * base + 10);
    expect(cost('{ partnerNetwork(from: "a") { depth } }')).toBe(2 * base + 50);
    expect(cost('{ shortestConnection(from: "a", to: "b", maxHops: 6) { length } }')).toBe(6 * (TRAVERSAL_COSTS['shortestConnection']?.base ?? 0) + 1);
    expect(cost('{ supplyChain(company: "a", tiers: 99) { truncated } }')).toBe(10 * (TRAVERSAL_COSTS['supplyChain']?.base ?? 0) + 1);
  });

  it('lets every traversal through at its largest bounds with a full selection, under the default limit', () => {
    const actor = 'id name kind';
    const edge = `source target linkKind directed topic weight since until sources cluster { id } project { id } stage { id }`;
    const supplyEdge = `supplier { ${actor} } customer { ${actor} } product since until sources stage { id name }`;
    const atMost = [
      `{ partnerNetwork(from: "a", depth: 4, maxNodes: 1000, first: 100) { center { ${actor} } subgraph { nodes { ${actor} distance } edges { ${edge} } }
        rows { totalCount pageInfo { endCursor } edges { cursor distance node { ${actor} } firstHop { id } via { linkKind actorId actorName } viaSummary } } } }`,
      `{ supplyChain(company: "a", tiers: 6) { company { ${actor} } tiers { tier companies { ${actor} } edges { ${supplyEdge} } } } }`,
      `{ supplyPaths(from: "a", to: "b", maxHops: 8, first: 20) { length hops { ${supplyEdge} } } }`,
      `{ criticalSuppliers(company: "a", tiers: 6) { suppliersConsidered criticalSuppliers { supplier { ${actor} } reason tier stages { id name } explanation } } }`,
      `{ shortestConnection(from: "a", to: "b", maxHops: 6) { length explanation hops { from { ${actor} } to { ${actor} } link { ${edge} } sentence } } }`,
      `{ scienceIndustryLinks(cluster: "k", first: 100) { cluster { id } instituteCount companyCount countsByInteractionModel { model count }
        countsByLinkKind { linkKind count } strongestPairs { institute { id name } company { id name } score links { ${edge} } } } }`,
      `{ valueChainCoverage(cluster: "k", valueChain: "v", candidatesPerStage: 20) { coveredCount stages { stage { id name } covered members { ${actor} }
        nearestByGeography { actor { ${actor} } distanceKm } nearestByNetwork { actor { ${actor} } hops } } } }`,
      `{ recommendPartners(for: "a", first: 50) { actor { ${actor} } score commonPartnerCount commonPartners { ${actor} } sharedTechnologies { id name }
        sharedClusters { id name } sameRegion { id } complementaryStages { actorStage { id } candidateStage { id } upstream } reasons } }`,
    ];
    for (const query of atMost) expect([query.slice(0, 30), cost(query) <= 25_000]).toEqual([query.slice(0, 30), true]);
  });

  it('lets the standard introspection query through under the default limit', () => {
    expect(cost(getIntrospectionQuery())).toBeLessThan(25_000);
  });

  it('counts only the chosen operation of a document with several', () => {
    const document = parse('query Small { __typename } query Large { actors(first: 100) { edges { node { id } } } }');
    expect(estimateCost({ schema, document, variables: {}, operationName: 'Small', maxNodes: 100 })).toBe(1);
  });

  it('gives up on documents with more selections than maxNodes', () => {
    expect(() => estimateCost({ schema, document: parse(`{ ${'__typename '.repeat(50)}}`), variables: {}, operationName: undefined, maxNodes: 10 })).toThrow();
  });
});

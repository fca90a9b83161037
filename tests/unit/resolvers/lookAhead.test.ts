import { buildSchema, type GraphQLObjectType } from 'graphql';
import { actorPaths } from '../../../src/resolvers/lookAhead';
import { loadTypeDefs } from '../../../src/server/typeDefs';

const schema = buildSchema(loadTypeDefs());
const returnTypeOf = (field: string) => (schema.getQueryType() as GraphQLObjectType).getFields()[field]?.type;
const joined = (paths: ReadonlyArray<readonly string[]>) => paths.map((p) => p.join('.')).sort();

describe('actor paths read from the schema', () => {
  it('finds every actor of a partner network, without looking inside actors', () => {
    const type = returnTypeOf('partnerNetwork');
    expect(type).toBeDefined();
    const paths = joined(actorPaths(type!));
    expect(paths).toEqual(expect.arrayContaining(['center', 'rows.edges.firstHop', 'rows.edges.node', 'subgraph.nodes.actor']));
    expect(paths.some((p) => p.startsWith('center.'))).toBe(false);
  });

  it('finds the companies of a supply chain', () => {
    const paths = joined(actorPaths(returnTypeOf('supplyChain')!));
    expect(paths).toEqual(expect.arrayContaining(['company', 'tiers.companies', 'tiers.edges.customer', 'tiers.edges.supplier']));
  });

  it('is computed once per type', () => {
    const type = returnTypeOf('supplyChain')!;
    expect(actorPaths(type)).toBe(actorPaths(type));
  });
});

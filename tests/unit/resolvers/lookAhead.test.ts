import { buildSchema, type GraphQLInterfaceType, type GraphQLObjectType } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { actorPaths, LIST_SUMMARY_FIELDS, treeListActorShape, treeSelectsBeyond } from '../../../src/resolvers/lookAhead';
import { companyLinkFields, sharedActorLinkFields } from '../../../src/resolvers/actorLinkResolvers';
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

describe('the record shape of member and partner list rows', () => {
  const field = (name: string, fields: ResolveTree[] = []): ResolveTree => ({
    name,
    alias: name,
    args: {},
    fieldsByTypeName: fields.length === 0 ? {} : { Actor: Object.fromEntries(fields.map((f) => [f.alias, f])) },
  });
  /** `members { edges { node { <fields> } } }` */
  const members = (...fields: ResolveTree[]) => field('members', [field('edges', [field('node', fields)])]);
  const partners = field('partners', [field('edges', [field('node', [field('id')])])]);

  it('is a summary when the rows ask for summary fields and links only, whole otherwise', () => {
    const shape = (tree: ResolveTree) => treeListActorShape(tree, ['edges', 'node']);
    expect(shape(members(field('id'), field('name')))).toEqual({ summary: true, withRegion: false });
    expect(shape(members(field('id'), field('name'), partners))).toEqual({ summary: true, withRegion: false });
    expect(shape(members(field('id'), field('memberships'), field('suppliersConnection')))).toEqual({ summary: true, withRegion: false });
    expect(shape(members(field('id'), partners, field('description')))).toEqual({ summary: false, withRegion: false });
    expect(shape(members(field('id'), partners, field('region', [field('id')])))).toEqual({ summary: false, withRegion: true });
  });

  it('counts as summary-served only the summary’s own fields and the link resolvers (they read the id and kind)', () => {
    const actor = schema.getType('Actor') as GraphQLInterfaceType;
    const company = schema.getType('Company') as GraphQLObjectType;
    const links: Record<string, unknown> = { ...sharedActorLinkFields, ...companyLinkFields };
    for (const name of LIST_SUMMARY_FIELDS) {
      if (name === '__typename') continue;
      expect([name, name in actor.getFields() || name in company.getFields()]).toEqual([name, true]);
      // `region` is among the link resolvers but reads the whole record.
      if (!['id', 'kind', 'name'].includes(name)) expect([name, name in links && name !== 'region']).toEqual([name, true]);
    }
  });
});

describe('whether a selection asks for fields beyond those a cheaper read serves', () => {
  const field = (name: string, fields: ResolveTree[] = [], type = 'PartnerEdge'): ResolveTree => ({
    name,
    alias: name,
    args: {},
    fieldsByTypeName: fields.length === 0 ? {} : { [type]: Object.fromEntries(fields.map((f) => [f.alias, f])) },
  });
  const served = new Set(['cursor', 'node', 'weight']);
  /** `partners { edges { <fields> } }` */
  const partners = (...fields: ResolveTree[]) => field('partners', [field('edges', fields)]);

  it('is false when every edge field is served, true when one is not (on any type condition), true when it cannot tell', () => {
    expect(treeSelectsBeyond(partners(field('weight'), field('node', [field('id')])), ['edges'], served)).toBe(false);
    expect(treeSelectsBeyond(partners(field('cursor'), field('topic')), ['edges'], served)).toBe(true);
    const typed = field('partners', [{ ...field('edges', [field('weight')]), fieldsByTypeName: { PartnerEdge: { weight: field('weight') }, Other: { since: field('since') } } }]);
    expect(treeSelectsBeyond(typed, ['edges'], served)).toBe(true);
    expect(treeSelectsBeyond(null, ['edges'], served)).toBe(true);
  });

  it('looks at the path only: fields of the level above or nested below do not count', () => {
    expect(treeSelectsBeyond(field('partners', [field('totalCount'), field('edges', [field('node', [field('region', [field('id')])])])]), ['edges'], served)).toBe(false);
    expect(treeSelectsBeyond(partners(), ['edges'], served)).toBe(false);
    expect(treeSelectsBeyond(field('partners', [field('totalCount')]), [], new Set(['edges']))).toBe(true);
  });
});

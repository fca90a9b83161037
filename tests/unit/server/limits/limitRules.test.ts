import { buildSchema, parse, specifiedRules, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../../../../src/errors';
import { depthLimitRule, documentShapeRule, knownOperationTypesRule, QueryTooComplexError } from '../../../../src/server/limits';
import { loadTypeDefs } from '../../../../src/server/typeDefs';

describe('the validation rules that limit a document', () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = buildSchema(loadTypeDefs());
  });
  const shape = { maxAliases: 3, maxRootFields: 3, maxDirectives: 2 };
  const errors = (query: string, rules = [depthLimitRule(4), documentShapeRule(shape)]): readonly GraphQLError[] => validate(schema, parse(query), rules);
  const limitsOf = (found: readonly GraphQLError[]) => found.map((e) => (e instanceof QueryTooComplexError ? e.extensions['limit'] : e.message));

  it('accepts a document within every limit', () => {
    expect(errors('{ a: actor(id: "x") { partners { edges { node { id } } } } b: __typename }')).toEqual([]);
  });

  it('counts depth through fragments and inline fragments, reporting once', () => {
    const five = '{ actor(id: "x") { ...P } } fragment P on Actor { partners { edges { node { ... on Company { region { id } } } } } }';
    const found = errors(five);
    expect(limitsOf(found)).toEqual(['depth']);
    expect(found[0]?.extensions).toEqual(expect.objectContaining({ code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'depth', max: 4 }));
    expect(errors('{ actor(id: "x") { ...P } } fragment P on Actor { partners { edges { node { id } } } }')).toEqual([]);
  });

  it('counts aliases, root fields (through fragments) and directives', () => {
    expect(limitsOf(errors('{ actors { a: totalCount b: totalCount c: totalCount d: totalCount } }'))).toEqual(['aliases']);
    expect(limitsOf(errors('{ __typename ...R } fragment R on Query { __typename ... on Query { __typename __typename } }'))).toEqual(['rootFields']);
    expect(limitsOf(errors('{ __typename @skip(if: false) a: __typename @include(if: true) b: __typename @skip(if: false) }'))).toEqual(['directives']);
  });

  it('counts root fields of a fragment bomb in linear time', () => {
    const levels = 200;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = performance.now();
    const found = errors(`{ ...F0 } ${fragments} fragment F${levels} on Query { __typename }`, [documentShapeRule(shape)]);
    expect(limitsOf(found)).toEqual(['rootFields']);
    expect(found[0]?.extensions['actual']).toBe(2 ** levels);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses operations of a type the schema lacks', () => {
    expect(validate(schema, parse('subscription { __typename }'), [...specifiedRules, knownOperationTypesRule]).map((e) => e.message)).toContain(
      'The API has no subscription operations.',
    );
    expect(validate(schema, parse('{ __typename }'), [knownOperationTypesRule])).toEqual([]);
  });
});

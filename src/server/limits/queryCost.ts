import { getNamedType, getNullableType, isCompositeType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../../resolvers/inputValidation';

/**
 * What a traversal root field costs: `base × scaleBy + children × fanoutBy`. `scaleBy` names the argument that
 * makes the database work grow (depth, tiers, hops); `fanoutBy` the one that bounds the rows returned.
 * `fanoutLists` names the list fields (`Type.field`) that `fanoutBy` bounds inside the result: they count once,
 * as the edges of a connection do, since the traversal's multiplier already counts their items.
 */
export interface TraversalCost {
  base: number;
  scaleBy?: string;
  fanoutBy?: string;
  fanoutLists?: readonly string[];
}

/**
 * The traversal root fields of schema/traversal.graphql, by Query field name. A traversal walks many
 * relationships in one Cypher query, so one call costs as much as a large page of plain fields: with the default
 * limit of 25 000 a request runs a handful of the heaviest traversals, not dozens.
 */
export const TRAVERSAL_COSTS: Readonly<Record<string, TraversalCost>> = {
  partnerNetwork: { base: 1_000, scaleBy: 'depth', fanoutBy: 'first' },
  supplyChain: { base: 1_000, scaleBy: 'tiers' },
  supplyPaths: { base: 1_000, scaleBy: 'maxHops', fanoutBy: 'first' },
  criticalSuppliers: { base: 1_000, scaleBy: 'tiers' },
  shortestConnection: { base: 1_000, scaleBy: 'maxHops' },
  scienceIndustryLinks: { base: 2_000, fanoutBy: 'first', fanoutLists: ['ScienceIndustryLinks.strongestPairs'] },
  valueChainCoverage: { base: 2_000, fanoutBy: 'candidatesPerStage', fanoutLists: ['StageCoverage.nearestByGeography', 'StageCoverage.nearestByNetwork'] },
  recommendPartners: { base: 2_000, fanoutBy: 'first' },
  // Up to 2000 actors fetched and analysed in memory (betweenness is O(actors × edges)): the dearest root field.
  networkAnalysis: { base: 5_000 },
  clusterEvolution: { base: 1_000 },
  // A scope analysis fetches the upstream network of up to 500 companies and runs one dominator computation per
  // company and stage: as heavy as the broadest traversals per tier.
  supplyDisruption: { base: 2_000, scaleBy: 'tiers' },
  supplyRisk: { base: 2_000, scaleBy: 'tiers' },
};

/** How many items a list without a `first` argument is assumed to hold (technologies, suppliers, tiers …). */
export const ASSUMED_LIST_SIZE = 5;
/** `first` when a field has neither the argument's value nor a default. */
const ASSUMED_PAGE_SIZE = 20;
// Traversal arguments past their bounds are refused by the resolvers with BAD_USER_INPUT; the estimate caps them
// so such a request gets that precise message instead of a cost error.
const MAX_SCALE = 10;

/** Traversal fields at the root, by the table above. */
export function traversalEstimator(costs: Readonly<Record<string, TraversalCost>> = TRAVERSAL_COSTS): ComplexityEstimator {
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number | void => {
    const cost = type.name === 'Query' ? costs[field.name] : undefined;
    if (!cost) return undefined;
    const scale = cost.scaleBy ? clamp(numberArg(args, cost.scaleBy) ?? 1, 1, MAX_SCALE) : 1;
    const fanout = cost.fanoutBy ? clamp(numberArg(args, cost.fanoutBy) ?? 1, 1, MAX_PAGE_SIZE) : 1;
    return cost.base * scale + childComplexity * fanout;
  };
}

/**
 * Lists: a field with `first` costs its children `first` times (capped at the page size the API allows, as
 * larger pages are refused anyway); the `edges` of a connection, and the lists a traversal's `first` bounds,
 * once (the multiplier above them counted their items); any other list of objects ASSUMED_LIST_SIZE times.
 */
export function listEstimator(costs: Readonly<Record<string, TraversalCost>> = TRAVERSAL_COSTS): ComplexityEstimator {
  const counted = new Set(Object.values(costs).flatMap((cost) => cost.fanoutLists ?? []));
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number | void => {
    if (field.args.some((argument) => argument.name === 'first')) {
      return 1 + childComplexity * clamp(numberArg(args, 'first') ?? ASSUMED_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    }
    if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) return undefined;
    const once = type.name.endsWith('Connection') || counted.has(`${type.name}.${field.name}`);
    return 1 + childComplexity * (once ? 1 : ASSUMED_LIST_SIZE);
  };
}

/** The estimators in the order they are asked: the first that answers wins; every other field costs 1. */
export function costEstimators(): ComplexityEstimator[] {
  return [traversalEstimator(), listEstimator(), simpleEstimator({ defaultComplexity: 1 })];
}

/**
 * The estimated cost of the operation to run. Throws when the document is too large to estimate (more than
 * `maxNodes` selections visited, fragments expanded).
 */
export function estimateCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName: string | undefined;
  maxNodes: number;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    variables: options.variables,
    // The library matches this against each operation's name, so it is only given for named operations.
    ...(options.operationName === undefined ? {} : { operationName: options.operationName }),
    estimators: costEstimators(),
    maxQueryNodes: options.maxNodes,
  });
}

function numberArg(args: Record<string, unknown>, name: string): number | undefined {
  const value = args[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

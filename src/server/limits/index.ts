export { type AllowList, createAllowList, documentHash, loadAllowList } from './allowList';
export { allowListGate } from './allowListGate';
export { depthLimitRule } from './depthLimitRule';
export { knownOperationTypesRule } from './knownOperationTypesRule';
export { documentShapeRule, type DocumentShapeLimits } from './documentShapeRule';
export { ASSUMED_LIST_SIZE, costEstimators, estimateCost, TRAVERSAL_COSTS, type TraversalCost } from './queryCost';
export { QueryTooComplexError, type LimitName } from './queryTooComplexError';

/**
 * Most selections one operation may hold with its fragments expanded (Apollo's maxRecursiveSelections): the
 * guard against fragment bombs, checked before the other limits, which only run on documents that pass it.
 */
export const MAX_RECURSIVE_SELECTIONS = 10_000;

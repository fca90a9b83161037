export { findCriticalSuppliers, findNumberedCriticalSuppliers, upstreamCutVerticesByStage, type NumberedCriticalFinding, type CriticalFinding, type CriticalReasonValue, type SupplySubgraph, type SupplySubgraphEdge } from './criticalSuppliers';
export { immediateDominators, strictDominators } from './dominators';
export * from './networkAnalysis';
export { seededRandom } from './seededRandom';

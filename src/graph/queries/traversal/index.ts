export * from './traversalRecords';
export { findNetworkDetails, MAX_NETWORK_LINKS, type NetworkDetails } from './findNetworkDetails';
export { explorePartnerNetwork, compareText, MAX_NETWORK_DEPTH, type NetworkMember, type PartnerNetworkArgs, type PartnerNetworkRecord } from './explorePartnerNetwork';
export {
  findShortestConnection,
  ConnectionSearchTooLargeError,
  MAX_CONNECTION_VISITS,
  MAX_CONNECTION_HOPS,
  type ConnectionHopRecord,
  type ShortestConnectionArgs,
} from './findShortestConnection';
export {
  findSupplyTiers,
  MAX_SUPPLY_TIERS,
  MAX_SUPPLY_CHAIN_COMPANIES,
  type SupplyDirectionValue,
  type SupplyTiersArgs,
  type SupplyTiersRecord,
} from './findSupplyTiers';
export {
  findCriticalSupplierNetwork,
  type CriticalSupplierNetworkArgs,
  type CriticalSupplierNetworkRecord,
} from './findCriticalSupplierNetwork';
export { findSupplyPaths, MAX_SUPPLY_PATH_HOPS, MAX_SUPPLY_PATHS, type SupplyPathsArgs, type SupplyPathsRecord } from './findSupplyPaths';
export {
  findScienceIndustryLinks,
  SCIENCE_INDUSTRY_WEIGHTS,
  type CollaborationTally,
  type ScienceIndustryPairRecord,
  type ScienceIndustryRecord,
  type ScienceIndustryScope,
} from './findScienceIndustryLinks';
export {
  findValueChainCoverage,
  MAX_COVERAGE_CANDIDATES,
  COVERAGE_MAX_HOPS,
  type CoverageCandidateRecord,
  type ReferencePointSourceValue,
  type StageCoverageRecord,
  type ValueChainCoverageRecord,
} from './findValueChainCoverage';
export {
  findPartnerRecommendations,
  RECOMMENDATION_WEIGHTS,
  MAX_LISTED_COMMON_PARTNERS,
  MAX_RECOMMENDATIONS,
  type ComplementaryStageRecord,
  type PartnerRecommendationRecord,
} from './findPartnerRecommendations';

export { analyseNetwork, type ActorAnalysis, type AnalysisOptions, type CommunityReport, type CountByKey, type NetworkAnalysisResult } from './analyse';
export { detectCommunities, normalizedMutualInformation, bestJaccardMatch, type CommunityPartition } from './communities';
export { centralities, sizeMetrics, scienceIndustryBridges, scienceIndustryPathShares, type ActorCentralities, type PathShares, type SizeMetrics } from './metrics';
export { buildSimpleGraph, compareIds, type AnalysisActor, type AnalysisActorKind, type AnalysisGraph, type AnalysisLink, type NamedRef } from './simpleGraph';

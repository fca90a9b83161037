export {
  findAnalysisSubgraph,
  MAX_ANALYSIS_ACTORS,
  MAX_ANALYSIS_LINK_ROWS,
  type AnalysisActorRow,
  type AnalysisLinkRow,
  type AnalysisScopeSpec,
  type AnalysisSubgraph,
  type AnalysisSubgraphArgs,
} from './findAnalysisSubgraph';
export { findClusterEvolution, MAX_EVOLUTION_YEARS, type ClusterYearRecord } from './findClusterEvolution';

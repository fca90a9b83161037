import { field, type Json } from '../json';
import type { Fixtures, OursOnlyOperation } from './operation';

// What the operation asks for: the size figures, the top actors by betweenness, the brokers, the communities
// with their match against the clusters, and the subgraph: everything networkAnalysis computes is requested, so
// nothing is skipped because it was not asked for.
const selection = `
  truncated
  size { actors edges links density componentCount averageClustering largestComponentMeanPathLength scienceIndustryPairs }
  actors(orderBy: BETWEENNESS, first: 20) { totalCount edges { node { actor { id } degree betweenness closeness pageRank community } } }
  brokers(first: 10) { actor { id } betweenness scienceIndustryPathShare }
  communities { modularity nmiWithClusters items { index size kinds { key count } bestMatchingCluster { cluster { id } jaccard } } }
  subgraph { nodes { id community } edges { source target weight } }`;

/** What the check shows of our answer: the size of the graph analysed (not compared: no other contender). */
function sizeOf(data: Json): Json {
  const analysis = field(data, 'networkAnalysis', 'data');
  const size = field(analysis, 'size', 'networkAnalysis');
  return { actors: field(size, 'actors', 'size'), edges: field(size, 'edges', 'size'), truncated: field(analysis, 'truncated', 'networkAnalysis') };
}

/** networkAnalysis of the cluster with the most member companies (the resilience operations' cluster). */
export function networkAnalysisCluster(f: Fixtures): OursOnlyOperation {
  return {
    name: 'networkAnalysisCluster',
    oursOnly: true,
    title: 'networkAnalysis(scope: { cluster }) of the largest cluster: size, centralities, brokers, communities, subgraph',
    // Three levels of entities: the analysis, its communities, each one's best-matching cluster.
    depth: 3,
    ours: { query: `query NetworkAnalysisCluster($cluster: ID!) { networkAnalysis(scope: { cluster: $cluster }) { ${selection} } }`, variables: { cluster: f.clusterId } },
    normalizeOurs: sizeOf,
  };
}

/** networkAnalysis of the depth-2 partner network of the actor with the most collaboration partners. */
export function networkAnalysisNetwork2(f: Fixtures): OursOnlyOperation {
  return {
    name: 'networkAnalysisNetwork2',
    oursOnly: true,
    title: 'networkAnalysis(scope: { partnerNetworkOf, depth: 2 }) of the best-connected actor: the same figures',
    // As the cluster's: the partner network's hops are one fetch (explorePartnerNetwork), not a level each.
    depth: 3,
    ours: {
      query: `query NetworkAnalysisNetwork($center: ID!) { networkAnalysis(scope: { partnerNetworkOf: $center, depth: 2 }) { ${selection} } }`,
      variables: { center: f.hubActorId },
    },
    normalizeOurs: sizeOf,
  };
}

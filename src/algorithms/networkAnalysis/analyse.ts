import { bestJaccardMatch, detectCommunities, normalizedMutualInformation } from './communities';
import { centralities, scienceIndustryBridges, scienceIndustryPathShares, sizeMetrics, type ActorCentralities, type SizeMetrics } from './metrics';
import { buildSimpleGraph, compareIds, type AnalysisActor, type AnalysisActorKind, type AnalysisLink, type NamedRef } from './simpleGraph';

export interface AnalysisOptions {
  /** Seed of the Louvain run: the same seed on the same graph gives the same communities. */
  seed: number;
  /** Whether Louvain weighs an edge by the number of links it stands for. */
  weighted: boolean;
  /** Louvain resolution (1 = classic modularity). */
  resolution: number;
  /**
   * A cluster every analysed actor belongs to by construction (the scope cluster): left out of the comparison
   * with official clusters, where it would match everything and say nothing.
   */
  scopeClusterId: string | null;
}

export interface ActorAnalysis extends ActorCentralities {
  id: string;
  name: string;
  kind: AnalysisActorKind;
  /** Links of the actor counted with their parallels (the sum of its edge weights). */
  linkCount: number;
  /** Has both a research-institute and a company neighbour. */
  bridgesScienceIndustry: boolean;
  /** Its community's number (0 = the largest). */
  community: number;
  /** Σ of the fractions of science–industry shortest paths through the actor (see PathShares.through). */
  scienceIndustryPaths: number;
  /** scienceIndustryPaths over the connected science–industry pairs without the actor as an end; null without any. */
  scienceIndustryPathShare: number | null;
}

export interface CountByKey {
  key: string;
  count: number;
}

export interface CommunityReport {
  index: number;
  memberIds: string[];
  /** Members by actor kind, largest first (ties by kind). */
  kinds: CountByKey[];
  /** Technologies most members specialise in, most first (ties by name, id); at most `maxTechnologies`. */
  technologies: Array<{ technology: NamedRef; count: number }>;
  /** The official cluster (other than the scope cluster) whose analysed members overlap the community most. */
  bestCluster: { cluster: NamedRef; jaccard: number; shared: number } | null;
}

export interface NetworkAnalysisResult {
  size: SizeMetrics;
  /** By id. */
  actors: ActorAnalysis[];
  /** Simple edges by source then target (source < target). */
  edges: Array<{ source: string; target: string; weight: number; kinds: string[] }>;
  scienceIndustryPairs: number;
  communities: {
    modularity: number;
    /** NMI between the communities and the official memberships (see officialLabels); null with fewer than two actors. */
    nmiWithClusters: number | null;
    items: CommunityReport[];
  };
}

const MAX_TECHNOLOGIES = 5;

/**
 * The official-cluster label of each actor for the NMI: the set of clusters it is a member of (other than the
 * scope cluster), written as one key; actors without one share the label "none". Overlapping memberships thus
 * form their own groups, which keeps the comparison a comparison of partitions.
 */
function officialLabels(actors: readonly AnalysisActor[], scopeClusterId: string | null): Map<string, string> {
  return new Map(actors.map((a) => [a.id, a.clusters.map((c) => c.id).filter((id) => id !== scopeClusterId).sort(compareIds).join('|') || 'none']));
}

function communityReport(index: number, memberIds: string[], byId: ReadonlyMap<string, AnalysisActor>, clusterMembers: ReadonlyMap<string, Set<string>>, clusterRefs: ReadonlyMap<string, NamedRef>): CommunityReport {
  const kinds = new Map<string, number>();
  const technologies = new Map<string, { technology: NamedRef; count: number }>();
  for (const id of memberIds) {
    const actor = byId.get(id);
    if (!actor) continue;
    kinds.set(actor.kind, (kinds.get(actor.kind) ?? 0) + 1);
    for (const t of actor.technologies) {
      const entry = technologies.get(t.id) ?? { technology: t, count: 0 };
      entry.count += 1;
      technologies.set(t.id, entry);
    }
  }
  const match = bestJaccardMatch(new Set(memberIds), clusterMembers);
  const shared = match ? memberIds.filter((id) => clusterMembers.get(match.key)?.has(id)).length : 0;
  const cluster = match ? clusterRefs.get(match.key) : undefined;
  return {
    index,
    memberIds,
    kinds: [...kinds].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || compareIds(a.key, b.key)),
    technologies: [...technologies.values()]
      .sort((a, b) => b.count - a.count || compareIds(a.technology.name, b.technology.name) || compareIds(a.technology.id, b.technology.id))
      .slice(0, MAX_TECHNOLOGIES),
    bestCluster: match && cluster ? { cluster, jaccard: match.jaccard, shared } : null,
  };
}

/** Everything networkAnalysis reports, computed on the simple undirected graph of the actors and links given. */
export function analyseNetwork(actors: readonly AnalysisActor[], links: readonly AnalysisLink[], options: AnalysisOptions): NetworkAnalysisResult {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const graph = buildSimpleGraph(actors, links);
  const kindOf = (id: string): AnalysisActorKind | undefined => byId.get(id)?.kind;
  const size = sizeMetrics(graph);
  const central = centralities(graph);
  const bridges = scienceIndustryBridges(graph, kindOf);
  const shares = scienceIndustryPathShares(graph, kindOf);
  const partition = detectCommunities(graph, { seed: options.seed, weighted: options.weighted, resolution: options.resolution });

  const clusterMembers = new Map<string, Set<string>>();
  const clusterRefs = new Map<string, NamedRef>();
  for (const actor of actors) {
    for (const c of actor.clusters) {
      if (c.id === options.scopeClusterId) continue;
      clusterRefs.set(c.id, c);
      const set = clusterMembers.get(c.id) ?? new Set<string>();
      set.add(actor.id);
      clusterMembers.set(c.id, set);
    }
  }

  const analysed: ActorAnalysis[] = graph.nodes().map((id) => {
    const actor = byId.get(id) as AnalysisActor;
    const c = central.get(id) as ActorCentralities;
    const pairs = shares.pairsWithout.get(id) ?? 0;
    const paths = shares.through.get(id) ?? 0;
    let linkCount = 0;
    graph.forEachEdge(id, (_edge, attributes) => {
      linkCount += attributes.weight;
    });
    return {
      id,
      name: actor.name,
      kind: actor.kind,
      ...c,
      linkCount,
      bridgesScienceIndustry: bridges.has(id),
      community: partition.communityOf.get(id) ?? 0,
      scienceIndustryPaths: paths,
      scienceIndustryPathShare: pairs > 0 ? paths / pairs : null,
    };
  });
  const edges = graph.mapEdges((_edge, attributes, source, target) => {
    const [a, b] = compareIds(source, target) < 0 ? [source, target] : [target, source];
    return { source: a, target: b, weight: attributes.weight, kinds: attributes.kinds };
  });
  const communityLabels = new Map([...partition.communityOf].map(([id, c]) => [id, c] as [string, number]));
  return {
    size,
    actors: analysed,
    edges,
    scienceIndustryPairs: shares.pairCount,
    communities: {
      modularity: partition.modularity,
      nmiWithClusters: actors.length < 2 ? null : normalizedMutualInformation(communityLabels, officialLabels(actors, options.scopeClusterId)),
      items: partition.members.map((ids, index) => communityReport(index, ids, byId, clusterMembers, clusterRefs)),
    },
  };
}

import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { connectedComponents } from 'graphology-components';
import { compareIds, type AnalysisActorKind, type AnalysisGraph } from './simpleGraph';

/** Size and cohesion of an analysed graph. */
export interface SizeMetrics {
  actors: number;
  /** Edges of the simple graph (linked pairs). */
  links: number;
  /** Links counted with their parallels (the sum of edge weights). */
  linkCount: number;
  /** links / (n(n-1)/2); 0 below two actors. */
  density: number;
  /** Component sizes, largest first. */
  componentSizes: number[];
  /** Mean local clustering coefficient over all actors (0 for actors with fewer than two neighbours), as networkx's average_clustering. */
  averageClustering: number;
  /** Mean shortest-path length over the ordered pairs of the largest component; null when it has one actor. */
  largestComponentMeanPathLength: number | null;
}

/** Per-actor centralities, all unweighted. */
export interface ActorCentralities {
  degree: number;
  /** Normalised by (n-1)(n-2)/2 pairs, as networkx's betweenness_centrality(normalized=True). */
  betweenness: number;
  /** Wasserman–Faust closeness (scaled by the share of actors reachable), as networkx's closeness_centrality. */
  closeness: number;
  /** PageRank, damping 0.85, on the unweighted graph. */
  pageRank: number;
}

/** An adjacency index over the graph's nodes in their insertion (id) order. */
interface Adjacency {
  ids: string[];
  neighbours: number[][];
}

function adjacencyOf(graph: AnalysisGraph): Adjacency {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours = ids.map((id) => graph.neighbors(id).map((n) => index.get(n) ?? -1).sort((a, b) => a - b));
  return { ids, neighbours };
}

/** Distances from `source` by breadth-first search; -1 for unreachable nodes. */
function bfsDistances(adjacency: Adjacency, source: number, dist: Int32Array, queue: Int32Array): void {
  dist.fill(-1);
  dist[source] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++] as number;
    const d = (dist[v] as number) + 1;
    for (const w of adjacency.neighbours[v] ?? []) {
      if (dist[w] === -1) {
        dist[w] = d;
        queue[tail++] = w;
      }
    }
  }
}

function localClustering(adjacency: Adjacency, v: number, isNeighbour: Uint8Array): number {
  const around = adjacency.neighbours[v] ?? [];
  const k = around.length;
  if (k < 2) return 0;
  for (const u of around) isNeighbour[u] = 1;
  let links = 0;
  for (const u of around) for (const w of adjacency.neighbours[u] ?? []) if (isNeighbour[w] === 1) links += 1;
  for (const u of around) isNeighbour[u] = 0;
  // Each link among the neighbours was seen from both ends.
  return links / (k * (k - 1));
}

/** Size, components, clustering and the largest component's mean path length. */
export function sizeMetrics(graph: AnalysisGraph): SizeMetrics {
  const n = graph.order;
  const adjacency = adjacencyOf(graph);
  let linkCount = 0;
  graph.forEachEdge((_edge, attributes) => {
    linkCount += attributes.weight;
  });
  const components = connectedComponents(graph).sort((a, b) => b.length - a.length || compareIds(minId(a), minId(b)));
  const isNeighbour = new Uint8Array(n);
  let clusteringSum = 0;
  for (let v = 0; v < n; v++) clusteringSum += localClustering(adjacency, v, isNeighbour);

  const largest = components[0] ?? [];
  let meanPath: number | null = null;
  if (largest.length > 1) {
    const index = new Map(adjacency.ids.map((id, i) => [id, i]));
    const dist = new Int32Array(n);
    const queue = new Int32Array(n);
    let total = 0;
    for (const id of largest) {
      bfsDistances(adjacency, index.get(id) ?? 0, dist, queue);
      for (const d of dist) if (d > 0) total += d;
    }
    meanPath = total / (largest.length * (largest.length - 1));
  }
  return {
    actors: n,
    links: graph.size,
    linkCount,
    density: n < 2 ? 0 : graph.size / ((n * (n - 1)) / 2),
    componentSizes: components.map((c) => c.length),
    averageClustering: n === 0 ? 0 : clusteringSum / n,
    largestComponentMeanPathLength: meanPath,
  };
}

function minId(ids: readonly string[]): string {
  return ids.reduce((min, id) => (compareIds(id, min) < 0 ? id : min), ids[0] ?? '');
}

/** Degree, normalised betweenness, closeness and PageRank of every actor, all on the unweighted graph. */
export function centralities(graph: AnalysisGraph): Map<string, ActorCentralities> {
  // getEdgeWeight null: the edge weights (parallel-link counts) must not turn betweenness into a weighted Dijkstra.
  const betweenness = graph.order > 0 ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }) : {};
  const closeness = graph.order > 0 ? closenessCentrality(graph, { wassermanFaust: true }) : {};
  const ranks = graph.order > 0 && graph.size > 0 ? pagerank(graph, { getEdgeWeight: null, alpha: 0.85, maxIterations: 1000, tolerance: 1e-10 }) : {};
  const result = new Map<string, ActorCentralities>();
  graph.forEachNode((id) => {
    result.set(id, {
      degree: graph.degree(id),
      betweenness: betweenness[id] ?? 0,
      closeness: closeness[id] ?? 0,
      // Without any edge every actor ranks alike.
      pageRank: ranks[id] ?? 1 / graph.order,
    });
  });
  return result;
}

const SCIENCE: AnalysisActorKind = 'RESEARCH_INSTITUTE';
const INDUSTRY: AnalysisActorKind = 'COMPANY';

/** Actors with at least one research-institute neighbour and at least one company neighbour. */
export function scienceIndustryBridges(graph: AnalysisGraph, kindOf: (id: string) => AnalysisActorKind | undefined): Set<string> {
  const bridges = new Set<string>();
  graph.forEachNode((id) => {
    let science = false;
    let industry = false;
    graph.forEachNeighbor(id, (n) => {
      const kind = kindOf(n);
      if (kind === SCIENCE) science = true;
      else if (kind === INDUSTRY) industry = true;
    });
    if (science && industry) bridges.add(id);
  });
  return bridges;
}

/** How much of the science–industry shortest paths run through each actor. */
export interface PathShares {
  /** Connected pairs (research institute, company) in the graph. */
  pairCount: number;
  /**
   * Per actor: Σ over connected science–industry pairs (s, t) with v ∉ {s, t} of σ_st(v) / σ_st (the
   * fraction of the pair's shortest paths through v), as networkx's betweenness_centrality_subset(sources=
   * institutes, targets=companies, normalized=False) times 2 (networkx halves it on undirected graphs).
   */
  through: Map<string, number>;
  /** Per actor: connected science–industry pairs that do not have the actor as an end (the denominator of its share). */
  pairsWithout: Map<string, number>;
}

/**
 * Brandes' accumulation restricted to paths from a research institute to a company (Brandes 2008, "On variants
 * of shortest-path betweenness centrality": the source–target subset variant). Unweighted, one BFS per institute.
 */
export function scienceIndustryPathShares(graph: AnalysisGraph, kindOf: (id: string) => AnalysisActorKind | undefined): PathShares {
  const adjacency = adjacencyOf(graph);
  const n = adjacency.ids.length;
  const isTarget = new Uint8Array(n);
  const sources: number[] = [];
  adjacency.ids.forEach((id, i) => {
    const kind = kindOf(id);
    if (kind === INDUSTRY) isTarget[i] = 1;
    else if (kind === SCIENCE) sources.push(i);
  });
  const through = new Float64Array(n);
  // Per actor, how many connected pairs have it as an end: a company counts the institutes that reach it.
  const pairsAsEnd = new Float64Array(n);
  let pairCount = 0;
  const dist = new Int32Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const s of sources) {
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++] as number;
      for (const w of adjacency.neighbours[v] ?? []) {
        if (dist[w] === -1) {
          dist[w] = (dist[v] as number) + 1;
          order[tail++] = w;
        }
        if (dist[w] === (dist[v] as number) + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    let reachedTargets = 0;
    for (let i = 0; i < tail; i++) {
      const t = order[i] as number;
      if (isTarget[t] === 1) {
        reachedTargets += 1;
        pairsAsEnd[t] = (pairsAsEnd[t] as number) + 1;
      }
    }
    pairCount += reachedTargets;
    pairsAsEnd[s] = (pairsAsEnd[s] as number) + reachedTargets;
    // Back from the farthest: delta(v) = Σ_w σ_v/σ_w (1[w is a company] + delta(w)) over w one step farther.
    for (let i = tail - 1; i >= 0; i--) {
      const w = order[i] as number;
      const coefficient = ((isTarget[w] as number) + (delta[w] as number)) / (sigma[w] as number);
      for (const v of adjacency.neighbours[w] ?? []) {
        if (dist[v] === (dist[w] as number) - 1) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      }
      if (w !== s) through[w] = (through[w] as number) + (delta[w] as number);
    }
  }
  const throughById = new Map<string, number>();
  const without = new Map<string, number>();
  adjacency.ids.forEach((id, i) => {
    throughById.set(id, through[i] as number);
    without.set(id, pairCount - (pairsAsEnd[i] as number));
  });
  return { pairCount, through: throughById, pairsWithout: without };
}

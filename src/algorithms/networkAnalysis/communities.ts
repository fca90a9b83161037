import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { seededRandom } from '../seededRandom';
import { compareIds, type AnalysisGraph } from './simpleGraph';

export interface CommunityPartition {
  /** Community number of each actor: 0 is the largest community, ties by the smallest member id. */
  communityOf: Map<string, number>;
  /** Members of each community, by id. */
  members: string[][];
  /** Modularity of the partition (weighted when the detection was). */
  modularity: number;
}

/**
 * Louvain communities (graphology-communities-louvain), repeatable: the random order of the local moves comes
 * from a seeded generator, and the graph's node and edge order depends only on its ids (buildSimpleGraph).
 * `weighted`: the edge weight (links between the pair) counts; otherwise every linked pair counts 1.
 */
export function detectCommunities(graph: AnalysisGraph, options: { seed: number; weighted: boolean; resolution: number }): CommunityPartition {
  const getEdgeWeight = options.weighted ? 'weight' : null;
  const raw = graph.order === 0 ? {} : louvain(graph, { getEdgeWeight, rng: seededRandom(options.seed), resolution: options.resolution, randomWalk: true });
  const groups = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const c = raw[id] ?? -1;
    const list = groups.get(c) ?? [];
    list.push(id);
    groups.set(c, list);
  });
  const members = [...groups.values()].map((ids) => ids.sort(compareIds)).sort((a, b) => b.length - a.length || compareIds(a[0] ?? '', b[0] ?? ''));
  const communityOf = new Map<string, number>();
  members.forEach((ids, c) => ids.forEach((id) => communityOf.set(id, c)));
  const q = graph.size === 0 ? 0 : modularity(graph, { getNodeCommunity: (node) => communityOf.get(node) ?? -1, getEdgeWeight, resolution: options.resolution });
  return { communityOf, members, modularity: q };
}

function entropy(counts: Iterable<number>, total: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / total) * Math.log(c / total);
  return h;
}

/**
 * Normalised mutual information of two labellings of the same items, arithmetic-mean normalisation (as
 * scikit-learn's default): 1 for identical partitions, 0 for independent ones; 1 when both put everything in
 * one group, 0 when only one does.
 */
export function normalizedMutualInformation(a: ReadonlyMap<string, string | number>, b: ReadonlyMap<string, string | number>): number {
  const items = [...a.keys()].filter((k) => b.has(k));
  const n = items.length;
  if (n === 0) return 0;
  const countA = new Map<string | number, number>();
  const countB = new Map<string | number, number>();
  const joint = new Map<string, number>();
  for (const item of items) {
    const x = a.get(item) as string | number;
    const y = b.get(item) as string | number;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
    const key = `${typeof x}:${String(x)}\u0000${typeof y}:${String(y)}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  const ha = entropy(countA.values(), n);
  const hb = entropy(countB.values(), n);
  if (ha === 0 && hb === 0) return 1;
  if (ha === 0 || hb === 0) return 0;
  const mi = ha + hb - entropy(joint.values(), n);
  return Math.max(0, Math.min(1, mi / ((ha + hb) / 2)));
}

/** The set that best matches a community by Jaccard overlap (ties: the smaller key). */
export function bestJaccardMatch(members: ReadonlySet<string>, candidates: ReadonlyMap<string, ReadonlySet<string>>): { key: string; jaccard: number } | null {
  let best: { key: string; jaccard: number } | null = null;
  for (const key of [...candidates.keys()].sort(compareIds)) {
    const other = candidates.get(key) ?? new Set<string>();
    let common = 0;
    for (const id of members) if (other.has(id)) common += 1;
    const union = members.size + other.size - common;
    const jaccard = union === 0 ? 0 : common / union;
    if (common > 0 && (best === null || jaccard > best.jaccard)) best = { key, jaccard };
  }
  return best;
}

import { UndirectedGraph } from 'graphology';

/** The kinds an analysed actor can have; science = research institutes, industry = companies. */
export type AnalysisActorKind = 'COMPANY' | 'RESEARCH_INSTITUTE' | 'ORGANIZATION';

/** A named entity an actor is linked to (a technology it specialises in, a cluster it is a member of). */
export interface NamedRef {
  id: string;
  name: string;
}

/** An actor of the analysed scope with what the community report needs. */
export interface AnalysisActor {
  id: string;
  name: string;
  kind: AnalysisActorKind;
  /** Technologies the actor specialises in. */
  technologies: readonly NamedRef[];
  /** Official clusters the actor is a member of (at the analysis date). */
  clusters: readonly NamedRef[];
}

/** Links of one kind between two actors, as the graph layer counts them (parallel links of one kind: count > 1). */
export interface AnalysisLink {
  source: string;
  target: string;
  kind: string;
  count: number;
}

export interface EdgeAttributes {
  /** How many links (of every kind analysed) join the two actors. */
  weight: number;
  /** The kinds among them, sorted. */
  kinds: string[];
}

export type AnalysisGraph = UndirectedGraph<Record<string, never>, EdgeAttributes>;

/**
 * The simple undirected graph an analysis works on: one node per actor, one edge per linked pair whose weight
 * counts the links between them (parallel links and links of several kinds fold into one edge); self-links and
 * links to actors outside the set are dropped. Nodes and edges are added in id order, so every iteration order
 * (and with it a seeded Louvain run) depends only on the input, not on the order rows came in.
 */
export function buildSimpleGraph(actors: readonly AnalysisActor[], links: readonly AnalysisLink[]): AnalysisGraph {
  const graph: AnalysisGraph = new UndirectedGraph<Record<string, never>, EdgeAttributes>();
  for (const id of actors.map((a) => a.id).sort(compareIds)) if (!graph.hasNode(id)) graph.addNode(id);
  const pairs = new Map<string, { a: string; b: string; weight: number; kinds: Set<string> }>();
  for (const link of links) {
    if (link.source === link.target || !graph.hasNode(link.source) || !graph.hasNode(link.target)) continue;
    const [a, b] = compareIds(link.source, link.target) < 0 ? [link.source, link.target] : [link.target, link.source];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) ?? { a, b, weight: 0, kinds: new Set<string>() };
    pair.weight += link.count;
    pair.kinds.add(link.kind);
    pairs.set(key, pair);
  }
  const ordered = [...pairs.values()].sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
  for (const pair of ordered) graph.addEdge(pair.a, pair.b, { weight: pair.weight, kinds: [...pair.kinds].sort() });
  return graph;
}

/** Code-point order, as Cypher sorts strings (localeCompare would not). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

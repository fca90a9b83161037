import type { GraphClient } from '../../graphClient';
import type { ActorRecordShape, AnyActorRecord } from '../records';
import { findNetworkDetails, type NetworkDetails } from './findNetworkDetails';
import { actorFilter, kindOfRank, neighboursOf, networkTextSpec, specKey, textCache, type NetworkTextSpec } from './networkCypher';
import { actorFilterParams, asOfParams, validAt } from './traversalCypher';
import type { NetworkLinkRecord, NetworkScope } from './traversalRecords';
import type { NetworkLinkKindValue } from '../../../model';

/** The deepest partner network; each depth has its own text, the levels written out one by one. */
export const MAX_NETWORK_DEPTH = 4;

/** An actor of a partner network with its place in the breadth-first tree (the center has no parent). */
export interface NetworkMember {
  /** Whole, or a summary when the caller asked for summaries (actorShape). */
  actor: AnyActorRecord;
  distance: number;
  parentId: string | null;
  /** The kind of the link from the parent; null for the center. */
  linkKind: NetworkLinkKindValue | null;
}

export interface PartnerNetworkRecord {
  /** The center first, then by distance, name and id. */
  members: NetworkMember[];
  links: NetworkLinkRecord[];
  /** True when maxNodes cut the last level, or the links were cut. */
  truncated: boolean;
}

export interface PartnerNetworkArgs {
  from: string;
  depth: number;
  maxNodes: number;
  scope: NetworkScope;
  /** Whole actor records (the default) or summaries, for a selection that asks only for id, kind and name. */
  actorShape?: ActorRecordShape;
  /** Always take the levels text, even where one shortest-path search would do (to cross-check the two). */
  levelsOnly?: boolean;
}

/**
 * Level d of the breadth-first search, over the frontier (pairs of node and id, so no parent's id is read twice),
 * visited list and cut flag of level d - 1.
 *
 * A neighbour comes once, with the frontier actor of the smallest id as its parent (then the kind's rank: `min` of
 * the pair). A level that does not fit in the room left under `$maxNodes` sets the cut flag, which empties every
 * later frontier; it comes back whole and the caller keeps its first actors by name and id. No level is sorted
 * here on purpose: Neo4j's memory accounting charges every row a sort buffers with all the lists in scope (the
 * visited actors, the levels so far), which went over the transaction memory limit at maxNodes 1000.
 */
function levelText(spec: NetworkTextSpec, d: number): string {
  const p = d - 1;
  return `CALL (frontier${p}, visited${p}, cut${p}) {
    UNWIND CASE WHEN cut${p} THEN [] ELSE frontier${p} END AS step
    WITH step[0] AS f, step[1] AS fid
    CALL (f) {
      ${neighboursOf(spec)}
    }
    WITH n, fid, rank
    WHERE NOT n IN visited${p} AND ${actorFilter(spec, 'n')}
    WITH n, min([fid, rank]) AS via
    RETURN collect({ node: n, id: n.id, name: n.name, parentId: via[0], rank: via[1] }) AS found${d}
  }
  WITH c, levels${p}, visited${p}, found${d}, cut${p} OR size(found${d}) > toInteger($maxNodes) - size(visited${p}) AS cut${d}
  WITH c, cut${d}, CASE WHEN cut${d} THEN [] ELSE [x IN found${d} | [x.node, x.id]] END AS frontier${d},
    visited${p} + [x IN found${d} | x.node] AS visited${d},
    levels${p} + [[x IN found${d} | { id: x.id, name: x.name, parentId: x.parentId, rank: x.rank }]] AS levels${d}`;
}

/**
 * The breadth-first levels in one statement, written out one `CALL` per level (a frontier and the visited list
 * carried from one to the next), so no level needs a round trip of its own.
 */
function levelsText(spec: NetworkTextSpec, depth: number): string {
  const levels = Array.from({ length: depth }, (_, i) => levelText(spec, i + 1)).join('\n  ');
  return `MATCH (c:Actor {id: $from})
  WITH c, [[c, c.id]] AS frontier0, [c] AS visited0, false AS cut0, [] AS levels0
  ${levels}
  RETURN levels${depth} AS levels`;
}

interface LevelsTextArgs {
  spec: NetworkTextSpec;
  depth: number;
}

/** A text cache per spec and depth; depth goes into the text as a number, so it is checked before. */
function depthTextCache(build: (spec: NetworkTextSpec, depth: number) => string): (args: LevelsTextArgs) => string {
  return textCache(
    ({ spec, depth }: LevelsTextArgs) => `${specKey(spec)}|${depth}`,
    ({ spec, depth }: LevelsTextArgs) => {
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NETWORK_DEPTH) throw new RangeError(`depth must be 1..${MAX_NETWORK_DEPTH}, got ${depth}`);
      return build(spec, depth);
    },
  );
}

const textFor = depthTextCache(levelsText);

interface LevelEntry {
  id: string;
  name: string;
  parentId: string;
  rank: number;
}

type Tree = Map<string, { distance: number; parentId: string | null; linkKind: NetworkLinkKindValue | null }>;

/**
 * Whether the levels can come from one shortest-path search: collaborations only (a relationship per step, so a
 * quantified path pattern follows it) and no cluster or region filter (EXISTS subqueries, which a path pattern's
 * inline predicate cannot hold). The common case; everything else takes the levels text.
 */
function shortestPathCase(spec: NetworkTextSpec): boolean {
  return spec.kinds.length === 1 && spec.kinds[0] === 'COLLABORATION' && !spec.cluster && !spec.region;
}

/**
 * Every actor within `depth` collaborations with its distance (`ANY SHORTEST`, Neo4j's own breadth-first search),
 * the nearest first by name and id, one more than fits to tell a cut. Actor filters hold on every actor of a path
 * after the center, as in the levels text, so a filtered-out actor is not passed through.
 */
const shortestTextFor = depthTextCache((spec, depth) => {
  const rel = spec.timed ? `r:COLLABORATES_WITH WHERE ${validAt('r')}` : 'r:COLLABORATES_WITH';
  // Without a kind filter no step needs a node predicate: a quantified relationship (a label check on every
  // step doubled the search's db hits), the label checked on the ends only.
  const path = spec.actorKinds
    ? `(c)(()-[${rel}]-(y:Actor WHERE ${actorFilter(spec, 'y')})){1,${depth}}(n)`
    : `(c)-[${rel}]-{1,${depth}}(n:Actor)`;
  return `MATCH (c:Actor {id: $from})
  CALL (c) {
    MATCH p = ANY SHORTEST ${path}
    WHERE n <> c
    WITH n, length(p) AS distance ORDER BY distance, n.name, n.id
    LIMIT toInteger($maxNodes)
    RETURN collect({ id: n.id, name: n.name, distance: distance }) AS found
  }
  RETURN found`;
});

/** The BFS tree of the levels text: each actor's distance, parent and the link kind from the parent. */
async function levelsTree(graph: GraphClient, args: PartnerNetworkArgs): Promise<{ tree: Tree; truncated: boolean } | null> {
  const [row] = await graph.read({
    name: 'traversal_network_levels',
    text: textFor({ spec: networkTextSpec(args.scope), depth: args.depth }),
    params: { from: args.from, maxNodes: args.maxNodes, ...actorFilterParams(args.scope), ...asOfParams(args.scope.asOf) },
  });
  if (!row) return null;
  const tree: Tree = new Map();
  tree.set(args.from, { distance: 0, parentId: null, linkKind: null });
  let truncated = false;
  (row['levels'] as unknown as LevelEntry[][]).forEach((level, index) => {
    const room = args.maxNodes - tree.size;
    // Only the level that did not fit is cut, and the search stopped there (later levels are empty).
    const kept = level.length > room ? [...level].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id)).slice(0, room) : level;
    if (level.length > room) truncated = true;
    for (const entry of kept) tree.set(entry.id, { distance: index + 1, parentId: entry.parentId, linkKind: kindOfRank(entry.rank) });
  });
  return { tree, truncated };
}

/**
 * The distances of the shortest-path search, without parents yet: the kept set is the levels text's (whole
 * levels, the last cut by name and id), since both order by distance, name and id.
 */
async function shortestPathDistances(graph: GraphClient, args: PartnerNetworkArgs): Promise<{ distances: Map<string, number>; truncated: boolean } | null> {
  const [row] = await graph.read({
    name: 'traversal_network_shortest',
    text: shortestTextFor({ spec: networkTextSpec(args.scope), depth: args.depth }),
    params: { from: args.from, maxNodes: args.maxNodes, ...actorFilterParams(args.scope), ...asOfParams(args.scope.asOf) },
  });
  if (!row) return null;
  const found = row['found'] as unknown as Array<{ id: string; distance: number }>;
  const room = args.maxNodes - 1;
  const distances = new Map<string, number>([[args.from, 0], ...found.slice(0, room).map((f) => [f.id, f.distance] as [string, number])]);
  return { distances, truncated: found.length > room };
}

/**
 * The BFS parents from the links among the kept actors: the neighbour one step nearer with the smallest id, as
 * the levels text picks it. Null when an actor has none among the links (they were cut at MAX_NETWORK_LINKS).
 */
function parentsFromLinks(distances: ReadonlyMap<string, number>, links: readonly NetworkLinkRecord[]): Tree | null {
  const tree: Tree = new Map();
  for (const [id, distance] of distances) tree.set(id, { distance, parentId: null, linkKind: null });
  for (const link of links) {
    for (const [near, far] of [[link.source, link.target], [link.target, link.source]] as const) {
      const farPlace = tree.get(far);
      if (!farPlace || distances.get(near) !== farPlace.distance - 1) continue;
      if (farPlace.parentId === null || compareText(near, farPlace.parentId) < 0) tree.set(far, { ...farPlace, parentId: near, linkKind: link.kind });
    }
  }
  for (const place of tree.values()) if (place.distance > 0 && place.parentId === null) return null;
  return tree;
}

/**
 * Explores an actor's partner network breadth-first, every actor at its shortest distance, in two round trips:
 * the levels (one shortest-path search for collaboration networks, else the BFS levels written out), then the
 * actors and the links among them (findNetworkDetails). Null when `from` is not an actor.
 */
export async function explorePartnerNetwork(graph: GraphClient, args: PartnerNetworkArgs): Promise<PartnerNetworkRecord | null> {
  const shape = args.actorShape ?? 'full';
  let tree: Tree | null = null;
  let truncated = false;
  let details: NetworkDetails<AnyActorRecord> | null = null;
  if (!args.levelsOnly && shortestPathCase(networkTextSpec(args.scope))) {
    const found = await shortestPathDistances(graph, args);
    if (!found) return null;
    details = await findNetworkDetails(graph, [...found.distances.keys()], args.scope, shape);
    tree = details.linksCut ? null : parentsFromLinks(found.distances, details.links);
    truncated = found.truncated;
  }
  if (tree === null) {
    // Not the collaboration case, or the links were cut so the parents are unknown: the levels text gives them.
    const levels = await levelsTree(graph, args);
    if (!levels) return null;
    tree = levels.tree;
    truncated = levels.truncated;
    details = await findNetworkDetails(graph, [...tree.keys()], args.scope, shape);
  }
  if (!details || !details.actors.has(args.from)) return null;
  const members: NetworkMember[] = [];
  for (const [id, place] of tree) {
    const actor = details.actors.get(id);
    if (actor) members.push({ actor, ...place });
  }
  members.sort((a, b) => a.distance - b.distance || compareText(a.actor.name, b.actor.name) || compareText(a.actor.id, b.actor.id));
  return { members, links: details.links, truncated: truncated || details.linksCut };
}

/** Code-point order, the order Cypher's ORDER BY uses for strings, so TypeScript and Neo4j sort alike. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

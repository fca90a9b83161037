import type { GraphClient } from '../../graphClient';
import type { ActorRecordShape, AnyActorRecord } from '../records';
import { findNetworkDetails } from './findNetworkDetails';
import { actorFilter, kindOfRank, neighboursOf, networkTextSpec, specKey, textCache, type NetworkTextSpec } from './networkCypher';
import { actorFilterParams, asOfParams } from './traversalCypher';
import type { NetworkLinkKindValue, NetworkLinkRecord, NetworkScope } from './traversalRecords';

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

const textFor = textCache(
  ({ spec, depth }: LevelsTextArgs) => `${specKey(spec)}|${depth}`,
  ({ spec, depth }: LevelsTextArgs) => {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NETWORK_DEPTH) throw new RangeError(`depth must be 1..${MAX_NETWORK_DEPTH}, got ${depth}`);
    return levelsText(spec, depth);
  },
);

interface LevelEntry {
  id: string;
  name: string;
  parentId: string;
  rank: number;
}

/**
 * Explores an actor's partner network breadth-first, every actor at its shortest distance: one round trip for
 * the levels, one for the actors and the links among them (findNetworkDetails). Null when `from` is not an actor.
 */
export async function explorePartnerNetwork(graph: GraphClient, args: PartnerNetworkArgs): Promise<PartnerNetworkRecord | null> {
  const [row] = await graph.read({
    name: 'traversal_network_levels',
    text: textFor({ spec: networkTextSpec(args.scope), depth: args.depth }),
    params: { from: args.from, maxNodes: args.maxNodes, ...actorFilterParams(args.scope), ...asOfParams(args.scope.asOf) },
  });
  if (!row) return null;
  const tree = new Map<string, { distance: number; parentId: string | null; linkKind: NetworkLinkKindValue | null }>();
  tree.set(args.from, { distance: 0, parentId: null, linkKind: null });
  let truncated = false;
  (row['levels'] as unknown as LevelEntry[][]).forEach((level, index) => {
    const room = args.maxNodes - tree.size;
    // Only the level that did not fit is cut, and the search stopped there (later levels are empty).
    const kept = level.length > room ? [...level].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id)).slice(0, room) : level;
    if (level.length > room) truncated = true;
    for (const entry of kept) tree.set(entry.id, { distance: index + 1, parentId: entry.parentId, linkKind: kindOfRank(entry.rank) });
  });
  const details = await findNetworkDetails(graph, [...tree.keys()], args.scope, args.actorShape ?? 'full');
  if (!details.actors.has(args.from)) return null;
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

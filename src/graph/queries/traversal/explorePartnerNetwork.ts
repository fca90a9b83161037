import type { GraphClient } from '../../graphClient';
import type { ActorRecord } from '../records';
import { expandNetworkFrontier } from './expandNetworkFrontier';
import { findNetworkDetails } from './findNetworkDetails';
import type { NetworkLinkKindValue, NetworkLinkRecord, NetworkScope } from './traversalRecords';

/** An actor of a partner network with its place in the breadth-first tree (the center has no parent). */
export interface NetworkMember {
  actor: ActorRecord;
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
}

/**
 * Explores an actor's partner network breadth-first, one round trip per level (each level excludes what is
 * already visited, so every actor gets its shortest distance), then fetches the actors and the links among them
 * in one more: at most depth + 1 round trips. Null when `from` is not an actor.
 */
export async function explorePartnerNetwork(graph: GraphClient, args: PartnerNetworkArgs): Promise<PartnerNetworkRecord | null> {
  const tree = new Map<string, { distance: number; parentId: string | null; linkKind: NetworkLinkKindValue | null }>();
  tree.set(args.from, { distance: 0, parentId: null, linkKind: null });
  let frontier = [args.from];
  let truncated = false;
  for (let distance = 1; distance <= args.depth && frontier.length > 0 && !truncated; distance++) {
    const room = args.maxNodes - tree.size;
    // One more than fits tells that the level was cut.
    const steps = await expandNetworkFrontier(graph, { frontier, visited: [...tree.keys()], scope: args.scope, limit: room + 1 });
    if (steps.length > room) truncated = true;
    const kept = steps.slice(0, room);
    for (const step of kept) tree.set(step.id, { distance, parentId: step.parentId, linkKind: step.kind });
    frontier = kept.map((step) => step.id);
  }
  const details = await findNetworkDetails(graph, [...tree.keys()], args.scope);
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

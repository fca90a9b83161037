import type { GraphClient } from '../../graphClient';
import type { ActorRecord } from '../records';
import type { Reference } from '../references';
import { networkReferences } from './explorePartnerNetwork';
import { expandNetworkFrontier } from './expandNetworkFrontier';
import { findNetworkDetails } from './findNetworkDetails';
import type { FrontierStep, NetworkLinkRecord, NetworkScope } from './traversalRecords';
import type { NetworkLinkKindValue } from '../../../model';

/** The most actors one connection search may visit (both sides together) before it gives up. */
export const MAX_CONNECTION_VISITS = 20_000;

/** Raised when a connection search would visit more than MAX_CONNECTION_VISITS actors. */
export class ConnectionSearchTooLargeError extends Error {
  constructor(readonly visited: number) {
    super(`the connection search visited more than ${MAX_CONNECTION_VISITS} actors`);
    this.name = 'ConnectionSearchTooLargeError';
  }
}

export interface ConnectionHopRecord {
  from: ActorRecord;
  to: ActorRecord;
  kind: NetworkLinkKindValue;
  link: NetworkLinkRecord;
}

export interface ShortestConnectionArgs {
  from: string;
  to: string;
  maxHops: number;
  scope: NetworkScope;
}

interface Side {
  /** Each visited actor's distance from this side's root and the step that reached it. */
  visited: Map<string, { distance: number; step: FrontierStep | null }>;
  frontier: string[];
  level: number;
}

function newSide(root: string): Side {
  return { visited: new Map([[root, { distance: 0, step: null }]]), frontier: [root], level: 0 };
}

/**
 * One shortest connection between two actors over the scope's link kinds, each read undirected, or null when
 * there is none within maxHops. An unknown id (either actor, a filter's) is NOT_FOUND, an id of another kind
 * BAD_USER_INPUT (checked in the first round trip).
 *
 * Bidirectional breadth-first search: each round expands the smaller frontier by one whole level (one round
 * trip), until the two searches meet or their levels add up to maxHops. Expanding whole levels makes the first
 * meeting a shortest one: before it the visited sets were disjoint, so no connection is shorter than the two
 * levels together. Then one more round trip fetches the actors and links of the path: at most maxHops + 1 round
 * trips. Ties are broken by id, so the same graph always gives the same connection.
 */
export async function findShortestConnection(graph: GraphClient, args: ShortestConnectionArgs): Promise<ConnectionHopRecord[] | null> {
  const a = newSide(args.from);
  const b = newSide(args.to);
  let meeting: string | null = null;
  // The first round trip also checks the ids of the question (NOT_FOUND / BAD_USER_INPUT, see references.ts).
  const [fromReference, ...filterReferences] = networkReferences({ argument: 'from', id: args.from, label: 'Actor' }, args.scope);
  let references: Array<Reference | null> = [fromReference ?? null, { argument: 'to', id: args.to, label: 'Actor' }, ...filterReferences];
  while (meeting === null && a.level + b.level < args.maxHops && a.frontier.length > 0 && b.frontier.length > 0) {
    const [grow, other] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
    const room = MAX_CONNECTION_VISITS - a.visited.size - b.visited.size;
    const steps = await expandNetworkFrontier(graph, { frontier: grow.frontier, visited: [...grow.visited.keys()], scope: args.scope, limit: room + 1, references });
    references = [];
    if (steps.length > room) throw new ConnectionSearchTooLargeError(MAX_CONNECTION_VISITS);
    grow.level += 1;
    for (const step of steps) grow.visited.set(step.id, { distance: grow.level, step });
    grow.frontier = steps.map((step) => step.id);
    meeting = closestMeeting(steps, other);
  }
  if (meeting === null) return null;
  const hops = [...hopsFromRoot(a, meeting), ...hopsFromRoot(b, meeting).reverse().map((hop) => ({ fromId: hop.toId, toId: hop.fromId, kind: hop.kind }))];
  return explainHops(graph, hops, args.scope);
}

interface HopIds {
  fromId: string;
  toId: string;
  kind: NetworkLinkKindValue;
}

/** The hops from a side's root to `id`, following the search steps back. */
function hopsFromRoot(side: Side, id: string): HopIds[] {
  const hops: HopIds[] = [];
  let at = id;
  let step = side.visited.get(at)?.step ?? null;
  while (step !== null) {
    hops.unshift({ fromId: step.parentId, toId: at, kind: step.kind });
    at = step.parentId;
    step = side.visited.get(at)?.step ?? null;
  }
  return hops;
}

/** Among the newly reached actors the other side has visited, the one nearest to the other side's root (then by id). */
function closestMeeting(steps: readonly FrontierStep[], other: Side): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const step of steps) {
    const seen = other.visited.get(step.id);
    if (seen && (best === null || seen.distance < best.distance || (seen.distance === best.distance && step.id < best.id))) {
      best = { id: step.id, distance: seen.distance };
    }
  }
  return best?.id ?? null;
}

async function explainHops(graph: GraphClient, path: readonly HopIds[], scope: NetworkScope): Promise<ConnectionHopRecord[] | null> {
  const ids = [...new Set(path.flatMap((hop) => [hop.fromId, hop.toId]))];
  const details = await findNetworkDetails(graph, ids, scope);
  const hops: ConnectionHopRecord[] = [];
  for (const { fromId, toId, kind } of path) {
    // Links come ordered, so the first that matches is the same on every run; a cited one carries the hop before
    // a sample one of the same kind (two actors may share a cited and a sample cluster).
    const parallel = details.links.filter((l) => l.kind === kind && ((l.source === fromId && l.target === toId) || (l.source === toId && l.target === fromId)));
    const link = parallel.find((l) => !l.illustrative) ?? parallel[0];
    const from = details.actors.get(fromId);
    const to = details.actors.get(toId);
    // The graph changed between the search and this read: report no connection rather than a broken one.
    if (!link || !from || !to) return null;
    hops.push({ from, to, kind, link });
  }
  return hops;
}

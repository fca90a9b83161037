import type { GraphClient } from '../../graphClient';
import { kindOfRank } from '../../../model/linkKinds';
import type { ActorRecord } from '../records';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import { networkReferences } from './explorePartnerNetwork';
import { findNetworkDetails } from './findNetworkDetails';
import { hasScopeFilter, networkParams, SAMPLE_NETWORK_PARAMS } from './networkCypher';
import { KIND_CYPHER, kindGuard, linkPredicates } from './linkKindCypher';
import { linkKindSpec, NETWORK_LINK_KINDS, rankOfKind } from '../../../model/linkKinds';
import { cited } from './traversalCypher';
import type { FrontierStep, NetworkLinkRecord, NetworkScope } from './traversalRecords';
import type { NetworkLinkKindValue } from '../../../model';

/** The most actors one connection search may visit (both sides together) before it gives up. */
export const MAX_CONNECTION_VISITS = 20_000;

/** The most hops a connection may have: the search statement writes out one round of the search per hop. */
export const MAX_CONNECTION_HOPS = 6;

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
}

// The state the rounds carry: each side's frontier and visited actors (nodes), its levels so far as
// [id, parentId, rank] steps, whether the last round grew side a, and the two ways the search ends early.
const STATE = 'ca, cb, fa, fb, va, vb, levelsA, levelsB, lastA, met, tooLarge';

/** The kinds whose link is one relationship between the two actors (no shared cluster or project). */
const DIRECT_KINDS = NETWORK_LINK_KINDS.filter((kind) => linkKindSpec(kind).through === null);

/**
 * A subquery body over an imported frontier actor `f` that returns `n, rank` for every neighbour over the kinds
 * in `$linkKinds` (one row per link; the caller picks one). The direct kinds (collaboration, supply, spin-off)
 * are one expansion over their three relationship types together, each type's kind switch, validity and evidence
 * tested on the relationship; each kind through a shared node keeps its own branch, switched off before it
 * expands. So a round is three branches, not five: the search's planning time grows with the branches written
 * out (bench/README.md, session 11).
 */
function connectionNeighbours(): string {
  const types = DIRECT_KINDS.map((kind) => linkKindSpec(kind).relationshipType);
  const guards = DIRECT_KINDS.map((kind) => `(type(r) = '${linkKindSpec(kind).relationshipType}' AND '${kind}' IN $linkKinds AND ${linkPredicates(kind)})`);
  const ranks = DIRECT_KINDS.map((kind) => `WHEN '${linkKindSpec(kind).relationshipType}' THEN ${rankOfKind(kind)}`);
  const direct = `MATCH (f)-[r:${types.join('|')}]-(n:Actor)
      WHERE ${guards.join('\n        OR ')}
      RETURN n, CASE type(r) ${ranks.join(' ')} END AS rank`;
  const shared = NETWORK_LINK_KINDS.filter((kind) => linkKindSpec(kind).through !== null).map(
    (kind) => `${kindGuard(kind, 'f')}
      MATCH ${KIND_CYPHER[kind].pattern('f', 'n', false)}
      WHERE ${linkPredicates(kind)}
      RETURN n, ${rankOfKind(kind)} AS rank`,
  );
  return [direct, ...shared].join('\n    UNION ALL\n    ');
}

/**
 * One round of the bidirectional search: unless it has ended (met, too large, the levels add up to `$maxHops`, a
 * frontier is empty), the smaller frontier (a's on a tie) grows by one whole level. A neighbour comes once, with
 * one parent: the frontier actor with the smallest id, then the kind's rank (`min` of the pair), minus the actors
 * that side has visited, cited when asked (a connection's scope has no other actor filter). No row is sorted (a
 * sort charges every buffered row with the lists in scope: see levelText in explorePartnerNetwork.ts).
 */
function roundText(): string {
  return `WITH ${STATE}, met OR tooLarge OR size(levelsA) + size(levelsB) >= toInteger($maxHops) OR size(fa) = 0 OR size(fb) = 0 AS ended,
    size(fa) <= size(fb) AS growA
  CALL (fa, fb, va, vb, ended, growA) {
    UNWIND CASE WHEN ended THEN [] WHEN growA THEN fa ELSE fb END AS f
    CALL (f) {
      ${connectionNeighbours()}
    }
    WITH f, n, rank, CASE WHEN growA THEN va ELSE vb END AS visited
    WHERE n <> f AND NOT n IN visited AND ${cited('n')}
    WITH n, min([f.id, rank]) AS via
    RETURN collect([n, via[0], via[1]]) AS found
  }
  WITH ${STATE}, ended, growA, found, [x IN found | x[0]] AS reached,
    NOT ended AND size(found) > toInteger($maxVisits) - size(va) - size(vb) AS over
  WITH ca, cb,
    CASE WHEN ended OR NOT growA THEN fa ELSE reached END AS fa,
    CASE WHEN ended OR growA THEN fb ELSE reached END AS fb,
    CASE WHEN ended OR NOT growA THEN va ELSE va + reached END AS va,
    CASE WHEN ended OR growA THEN vb ELSE vb + reached END AS vb,
    CASE WHEN ended OR NOT growA THEN levelsA ELSE levelsA + [[x IN found | [x[0].id, x[1], x[2]]]] END AS levelsA,
    CASE WHEN ended OR growA THEN levelsB ELSE levelsB + [[x IN found | [x[0].id, x[1], x[2]]]] END AS levelsB,
    CASE WHEN ended THEN lastA ELSE growA END AS lastA,
    met OR (NOT ended AND any(n IN reached WHERE n IN (CASE WHEN growA THEN vb ELSE va END))) AS met,
    tooLarge OR over AS tooLarge`;
}

/**
 * The whole bidirectional breadth-first search in one statement, one round per possible hop written out (as the
 * partner network's levels text): each side's levels with the step that reached each actor, which side grew
 * last, whether the sides met, and whether the search would have visited more than `$maxVisits` actors. The
 * ids the question names are looked up in the same statement (REFERENCES_CALL); an unknown end leaves both
 * frontiers empty.
 */
const SEARCH = statementSet(
  'traversal_connection_search',
  [
    {
      variant: '',
      text: `OPTIONAL MATCH (ca:Actor {id: $from})
  OPTIONAL MATCH (cb:Actor {id: $to})
  WITH ca, cb, CASE WHEN ca IS NULL OR cb IS NULL THEN [] ELSE [ca] END AS fa, CASE WHEN ca IS NULL OR cb IS NULL THEN [] ELSE [cb] END AS fb,
    [ca] AS va, [cb] AS vb, [] AS levelsA, [] AS levelsB, true AS lastA, false AS met, false AS tooLarge
  ${Array.from({ length: MAX_CONNECTION_HOPS }, roundText).join('\n  ')}
  ${REFERENCES_CALL}
  RETURN levelsA, levelsB, lastA, met, tooLarge, references`,
    },
  ],
  { from: '', to: '', maxHops: 1, maxVisits: MAX_CONNECTION_VISITS, ...SAMPLE_NETWORK_PARAMS, ...SAMPLE_REFERENCES },
);

/** Every text this module runs (for plan warming and the snapshot test). */
export const CONNECTION_STATEMENTS = [SEARCH];

/** A side of the search from its root and its levels of [id, parentId, rank] steps. */
function sideOf(root: string, levels: ReadonlyArray<ReadonlyArray<[string, string, number]>>): Side {
  const visited: Side['visited'] = new Map([[root, { distance: 0, step: null }]]);
  levels.forEach((level, index) => {
    for (const [id, parentId, rank] of level) visited.set(id, { distance: index + 1, step: { id, parentId, kind: kindOfRank(rank) } });
  });
  return { visited };
}

/**
 * One shortest connection between two actors over the scope's link kinds, each read undirected, or null when
 * there is none within maxHops. An unknown id (either actor, a filter's) is NOT_FOUND, an id of another kind
 * BAD_USER_INPUT (checked in the first round trip).
 *
 * Bidirectional breadth-first search: each round expands the smaller frontier by one whole level, until the two
 * searches meet or their levels add up to maxHops. Expanding whole levels makes the first meeting a shortest
 * one: before it the visited sets were disjoint, so no connection is shorter than the two levels together. The
 * rounds run in one statement (SEARCH); a second round trip fetches the actors and links of the path: two round
 * trips. Ties are broken by id, so the same graph always gives the same connection.
 */
export async function findShortestConnection(graph: GraphClient, args: ShortestConnectionArgs): Promise<ConnectionHopRecord[] | null> {
  if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_CONNECTION_HOPS) throw new RangeError(`maxHops must be 1..${MAX_CONNECTION_HOPS}, got ${args.maxHops}`);
  // The search text tests no actor filter but evidence, and no kind filter (minWeight): a connection's scope has none.
  if (hasScopeFilter(args.scope) || args.scope.actorKinds !== null || args.scope.minWeight !== null) throw new RangeError('a connection search takes link kinds, asOf and evidence only');
  const [fromReference, ...filterReferences] = networkReferences({ argument: 'from', id: args.from, label: 'Actor' }, args.scope);
  const references: Array<Reference | null> = [fromReference ?? null, { argument: 'to', id: args.to, label: 'Actor' }, ...filterReferences];
  const [row] = await graph.read(
    SEARCH.statement('', { from: args.from, to: args.to, maxHops: args.maxHops, maxVisits: MAX_CONNECTION_VISITS, ...networkParams(args.scope), ...referenceParams(references) }),
  );
  checkReferences(references, row?.['references']);
  if (row?.['tooLarge'] === true) throw new ConnectionSearchTooLargeError(MAX_CONNECTION_VISITS);
  if (row?.['met'] !== true) return null;
  type Levels = Array<Array<[string, string, number]>>;
  const levelsA = (row['levelsA'] ?? []) as unknown as Levels;
  const levelsB = (row['levelsB'] ?? []) as unknown as Levels;
  const a = sideOf(args.from, levelsA);
  const b = sideOf(args.to, levelsB);
  // The meeting is among the last level of the side that grew last.
  const [grown, other] = row['lastA'] === true ? [levelsA, b] : [levelsB, a];
  const meeting = closestMeeting((grown.at(-1) ?? []).map(([id]) => id), other);
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
function closestMeeting(reached: readonly string[], other: Side): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const id of reached) {
    const seen = other.visited.get(id);
    if (seen && (best === null || seen.distance < best.distance || (seen.distance === best.distance && id < best.id))) {
      best = { id, distance: seen.distance };
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

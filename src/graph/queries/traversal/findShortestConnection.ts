import type { GraphClient } from '../../graphClient';
import { kindOfRank } from '../../../model/linkKinds';
import type { ActorRecord } from '../records';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import { networkReferences } from './explorePartnerNetwork';
import { detailsOfRow, MAX_NETWORK_LINKS, type NetworkDetails } from './findNetworkDetails';
import { actorFilter, linksAmong, networkParams, neighboursOf, SAMPLE_NETWORK_PARAMS } from './networkCypher';
import { inlineActorProjection } from '../projections';
import type { NetworkLinkRecord, NetworkScope } from './traversalRecords';
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

// The state the rounds carry: each side's frontier and visited actors (nodes), its levels so far as
// [id, parentId, rank] steps, whether the last round grew side a, and the two ways the search ends early.
const STATE = 'ca, cb, fa, fb, va, vb, levelsA, levelsB, lastA, met, tooLarge';

/**
 * One round of the bidirectional search: unless it has ended (met, too large, the levels add up to `$maxHops`, a
 * frontier is empty), the smaller frontier (a's on a tie) grows by one whole level. A neighbour comes once, with
 * one parent: the frontier actor with the smallest id, then the kind's rank (`min` of the pair), minus the actors
 * that side has visited, passing the scope's actor filters. No row is sorted (a sort charges every buffered row
 * with the lists in scope: see levelText in explorePartnerNetwork.ts).
 */
function roundText(): string {
  return `WITH ${STATE}, met OR tooLarge OR size(levelsA) + size(levelsB) >= toInteger($maxHops) OR size(fa) = 0 OR size(fb) = 0 AS ended,
    size(fa) <= size(fb) AS growA
  CALL (fa, fb, va, vb, ended, growA) {
    UNWIND CASE WHEN ended THEN [] WHEN growA THEN fa ELSE fb END AS f
    CALL (f) {
      ${neighboursOf()}
    }
    WITH f, n, rank, CASE WHEN growA THEN va ELSE vb END AS visited
    WHERE n <> f AND NOT n IN visited AND ${actorFilter('n')}
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
 * After the rounds: the connection itself, from the levels, as `hops` of [fromId, toId, rank] from `$from` to
 * `$to` (empty when the sides did not meet or the search was too large). The meeting is among the actors the last
 * round reached (the frontier of the side that grew last) that the other side has visited: the one nearest the
 * other side's root, then the smallest id. Each side's steps are followed back from the meeting through its levels
 * (a scan of one level per hop: at most six, each bounded by the visited bound).
 */
const PATH_TEXT = `WITH references, tooLarge, met AND NOT tooLarge AS found, lastA, levelsA, levelsB,
    CASE WHEN lastA THEN fa ELSE fb END AS grownFrontier,
    CASE WHEN lastA THEN vb ELSE va END AS otherVisited,
    CASE WHEN lastA THEN levelsB ELSE levelsA END AS otherLevels,
    CASE WHEN lastA THEN cb ELSE ca END AS otherRoot
  WITH references, tooLarge, found, lastA, levelsA, levelsB,
    [m IN [n IN grownFrontier WHERE found AND n IN otherVisited] |
      [CASE WHEN m = otherRoot THEN 0 ELSE head([i IN range(0, size(otherLevels) - 1) WHERE any(y IN otherLevels[i] WHERE y[0] = m.id)]) + 1 END, m.id]] AS candidates
  WITH references, tooLarge, found, lastA, levelsA, levelsB,
    reduce(best = null, c IN candidates | CASE WHEN best IS NULL OR c[0] < best[0] OR (c[0] = best[0] AND c[1] < best[1]) THEN c ELSE best END) AS candidate
  WITH references, tooLarge, levelsA, levelsB, candidate[1] AS meeting,
    CASE WHEN NOT found THEN 0 WHEN lastA THEN size(levelsA) ELSE candidate[0] END AS dA,
    CASE WHEN NOT found THEN 0 WHEN lastA THEN candidate[0] ELSE size(levelsB) END AS dB
  WITH references, tooLarge,
    reduce(steps = [], i IN range(dA - 1, 0, -1) | [head([y IN levelsA[i] WHERE y[0] = coalesce(steps[0][1], meeting)])] + steps) AS stepsA,
    reduce(steps = [], i IN range(dB - 1, 0, -1) | [head([y IN levelsB[i] WHERE y[0] = coalesce(steps[0][1], meeting)])] + steps) AS stepsB
  WITH references, tooLarge, [s IN stepsA | [s[1], s[0], s[2]]] + [s IN reverse(stepsB) | [s[0], s[1], s[2]]] AS hops
  WITH references, tooLarge, hops, CASE WHEN size(hops) = 0 THEN [] ELSE [h IN hops | h[0]] + [last(hops)[1]] END AS ids`;

/**
 * The whole bidirectional breadth-first search in one statement, one round per possible hop written out (as the
 * partner network's levels text), then the connection (PATH_TEXT) and its actors and links (the network details'
 * linksAmong over the path's ids, SAME_CLUSTER as pairwise links), and whether the search would have visited more
 * than `$maxVisits` actors. The ids the question names are looked up in the same statement (REFERENCES_CALL); an
 * unknown end leaves both frontiers empty. Only the path's few values come back, not the levels.
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
  ${PATH_TEXT}
  ${linksAmong('ids')}
  CALL (ids) {
    UNWIND ids AS id
    MATCH (a:Actor {id: id})
    RETURN collect(${inlineActorProjection('a')}) AS actors
  }
  RETURN tooLarge, hops, references, actors, links, linkTotal, membershipTotal`,
    },
  ],
  { from: '', to: '', maxHops: 1, maxVisits: MAX_CONNECTION_VISITS, ...SAMPLE_NETWORK_PARAMS, ...SAMPLE_REFERENCES, parents: {}, maxLinks: MAX_NETWORK_LINKS, clusterNodes: false },
);

/** Every text this module runs (for plan warming and the snapshot test). */
export const CONNECTION_STATEMENTS = [SEARCH];

/**
 * One shortest connection between two actors over the scope's link kinds, each read undirected, or null when
 * there is none within maxHops. An unknown id (either actor, a filter's) is NOT_FOUND, an id of another kind
 * BAD_USER_INPUT.
 *
 * Bidirectional breadth-first search: each round expands the smaller frontier by one whole level, until the two
 * searches meet or their levels add up to maxHops. Expanding whole levels makes the first meeting a shortest
 * one: before it the visited sets were disjoint, so no connection is shorter than the two levels together. The
 * rounds, the path read back from the levels and the path's actors and links run in one statement (SEARCH): one
 * round trip. Ties are broken by id, so the same graph always gives the same connection.
 */
export async function findShortestConnection(graph: GraphClient, args: ShortestConnectionArgs): Promise<ConnectionHopRecord[] | null> {
  if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_CONNECTION_HOPS) throw new RangeError(`maxHops must be 1..${MAX_CONNECTION_HOPS}, got ${args.maxHops}`);
  const [fromReference, ...filterReferences] = networkReferences({ argument: 'from', id: args.from, label: 'Actor' }, args.scope);
  const references: Array<Reference | null> = [fromReference ?? null, { argument: 'to', id: args.to, label: 'Actor' }, ...filterReferences];
  const [row] = await graph.read(
    SEARCH.statement('', {
      from: args.from,
      to: args.to,
      maxHops: args.maxHops,
      maxVisits: MAX_CONNECTION_VISITS,
      ...networkParams(args.scope),
      ...referenceParams(references),
      parents: {},
      maxLinks: MAX_NETWORK_LINKS,
      clusterNodes: false,
    }),
  );
  checkReferences(references, row?.['references']);
  if (row?.['tooLarge'] === true) throw new ConnectionSearchTooLargeError(MAX_CONNECTION_VISITS);
  const path = (row?.['hops'] ?? []) as unknown as Array<[string, string, number]>;
  if (path.length === 0) return null;
  const hops = path.map(([fromId, toId, rank]) => ({ fromId, toId, kind: kindOfRank(rank) }));
  return explainHops(hops, detailsOfRow(row) as NetworkDetails);
}

interface HopIds {
  fromId: string;
  toId: string;
  kind: NetworkLinkKindValue;
}

/** Each hop with its actors and link, from the details of the path's actors. */
function explainHops(path: readonly HopIds[], details: NetworkDetails): ConnectionHopRecord[] | null {
  const hops: ConnectionHopRecord[] = [];
  for (const { fromId, toId, kind } of path) {
    // Links come ordered, so the first that matches is the same on every run; a cited one carries the hop before
    // a sample one of the same kind (two actors may share a cited and a sample cluster).
    const parallel = details.links.filter((l) => l.kind === kind && ((l.source === fromId && l.target === toId) || (l.source === toId && l.target === fromId)));
    const link = parallel.find((l) => !l.illustrative) ?? parallel[0];
    const from = details.actors.get(fromId);
    const to = details.actors.get(toId);
    // Cannot happen within one statement; report no connection rather than a broken one all the same.
    if (!link || !from || !to) return null;
    hops.push({ from, to, kind, link });
  }
  return hops;
}

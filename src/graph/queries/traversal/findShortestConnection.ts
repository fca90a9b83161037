import type { GraphClient } from '../../graphClient';
import { kindOfRank } from '../../../model/linkKinds';
import type { ActorRecord } from '../records';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import { networkReferences } from './explorePartnerNetwork';
import { detailsOfRow, type NetworkDetails } from './findNetworkDetails';
import { hasScopeFilter, networkParams, SAMPLE_NETWORK_PARAMS } from './networkCypher';
import { KIND_CYPHER, kindGuard, linkPredicates } from './linkKindCypher';
import { linkKindSpec, NETWORK_LINK_KINDS, rankOfKind } from '../../../model/linkKinds';
import { cited, linkMap } from './traversalCypher';
import { inlineActorProjection } from '../projections';
import { linkTuple } from './networkCypher';
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

/** The kinds whose link is one relationship between the two actors (no shared cluster or project). */
const DIRECT_KINDS = NETWORK_LINK_KINDS.filter((kind) => linkKindSpec(kind).through === null);

/**
 * A subquery body over an imported frontier actor `f` that returns `n, rank` for every neighbour over the kinds
 * in `$linkKinds` (one row per link; the caller picks one). The direct kinds (collaboration, supply, spin-off)
 * are one expansion over their three relationship types together, each type's kind switch, validity and evidence
 * tested on the relationship; each kind through a shared node keeps its own branch, switched off before it
 * expands. So a round is three branches, not five: the search's planning time grew with the branches written
 * out (six rounds of five branches took 6–41 s to plan cold, docs/traversals.md).
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
 * After the rounds: the connection itself, from the levels, as `hops` of [fromId, toId, rank] from `$from` to
 * `$to` (empty when the sides did not meet or the search was too large), and `ids`, its actors in order. The
 * meeting is among the actors the last round reached (the frontier of the side that grew last) that the other
 * side has visited: the one nearest the other side's root, then the smallest id. Each side's steps are followed
 * back from the meeting through its levels (a scan of one level per hop: at most six, each bounded by the
 * visited bound).
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
 * The links of each hop's kind between the hop's two actors (`a` the one with the smaller id, as the network
 * details read them, so a two-relationship link merges its provenance in the same order), as linkTuple lists
 * ordered as the details order them: by source, target, rank and via. Only the hops' kinds are read, so this is
 * three branches, not the details statement's six with their sort over every link among the path's actors.
 */
function hopLinksText(): string {
  const direct = DIRECT_KINDS.map((kind) => ({ kind, type: linkKindSpec(kind).relationshipType, rank: rankOfKind(kind) }));
  const directMaps = direct.map(({ kind, type, rank }) => `WHEN '${type}' THEN ${linkMap({ via: "''", ...KIND_CYPHER[kind].link('a', 'b'), kind: `'${kind}'`, rank: String(rank) })}`);
  const directBranch = `WITH a, b WHERE rank IN [${direct.map((d) => d.rank).join(', ')}]
        MATCH (a)-[r:${direct.map((d) => d.type).join('|')}]-(b)
        WHERE ${direct.map(({ kind, type, rank }) => `(rank = ${rank} AND type(r) = '${type}' AND ${linkPredicates(kind)})`).join('\n          OR ')}
        RETURN CASE type(r) ${directMaps.join('\n          ')} END AS link`;
  const sharedBranches = NETWORK_LINK_KINDS.filter((kind) => linkKindSpec(kind).through !== null).map((kind) => {
    const fragments = KIND_CYPHER[kind];
    return `WITH a, b WHERE rank = ${rankOfKind(kind)}
        MATCH ${fragments.pattern('a', 'b', false)}
        WHERE ${linkPredicates(kind)}
        ${fragments.dedupe ? fragments.dedupe('a', 'b') : ''}
        RETURN ${linkMap({ via: "''", ...fragments.link('a', 'b'), kind: `'${kind}'`, rank: String(rankOfKind(kind)) })} AS link`;
  });
  return `CALL (hops) {
    UNWIND hops AS h
    MATCH (x:Actor {id: h[0]}), (y:Actor {id: h[1]})
    WITH h[2] AS rank, CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b
    CALL (a, b, rank) {
        ${[directBranch, ...sharedBranches].join('\n        UNION ALL\n        ')}
    }
    WITH link ORDER BY link.source, link.target, link.rank, link.via
    RETURN collect(${linkTuple('link')}) AS links
  }
  CALL (ids) {
    UNWIND ids AS id
    MATCH (a:Actor {id: id})
    RETURN collect(${inlineActorProjection('a')}) AS actors
  }`;
}

/**
 * The whole question in one statement: the bidirectional breadth-first search, one round per possible hop written
 * out (as the partner network's levels text), then the connection read back from the levels (PATH_TEXT) and its
 * actors and hop links (hopLinksText), and whether the search would have visited more than `$maxVisits` actors.
 * The ids the question names are looked up in the same statement (REFERENCES_CALL); an unknown end leaves both
 * frontiers empty. Only the path travels, not the levels. Cold, on a freshly started Neo4j under load, the text
 * plans for 20–40 s, past the query timeout, and Neo4j keeps nothing of a plan the timeout cut short: so the set is
 * `slowToPlan`, and the client plans it with the sample under a planning timeout before its first question
 * (graphClient.ts; bench/README.md, session 12).
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
  ${hopLinksText()}
  RETURN tooLarge, hops, references, actors, links, size(links) AS linkTotal, 0 AS membershipTotal`,
    },
  ],
  { from: '', to: '', maxHops: 1, maxVisits: MAX_CONNECTION_VISITS, ...SAMPLE_NETWORK_PARAMS, ...SAMPLE_REFERENCES },
  { slowToPlan: true },
);

/** Every text this module runs (for plan warming and the snapshot test). */
export const CONNECTION_STATEMENTS = [SEARCH];

/**
 * One shortest connection between two actors over the scope's link kinds, each read undirected, or null when
 * there is none within maxHops. An unknown id (either actor, a filter's) is NOT_FOUND, an id of another kind
 * BAD_USER_INPUT (checked in the same statement).
 *
 * Bidirectional breadth-first search: each round expands the smaller frontier by one whole level, until the two
 * searches meet or their levels add up to maxHops. Expanding whole levels makes the first meeting a shortest
 * one: before it the visited sets were disjoint, so no connection is shorter than the two levels together. The
 * rounds, the path and its actors and links run in one statement (SEARCH): one round trip. Ties are broken by id,
 * so the same graph always gives the same connection.
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

/** Each hop with its actors and link, from the path's actors and the links of the hops' kinds. */
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

import type { GraphClient } from '../../graphClient';
import { kindOfRank, NETWORK_LINK_KINDS } from '../../../model/linkKinds';
import { actorSummaryProjection, inlineActorProjection } from '../projections';
import type { ActorRecordShape, ActorSummaryRecord, AnyActorRecord } from '../records';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { ACTOR_RECORDS, detailsOfRow, detailsShape, findNetworkDetails, MAX_NETWORK_LINKS, type DetailsShape, type NetworkDetails } from './findNetworkDetails';
import { actorFilter, FIRST_LEVEL_TREE, hasScopeFilter, networkParams, neighboursOf, SAMPLE_NETWORK_PARAMS, subgraphLinks } from './networkCypher';
import { statementSet } from '../statementSet';
import { linkPredicates } from './linkKindCypher';
import type { ClusterRecord } from '../records';
import type { NetworkLinkKindValue, NetworkLinkRecord, NetworkMembershipRecord, NetworkScope } from './traversalRecords';

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
  /**
   * The breadth-first tree's links first (one per member but the center reached by an actor–actor link), then
   * the others by source, target, kind and via. No SAME_CLUSTER link: see `clusters` and `memberships`.
   */
  links: NetworkLinkRecord[];
  /** The clusters at least two members share (when SAME_CLUSTER is followed), by name then id, with how many memberships lead to each. */
  clusters: Array<{ cluster: ClusterRecord; memberCount: number }>;
  /** The members' memberships of `clusters`, the tree's first (a member reached through a cluster and its parent, in that cluster). */
  memberships: NetworkMembershipRecord[];
  /** True when maxNodes cut the last level reached. */
  truncatedActors: boolean;
  /** True when the links and memberships among the kept actors were more than MAX_NETWORK_LINKS together. */
  truncatedLinks: boolean;
  /** The actors reached, the center included: when actors were cut, every actor of the levels up to the one cut. */
  actorTotal: number;
  /** Every actor–actor link of the chosen kinds among the kept actors, before the cut. */
  linkTotal: number;
  /** Every membership of a shared cluster among the kept actors, before the cut. */
  membershipTotal: number;
}

export interface PartnerNetworkArgs {
  from: string;
  depth: number;
  maxNodes: number;
  scope: NetworkScope;
  /** Whole actor records (the default) or summaries, for a selection that asks only for id, kind and name. */
  actorShape?: ActorRecordShape;
  /**
   * Whether the links carry their fields beyond ends, kind and weight (topic, model, dates, sources, sample flag):
   * true unless the caller uses none of them (default true). A network of 500 collaborations read five properties
   * per link that a subgraph of ids and weights never shows.
   */
  linkFields?: boolean;
  /** Whether whole actor records carry their region, on the levels path (default true; see DetailsOptions.withRegion). */
  actorRegion?: boolean;
  /**
   * Whether the caller uses the links at all (default true): false when it shows none of the subgraph's edges,
   * clusters and memberships, their totals and cut, nor the rows' paths. Then a network of other kinds than
   * collaboration with summaries takes one statement (the levels, each actor with its summary) instead of two, and
   * `links`, `memberships`, `linkTotal`, `membershipTotal` and `truncatedLinks` come back empty (0, false).
   */
  links?: boolean;
  /** Always take the levels text, even where one shortest-path search would do (to cross-check the two). */
  levelsOnly?: boolean;
}

/** The ids a network question names, with the argument each comes from, for checkReferences. */
export function networkReferences(from: Reference | null, scope: NetworkScope): Array<Reference | null> {
  return [
    from,
    scope.clusterId === null ? null : { argument: 'filter.cluster', id: scope.clusterId, label: 'Cluster' },
    scope.regionId === null ? null : { argument: 'filter.region', id: scope.regionId, label: 'Region' },
    scope.technologyId === null ? null : { argument: 'filter.technology', id: scope.technologyId, label: 'Technology' },
    scope.stageId === null ? null : { argument: 'filter.stage', id: scope.stageId, label: 'ValueChainStage' },
  ];
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
function levelText(d: number): string {
  const p = d - 1;
  return `CALL (frontier${p}, visited${p}, cut${p}) {
    UNWIND CASE WHEN cut${p} THEN [] ELSE frontier${p} END AS step
    WITH step[0] AS f, step[1] AS fid
    CALL (f) {
      ${neighboursOf()}
    }
    WITH n, fid, rank
    WHERE NOT n IN visited${p} AND ${actorFilter('n')}
    WITH n, min([fid, rank]) AS via
    RETURN collect({ node: n, id: n.id, name: n.name, parentId: via[0], rank: via[1], actor: CASE WHEN $summaries THEN ${actorSummaryProjection('n')} END }) AS found${d}
  }
  WITH c, levels${p}, visited${p}, found${d}, cut${p} OR size(found${d}) > toInteger($maxNodes) - size(visited${p}) AS cut${d}
  WITH c, cut${d}, CASE WHEN cut${d} THEN [] ELSE [x IN found${d} | [x.node, x.id]] END AS frontier${d},
    visited${p} + [x IN found${d} | x.node] AS visited${d},
    levels${p} + [[x IN found${d} | { id: x.id, name: x.name, parentId: x.parentId, rank: x.rank, actor: x.actor }]] AS levels${d}`;
}

/**
 * The breadth-first levels in one statement, written out one `CALL` per level (a frontier and the visited list
 * carried from one to the next), so no level needs a round trip of its own. The ids the question names are
 * looked up at the end (REFERENCES_CALL): an unknown start leaves every level empty. With `$summaries` each entry
 * and the center carry the actor's summary record, for a caller that needs no links (no details statement).
 */
function levelsText(depth: number): string {
  const levels = Array.from({ length: depth }, (_, i) => levelText(i + 1)).join('\n  ');
  return `OPTIONAL MATCH (c:Actor {id: $from})
  WITH c, [[c, c.id]] AS frontier0, [c] AS visited0, c IS NULL AS cut0, [] AS levels0
  ${levels}
  ${REFERENCES_CALL}
  RETURN levels${depth} AS levels, CASE WHEN $summaries AND c IS NOT NULL THEN ${actorSummaryProjection('c')} END AS center, references`;
}

/**
 * A collaboration network in one statement: every actor within `depth` collaborations with its distance (`ANY
 * SHORTEST`, Neo4j's own breadth-first search), the nearest first by name and id, cut at maxNodes (the center
 * counts), how many there are at each distance, the kept actors' records, and every collaboration among them.
 * `filtered`: actor filters hold on every actor of a path after the center, as in the levels text, so a
 * filtered-out actor is not passed through; without them no step needs a node predicate (a label check on every
 * step doubled the search's db hits).
 *
 * The links are not sorted here (TypeScript sorts them): a sort charges every buffered row with every value in
 * scope, and the kept actors are a list in scope (see linkBranch). When there are more than `$maxLinks` none come
 * back, only their count: the parents are then not all known and the caller takes the levels text. The records
 * are summaries or whole by `$summary` (a CASE evaluates only its chosen branch, so one text serves both).
 */
function collaborationText(depth: number, filtered: boolean): string {
  const rel = `r:COLLABORATES_WITH WHERE ${linkPredicates('COLLABORATION')}`;
  const path = filtered ? `(c)(()-[${rel}]-(y:Actor WHERE ${actorFilter('y')})){1,${depth}}(n)` : `(c)-[${rel}]-{1,${depth}}(n:Actor)`;
  return `OPTIONAL MATCH (c:Actor {id: $from})
  CALL (c) {
    MATCH p = ANY SHORTEST ${path}
    WHERE n <> c
    WITH n, length(p) AS distance ORDER BY distance, n.name, n.id
    WITH collect([n, distance]) AS reached
    RETURN reached[0..toInteger($maxNodes) - 1] AS kept, reached[toInteger($maxNodes) - 1][1] AS cutAt,
      [d IN range(1, ${depth}) | size([x IN reached WHERE x[1] = d])] AS perDistance
  }
  WITH c, kept, cutAt, perDistance, CASE WHEN c IS NULL THEN [] ELSE [c] + [x IN kept | x[0]] END AS nodes
  CALL (nodes) {
    UNWIND nodes AS a
    MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
    WHERE b IN nodes AND a.id < b.id AND ${linkPredicates('COLLABORATION')}
    RETURN collect(CASE WHEN $linkFields THEN [${COLLABORATION_TUPLE.join(', ')}] ELSE [${COLLABORATION_TUPLE.slice(0, 3).join(', ')}] END) AS found
  }
  ${REFERENCES_CALL}
  RETURN [x IN kept | [x[0].id, x[1]]] AS distances, cutAt, perDistance,
    [a IN nodes | CASE WHEN $summary THEN ${actorSummaryProjection('a')} ELSE ${inlineActorProjection('a')} END] AS actors,
    CASE WHEN size(found) > toInteger($maxLinks) THEN [] ELSE found END AS links, size(found) AS linkTotal, references`;
}

/**
 * A collaboration of the collaboration text, `a` the end with the smaller id: the values NetworkLinkRecord needs.
 * Without `$linkFields` only the first three (ends and weight): what a subgraph of ids and weights needs.
 */
const COLLABORATION_TUPLE = ['a.id', 'b.id', 'r.weight', 'r.topic', 'r.model', 'r.since', 'r.until', 'coalesce(r.sources, [])', 'coalesce(r.illustrative, false)'];

/** The link record of a COLLABORATION_TUPLE, whole or of its first three values (the others then empty). */
function collaborationOf(values: readonly unknown[]): NetworkLinkRecord {
  const [source, target, weight, topic = null, model = null, since = null, until = null, sources = [], illustrative = false] = values as [
    string,
    string,
    number | null,
    (string | null)?,
    (string | null)?,
    (string | null)?,
    (string | null)?,
    string[]?,
    boolean?,
  ];
  return { kind: 'COLLABORATION', source, target, topic, weight, model, product: null, stage: null, cluster: null, project: null, since, until, sources, illustrative };
}

/** The link kinds by rank, as a Cypher list literal (the registry's fixed names). */
const KIND_BY_RANK = `[${NETWORK_LINK_KINDS.map((kind) => `'${kind}'`).join(', ')}]`;

/**
 * A depth-1 network in one statement: the center's neighbours as levelText(1) finds them (each once, with the
 * smallest rank of a link to it), by name and id, cut at maxNodes (the center counts, as the levels' room), then
 * the kept actors' records and the subgraph among them, the tree's links first. At depth 1 every kept actor's
 * parent is the center, so the tree is known inside the statement (`treeSteps`, FIRST_LEVEL_TREE) and the details
 * need no `$parents` and no second round trip. The sort here is over the center's neighbours only (a few hundred
 * rows at most), with nothing large in scope yet.
 */
function firstLevelText(shape: DetailsShape): string {
  return `OPTIONAL MATCH (c:Actor {id: $from})
  CALL (c) {
    WITH c AS f WHERE f IS NOT NULL
    CALL (f) {
      ${neighboursOf()}
    }
    WITH f, n, rank
    WHERE n <> f AND ${actorFilter('n')}
    WITH n, min(rank) AS rank
    ORDER BY n.name, n.id
    RETURN collect([n, rank]) AS found
  }
  WITH c, size(found) AS reached, found[0..toInteger($maxNodes) - 1] AS kept
  WITH c, reached, kept, CASE WHEN c IS NULL THEN [] ELSE [c] + [x IN kept | x[0]] END AS nodes, c.id AS cid,
    [x IN kept | [x[0].id, ${KIND_BY_RANK}[x[1]]]] AS treeSteps
  ${subgraphLinks(FIRST_LEVEL_TREE)}
  ${REFERENCES_CALL}
  RETURN [x IN kept | [x[0].id, x[1]]] AS level, reached, [a IN nodes | ${ACTOR_RECORDS[shape]}] AS actors,
    links, linkTotal, membershipTotal, references`;
}

const DEPTHS = Array.from({ length: MAX_NETWORK_DEPTH }, (_, i) => i + 1);

const LEVELS = statementSet(
  'traversal_network_levels',
  DEPTHS.map((depth) => ({ variant: `d${depth}`, text: levelsText(depth) })),
  { from: '', maxNodes: 1, summaries: false, ...SAMPLE_NETWORK_PARAMS, ...SAMPLE_REFERENCES },
);

const COLLABORATION = statementSet(
  'traversal_network_collaboration',
  DEPTHS.flatMap((depth) => [
    { variant: `d${depth}`, text: collaborationText(depth, false) },
    { variant: `d${depth}_filtered`, text: collaborationText(depth, true) },
  ]),
  { from: '', maxNodes: 1, maxLinks: MAX_NETWORK_LINKS, summary: true, linkFields: true, ...SAMPLE_NETWORK_PARAMS, ...SAMPLE_REFERENCES },
);

const FIRST_LEVEL = statementSet(
  'traversal_network_first_level',
  (['full', 'full_without_region', 'summary'] as const).map((shape) => ({ variant: shape, text: firstLevelText(shape) })),
  { from: '', maxNodes: 1, ...SAMPLE_NETWORK_PARAMS, ...SAMPLE_REFERENCES, maxLinks: MAX_NETWORK_LINKS },
);

/** Every text this module runs, by statement name (for plan warming and the snapshot test). */
export const PARTNER_NETWORK_STATEMENTS = [LEVELS, COLLABORATION, FIRST_LEVEL];

function checkedDepth(depth: number): number {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NETWORK_DEPTH) throw new RangeError(`depth must be 1..${MAX_NETWORK_DEPTH}, got ${depth}`);
  return depth;
}

interface LevelEntry {
  id: string;
  name: string;
  parentId: string;
  rank: number;
  /** With `$summaries`. */
  actor: ActorSummaryRecord | null;
}

type Tree = Map<string, { distance: number; parentId: string | null; linkKind: NetworkLinkKindValue | null }>;

/**
 * Whether the levels can come from one shortest-path search: collaborations only (a relationship per step, so a
 * quantified path pattern follows it) and no filter that needs a subquery per actor (cluster, region, technology,
 * stage: a path pattern's inline predicate cannot hold them). The common case; everything else takes the levels.
 */
function shortestPathCase(scope: NetworkScope): boolean {
  return scope.linkKinds.length === 1 && scope.linkKinds[0] === 'COLLABORATION' && !hasScopeFilter(scope);
}

interface Levels {
  tree: Tree;
  truncated: boolean;
  total: number;
  /** With `summaries`: the kept actors' summary records, the center's included. */
  summaries: Map<string, ActorSummaryRecord>;
}

/**
 * The BFS tree of the levels text: each actor's distance, parent and the link kind from the parent; with
 * `summaries`, the kept actors' summary records too.
 */
async function levelsTree(graph: GraphClient, args: PartnerNetworkArgs, summaries: boolean): Promise<Levels> {
  const references = networkReferences({ argument: 'from', id: args.from, label: 'Actor' }, args.scope);
  const [row] = await graph.read(
    LEVELS.statement(`d${checkedDepth(args.depth)}`, { from: args.from, maxNodes: args.maxNodes, summaries, ...networkParams(args.scope), ...referenceParams(references) }),
  );
  checkReferences(references, row?.['references']);
  const tree: Tree = new Map();
  tree.set(args.from, { distance: 0, parentId: null, linkKind: null });
  const records = new Map<string, ActorSummaryRecord>();
  const center = (row?.['center'] ?? null) as ActorSummaryRecord | null;
  if (center) records.set(center.id, center);
  let truncated = false;
  let total = 1;
  ((row?.['levels'] ?? []) as unknown as LevelEntry[][]).forEach((level, index) => {
    const room = args.maxNodes - tree.size;
    total += level.length;
    // Only the level that did not fit is cut, and the search stopped there (later levels are empty).
    const kept = level.length > room ? [...level].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id)).slice(0, room) : level;
    if (level.length > room) truncated = true;
    for (const entry of kept) {
      tree.set(entry.id, { distance: index + 1, parentId: entry.parentId, linkKind: kindOfRank(entry.rank) });
      if (entry.actor) records.set(entry.id, entry.actor);
    }
  });
  return { tree, truncated, total, summaries: records };
}

interface CollaborationNetwork {
  distances: Map<string, number>;
  truncated: boolean;
  total: number;
  details: NetworkDetails<AnyActorRecord>;
}

/**
 * The collaboration text's answer: the distances without parents yet (the kept set is the levels text's: whole
 * levels, the last cut by name and id, since both order by distance, name and id; so is the total), the records,
 * and the links in the details statement's order (by source, then target: every link is a collaboration).
 */
async function collaborationNetwork(graph: GraphClient, args: PartnerNetworkArgs, shape: ActorRecordShape): Promise<CollaborationNetwork> {
  const references = networkReferences({ argument: 'from', id: args.from, label: 'Actor' }, args.scope);
  const filtered = args.scope.actorKinds !== null || args.scope.citedOnly;
  const [row] = await graph.read(
    COLLABORATION.statement(`d${checkedDepth(args.depth)}${filtered ? '_filtered' : ''}`, {
      from: args.from,
      maxNodes: args.maxNodes,
      maxLinks: MAX_NETWORK_LINKS,
      summary: shape === 'summary',
      linkFields: args.linkFields ?? true,
      ...networkParams(args.scope),
      ...referenceParams(references),
    }),
  );
  checkReferences(references, row?.['references']);
  const kept = (row?.['distances'] ?? []) as unknown as Array<[string, number]>;
  const cutAt = (row?.['cutAt'] ?? null) as number | null;
  const perDistance = (row?.['perDistance'] ?? []) as unknown as number[];
  const distances = new Map<string, number>([[args.from, 0], ...kept]);
  const truncated = cutAt !== null;
  // As the levels text counts: every level up to the one that was cut (all of them when nothing was cut).
  const total = 1 + perDistance.slice(0, cutAt ?? args.depth).reduce((sum, n) => sum + n, 0);
  const actors = (row?.['actors'] ?? []) as unknown as AnyActorRecord[];
  const links = ((row?.['links'] ?? []) as unknown as unknown[][]).map(collaborationOf);
  links.sort((x, y) => compareText(x.source, y.source) || compareText(x.target, y.target));
  const linkTotal = (row?.['linkTotal'] ?? 0) as number;
  return {
    distances,
    truncated,
    total,
    details: { actors: new Map(actors.map((a) => [a.id, a])), links, memberships: [], linksCut: linkTotal > links.length, linkTotal, membershipTotal: 0 },
  };
}

interface FirstLevelNetwork {
  tree: Tree;
  truncated: boolean;
  total: number;
  details: NetworkDetails<AnyActorRecord>;
}

/** A depth-1 network's tree, cut, total and details from one statement (firstLevelText), as levelsTree and findNetworkDetails give them. */
async function firstLevelNetwork(graph: GraphClient, args: PartnerNetworkArgs, shape: ActorRecordShape): Promise<FirstLevelNetwork> {
  const references = networkReferences({ argument: 'from', id: args.from, label: 'Actor' }, args.scope);
  const [row] = await graph.read(
    FIRST_LEVEL.statement(detailsShape({ shape, withRegion: args.actorRegion ?? true }), {
      from: args.from,
      maxNodes: args.maxNodes,
      maxLinks: MAX_NETWORK_LINKS,
      ...networkParams(args.scope),
      ...referenceParams(references),
    }),
  );
  checkReferences(references, row?.['references']);
  const tree: Tree = new Map();
  tree.set(args.from, { distance: 0, parentId: null, linkKind: null });
  for (const [id, rank] of (row?.['level'] ?? []) as unknown as Array<[string, number]>) tree.set(id, { distance: 1, parentId: args.from, linkKind: kindOfRank(rank) });
  const reached = (row?.['reached'] ?? 0) as number;
  return { tree, truncated: reached > args.maxNodes - 1, total: 1 + reached, details: detailsOfRow(row) };
}

/**
 * The BFS parents from the links among the kept actors: the neighbour one step nearer with the smallest id, as
 * the levels text picks it (then the kind of smallest rank). Null when an actor has none among the links (they
 * were cut at MAX_NETWORK_LINKS).
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

/** Each kept actor's parent and the kind of the link to it, for the details statement's tree-first order. */
function parentsOf(tree: Tree): Record<string, [string, NetworkLinkKindValue]> {
  const parents: Record<string, [string, NetworkLinkKindValue]> = {};
  for (const [id, place] of tree) if (place.parentId !== null && place.linkKind !== null) parents[id] = [place.parentId, place.linkKind];
  return parents;
}

/**
 * Explores an actor's partner network breadth-first, every actor at its shortest distance. A collaboration
 * network takes one round trip (collaborationText: the search, the records and the links together), and so does
 * any network of depth 1 (firstLevelText: the center's neighbours, the records and the subgraph); any other takes
 * two: the BFS levels written out, then the actors and the links among them (findNetworkDetails), the tree's
 * links first. Throws NOT_FOUND for an unknown id in `from` or the filter, BAD_USER_INPUT for an id of
 * another kind (see checkReferences).
 */
export async function explorePartnerNetwork(graph: GraphClient, args: PartnerNetworkArgs): Promise<PartnerNetworkRecord> {
  const shape = args.actorShape ?? 'full';
  let tree: Tree | null = null;
  let truncatedActors = false;
  let actorTotal = 1;
  let details: NetworkDetails<AnyActorRecord> | null = null;
  if (!args.levelsOnly && shortestPathCase(args.scope)) {
    const found = await collaborationNetwork(graph, args, shape);
    details = found.details;
    tree = details.linksCut ? null : parentsFromLinks(found.distances, details.links);
    truncatedActors = found.truncated;
    actorTotal = found.total;
  }
  if (tree === null) {
    // Not the collaboration case, or the links were cut so the parents are unknown: the levels text gives them.
    // A caller that needs no links and only summaries has all it needs from the levels text: one round trip.
    const levelsSuffice = args.links === false && shape === 'summary';
    if (args.depth === 1 && !levelsSuffice && !args.levelsOnly) {
      // The explorer's first request: the tree is the center's, so one statement finds it and the details.
      const found = await firstLevelNetwork(graph, args, shape);
      return networkRecord(found.tree, found.details, found.truncated, found.total);
    }
    const levels = await levelsTree(graph, args, levelsSuffice);
    tree = levels.tree;
    truncatedActors = levels.truncated;
    actorTotal = levels.total;
    details = levelsSuffice
      ? { actors: levels.summaries, links: [], memberships: [], linksCut: false, linkTotal: 0, membershipTotal: 0 }
      : await findNetworkDetails(graph, [...tree.keys()], args.scope, { shape, withRegion: args.actorRegion ?? true, parents: parentsOf(tree), clusterNodes: true });
  }
  return networkRecord(tree, details, truncatedActors, actorTotal);
}

/** The record of a network's tree and details: the members in order, the tree's links first, the shared clusters. */
function networkRecord(tree: Tree, details: NetworkDetails<AnyActorRecord> | null, truncatedActors: boolean, actorTotal: number): PartnerNetworkRecord {
  const members: NetworkMember[] = [];
  for (const [id, place] of tree) {
    const actor = details?.actors.get(id);
    if (actor) members.push({ actor, ...place });
  }
  members.sort((a, b) => a.distance - b.distance || compareText(a.actor.name, b.actor.name) || compareText(a.actor.id, b.actor.id));
  const memberships = details?.memberships ?? [];
  return {
    members,
    links: treeFirst(details?.links ?? [], tree),
    clusters: sharedClusters(memberships),
    memberships,
    truncatedActors,
    truncatedLinks: details?.linksCut ?? false,
    actorTotal,
    linkTotal: details?.linkTotal ?? 0,
    membershipTotal: details?.membershipTotal ?? 0,
  };
}

/** The clusters the memberships lead to, by name then id, each with how many of them lead to it. */
function sharedClusters(memberships: readonly NetworkMembershipRecord[]): Array<{ cluster: ClusterRecord; memberCount: number }> {
  const byId = new Map<string, { cluster: ClusterRecord; memberCount: number }>();
  for (const { cluster } of memberships) {
    const entry = byId.get(cluster.id);
    if (entry) entry.memberCount += 1;
    else byId.set(cluster.id, { cluster, memberCount: 1 });
  }
  return [...byId.values()].sort((a, b) => compareText(a.cluster.name, b.cluster.name) || compareText(a.cluster.id, b.cluster.id));
}

/**
 * The links with the tree's first (the link from each member to its parent, of the parent's kind), each part in
 * the order it came: the order the details statement gives when it knows the parents, whichever way the tree
 * was found.
 */
function treeFirst(links: readonly NetworkLinkRecord[], tree: Tree): NetworkLinkRecord[] {
  const inTree = (link: NetworkLinkRecord): boolean => {
    const t = tree.get(link.target);
    const s = tree.get(link.source);
    return (t?.parentId === link.source && t.linkKind === link.kind) || (s?.parentId === link.target && s.linkKind === link.kind);
  };
  return [...links.filter(inTree), ...links.filter((link) => !inTree(link))];
}

/** Code-point order, the order Cypher's ORDER BY uses for strings, so TypeScript and Neo4j sort alike. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

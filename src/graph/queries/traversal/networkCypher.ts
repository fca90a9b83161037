/**
 * The network statements' shared parts (partnerNetwork, shortestConnection), assembled from the link-kind
 * registry's fragments (linkKindCypher.ts).
 *
 * One text serves every set of link kinds and filters: each kind's branch is switched by `$linkKinds`, each
 * filter by its boolean parameter (optionalPredicate). So the network statements are a few fixed texts (one per
 * depth where the depth is syntax), all planned before users arrive; docs/statements.md lists them.
 */
import { ACTOR_KIND_BY_LABEL } from '../../../model';
import { HIERARCHY_DEPTH, optionalPredicate } from '../optionalPredicate';
import { linkKindSpec, NETWORK_LINK_KINDS, rankOfKind, type NetworkLinkKindValue } from '../../../model/linkKinds';
import { isDirected, KIND_CYPHER, kindGuard, linkPredicates } from './linkKindCypher';
import { inlineClusterProjection } from '../projections';
import { asOfParams, LINK_KEYS, linkMap, validAt } from './traversalCypher';
import { OPEN_NETWORK_SCOPE, type NetworkScope } from './traversalRecords';

/** Every parameter the network texts read, from a scope: each filter's switch and a value of fixed type. */
export function networkParams(scope: NetworkScope): Record<string, unknown> {
  return {
    linkKinds: [...scope.linkKinds],
    ...asOfParams(scope.asOf),
    byKind: scope.actorKinds !== null,
    actorKinds: [...(scope.actorKinds ?? Object.values(ACTOR_KIND_BY_LABEL))],
    byCluster: scope.clusterId !== null,
    clusterId: scope.clusterId ?? '',
    byRegion: scope.regionId !== null,
    regionId: scope.regionId ?? '',
    byTechnology: scope.technologyId !== null,
    technologyId: scope.technologyId ?? '',
    byStage: scope.stageId !== null,
    stageId: scope.stageId ?? '',
    byWeight: scope.minWeight !== null,
    minWeight: scope.minWeight ?? 0,
    citedOnly: scope.citedOnly,
  };
}

/** Texts built on first use per spec (for statements outside the catalogue; the traversals' own are fixed sets). */
export function textCache<S>(keyOf: (spec: S) => string, build: (spec: S) => string): (spec: S) => string {
  const texts = new Map<string, string>();
  return (spec) => {
    const key = keyOf(spec);
    let text = texts.get(key);
    if (text === undefined) {
      text = build(spec);
      texts.set(key, text);
    }
    return text;
  };
}

/** networkParams of a scope with every kind and no filter: the types every call passes, for sample runs. */
export const SAMPLE_NETWORK_PARAMS: Readonly<Record<string, unknown>> = networkParams(OPEN_NETWORK_SCOPE);

/** True when one of the filters that need a subquery per actor (cluster, region, technology, stage) is given. */
export function hasScopeFilter(scope: NetworkScope): boolean {
  return scope.clusterId !== null || scope.regionId !== null || scope.technologyId !== null || scope.stageId !== null;
}

/**
 * The actor filters on actor `n`, each switched by its parameter: kinds, a membership of `$clusterId` valid on
 * `$asOf`, a location in `$regionId` or a sub-region, a specialisation in `$technologyId` or a narrower
 * technology, activity in `$stageId`, and no sample data when `$citedOnly`.
 */
export function actorFilter(n: string): string {
  return [
    optionalPredicate('byKind', `${n}.kind IN $actorKinds`),
    optionalPredicate('byCluster', `EXISTS { MATCH (${n})-[mf:MEMBER_OF]->(:Cluster {id: $clusterId}) WHERE ${validAt('mf')} }`),
    optionalPredicate('byRegion', `EXISTS { MATCH (${n})-[:LOCATED_IN]->(:Region)-[:PART_OF*0..${HIERARCHY_DEPTH}]->(:Region {id: $regionId}) }`),
    optionalPredicate('byTechnology', `EXISTS { MATCH (${n})-[:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..${HIERARCHY_DEPTH}]->(:Technology {id: $technologyId}) }`),
    optionalPredicate('byStage', `EXISTS { MATCH (${n})-[:ACTIVE_IN]->(:ValueChainStage {id: $stageId}) }`),
    optionalPredicate('citedOnly', `NOT coalesce(${n}.illustrative, false)`),
  ].join('\n      AND ');
}

/**
 * A subquery body over an imported actor `f` that returns `n, rank` for every neighbour over the kinds in
 * `$linkKinds` (one row per link; the caller picks one). Repeats are harmless, so UNION ALL spares the
 * deduplication. A kind not asked for is switched off before its branch expands anything.
 */
export function neighboursOf(): string {
  return NETWORK_LINK_KINDS.map(
    (kind, rank) => `${kindGuard(kind, 'f')}
      MATCH ${KIND_CYPHER[kind].pattern('f', 'n', false)}
      WHERE ${linkPredicates(kind)}
      RETURN n, ${rank} AS rank`,
  ).join('\n    UNION ALL\n    ');
}

/**
 * Every link of one kind between two of the actors `$ids`, as a link map. Undirected kinds come once, from the
 * end with the smaller id; directed kinds follow the stored direction.
 *
 * The ids travel as a parameter, not as a list variable of the statement: Neo4j's memory accounting charges each
 * row the link sort buffers with every value in scope, and a list of 1000 nodes in scope took 5000 buffered links
 * over the transaction memory limit.
 */
function linkBranch(kind: (typeof NETWORK_LINK_KINDS)[number], rank: number): string {
  const fragments = KIND_CYPHER[kind];
  const directed = isDirected(kind);
  // With $clusterNodes, SAME_CLUSTER comes as memberships (membershipBranch), not as pairwise links.
  const switched = kind === 'SAME_CLUSTER' ? `NOT $clusterNodes AND '${kind}' IN $linkKinds` : `'${kind}' IN $linkKinds`;
  const matched = ['b', ...fragments.relationships, ...(fragments.shared ? [fragments.shared] : [])].join(', ');
  // Each actor's links are expanded from it and only then kept when the other end is one of $ids. Matched in one
  // pattern with \`b.id IN $ids\`, the planner sought b by id for every a and joined the pairs (Expand(Into)): the
  // ids come inside the map parameter $q, whose size it cannot see, so it guesses a short list. For 1000 ids
  // around a hub with 718 collaborations (100k actors) that was 1,000,000 pairs and 12.3M db hits, 8.6 s; from
  // each actor, 38k db hits, 0.34 s. The subquery keeps the filter from being planned as a seek.
  return `UNWIND $ids AS id
      MATCH (a:Actor {id: id})
      WHERE ${switched}
      CALL (a) { MATCH ${fragments.pattern('a', 'b', directed)} RETURN ${matched} }
      WITH * WHERE ${directed ? '' : 'a.id < b.id AND '}b.id IN $ids AND ${linkPredicates(kind)}
      ${fragments.dedupe ? fragments.dedupe('a', 'b') : ''}
      RETURN ${linkMap({ via: "''", ...fragments.link('a', 'b'), kind: `'${kind}'`, rank: String(rank) })} AS link, null AS tree`;
}

/** The `kind` of a membership in the links list (not a NetworkLinkKind: see membershipBranch). */
export const MEMBERSHIP_KIND = 'MEMBERSHIP';

/**
 * How a subgraph statement tells the breadth-first tree's links and memberships from the rest (they come first).
 * Fixed Cypher over fixed variable names, never input.
 */
export interface TreeTest {
  /** True when link map `link` joins an actor to its parent with the parent's kind. */
  link(link: string): string;
  /** True when actor id `aid`'s membership of a cluster whose member ids are `memberIds` carries a tree step. */
  membership(aid: string, memberIds: string): string;
}

/** The tree from `$parents` (each kept actor's id → [parent id, kind]), as the caller found it. */
export const PARENTS_TREE: TreeTest = {
  link: (link) => `$parents[${link}.target] = [${link}.source, ${link}.kind] OR $parents[${link}.source] = [${link}.target, ${link}.kind]`,
  membership: (aid, memberIds) =>
    `($parents[${aid}][1] = 'SAME_CLUSTER' AND $parents[${aid}][0] IN ${memberIds}) OR any(y IN ${memberIds} WHERE $parents[y] = [${aid}, 'SAME_CLUSTER'])`,
};

/**
 * The tree of a depth-1 network found in the same statement: every kept actor's parent is the center (its id in
 * variable `cid`), `treeSteps` lists each kept actor's [id, kind of the link to the center].
 */
export const FIRST_LEVEL_TREE: TreeTest = {
  link: (link) => `(${link}.source = cid AND [${link}.target, ${link}.kind] IN treeSteps) OR (${link}.target = cid AND [${link}.source, ${link}.kind] IN treeSteps)`,
  membership: (aid, memberIds) =>
    `([${aid}, 'SAME_CLUSTER'] IN treeSteps AND cid IN ${memberIds}) OR (${aid} = cid AND any(y IN ${memberIds} WHERE [y, 'SAME_CLUSTER'] IN treeSteps))`,
};

/**
 * SAME_CLUSTER through the cluster (with `$clusterNodes`): for every cluster at least two of the actors `$ids`
 * are members of (valid on `$asOf`, cited when asked), one membership per member, as a link map from the actor
 * (`source`) to the cluster (`target`) of kind MEMBERSHIP_KIND and SAME_CLUSTER's rank, so it sorts and is cut
 * with the links. Of two stored memberships of one cluster the latest counts, as for the pairwise link. `tree`:
 * the membership carries a breadth-first step through this cluster, the actor's own (its parent is a member
 * too) or its child's.
 */
function membershipBranch(fromNodes: boolean, tree: TreeTest = PARENTS_TREE): string {
  const kind = 'SAME_CLUSTER';
  const rank = NETWORK_LINK_KINDS.indexOf(kind);
  // From the nodes (subgraphLinks), the switch comes before the expansion: a kind not asked for reads nothing.
  const matched = !fromNodes
      ? `UNWIND $ids AS id
      MATCH (a:Actor {id: id})-[m:MEMBER_OF]->(k:Cluster)
      WHERE $clusterNodes AND '${kind}' IN $linkKinds AND `
      : `UNWIND nodes AS a
      WITH a WHERE '${kind}' IN $linkKinds
      MATCH (a)-[m:MEMBER_OF]->(k:Cluster)
      WHERE `;
  return `${matched}${validAt('m')} AND ${optionalPredicate('citedOnly', 'NOT coalesce(m.illustrative, false)')}
      WITH a, k, m ORDER BY m.validFrom DESC
      WITH a, k, head(collect(m)) AS m
      WITH k, collect([a.id, m]) AS members
      WHERE size(members) >= 2
      WITH k, members, [x IN members | x[0]] AS memberIds
      UNWIND members AS x
      WITH k, memberIds, x[0] AS aid, x[1] AS m
      RETURN ${linkMap({ kind: `'${MEMBERSHIP_KIND}'`, rank: String(rank), via: 'k.id', source: 'aid', target: 'k.id', cluster: inlineClusterProjection('k'),
        since: 'm.since', until: 'm.until', sources: 'coalesce(m.sources, [])', illustrative: 'coalesce(m.illustrative, false)' })} AS link,
        coalesce(${tree.membership('aid', 'memberIds')}, false) AS tree`;
}

/**
 * A link map as a list of its values in LINK_KEYS order. Hundreds of links with sixteen keys each spent most of
 * a network request decoding the same key names in the driver; a list carries the values only (linkFromTuple
 * restores the map).
 */
export function linkTuple(link: string): string {
  return `[${LINK_KEYS.map((key) => `${link}.${key}`).join(', ')}]`;
}

/** The link map of a linkTuple list. */
export function linkFromTuple(values: readonly unknown[]): Record<(typeof LINK_KEYS)[number], unknown> {
  // A plain loop: this runs for every link of every network request, and the entries array per link showed in the profile.
  const link: Record<string, unknown> = {};
  for (let i = 0; i < LINK_KEYS.length; i++) link[LINK_KEYS[i] as string] = values[i] ?? null;
  return link as Record<(typeof LINK_KEYS)[number], unknown>;
}

/**
 * The end of linksAmong and subgraphLinks: the breadth-first tree's links first, then the rest in a fixed order,
 * cut at `$maxLinks`, with the totals before the cut (links and memberships apart).
 */
function cutLinks(tree: TreeTest = PARENTS_TREE): string {
  return `WITH link, CASE WHEN coalesce(tree, ${tree.link('link')}) THEN 0 ELSE 1 END AS tier
    ORDER BY tier, link.source, link.target, link.rank, link.via
    WITH collect(${linkTuple('link')}) AS found
    RETURN found[0..toInteger($maxLinks)] AS links, size([t IN found WHERE t[0] <> '${MEMBERSHIP_KIND}']) AS linkTotal,
      size([t IN found WHERE t[0] = '${MEMBERSHIP_KIND}']) AS membershipTotal`;
}

/**
 * A `CALL` that returns `links` (each a linkTuple), at most `$maxLinks`, `linkTotal` and `membershipTotal`:
 * every link of the kinds in `$linkKinds` among the actors `$ids`, SAME_CLUSTER as memberships when
 * `$clusterNodes` (membershipBranch). The links of the breadth-first tree come first (`$parents` maps
 * each actor to its parent: the link between them, of the parent's kind), then the others by source, target, kind
 * rank and via, so a cut never drops a tree link while others are kept. Put it where nothing large is in scope
 * (see linkBranch).
 */
export function linksAmong(): string {
  const branches = [...NETWORK_LINK_KINDS.map((kind, rank) => linkBranch(kind, rank)), membershipBranch(false)].join('\n      UNION ALL\n      ');
  return `CALL () {
    CALL () {
      ${branches}
    }
    ${cutLinks()}
  }`;
}

/** The kinds whose link is one relationship between the two actors (no shared cluster or project). */
const DIRECT_KINDS: readonly NetworkLinkKindValue[] = NETWORK_LINK_KINDS.filter((kind) => linkKindSpec(kind).through === null);

/** The kinds through a shared node that a subgraph links pairwise: every one but SAME_CLUSTER (memberships). */
const PAIRWISE_SHARED_KINDS: readonly NetworkLinkKindValue[] = NETWORK_LINK_KINDS.filter((kind) => linkKindSpec(kind).through !== null && kind !== 'SAME_CLUSTER');

/**
 * Every link of a direct kind in `$linkKinds` among the actor nodes `nodes`, as link maps: each stored
 * relationship is expanded once, from its start node, over all direct types in one pattern. The floor's plan:
 * one expansion per kind read every actor's relationships once per kind (2,128–3,663 db hits each for the
 * explorer's 105 actors), undirected collaborations were found from both ends and then halved by comparing
 * ids, and every row read the other end's id to test it against `$ids`; here `b IN nodes` compares nodes.
 */
function directNodeBranch(): string {
  const types = DIRECT_KINDS.map((kind) => linkKindSpec(kind).relationshipType).join('|');
  const guards = DIRECT_KINDS.map((kind) => {
    // An undirected link with both ends on one actor was never one (the smaller id comes first).
    const loop = isDirected(kind) ? '' : ' AND a <> b';
    return `(type(r) = '${linkKindSpec(kind).relationshipType}' AND '${kind}' IN $linkKinds${loop} AND ${linkPredicates(kind)})`;
  });
  const maps = DIRECT_KINDS.map(
    (kind) => `WHEN '${linkKindSpec(kind).relationshipType}' THEN ${linkMap({ via: "''", ...KIND_CYPHER[kind].link('a', 'b'), kind: `'${kind}'`, rank: String(rankOfKind(kind)) })}`,
  );
  return `UNWIND nodes AS a
        MATCH (a)-[r:${types}]->(b)
        WHERE b IN nodes AND (${guards.join('\n          OR ')})
        RETURN CASE type(r) ${maps.join('\n          ')} END AS link, null AS tree`;
}

/**
 * Every link of a kind through a shared node (JOINT_PROJECT; SAME_CLUSTER only as memberships, see
 * membershipBranch) among the actor nodes `nodes`, from the end with the smaller id. The kind's switch comes
 * before the expansion, so a kind not asked for reads nothing.
 */
function sharedNodeBranch(kind: NetworkLinkKindValue): string {
  const fragments = KIND_CYPHER[kind];
  const matched = ['b', ...fragments.relationships, ...(fragments.shared ? [fragments.shared] : [])].join(', ');
  return `UNWIND nodes AS a
        WITH a WHERE '${kind}' IN $linkKinds
        CALL (a) { MATCH ${fragments.pattern('a', 'b', false)} RETURN ${matched} }
        WITH * WHERE b IN nodes AND a.id < b.id AND ${linkPredicates(kind)}
        ${fragments.dedupe ? fragments.dedupe('a', 'b') : ''}
        RETURN ${linkMap({ via: "''", ...fragments.link('a', 'b'), kind: `'${kind}'`, rank: String(rankOfKind(kind)) })} AS link, null AS tree`;
}

/**
 * linksAmong for a partner network's subgraph (SAME_CLUSTER as memberships, always), over the actor nodes
 * `nodes` bound by the caller: the same links, order, cut and totals. The branches take the nodes, not `$ids`
 * (no actor is looked up again per kind); the sort runs on rows that carry only the link (`WITH link, tree`), so
 * Neo4j's memory accounting does not charge each buffered row with the node list (see linkBranch).
 */
export function subgraphLinks(tree: TreeTest = PARENTS_TREE): string {
  const firstLevel = tree === FIRST_LEVEL_TREE;
  const branches = [directNodeBranch(), ...PAIRWISE_SHARED_KINDS.map(sharedNodeBranch), membershipBranch(true, tree)].join('\n        UNION ALL\n        ');
  // FIRST_LEVEL_TREE reads `cid` and `treeSteps` (a list of the kept actors' size); cutLinks' first WITH drops them before the sort.
  const imported = firstLevel ? 'nodes, cid, treeSteps' : 'nodes';
  return `CALL (${imported}) {
    CALL (${imported}) {
        ${branches}
    }
    WITH link, tree${firstLevel ? ', cid, treeSteps' : ''}
    ${cutLinks(tree)}
  }`;
}


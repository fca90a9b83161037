import type { GraphQLResolveInfo } from 'graphql';
import { explorePartnerNetwork, type ClusterRecord, type NetworkLinkRecord, type NetworkMember, type NetworkMembershipRecord } from '../../graph';
import { linkKindSpec } from '../../model/linkKinds';
import type { NetworkPathStep, QueryPartnerNetworkArgs, ResolversTypes } from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { checkId } from '../inputValidation';
import { SAMPLE_MARK } from './hopSentences';
import { actorPaths, selectionTree, selectsBelow, selectsOnlyActorSummary, treeSelectsBeyond } from '../lookAhead';
import { decodeNetworkCursor, encodeNetworkCursor, isAfter, networkQuestionKey } from './networkCursor';
import { networkScopeOf } from './networkScopeArgs';
import { toSubgraphEdge, toSubgraphMembership } from './networkLinkView';
import { checkBound } from './traversalBounds';
import { pageInfo } from '../pageInfo';

/** A path step as the resolvers hand it on: the cluster as its record (the Cluster type's model). */
interface Step {
  linkKind: NetworkPathStep['linkKind'];
  actorId: string;
  actorName: string;
  illustrative: boolean;
  cluster: ClusterRecord | null;
}

type SharedClusterOf = (a: string, b: string) => { cluster: ClusterRecord; illustrative: boolean } | null;

/**
 * The cluster a SAME_CLUSTER step runs through, from the memberships: of the clusters both ends are members of, a
 * cited pair first (as a connection's hop prefers a cited link), then the smallest id. The pair is sample data
 * when either membership is, so the step is sample data only when every shared cluster's pair is. The memberships
 * of a breadth-first step come first in the subgraph, so a cut never loses them.
 */
function sharedClusterOf(memberships: readonly NetworkMembershipRecord[]): SharedClusterOf {
  const clustersOf = new Map<string, Map<string, NetworkMembershipRecord>>();
  for (const membership of memberships) {
    const own = clustersOf.get(membership.actorId) ?? new Map<string, NetworkMembershipRecord>();
    own.set(membership.cluster.id, membership);
    clustersOf.set(membership.actorId, own);
  }
  return (a, b) => {
    const ofB = clustersOf.get(b);
    const pairs = [...(clustersOf.get(a)?.values() ?? [])].flatMap((m) => {
      const other = ofB?.get(m.cluster.id);
      return other ? [{ cluster: m.cluster, illustrative: m.illustrative || other.illustrative }] : [];
    });
    pairs.sort((x, y) => Number(x.illustrative) - Number(y.illustrative) || (x.cluster.id < y.cluster.id ? -1 : x.cluster.id > y.cluster.id ? 1 : 0));
    return pairs[0] ?? null;
  };
}

/** One step of a path in words: `–collaboration→ Infineon`, `–same cluster (Silicon Saxony)→ Infineon`, `–supply (sample)→ X`. */
function stepWords(step: Step): string {
  const words = linkKindSpec(step.linkKind).words;
  return `–${step.cluster ? `${words} (${step.cluster.name})` : words}${step.illustrative ? SAMPLE_MARK : ''}→ ${step.actorName}`;
}

const pairKey = (kind: string, a: string, b: string): string => `${kind} ${a < b ? a : b} ${a < b ? b : a}`;

/**
 * The breadth-first path from the center to each member, as steps (empty for the center). A step is sample data
 * when every link of its kind between the two actors is (a cited one among them carries it); a SAME_CLUSTER step
 * asks the memberships (clusterOf).
 */
function pathsFromCenter(members: readonly NetworkMember[], links: readonly NetworkLinkRecord[], clusterOf: SharedClusterOf): Map<string, Step[]> {
  const byId = new Map(members.map((m) => [m.actor.id, m]));
  const sampleOnly = new Map<string, boolean>();
  for (const link of links) {
    const key = pairKey(link.kind, link.source, link.target);
    sampleOnly.set(key, (sampleOnly.get(key) ?? true) && link.illustrative);
  }
  const paths = new Map<string, Step[]>();
  const pathOf = (member: NetworkMember): Step[] => {
    const known = paths.get(member.actor.id);
    if (known) return known;
    const parent = member.parentId === null ? undefined : byId.get(member.parentId);
    const shared = parent && member.linkKind === 'SAME_CLUSTER' ? clusterOf(parent.actor.id, member.actor.id) : null;
    const illustrative = shared ? shared.illustrative : parent && member.linkKind ? (sampleOnly.get(pairKey(member.linkKind, parent.actor.id, member.actor.id)) ?? false) : false;
    const step = parent && member.linkKind ? { linkKind: member.linkKind, actorId: member.actor.id, actorName: member.actor.name, illustrative, cluster: shared?.cluster ?? null } : null;
    const path = parent && step ? [...pathOf(parent), step] : [];
    paths.set(member.actor.id, path);
    return path;
  };
  for (const member of members) pathOf(member);
  return paths;
}

/** The SubgraphEdge fields a link's ends, kind and weight answer (`directed` comes from the kind). */
const EDGE_WITHOUT_LINK_FIELDS: ReadonlySet<string> = new Set(['__typename', 'source', 'target', 'linkKind', 'directed', 'weight']);
/** The PartnerNetworkRow fields that need no link field (the first hop is the path's first actor, not its links' fields). */
const ROW_WITHOUT_LINK_FIELDS: ReadonlySet<string> = new Set(['__typename', 'cursor', 'node', 'distance', 'firstHop']);

/**
 * Whether a partnerNetwork selection uses the links' fields beyond ends, kind and weight: its subgraph's edges ask
 * for one, or its rows ask for their path (`via`, `viaSummary`: a step says whether it rests on sample data).
 */
function usesLinkFields(info: GraphQLResolveInfo): boolean {
  const tree = selectionTree(info);
  return treeSelectsBeyond(tree, ['subgraph', 'edges'], EDGE_WITHOUT_LINK_FIELDS) || treeSelectsBeyond(tree, ['rows', 'edges'], ROW_WITHOUT_LINK_FIELDS);
}

/** The PartnerNetwork fields that need no link (the cut of the actors and their total come with the levels). */
const NETWORK_WITHOUT_LINKS: ReadonlySet<string> = new Set(['__typename', 'center', 'depth', 'subgraph', 'rows', 'truncatedActors', 'actorTotal']);
const SUBGRAPH_WITHOUT_LINKS: ReadonlySet<string> = new Set(['__typename', 'nodes']);

/**
 * Whether a partnerNetwork selection uses the links at all: the subgraph's edges, clusters or memberships, the
 * totals and cut of links (`truncated` included), or the rows' paths. A network of ids and distances (the load
 * test's) uses none.
 */
function usesLinks(info: GraphQLResolveInfo): boolean {
  const tree = selectionTree(info);
  return (
    treeSelectsBeyond(tree, [], NETWORK_WITHOUT_LINKS) ||
    treeSelectsBeyond(tree, ['subgraph'], SUBGRAPH_WITHOUT_LINKS) ||
    treeSelectsBeyond(tree, ['rows', 'edges'], ROW_WITHOUT_LINK_FIELDS)
  );
}

/** `Query.partnerNetwork`: explore (unknown ids are errors, see explorePartnerNetwork), then cut the rows into a page. */
export async function partnerNetwork(_root: unknown, args: QueryPartnerNetworkArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<ResolversTypes['PartnerNetwork'] | null> {
  const from = checkId(args.from, 'from');
  const depth = checkBound(args.depth, 'partnerNetworkDepth', 'depth');
  const maxNodes = checkBound(args.maxNodes, 'partnerNetworkMaxNodes', 'maxNodes');
  const first = checkBound(args.first, 'partnerNetworkFirst', 'first');
  const scope = networkScopeOf(args.filter);
  const question = networkQuestionKey({ from, depth, maxNodes, scope });
  const after = decodeNetworkCursor(args.after, question);

  // Whole records cost most of the details statement: fetched only when some actor field beyond id, kind and name is asked for.
  const actorAt = actorPaths(info.returnType);
  const actorShape = selectsOnlyActorSummary(info, actorAt) ? 'summary' : 'full';
  const actorRegion = actorAt.some((path) => selectsBelow(info, path, 'region'));
  const network = await explorePartnerNetwork(ctx.graph, { from, depth, maxNodes, scope, actorShape, actorRegion, linkFields: usesLinkFields(info), links: usesLinks(info) });
  const center = network.members[0];
  if (!center) return null;
  const actors = new Map(network.members.map((m) => [m.actor.id, m.actor]));
  const paths = pathsFromCenter(network.members, network.links, sharedClusterOf(network.memberships));

  const reached = network.members.slice(1).map((member) => {
    const via = paths.get(member.actor.id) ?? [];
    const firstHop = actors.get(via[0]?.actorId ?? member.actor.id) ?? member.actor;
    return {
      cursor: encodeNetworkCursor(question, { distance: member.distance, name: member.actor.name, id: member.actor.id }),
      node: member.actor,
      distance: member.distance,
      firstHop,
      via,
      viaSummary: [center.actor.name, ...via.map(stepWords)].join(' '),
    };
  });
  const remaining = after === null ? reached : reached.filter((row) => isAfter({ distance: row.distance, name: row.node.name, id: row.node.id }, after));
  const edges = remaining.slice(0, first);

  return {
    center: center.actor,
    depth,
    truncated: network.truncatedActors || network.truncatedLinks,
    truncatedActors: network.truncatedActors,
    truncatedLinks: network.truncatedLinks,
    actorTotal: network.actorTotal,
    linkTotal: network.linkTotal,
    membershipTotal: network.membershipTotal,
    subgraph: {
      nodes: network.members.map((m) => ({ id: m.actor.id, name: m.actor.name, kind: m.actor.kind, distance: m.distance, actor: m.actor })),
      edges: network.links.map((link) => toSubgraphEdge(link, (id) => actors.get(id))),
      clusters: network.clusters.map(({ cluster, memberCount }) => ({ id: cluster.id, name: cluster.name, memberCount, cluster })),
      memberships: network.memberships.map(toSubgraphMembership),
    },
    rows: {
      edges,
      totalCount: reached.length,
      pageInfo: pageInfo(edges, remaining.length > edges.length, after !== null),
    },
  };
}

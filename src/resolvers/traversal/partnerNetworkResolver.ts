import type { GraphQLResolveInfo } from 'graphql';
import { explorePartnerNetwork, type NetworkLinkRecord, type NetworkMember } from '../../graph';
import { linkKindSpec } from '../../model/linkKinds';
import type { NetworkPathStep, QueryPartnerNetworkArgs, ResolversTypes } from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { checkId } from '../inputValidation';
import { SAMPLE_MARK } from './hopSentences';
import { actorPaths, selectsOnlyActorSummary } from '../lookAhead';
import { decodeNetworkCursor, encodeNetworkCursor, isAfter, networkQuestionKey } from './networkCursor';
import { networkScopeOf } from './networkScopeArgs';
import { toSubgraphEdge } from './networkLinkView';
import { checkBound } from './traversalBounds';
import { pageInfo } from '../pageInfo';

type Step = NetworkPathStep;

const pairKey = (kind: string, a: string, b: string): string => `${kind} ${a < b ? a : b} ${a < b ? b : a}`;

/**
 * The breadth-first path from the center to each member, as steps (empty for the center). A step is sample data
 * when every link of its kind between the two actors is (a cited one among them carries it).
 */
function pathsFromCenter(members: readonly NetworkMember[], links: readonly NetworkLinkRecord[]): Map<string, Step[]> {
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
    const illustrative = parent && member.linkKind ? (sampleOnly.get(pairKey(member.linkKind, parent.actor.id, member.actor.id)) ?? false) : false;
    const path = parent && member.linkKind ? [...pathOf(parent), { linkKind: member.linkKind, actorId: member.actor.id, actorName: member.actor.name, illustrative }] : [];
    paths.set(member.actor.id, path);
    return path;
  };
  for (const member of members) pathOf(member);
  return paths;
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
  const actorShape = selectsOnlyActorSummary(info, actorPaths(info.returnType)) ? 'summary' : 'full';
  const network = await explorePartnerNetwork(ctx.graph, { from, depth, maxNodes, scope, actorShape });
  const center = network.members[0];
  if (!center) return null;
  const actors = new Map(network.members.map((m) => [m.actor.id, m.actor]));
  const paths = pathsFromCenter(network.members, network.links);

  const reached = network.members.slice(1).map((member) => {
    const via = paths.get(member.actor.id) ?? [];
    const firstHop = actors.get(via[0]?.actorId ?? member.actor.id) ?? member.actor;
    return {
      cursor: encodeNetworkCursor(question, { distance: member.distance, name: member.actor.name, id: member.actor.id }),
      node: member.actor,
      distance: member.distance,
      firstHop,
      via,
      viaSummary: [center.actor.name, ...via.map((step) => `–${linkKindSpec(step.linkKind).words}${step.illustrative ? SAMPLE_MARK : ''}→ ${step.actorName}`)].join(' '),
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
    subgraph: {
      nodes: network.members.map((m) => ({ id: m.actor.id, name: m.actor.name, kind: m.actor.kind, distance: m.distance, actor: m.actor })),
      edges: network.links.map((link) => toSubgraphEdge(link, (id) => actors.get(id))),
    },
    rows: {
      edges,
      totalCount: reached.length,
      pageInfo: pageInfo(edges, remaining.length > edges.length, after !== null),
    },
  };
}

import { explorePartnerNetwork, isFullActor, type GraphClient, type PartnerNetworkRecord } from '../../graph';
import { ACTOR_KIND_BY_LABEL, NETWORK_LINK_KINDS } from '../../model';
import type { ActorKind, Evidence, NetworkLinkKind, PartnerNetworkFilter } from '../../generated/graphql';
import { checkId } from '../../resolvers/inputValidation';
import { toSubgraphEdge, toSubgraphMembership } from '../../resolvers/traversal/networkLinkView';
import { networkScopeOf } from '../../resolvers/traversal/networkScopeArgs';
import { checkBound } from '../../resolvers/traversal/traversalBounds';
import { joinSources, type AttributeSpec, type ExportEdge, type ExportGraph, type ExportNode } from './exportGraph';
import { dateParam, enumListParam, intParam, requiredParam, type QueryParams } from './exportParams';

/** The query-string parameters of GET /export/partner-network: the arguments of Query.partnerNetwork, flattened. */
export const PARTNER_NETWORK_PARAMS = ['from', 'depth', 'maxNodes', 'linkKinds', 'actorKinds', 'cluster', 'region', 'technology', 'stage', 'minWeight', 'evidence', 'asOf', 'format'] as const;

const LINK_KINDS: readonly NetworkLinkKind[] = NETWORK_LINK_KINDS;
const ACTOR_KINDS: readonly ActorKind[] = Object.values(ACTOR_KIND_BY_LABEL);
const EVIDENCE: readonly Evidence[] = ['CITED', 'ALL'];

/** The partner network's arguments, checked exactly as Query.partnerNetwork checks them. */
export interface PartnerNetworkRequest {
  from: string;
  depth: number;
  maxNodes: number;
  filter: PartnerNetworkFilter;
}

/** Parses and checks the parameters; throws BAD_USER_INPUT as the GraphQL query would. */
export function parsePartnerNetworkRequest(params: QueryParams): PartnerNetworkRequest {
  const from = checkId(requiredParam(params, 'from'), 'from');
  const depth = checkBound(intParam(params, 'depth'), 'partnerNetworkDepth', 'depth');
  const maxNodes = checkBound(intParam(params, 'maxNodes'), 'partnerNetworkMaxNodes', 'maxNodes');
  const filter: PartnerNetworkFilter = {
    linkKinds: enumListParam(params, 'linkKinds', LINK_KINDS),
    actorKinds: enumListParam(params, 'actorKinds', ACTOR_KINDS),
    cluster: params.get('cluster'),
    region: params.get('region'),
    technology: params.get('technology'),
    stage: params.get('stage'),
    minWeight: intParam(params, 'minWeight'),
    evidence: enumListParam(params, 'evidence', EVIDENCE)?.[0] ?? null,
    asOf: dateParam(params, 'asOf'),
  };
  networkScopeOf(filter); // checks the filter's ids now, before the response is started
  return { from, depth, maxNodes, filter };
}

const GRAPH_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'name', type: 'string' },
  { name: 'export', type: 'string' },
  { name: 'center', type: 'string' },
  { name: 'depth', type: 'int' },
  { name: 'maxNodes', type: 'int' },
  { name: 'linkKinds', type: 'string' },
  { name: 'actorKinds', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'region', type: 'string' },
  { name: 'technology', type: 'string' },
  { name: 'stage', type: 'string' },
  { name: 'minWeight', type: 'int' },
  { name: 'evidence', type: 'string' },
  { name: 'asOf', type: 'string' },
  { name: 'truncated', type: 'boolean' },
  { name: 'truncatedActors', type: 'boolean' },
  { name: 'truncatedLinks', type: 'boolean' },
  { name: 'actorTotal', type: 'int' },
  { name: 'linkTotal', type: 'int' },
  { name: 'membershipTotal', type: 'int' },
];

const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'name', type: 'string' },
  // Gephi takes a node attribute called `label` as the node's label.
  { name: 'label', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'distance', type: 'int' },
  { name: 'parent', type: 'string' },
  { name: 'parentLinkKind', type: 'string' },
  { name: 'region', type: 'string' },
  { name: 'latitude', type: 'double' },
  { name: 'longitude', type: 'double' },
  { name: 'illustrative', type: 'boolean' },
  { name: 'sources', type: 'string' },
];

const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'linkKind', type: 'string' },
  { name: 'directed', type: 'boolean' },
  { name: 'interactionModel', type: 'string' },
  { name: 'topic', type: 'string' },
  { name: 'weight', type: 'int' },
  { name: 'product', type: 'string' },
  { name: 'stage', type: 'string' },
  { name: 'stageName', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'clusterName', type: 'string' },
  { name: 'project', type: 'string' },
  { name: 'projectTitle', type: 'string' },
  { name: 'since', type: 'string' },
  { name: 'until', type: 'string' },
  { name: 'illustrative', type: 'boolean' },
  { name: 'sources', type: 'string' },
];

/** The `kind` of a cluster node and the `linkKind` of a membership edge (a shared cluster, see exportEdges). */
const CLUSTER_NODE_KIND = 'CLUSTER';
const MEMBERSHIP_LINK_KIND = 'MEMBER_OF';

async function* exportNodes({ members, clusters }: PartnerNetworkRecord): AsyncGenerator<ExportNode> {
  for (const { actor, distance, parentId, linkKind } of members) {
    // The export asks explorePartnerNetwork for whole records (its default).
    if (!isFullActor(actor)) throw new Error(`actor ${actor.id} came as a summary`);
    yield {
      id: actor.id,
      attributes: {
        name: actor.name,
        label: actor.name,
        kind: actor.kind,
        distance,
        parent: parentId,
        parentLinkKind: linkKind,
        region: actor.regionId ?? null,
        latitude: actor.location?.latitude ?? null,
        longitude: actor.location?.longitude ?? null,
        illustrative: actor.illustrative,
        sources: joinSources(actor.sources),
      },
    };
  }
  // The clusters the members share (SAME_CLUSTER followed), after the actors: the other ends of the memberships.
  for (const { cluster } of clusters) {
    yield {
      id: cluster.id,
      attributes: {
        name: cluster.name,
        label: cluster.name,
        kind: CLUSTER_NODE_KIND,
        region: cluster.regionId,
        latitude: cluster.location?.latitude ?? null,
        longitude: cluster.location?.longitude ?? null,
        illustrative: cluster.illustrative,
        sources: joinSources(cluster.sources),
      },
    };
  }
}

async function* exportEdges(network: PartnerNetworkRecord): AsyncGenerator<ExportEdge> {
  const actors = new Map(network.members.map((m) => [m.actor.id, m.actor]));
  let index = 0;
  for (const link of network.links) {
    // The same view the GraphQL SubgraphEdge uses, so direction, interaction model and provenance agree with the API.
    const view = await toSubgraphEdge(link, (id) => actors.get(id));
    yield {
      id: `e${index++}`,
      source: link.source,
      target: link.target,
      attributes: {
        linkKind: link.kind,
        directed: view.directed,
        interactionModel: view.interactionModel ?? null,
        topic: link.topic,
        weight: link.weight,
        product: link.product,
        stage: link.stage?.id ?? null,
        stageName: link.stage?.name ?? null,
        cluster: link.cluster?.id ?? null,
        clusterName: link.cluster?.name ?? null,
        project: link.project?.id ?? null,
        projectTitle: link.project?.title ?? null,
        since: link.since,
        until: link.until,
        illustrative: view.illustrative,
        sources: joinSources(link.sources),
      },
    };
  }
  for (const membership of network.memberships) {
    const view = toSubgraphMembership(membership);
    yield {
      id: `e${index++}`,
      source: view.actor,
      target: view.cluster,
      attributes: {
        linkKind: MEMBERSHIP_LINK_KIND,
        directed: true,
        cluster: membership.cluster.id,
        clusterName: membership.cluster.name,
        since: view.since ?? null,
        until: view.until ?? null,
        illustrative: view.illustrative,
        sources: joinSources(view.sources),
      },
    };
  }
}

/**
 * The partner network as an export: the same traversal as Query.partnerNetwork (its subgraph: every member and
 * every link among them, at most 5000), as an undirected multigraph. When SAME_CLUSTER is followed, the shared
 * clusters are nodes of `kind` CLUSTER after the actors, each joined to its members by edges of `linkKind`
 * MEMBER_OF (actor → cluster), as Subgraph.clusters and Subgraph.memberships: n edges for n members. Undirected because most link kinds are;
 * SUPPLY and SPIN_OFF keep their stored direction in source → target and say so in the `directed` attribute.
 * The links of the breadth-first tree come first, so a cut at 5000 keeps every member's link to its parent.
 * Unknown ids are NOT_FOUND errors (404), ids of another kind BAD_USER_INPUT, as in Query.partnerNetwork.
 */
export async function partnerNetworkExport(graph: GraphClient, request: PartnerNetworkRequest): Promise<ExportGraph | null> {
  const scope = networkScopeOf(request.filter);
  const network = await explorePartnerNetwork(graph, { from: request.from, depth: request.depth, maxNodes: request.maxNodes, scope });
  const center = network.members[0];
  if (!center) return null;
  return {
    fileStem: `partner-network-${request.from}-depth${request.depth}`,
    directed: false,
    multigraph: true,
    graphAttributes: GRAPH_ATTRIBUTES,
    graphValues: {
      name: `Partner network of ${center.actor.name}`,
      export: 'partner-network',
      center: center.actor.id,
      depth: request.depth,
      maxNodes: request.maxNodes,
      linkKinds: scope.linkKinds.join(','),
      actorKinds: scope.actorKinds?.join(',') ?? null,
      cluster: scope.clusterId,
      region: scope.regionId,
      technology: scope.technologyId,
      stage: scope.stageId,
      minWeight: scope.minWeight,
      evidence: scope.citedOnly ? 'CITED' : 'ALL',
      asOf: request.filter.asOf ?? null,
      truncated: network.truncatedActors || network.truncatedLinks,
      truncatedActors: network.truncatedActors,
      truncatedLinks: network.truncatedLinks,
      actorTotal: network.actorTotal,
      linkTotal: network.linkTotal,
      membershipTotal: network.membershipTotal,
    },
    nodeAttributes: NODE_ATTRIBUTES,
    edgeAttributes: EDGE_ATTRIBUTES,
    nodes: exportNodes(network),
    edges: exportEdges(network),
  };
}

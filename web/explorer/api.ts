// The explorer's only way to the data: the public GraphQL API at /graphql on the page's own origin.
// Each query below is typed by hand after schema/*.graphql; fields the explorer does not draw are not asked for.
// The link kinds are not: they come from the link-kind registry (src/model/linkKinds.ts), a module without imports.
import type { NetworkLinkKindValue } from '../../src/model/linkKinds';

export type ActorKind = 'COMPANY' | 'RESEARCH_INSTITUTE' | 'ORGANIZATION';
/** The API's NetworkLinkKind: the kinds of the link-kind registry, which the SDL enum is checked against. */
export type NetworkLinkKind = NetworkLinkKindValue;
export type SupplyDirection = 'UPSTREAM' | 'DOWNSTREAM';
/** The API's evidence level: CITED leaves every sample link and sample actor out (the "cited links only" toggle). */
export type Evidence = 'CITED' | 'ALL';

export { DEFAULT_NETWORK_LINK_KINDS, NETWORK_LINK_KINDS } from '../../src/model/linkKinds';

/** An error the API answered with (GraphQL `errors`) or a failed request. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphqlBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** POSTs one operation to /graphql; throws ApiError on a transport error or any GraphQL error. */
export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(`The API did not answer: ${error instanceof Error ? error.message : String(error)}`, 'NETWORK');
  }
  let body: GraphqlBody<T>;
  try {
    body = (await response.json()) as GraphqlBody<T>;
  } catch {
    throw new ApiError(`The API answered ${response.status} without JSON`, 'HTTP');
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data`, 'HTTP');
  return body.data;
}

// ---------------------------------------------------------------------------------------------- search

export interface SearchHit {
  id: string;
  name: string;
  /** An actor kind, or CLUSTER. */
  kind: ActorKind | 'CLUSTER';
  place: string | null;
}

interface SearchData {
  search: Array<{
    node: { __typename: string; id: string; name?: string; kind?: ActorKind; region?: { name: string } | null };
  }>;
}

const SEARCH = `query ExplorerSearch($text: String!, $kinds: [SearchKind!]) {
  search(text: $text, kinds: $kinds, first: 8) {
    node {
      __typename
      id
      ... on Actor { name kind region { name } }
      ... on Cluster { name region { name } }
    }
  }
}`;

/** Actors and clusters whose name, alias or description matches, best first. */
export async function searchEntities(text: string, onlyCompanies = false): Promise<SearchHit[]> {
  const kinds = onlyCompanies ? ['COMPANY'] : ['COMPANY', 'RESEARCH_INSTITUTE', 'ORGANIZATION', 'CLUSTER'];
  const data = await graphql<SearchData>(SEARCH, { text, kinds });
  return data.search.map(({ node }) => ({
    id: node.id,
    name: node.name ?? node.id,
    kind: node.__typename === 'Cluster' ? 'CLUSTER' : (node.kind ?? 'COMPANY'),
    place: node.region?.name ?? null,
  }));
}

// ------------------------------------------------------------------------------------------- networks

/** A link between two actors, as Subgraph edges carry it. */
export interface LinkEdge {
  source: string;
  target: string;
  linkKind: NetworkLinkKind;
  directed: boolean;
  topic: string | null;
  weight: number | null;
  interactionModel: string | null;
  product: string | null;
  since: string | null;
  until: string | null;
  sources: string[];
  illustrative: boolean;
  stage: { name: string } | null;
  cluster: { id: string; name: string } | null;
  project: { id: string; title: string; acronym: string | null } | null;
}

export interface NetworkNode {
  id: string;
  name: string;
  kind: ActorKind;
  distance: number;
  actor: { aliases: string[]; illustrative: boolean };
}

/** A cluster shared by actors of a network (SAME_CLUSTER followed), drawn as a hub node. */
export interface SharedCluster {
  id: string;
  name: string;
  memberCount: number;
}

/** An actor's membership of a shared cluster: the edge from the actor to the cluster's hub. */
export interface ClusterMembership {
  actor: string;
  cluster: string;
  since: string | null;
  until: string | null;
  illustrative: boolean;
}

export interface Network {
  nodes: NetworkNode[];
  /** Links between actors; SAME_CLUSTER comes as `clusters` and `memberships` instead (n edges for n members). */
  edges: LinkEdge[];
  clusters: SharedCluster[];
  memberships: ClusterMembership[];
  truncated: boolean;
}

const EDGE_FIELDS = `source target linkKind directed topic weight interactionModel product since until sources illustrative
      stage { name } cluster { id name } project { id title acronym }`;

const NETWORK = `query ExplorerNetwork($from: ID!, $depth: Int!, $filter: PartnerNetworkFilter, $maxNodes: Int!) {
  partnerNetwork(from: $from, depth: $depth, filter: $filter, maxNodes: $maxNodes, first: 0) {
    truncated
    subgraph {
      nodes { id name kind distance actor { aliases illustrative } }
      edges { ${EDGE_FIELDS} }
      clusters { id name memberCount }
      memberships { actor cluster since until illustrative }
    }
  }
}`;

export interface NetworkFilter {
  linkKinds: NetworkLinkKind[];
  /** A year, or null for every date. */
  asOf: string | null;
  /** Only actors that are members of this cluster. */
  cluster?: string;
  /** CITED: no sample link or sample actor in the network (the API's `evidence`). */
  evidence: Evidence;
}

interface NetworkData {
  partnerNetwork: { truncated: boolean; subgraph: { nodes: NetworkNode[]; edges: LinkEdge[]; clusters: SharedCluster[]; memberships: ClusterMembership[] } } | null;
}

/** The partner network of an actor (Query.partnerNetwork); null when the id is not an actor. */
export async function partnerNetwork(from: string, depth: number, filter: NetworkFilter, maxNodes = 150): Promise<Network | null> {
  const data = await graphql<NetworkData>(NETWORK, {
    from,
    depth,
    maxNodes,
    filter: { linkKinds: filter.linkKinds, asOf: filter.asOf, cluster: filter.cluster ?? null, evidence: filter.evidence },
  });
  if (!data.partnerNetwork) return null;
  return { ...data.partnerNetwork.subgraph, truncated: data.partnerNetwork.truncated };
}

// ------------------------------------------------------------------------------------------- clusters

export interface ClusterMember {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  illustrative: boolean;
  role: string | null;
  since: string | null;
  until: string | null;
}

export interface ClusterDetails {
  id: string;
  name: string;
  description: string | null;
  founded: string | null;
  website: string | null;
  sources: string[];
  illustrative: boolean;
  region: { name: string } | null;
  memberCount: number;
  members: ClusterMember[];
}

const CLUSTER = `query ExplorerCluster($id: ID!, $evidence: Evidence) {
  cluster(id: $id) {
    id name description founded website sources illustrative region { name }
    members(first: 100, evidence: $evidence) { totalCount edges { role since until node { id name kind aliases illustrative } } }
  }
}`;

interface ClusterData {
  cluster:
    | (Omit<ClusterDetails, 'members' | 'memberCount'> & {
        members: { totalCount: number; edges: Array<{ role: string | null; since: string | null; until: string | null; node: { id: string; name: string; kind: ActorKind; aliases: string[]; illustrative: boolean } }> };
      })
    | null;
}

/** A cluster with its first 100 members (Query.cluster), cited memberships of cited actors only with CITED; null when there is none. */
export async function clusterDetails(id: string, evidence: Evidence = 'ALL'): Promise<ClusterDetails | null> {
  const { cluster } = await graphql<ClusterData>(CLUSTER, { id, evidence });
  if (!cluster) return null;
  const { members, ...rest } = cluster;
  return {
    ...rest,
    memberCount: members.totalCount,
    members: members.edges.map((e) => ({ ...e.node, role: e.role, since: e.since, until: e.until })),
  };
}

// ------------------------------------------------------------------------------------------- actors

export interface ActorDetails {
  __typename: 'Company' | 'ResearchInstitute' | 'Organization';
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description: string | null;
  founded: string | null;
  website: string | null;
  sources: string[];
  illustrative: boolean;
  region: { name: string } | null;
  memberships: Array<{ cluster: { id: string; name: string }; role: string | null; since: string | null; until: string | null }>;
  size?: string | null;
  employees?: number | null;
  instituteType?: string | null;
  organizationType?: string | null;
  parentOrganization?: string | null;
}

const ACTOR = `query ExplorerActor($id: ID!) {
  actor(id: $id) {
    __typename id name kind aliases description founded website sources illustrative region { name }
    memberships { cluster { id name } role since until }
    ... on Company { size employees }
    ... on ResearchInstitute { instituteType: type parentOrganization }
    ... on Organization { organizationType: type }
  }
}`;

/** One actor with what the side panel shows (Query.actor). */
export async function actorDetails(id: string): Promise<ActorDetails | null> {
  const data = await graphql<{ actor: ActorDetails | null }>(ACTOR, { id });
  return data.actor;
}

// ------------------------------------------------------------------------------------------- supply


export interface CompanyRef {
  id: string;
  name: string;
  aliases: string[];
  /** A sample company (marked fictional/illustrative): drawn faded. */
  illustrative: boolean;
}

export interface SupplyRelation {
  supplier: CompanyRef;
  customer: CompanyRef;
  product: string | null;
  since: string | null;
  until: string | null;
  sources: string[];
  illustrative: boolean;
  stage: { name: string } | null;
}

export interface SupplyTier {
  tier: number;
  companies: CompanyRef[];
  edges: SupplyRelation[];
}

export interface SupplyChains {
  company: CompanyRef;
  upstream: { tiers: SupplyTier[]; truncated: boolean };
  downstream: { tiers: SupplyTier[]; truncated: boolean };
}

const COMPANY_FIELDS = 'id name aliases illustrative';
const SUPPLY_FIELDS = `supplier { ${COMPANY_FIELDS} } customer { ${COMPANY_FIELDS} } product since until sources illustrative stage { name }`;

const SUPPLY_CHAIN = `query ExplorerSupplyChain($company: ID!, $tiers: Int!, $asOf: Date, $evidence: Evidence) {
  upstream: supplyChain(company: $company, direction: UPSTREAM, tiers: $tiers, asOf: $asOf, evidence: $evidence) {
    company { ${COMPANY_FIELDS} } truncated tiers { tier companies { ${COMPANY_FIELDS} } edges { ${SUPPLY_FIELDS} } }
  }
  downstream: supplyChain(company: $company, direction: DOWNSTREAM, tiers: $tiers, asOf: $asOf, evidence: $evidence) {
    truncated tiers { tier companies { ${COMPANY_FIELDS} } edges { ${SUPPLY_FIELDS} } }
  }
}`;

interface SupplyChainData {
  upstream: { company: CompanyRef; truncated: boolean; tiers: SupplyTier[] } | null;
  downstream: { truncated: boolean; tiers: SupplyTier[] } | null;
}

/**
 * A company's suppliers and customers in tiers (Query.supplyChain, both directions), with CITED through cited
 * supply relations and cited companies only; null when it is no company.
 */
export async function supplyChains(company: string, tiers: number, asOf: string | null, evidence: Evidence = 'ALL'): Promise<SupplyChains | null> {
  const data = await graphql<SupplyChainData>(SUPPLY_CHAIN, { company, tiers, asOf, evidence });
  if (!data.upstream || !data.downstream) return null;
  return {
    company: data.upstream.company,
    upstream: { tiers: data.upstream.tiers, truncated: data.upstream.truncated },
    downstream: { tiers: data.downstream.tiers, truncated: data.downstream.truncated },
  };
}

// ------------------------------------------------------------------------------------------- paths

export interface PathNode {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  illustrative: boolean;
}

/** A path drawn on the graph: its actors in order, the links between them and one sentence per hop. */
export interface FoundPath {
  nodes: PathNode[];
  edges: LinkEdge[];
  sentences: string[];
  /** Which query found it. */
  via: 'supplyPaths' | 'shortestConnection';
}

const SUPPLY_PATHS = `query ExplorerSupplyPaths($from: ID!, $to: ID!, $asOf: Date, $evidence: Evidence) {
  supplyPaths(from: $from, to: $to, first: 1, maxHops: 8, asOf: $asOf, evidence: $evidence) {
    length
    hops { ${SUPPLY_FIELDS} }
  }
}`;

interface SupplyPathsData {
  supplyPaths: Array<{ length: number; hops: SupplyRelation[] }>;
}

/** The shortest supply path from supplier `from` to customer `to` (Query.supplyPaths, cited only with CITED); null when there is none. */
export async function supplyPath(from: string, to: string, asOf: string | null, evidence: Evidence = 'ALL'): Promise<FoundPath | null> {
  const data = await graphql<SupplyPathsData>(SUPPLY_PATHS, { from, to, asOf, evidence });
  const path = data.supplyPaths[0];
  if (!path || path.hops.length === 0) return null;
  const nodes: PathNode[] = [{ ...path.hops[0]!.supplier, kind: 'COMPANY' }, ...path.hops.map((h) => ({ ...h.customer, kind: 'COMPANY' as const }))];
  const edges: LinkEdge[] = path.hops.map((h) => ({
    source: h.supplier.id,
    target: h.customer.id,
    linkKind: 'SUPPLY',
    directed: true,
    topic: null,
    weight: null,
    interactionModel: null,
    product: h.product,
    since: h.since,
    until: h.until,
    sources: h.sources,
    illustrative: h.illustrative,
    stage: h.stage,
    cluster: null,
    project: null,
  }));
  // Worded like the API's hop sentences (ConnectionHop.sentence), which end a sample link in " (sample)".
  const sentences = path.hops.map(
    (h) => `${h.supplier.name} supplies ${h.product ?? 'goods'} to ${h.customer.name}${h.since ? ` since ${h.since}` : ''}${h.illustrative ? ' (sample)' : ''}`,
  );
  return { nodes, edges, sentences, via: 'supplyPaths' };
}

const SHORTEST = `query ExplorerShortestConnection($from: ID!, $to: ID!, $via: [NetworkLinkKind!], $asOf: Date, $evidence: Evidence) {
  shortestConnection(from: $from, to: $to, via: $via, maxHops: 6, asOf: $asOf, evidence: $evidence) {
    length
    hops { from { id name kind aliases illustrative } to { id name kind aliases illustrative } sentence link { ${EDGE_FIELDS} } }
  }
}`;

interface ShortestData {
  shortestConnection: { length: number; hops: Array<{ from: PathNode; to: PathNode; sentence: string; link: LinkEdge }> } | null;
}

/** One shortest connection over the given link kinds (Query.shortestConnection, cited only with CITED); null when there is none. */
export async function shortestConnection(from: string, to: string, via: NetworkLinkKind[], asOf: string | null, evidence: Evidence = 'ALL'): Promise<FoundPath | null> {
  const data = await graphql<ShortestData>(SHORTEST, { from, to, via, asOf, evidence });
  const connection = data.shortestConnection;
  if (!connection || connection.hops.length === 0) return null;
  return {
    nodes: [connection.hops[0]!.from, ...connection.hops.map((h) => h.to)],
    edges: connection.hops.map((h) => h.link),
    sentences: connection.hops.map((h) => h.sentence),
    via: 'shortestConnection',
  };
}

// ------------------------------------------------------------------------------------------- what-if

export interface LostStageView {
  stage: string;
  tier: number;
  alternatives: Array<{ id: string; name: string; reasons: string[] }>;
}

export interface SupplierFailure {
  lost: LostStageView[];
  kept: Array<{ stage: string; path: string[] }>;
}

const SUPPLIER_FAILURE = `query ExplorerSupplierFailure($supplier: ID!, $company: ID!, $tiers: Int!, $asOf: Date, $evidence: Evidence) {
  supplyDisruption(remove: [$supplier], scope: { companies: [$company] }, tiers: $tiers, asOf: $asOf, evidence: $evidence) {
    companies {
      lostStages { stage { name } tier alternatives(first: 3) { company { id name } reasons } }
      keptStages { stage { name } path { name } }
    }
  }
}`;

interface SupplierFailureData {
  supplyDisruption: {
    companies: Array<{
      lostStages: Array<{ stage: { name: string }; tier: number; alternatives: Array<{ company: { id: string; name: string }; reasons: string[] }> }>;
      keptStages: Array<{ stage: { name: string }; path: Array<{ name: string }> }>;
    }>;
  };
}

/** What `company` loses and keeps when `supplier` fails (Query.supplyDisruption with the company as scope; cited relations only with CITED). */
export async function supplierFailure(supplier: string, company: string, tiers: number, asOf: string | null, evidence: Evidence = 'ALL'): Promise<SupplierFailure> {
  const data = await graphql<SupplierFailureData>(SUPPLIER_FAILURE, { supplier, company, tiers, asOf, evidence });
  const result = data.supplyDisruption.companies[0];
  return {
    lost: (result?.lostStages ?? []).map((s) => ({
      stage: s.stage.name,
      tier: s.tier,
      alternatives: s.alternatives.map((a) => ({ id: a.company.id, name: a.company.name, reasons: a.reasons })),
    })),
    kept: (result?.keptStages ?? []).map((s) => ({ stage: s.stage.name, path: s.path.map((p) => p.name) })),
  };
}

// ---------------------------------------------------------------------------------------------- network analysis

/** What the explorer can size nodes by. */
export type Centrality = 'degree' | 'betweenness' | 'closeness' | 'pageRank';

export interface AnalysedNode {
  id: string;
  community: number;
  degree: number;
  betweenness: number;
  closeness: number;
  pageRank: number;
}

export interface Analysis {
  nodes: AnalysedNode[];
  communities: Array<{ index: number; size: number }>;
  modularity: number;
  seed: number;
  weighted: boolean;
}

export type AnalysisScope = { cluster: string } | { partnerNetworkOf: string; depth: number };

const NETWORK_ANALYSIS = `query ExplorerAnalysis($scope: NetworkAnalysisScope!, $linkKinds: [NetworkLinkKind!], $asOf: Date, $evidence: Evidence) {
  networkAnalysis(scope: $scope, linkKinds: $linkKinds, asOf: $asOf, evidence: $evidence) {
    subgraph { nodes { id community degree betweenness closeness pageRank } }
    communities { seed weighted modularity items { index size } }
  }
}`;

interface AnalysisData {
  networkAnalysis: {
    subgraph: { nodes: AnalysedNode[] };
    communities: { seed: number; weighted: boolean; modularity: number; items: Array<{ index: number; size: number }> };
  } | null;
}

/** `Query.networkAnalysis` of the drawn scope: centralities and Louvain communities per actor (cited links and actors only with CITED). */
export async function networkAnalysis(scope: AnalysisScope, linkKinds: NetworkLinkKind[], asOf: string | null, evidence: Evidence = 'ALL'): Promise<Analysis | null> {
  const data = await graphql<AnalysisData>(NETWORK_ANALYSIS, { scope, linkKinds: linkKinds.length > 0 ? linkKinds : null, asOf, evidence });
  const result = data.networkAnalysis;
  if (!result) return null;
  return {
    nodes: result.subgraph.nodes,
    communities: result.communities.items,
    modularity: result.communities.modularity,
    seed: result.communities.seed,
    weighted: result.communities.weighted,
  };
}

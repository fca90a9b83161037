import { analyseNetwork, compareIds, type ActorAnalysis, type AnalysisActor } from '../algorithms';
import {
  explorePartnerNetwork,
  findAnalysisSubgraph,
  findClusterEvolution,
  MAX_ANALYSIS_ACTORS,
  MAX_EVOLUTION_YEARS,
  OPEN_NETWORK_SCOPE,
  type ActorSummaryRecord,
  type AnalysisScopeSpec,
  type AnalysisSubgraph,
  type AnyActorRecord,
} from '../graph';
import type { ActorCentralityOrder, QueryClusterEvolutionArgs, QueryNetworkAnalysisArgs, Resolvers } from '../generated/graphql';
import { evidenceParams, NETWORK_LINK_KINDS, type NetworkLinkKindValue } from '../model';
import { UserInputError } from '../errors';
import type { RequestContext } from '../request';
import { asOfDate } from './asOf';
import { checkId } from './inputValidation';
import type { NetworkAnalysisModel } from './models';
import { actorKindsOf } from './traversal/networkScopeArgs';
import { pageInfo } from './pageInfo';

/** Bounds of the analysis arguments; checked before any Cypher runs, never clamped. */
export const ANALYSIS_BOUNDS = {
  maxActors: { min: 1, max: MAX_ANALYSIS_ACTORS },
  depth: { min: 1, max: 3 },
  resolution: { min: 0.1, max: 10 },
  actorsFirst: { min: 0, max: 100 },
  brokersFirst: { min: 0, max: 50 },
} as const;

function checkRange(value: number, bound: keyof typeof ANALYSIS_BOUNDS, argument: string, integer = true): number {
  const { min, max } = ANALYSIS_BOUNDS[bound];
  if ((integer && !Number.isInteger(value)) || !(value >= min && value <= max)) {
    throw new UserInputError(`\`${argument}\` must be between ${min} and ${max}, got ${value}`, { argument, min, max });
  }
  return value;
}

/** The link kinds analysed by default: every kind but SAME_CLUSTER (comparing communities with clusters would be circular). */
const DEFAULT_ANALYSIS_KINDS: NetworkLinkKindValue[] = NETWORK_LINK_KINDS.filter((k) => k !== 'SAME_CLUSTER');

function summaryOf(actor: Pick<ActorSummaryRecord, 'id' | 'label' | 'name' | 'kind'>): ActorSummaryRecord {
  return { id: actor.id, label: actor.label, name: actor.name, kind: actor.kind, summary: true };
}

/** Breadth-first distances from `center` over the links kept, up to `depth`. */
function reachableWithin(center: string, links: AnalysisSubgraph['links'], depth: number): Set<string> {
  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    neighbours.set(l.source, [...(neighbours.get(l.source) ?? []), l.target]);
    neighbours.set(l.target, [...(neighbours.get(l.target) ?? []), l.source]);
  }
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const w of neighbours.get(v) ?? []) {
        if (seen.has(w)) continue;
        seen.add(w);
        next.push(w);
      }
    }
    frontier = next;
  }
  return seen;
}

interface Scoped {
  subgraph: AnalysisSubgraph;
  clusterId: string | null;
  regionId: string | null;
  centerId: string | null;
}

async function fetchScope(args: QueryNetworkAnalysisArgs, ctx: RequestContext, common: { linkKinds: NetworkLinkKindValue[]; asOf: string | null; citedOnly: boolean; maxActors: number }): Promise<Scoped | null> {
  const scope = args.scope;
  const given = [scope.cluster, scope.region, scope.partnerNetworkOf].filter((v) => v !== null && v !== undefined);
  if (given.length !== 1) throw new UserInputError('`scope` needs exactly one of `cluster`, `region` or `partnerNetworkOf`', { argument: 'scope' });
  const actorKinds = actorKindsOf(scope.actorKinds);
  const networkOnly = [['depth', scope.depth], ['withinCluster', scope.withinCluster], ['withinRegion', scope.withinRegion]] as const;
  if (!scope.partnerNetworkOf) {
    const stray = networkOnly.find(([, v]) => v !== null && v !== undefined);
    if (stray) throw new UserInputError(`\`scope.${stray[0]}\` applies to \`scope.partnerNetworkOf\` only`, { argument: `scope.${stray[0]}` });
  }
  if (scope.cluster || scope.region) {
    const spec: AnalysisScopeSpec = scope.cluster ? { kind: 'cluster', clusterId: checkId(scope.cluster, 'scope.cluster') } : { kind: 'region', regionId: checkId(scope.region as string, 'scope.region') };
    const subgraph = await findAnalysisSubgraph(ctx.graph, { scope: spec, actorKinds, ...common });
    if (!subgraph) return null;
    return { subgraph, clusterId: spec.kind === 'cluster' ? spec.clusterId : null, regionId: spec.kind === 'region' ? spec.regionId : null, centerId: null };
  }
  const center = checkId(scope.partnerNetworkOf as string, 'scope.partnerNetworkOf');
  const depth = checkRange(scope.depth ?? 2, 'depth', 'scope.depth');
  // The partner network bounds its own size at 1000; the analysis keeps to the smaller of that and maxActors.
  const network = await explorePartnerNetwork(ctx.graph, {
    from: center,
    depth,
    maxNodes: Math.min(common.maxActors, 1000),
    actorShape: 'summary',
    scope: {
      ...OPEN_NETWORK_SCOPE,
      linkKinds: common.linkKinds,
      actorKinds,
      clusterId: scope.withinCluster ? checkId(scope.withinCluster, 'scope.withinCluster') : null,
      regionId: scope.withinRegion ? checkId(scope.withinRegion, 'scope.withinRegion') : null,
      asOf: common.asOf,
      citedOnly: common.citedOnly,
    },
  });
  if (!network) return null;
  const ids = network.members.map((m) => m.actor.id);
  // The partner network's own links serve (no second links statement); its actors come again for their
  // technologies, memberships and evidence. Links are kept when cited or ALL; each record is one link.
  const fetched = await findAnalysisSubgraph(ctx.graph, { scope: { kind: 'ids', ids }, actorKinds: null, ...common, linkKinds: [] });
  if (!fetched) return null;
  const links = network.links.filter((l) => !common.citedOnly || !l.illustrative).map((l) => ({ source: l.source, target: l.target, kind: l.kind, count: 1 }));
  // With CITED, sample actors and links are gone: keep what the center still reaches within depth without them.
  const kept = new Set(fetched.actors.map((a) => a.id));
  const keptLinks = links.filter((l) => kept.has(l.source) && kept.has(l.target));
  const keep = kept.has(center) ? reachableWithin(center, keptLinks, depth) : new Set<string>();
  return {
    subgraph: {
      actors: fetched.actors.filter((a) => keep.has(a.id)),
      links: keptLinks.filter((l) => keep.has(l.source) && keep.has(l.target)),
      truncated: fetched.truncated || network.truncatedActors || network.truncatedLinks,
    },
    clusterId: null,
    regionId: null,
    centerId: center,
  };
}

/** `Query.networkAnalysis`. */
export async function networkAnalysis(_root: unknown, args: QueryNetworkAnalysisArgs, ctx: RequestContext): Promise<NetworkAnalysisModel | null> {
  const maxActors = checkRange(args.maxActors ?? 1000, 'maxActors', 'maxActors');
  const resolution = checkRange(args.resolution ?? 1, 'resolution', 'resolution', false);
  const seed = args.seed ?? 1;
  if (!Number.isInteger(seed)) throw new UserInputError('`seed` must be an integer', { argument: 'seed' });
  const linkKinds = args.linkKinds && args.linkKinds.length > 0 ? NETWORK_LINK_KINDS.filter((k) => args.linkKinds?.includes(k)) : DEFAULT_ANALYSIS_KINDS;
  const asOf = asOfDate(args.asOf);
  const evidence = args.evidence ?? 'ALL';
  const weighted = args.weightedCommunities ?? true;
  const scoped = await fetchScope(args, ctx, { linkKinds, asOf, citedOnly: evidenceParams(evidence).citedOnly, maxActors });
  if (!scoped) return null;
  const actors: AnalysisActor[] = scoped.subgraph.actors.map((a) => ({ ...a }));
  const result = analyseNetwork(actors, scoped.subgraph.links, { seed, weighted, resolution, scopeClusterId: scoped.clusterId });
  return {
    result,
    actors: new Map(scoped.subgraph.actors.map((a) => [a.id, summaryOf(a)])),
    clusterId: scoped.clusterId,
    regionId: scoped.regionId,
    centerId: scoped.centerId,
    linkKinds,
    asOf,
    evidence,
    truncated: scoped.subgraph.truncated,
    seed,
    weighted,
    resolution,
  };
}

/** Higher first for the centralities, then name, then id; NAME is A to Z. Null shares go last. */
function orderOf(order: ActorCentralityOrder): (a: ActorAnalysis, b: ActorAnalysis) => number {
  const tie = (a: ActorAnalysis, b: ActorAnalysis): number => compareIds(a.name, b.name) || compareIds(a.id, b.id);
  const desc = (value: (x: ActorAnalysis) => number | null) => (a: ActorAnalysis, b: ActorAnalysis): number => (value(b) ?? -1) - (value(a) ?? -1) || tie(a, b);
  switch (order) {
    case 'BETWEENNESS':
      return desc((x) => x.betweenness);
    case 'DEGREE':
      return desc((x) => x.degree);
    case 'CLOSENESS':
      return desc((x) => x.closeness);
    case 'PAGE_RANK':
      return desc((x) => x.pageRank);
    case 'SCIENCE_INDUSTRY_PATH_SHARE':
      return desc((x) => x.scienceIndustryPathShare);
    case 'NAME':
      return tie;
  }
}

function encodeActorCursor(order: ActorCentralityOrder, id: string): string {
  return Buffer.from(JSON.stringify(['c', order, id])).toString('base64url');
}

function decodeActorCursor(cursor: string, order: ActorCentralityOrder): string {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value[0] === 'c' && value[1] === order && typeof value[2] === 'string') return value[2];
  } catch {
    // fall through to the error below
  }
  throw new UserInputError('`after` is not a cursor this list returned with this `orderBy`', { argument: 'after' });
}

function centralityView(model: NetworkAnalysisModel, a: ActorAnalysis) {
  return {
    actor: model.actors.get(a.id) as AnyActorRecord,
    degree: a.degree,
    links: a.linkCount,
    betweenness: a.betweenness,
    closeness: a.closeness,
    pageRank: a.pageRank,
    bridgesScienceIndustry: a.bridgesScienceIndustry,
    community: a.community,
    scienceIndustryPathShare: a.scienceIndustryPathShare,
  };
}

/** `Query.clusterEvolution`. */
export async function clusterEvolution(_root: unknown, args: QueryClusterEvolutionArgs, ctx: RequestContext) {
  const clusterId = checkId(args.cluster, 'cluster');
  const { fromYear, toYear } = args;
  if (!Number.isInteger(fromYear) || fromYear < 1800 || fromYear > 2200) throw new UserInputError('`fromYear` must be a year between 1800 and 2200', { argument: 'fromYear' });
  if (!Number.isInteger(toYear) || toYear < fromYear || toYear - fromYear >= MAX_EVOLUTION_YEARS) {
    throw new UserInputError(`\`toYear\` must be from fromYear to ${MAX_EVOLUTION_YEARS - 1} years after it`, { argument: 'toYear' });
  }
  const years = await findClusterEvolution(ctx.graph, { clusterId, fromYear, toYear, ...evidenceParams(args.evidence) });
  if (!years) return null;
  return years.map((y) => ({
    year: y.year,
    members: y.members,
    newMembers: y.newMembers,
    collaborations: y.collaborations,
    density: y.members < 2 ? 0 : y.collaborations / ((y.members * (y.members - 1)) / 2),
    scienceIndustryShare: y.collaborations > 0 ? y.scienceIndustryCollaborations / y.collaborations : null,
    newCollaborations: y.newCollaborations,
  }));
}

export const networkAnalysisResolvers: Resolvers = {
  Query: { networkAnalysis, clusterEvolution },
  NetworkAnalysis: {
    cluster: (m, _args, ctx) => (m.clusterId ? ctx.loaders.cluster.load(m.clusterId) : null),
    region: (m, _args, ctx) => (m.regionId ? ctx.loaders.region.load(m.regionId) : null),
    center: (m) => (m.centerId ? (m.actors.get(m.centerId) ?? null) : null),
    linkKinds: (m) => m.linkKinds,
    asOf: (m) => m.asOf,
    evidence: (m) => m.evidence,
    truncated: (m) => m.truncated,
    size: (m) => ({
      actors: m.result.size.actors,
      edges: m.result.size.links,
      links: m.result.size.linkCount,
      density: m.result.size.density,
      componentCount: m.result.size.componentSizes.length,
      componentSizes: m.result.size.componentSizes,
      averageClustering: m.result.size.averageClustering,
      largestComponentMeanPathLength: m.result.size.largestComponentMeanPathLength,
      scienceIndustryPairs: m.result.scienceIndustryPairs,
    }),
    actors: (m, args) => {
      const order = args.orderBy ?? 'BETWEENNESS';
      const first = checkRange(args.first ?? 20, 'actorsFirst', 'first');
      const sorted = [...m.result.actors].sort(orderOf(order));
      let start = 0;
      if (args.after !== null && args.after !== undefined) {
        const afterId = decodeActorCursor(args.after, order);
        const at = sorted.findIndex((a) => a.id === afterId);
        if (at < 0) throw new UserInputError('`after` names an actor that is not in this analysis', { argument: 'after' });
        start = at + 1;
      }
      const page = sorted.slice(start, start + first);
      const edges = page.map((a) => ({ cursor: encodeActorCursor(order, a.id), node: centralityView(m, a) }));
      return {
        edges,
        totalCount: sorted.length,
        pageInfo: pageInfo(edges, start + first < sorted.length, start > 0),
      };
    },
    brokers: (m, args) => {
      const first = checkRange(args.first ?? 10, 'brokersFirst', 'first');
      return [...m.result.actors].sort(orderOf('BETWEENNESS')).slice(0, first).map((a) => ({
        actor: m.actors.get(a.id) as AnyActorRecord,
        betweenness: a.betweenness,
        scienceIndustryPathShare: a.scienceIndustryPathShare,
        bridgesScienceIndustry: a.bridgesScienceIndustry,
      }));
    },
    communities: (m) => ({
      seed: m.seed,
      weighted: m.weighted,
      resolution: m.resolution,
      modularity: m.result.communities.modularity,
      nmiWithClusters: m.result.communities.nmiWithClusters,
      items: m.result.communities.items.map((report) => ({ report, actors: m.actors })),
    }),
    subgraph: (m) => ({
      nodes: m.result.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, community: a.community, degree: a.degree, betweenness: a.betweenness, closeness: a.closeness, pageRank: a.pageRank })),
      edges: m.result.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, linkKinds: e.kinds as NetworkLinkKindValue[] })),
    }),
  },
  Community: {
    index: (c) => c.report.index,
    size: (c) => c.report.memberIds.length,
    members: (c) => c.report.memberIds.map((id) => c.actors.get(id)).filter((a): a is AnyActorRecord => a !== undefined),
    kinds: (c) => c.report.kinds.map((k) => ({ key: k.key, label: k.key, count: k.count })),
    dominantTechnologies: (c) => c.report.technologies.map((t) => ({ technologyId: t.technology.id, count: t.count })),
    bestMatchingCluster: (c) => (c.report.bestCluster ? { clusterId: c.report.bestCluster.cluster.id, jaccard: c.report.bestCluster.jaccard, shared: c.report.bestCluster.shared } : null),
  },
  TechnologyCount: {
    technology: async (t, _args, ctx) => {
      const record = await ctx.loaders.technology.load(t.technologyId);
      if (!record) throw new Error(`technology ${t.technologyId} is missing`);
      return record;
    },
  },
  ClusterMatch: {
    cluster: async (c, _args, ctx) => {
      const record = await ctx.loaders.cluster.load(c.clusterId);
      if (!record) throw new Error(`cluster ${c.clusterId} is missing`);
      return record;
    },
  },
};

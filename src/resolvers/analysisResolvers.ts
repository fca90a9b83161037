import { countActorsGrouped, findActorsNear, searchEntities, type NodeHitRecord } from '../graph';
import { type NodeLabel } from '../model';
import type { Resolvers, SearchKind } from '../generated/graphql';
import { UserInputError } from '../errors';
import { checkFirst } from './inputValidation';
import { linkConditions, throwIfMissing, toActorFilter } from './listResolvers';
import { asOfDate } from './asOf';
import { primeNode } from './nodeResolvers';
import { selectsOnlyActorSummary } from './lookAhead';

const LABEL_BY_KIND: Record<SearchKind, NodeLabel> = {
  COMPANY: 'Company',
  RESEARCH_INSTITUTE: 'ResearchInstitute',
  ORGANIZATION: 'Organization',
  CLUSTER: 'Cluster',
  TECHNOLOGY: 'Technology',
  PROJECT: 'Project',
  FUNDING_PROGRAM: 'FundingProgram',
  REGION: 'Region',
};

const MAX_SEARCH_TEXT = 200;
const MAX_RADIUS_KM = 1000;

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export const analysisResolvers: Resolvers = {
  Query: {
    search: async (_root, args, ctx, info) => {
      const text = args.text.trim();
      if (text.length === 0 || text.length > MAX_SEARCH_TEXT) {
        throw new UserInputError(`\`text\` must have 1 to ${MAX_SEARCH_TEXT} characters`, { argument: 'text' });
      }
      const first = checkFirst(args.first, 10);
      const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : (Object.keys(LABEL_BY_KIND) as SearchKind[]);
      // Only id, kind and name asked of the actors found: summaries (the Actor resolvers load more if asked).
      const summary = selectsOnlyActorSummary(info, [['node']]);
      const hits = await searchEntities(ctx.graph, text, [...new Set(kinds.map((k) => LABEL_BY_KIND[k]))], first, summary);
      return hits.map((hit) => {
        // A summary must not stand in the loaders for the whole record.
        if (!('summary' in hit.record)) primeNode(hit as NodeHitRecord, ctx);
        return { node: hit.record, score: hit.score, exact: hit.exact };
      });
    },
    actorsNear: (_root, args, ctx) => {
      if (args.latitude < -90 || args.latitude > 90) throw new UserInputError('`latitude` must be between -90 and 90', { argument: 'latitude' });
      if (args.longitude < -180 || args.longitude > 180) throw new UserInputError('`longitude` must be between -180 and 180', { argument: 'longitude' });
      if (!(args.radiusKm > 0) || args.radiusKm > MAX_RADIUS_KM) {
        throw new UserInputError(`\`radiusKm\` must be more than 0 and at most ${MAX_RADIUS_KM}`, { argument: 'radiusKm' });
      }
      const kinds = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)] : null;
      return findActorsNear(ctx.graph, { latitude: args.latitude, longitude: args.longitude, radiusKm: args.radiusKm, kinds, first: checkFirst(args.first, 20) });
    },
    actorCounts: async (_root, args, ctx) => {
      const filter = toActorFilter(args.filter);
      const counts = await countActorsGrouped(ctx.graph, args.groupBy, filter, { thenBy: args.thenBy ?? null, links: linkConditions(args.evidence, asOfDate(args.asOf)) });
      throwIfMissing(counts.missing, filter);
      return counts;
    },
  },
  Cluster: {
    statistics: async (cluster, args, ctx) => {
      const stats = await ctx.loaders.clusterStatistics.load({ ownerId: cluster.id, args: linkConditions(args.evidence, asOfDate(args.asOf)) });
      if (!stats) throw new Error(`statistics of cluster ${cluster.id} are missing`);
      return stats;
    },
    technologies: async (cluster, _args, ctx) => (await ctx.loaders.related.clusterTechnologies.load({ ownerId: cluster.id, asOf: null })).map((r) => r.node),
    fundingPrograms: async (cluster, _args, ctx) => (await ctx.loaders.related.clusterFunding.load({ ownerId: cluster.id, asOf: null })).map((r) => r.node),
    cooperatesWith: async (cluster, _args, ctx) => (await ctx.loaders.related.clusterCooperations.load({ ownerId: cluster.id, asOf: null })).map((r) => r.node),
  },
  CountGroup: {
    subgroups: (group) => group.subgroups ?? null,
  },
  ClusterStatistics: {
    smeShare: (s) => share(s.smes, s.companiesWithSize),
    collaborationDensity: (s) => (s.memberCount < 2 ? 0 : s.internalCollaborations / ((s.memberCount * (s.memberCount - 1)) / 2)),
    scienceIndustryShare: (s) => share(s.collaborationsByModel.find((g) => g.key === 'SCIENCE_INDUSTRY')?.count ?? 0, s.internalCollaborations),
  },
};

import { UserInputError } from '../../errors';
import { findScienceIndustryLinks, type ActorRecord } from '../../graph';
import { NETWORK_LINK_KINDS } from '../../model';
import type { InteractionModel, QueryScienceIndustryLinksArgs, ResolversTypes } from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { collaborationModel, INTERACTION_MODELS, modelOfKinds, toSubgraphEdge } from './networkLinkView';
import { checkBound } from './traversalBounds';

/** `Query.scienceIndustryLinks`: the scope entity through its loader, then the analysis in one round trip. */
export async function scienceIndustryLinks(
  _root: unknown,
  args: QueryScienceIndustryLinksArgs,
  ctx: RequestContext,
): Promise<ResolversTypes['ScienceIndustryLinks'] | null> {
  if ((args.cluster ? 1 : 0) + (args.region ? 1 : 0) !== 1) {
    throw new UserInputError('Give exactly one of `cluster` and `region`', { argument: args.cluster ? 'region' : 'cluster' });
  }
  const first = checkBound(args.first, 'scienceIndustryFirst', 'first');
  const clusterId = args.cluster ? checkId(args.cluster, 'cluster') : null;
  const regionId = args.region ? checkId(args.region, 'region') : null;
  // The statement checks the scope's id (NOT_FOUND / BAD_USER_INPUT) before anything else is loaded.
  const found = await findScienceIndustryLinks(ctx.graph, { clusterId, regionId, citedOnly: args.evidence === 'CITED', asOf: asOfDate(args.asOf) }, first);
  const cluster = clusterId ? await ctx.loaders.cluster.load(clusterId) : null;
  const region = regionId ? await ctx.loaders.region.load(regionId) : null;
  if (!cluster && !region) return null;
  const byModel = new Map<InteractionModel, number>(INTERACTION_MODELS.map((m) => [m, 0]));
  for (const tally of found.collaborations) {
    const model = collaborationModel(tally.model, undefined, undefined) ?? modelOfKinds(...tally.kinds);
    byModel.set(model, (byModel.get(model) ?? 0) + tally.count);
  }
  return {
    cluster,
    region,
    instituteCount: found.instituteCount,
    companyCount: found.companyCount,
    countsByInteractionModel: [...byModel].map(([model, count]) => ({ model, count })),
    countsByLinkKind: NETWORK_LINK_KINDS.map((linkKind) => ({ linkKind, count: found.linkCounts[linkKind] })),
    strongestPairs: found.strongestPairs.map((pair) => {
      const ends = new Map<string, ActorRecord>([[pair.institute.id, pair.institute], [pair.company.id, pair.company]]);
      return { institute: pair.institute, company: pair.company, score: pair.score, links: pair.links.map((l) => toSubgraphEdge(l, (id) => ends.get(id))) };
    }),
  };
}

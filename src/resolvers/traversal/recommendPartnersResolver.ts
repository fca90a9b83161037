import { findPartnerRecommendations } from '../../graph';
import type { QueryRecommendPartnersArgs, ResolversTypes } from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { actorKindsOf } from './networkScopeArgs';
import { recommendationReasons } from './recommendationReasons';
import { checkBound } from './traversalBounds';

/** `Query.recommendPartners`: candidates, reasons and scores in one round trip; the reasons put in words here. */
export async function recommendPartners(
  _root: unknown,
  args: QueryRecommendPartnersArgs,
  ctx: RequestContext,
): Promise<Array<ResolversTypes['PartnerRecommendation']> | null> {
  const id = checkId(args.for, 'for');
  const first = checkBound(args.first, 'recommendationsFirst', 'first');
  const found = await findPartnerRecommendations(ctx.graph, { id, kinds: actorKindsOf(args.kinds), first, asOf: asOfDate(args.asOf), evidence: args.evidence });
  return found?.map((r) => ({ ...r, reasons: recommendationReasons(r) })) ?? null;
}

import { findSupplyPaths, type ActorRecord } from '../../graph';
import type { QuerySupplyPathsArgs, ResolversTypes } from '../../generated/graphql';
import { UserInputError } from '../../errors';
import type { RequestContext } from '../../request';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { toSupplyEdge } from './supplyEdgeView';
import { checkBound } from './traversalBounds';

/**
 * `Query.supplyPaths`: the k shortest paths and the companies on them in one round trip. The companies also go
 * into the request's actor loader, so fields that load an actor by id later in the request find them there.
 */
export async function supplyPaths(_root: unknown, args: QuerySupplyPathsArgs, ctx: RequestContext): Promise<Array<ResolversTypes['SupplyPath']>> {
  const from = checkId(args.from, 'from');
  const to = checkId(args.to, 'to');
  if (from === to) throw new UserInputError('`from` and `to` must be different companies', { argument: 'to' });
  const maxHops = checkBound(args.maxHops, 'supplyPathHops', 'maxHops');
  const first = checkBound(args.first, 'supplyPathsFirst', 'first');
  const { paths, companies } = await findSupplyPaths(ctx.graph, { from, to, maxHops, first, asOf: asOfDate(args.asOf), evidence: args.evidence });
  const actors = new Map<string, ActorRecord>();
  for (const company of companies) {
    actors.set(company.id, company);
    ctx.loaders.actor.prime(company.id, company);
  }
  return paths.map((hops) => ({ length: hops.length, hops: hops.flatMap((hop) => toSupplyEdge(hop, (id) => actors.get(id)) ?? []) }));
}

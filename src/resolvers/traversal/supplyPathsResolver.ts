import { findSupplyPaths, type ActorRecord } from '../../graph';
import type { QuerySupplyPathsArgs, ResolversTypes } from '../../generated/graphql';
import { UserInputError } from '../../errors';
import type { RequestContext } from '../../server/context';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { toSupplyEdge } from './supplyEdgeView';
import { checkBound } from './traversalBounds';

/** `Query.supplyPaths`: the k shortest paths in one round trip, then their companies through the actor loader (one more). */
export async function supplyPaths(_root: unknown, args: QuerySupplyPathsArgs, ctx: RequestContext): Promise<Array<ResolversTypes['SupplyPath']>> {
  const from = checkId(args.from, 'from');
  const to = checkId(args.to, 'to');
  if (from === to) throw new UserInputError('`from` and `to` must be different companies', { argument: 'to' });
  const maxHops = checkBound(args.maxHops, 'supplyPathHops', 'maxHops');
  const first = checkBound(args.first, 'supplyPathsFirst', 'first');
  const paths = await findSupplyPaths(ctx.graph, { from, to, maxHops, first, asOf: asOfDate(args.asOf) });
  if (paths.length === 0) return [];

  const ids = [...new Set(paths.flat().flatMap((hop) => [hop.supplierId, hop.customerId]))];
  const loaded = await ctx.loaders.actor.loadMany(ids);
  const actors = new Map<string, ActorRecord>();
  for (const actor of loaded) if (actor && !(actor instanceof Error)) actors.set(actor.id, actor);
  return paths.map((hops) => ({ length: hops.length, hops: hops.flatMap((hop) => toSupplyEdge(hop, (id) => actors.get(id)) ?? []) }));
}

import type { GraphQLResolveInfo } from 'graphql';
import { compareText, findSupplyTiers } from '../../graph';
import type { QuerySupplyChainArgs, ResolversTypes } from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { actorPaths, selectionTree, selectsOnlyActorSummary, treeSelectsBeyond } from '../lookAhead';
import { toSupplyEdge } from './supplyEdgeView';
import { checkBound } from './traversalBounds';

/** The SupplyEdge fields a lean relation answers (findSupplyTiers' `lean`). */
const LEAN_EDGE_FIELDS: ReadonlySet<string> = new Set(['supplier', 'customer', 'product', 'stage', '__typename']);

/**
 * `Query.supplyChain`: the tiered subgraph in one round trip, then cut into tiers here. A relation belongs to tier n
 * when it joins a company of tier n to one of tier n - 1 in the chain's direction.
 */
export async function supplyChain(_root: unknown, args: QuerySupplyChainArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<ResolversTypes['SupplyChain'] | null> {
  const company = checkId(args.company, 'company');
  const tiers = checkBound(args.tiers, 'supplyChainTiers', 'tiers');
  const direction = args.direction ?? 'UPSTREAM';
  // Whole company records are most of the statement's cost: fetched only when a field beyond id, kind and name is asked for.
  const shape = selectsOnlyActorSummary(info, actorPaths(info.returnType)) ? 'summary' : 'full';
  // Relations without their dates and sources when no edge asks for them (or for `illustrative`, which reads the sources).
  const lean = !treeSelectsBeyond(selectionTree(info), ['tiers', 'edges'], LEAN_EDGE_FIELDS);
  const chain = await findSupplyTiers(ctx.graph, { company, direction, tiers, asOf: asOfDate(args.asOf), evidence: args.evidence, lean }, shape);
  if (!chain) return null;

  const tierOf = new Map<string, number>([[chain.company.id, 0], ...chain.companies.map((c) => [c.actor.id, c.tier] as [string, number])]);
  const actors = new Map([[chain.company.id, chain.company], ...chain.companies.map((c) => [c.actor.id, c.actor] as const)]);
  const result: Array<ResolversTypes['SupplyTier']> = [];
  for (let tier = 1; tier <= tiers; tier++) {
    const companies = chain.companies
      .filter((c) => c.tier === tier)
      .map((c) => c.actor)
      .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
    if (companies.length === 0) break;
    const edges = chain.edges
      .filter((e) => {
        const [far, near] = direction === 'UPSTREAM' ? [e.supplierId, e.customerId] : [e.customerId, e.supplierId];
        return tierOf.get(far) === tier && tierOf.get(near) === tier - 1;
      })
      .flatMap((e) => toSupplyEdge(e, (id) => actors.get(id)) ?? []);
    result.push({ tier, companies, edges });
  }
  return { company: chain.company, direction, tiers: result, truncated: chain.truncated };
}

import type { GraphQLResolveInfo } from 'graphql';
import { findSupplyPaths, isFullActor, type AnyActorRecord } from '../../graph';
import { actorPaths, selectionTree, selectsOnlyActorSummary, treeSelectsBeyond } from '../lookAhead';
import type { QuerySupplyPathsArgs, ResolversTypes } from '../../generated/graphql';
import { UserInputError } from '../../errors';
import type { RequestContext } from '../../request';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { toSupplyEdge } from './supplyEdgeView';
import { checkBound } from './traversalBounds';

/** The SupplyEdge fields a lean relation answers (findSupplyPaths' `lean`). */
const LEAN_EDGE_FIELDS: ReadonlySet<string> = new Set(['supplier', 'customer', 'product', 'stage', '__typename']);
/** The SupplyEdge fields that need no stage record. */
const STAGELESS_EDGE_FIELDS: ReadonlySet<string> = new Set(['supplier', 'customer', 'product', 'since', 'until', 'sources', 'illustrative', '__typename']);

/**
 * `Query.supplyPaths`: the k shortest paths and the companies on them in one round trip. Whole company records also
 * go into the request's actor loader, so fields that load an actor by id later in the request find them there.
 */
export async function supplyPaths(_root: unknown, args: QuerySupplyPathsArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<Array<ResolversTypes['SupplyPath']>> {
  const from = checkId(args.from, 'from');
  const to = checkId(args.to, 'to');
  if (from === to) throw new UserInputError('`from` and `to` must be different companies', { argument: 'to' });
  const maxHops = checkBound(args.maxHops, 'supplyPathHops', 'maxHops');
  const first = checkBound(args.first, 'supplyPathsFirst', 'first');
  // Summaries when the hops' companies are asked for nothing beyond id, kind and name (the bench's question): the
  // whole records and their regions were most of what the statement read besides the search.
  const summary = selectsOnlyActorSummary(info, actorPaths(info.returnType));
  // Relations without their dates and sources when no hop asks for them (or for `illustrative`, which reads the
  // sources), and no stage records when no hop asks for its stage.
  const tree = selectionTree(info);
  const lean = !treeSelectsBeyond(tree, ['hops'], LEAN_EDGE_FIELDS);
  const stages = treeSelectsBeyond(tree, ['hops'], STAGELESS_EDGE_FIELDS);
  const { paths, companies } = await findSupplyPaths(ctx.graph, { from, to, maxHops, first, asOf: asOfDate(args.asOf), evidence: args.evidence, summary, lean, stages });
  const actors = new Map<string, AnyActorRecord>();
  for (const company of companies) {
    actors.set(company.id, company);
    if (isFullActor(company)) ctx.loaders.actor.prime(company.id, company);
  }
  return paths.map((hops) => ({ length: hops.length, hops: hops.flatMap((hop) => toSupplyEdge(hop, (id) => actors.get(id)) ?? []) }));
}

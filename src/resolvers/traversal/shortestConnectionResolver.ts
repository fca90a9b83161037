import { UserInputError } from '../../errors';
import { findShortestConnection } from '../../graph';
import type { QueryShortestConnectionArgs, ResolversTypes } from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { hopSentence } from './hopSentences';
import { toSubgraphEdge } from './networkLinkView';
import { linkKindsOf, openNetworkScope } from './networkScopeArgs';
import { checkBound } from './traversalBounds';

/** `Query.shortestConnection`: a bidirectional breadth-first search (findShortestConnection), each hop put in words. */
export async function shortestConnection(
  _root: unknown,
  args: QueryShortestConnectionArgs,
  ctx: RequestContext,
): Promise<ResolversTypes['ShortestConnection'] | null> {
  const from = checkId(args.from, 'from');
  const to = checkId(args.to, 'to');
  if (from === to) throw new UserInputError('`from` and `to` must be different actors', { argument: 'to' });
  const maxHops = checkBound(args.maxHops, 'connectionHops', 'maxHops');
  const scope = openNetworkScope(linkKindsOf(args.via), asOfDate(args.asOf), args.evidence);

  // A search past its bound throws ConnectionSearchTooLargeError: formatError answers QUERY_TOO_COMPLEX (apiErrorOf).
  const hops = await findShortestConnection(ctx.graph, { from, to, maxHops, scope });
  if (!hops) return null;
  const actors = new Map(hops.flatMap((hop) => [[hop.from.id, hop.from] as const, [hop.to.id, hop.to] as const]));
  const explained = hops.map((hop) => ({
    from: hop.from,
    to: hop.to,
    link: toSubgraphEdge(hop.link, (id) => actors.get(id)),
    sentence: hopSentence(hop.from, hop.to, hop.link),
  }));
  return { length: explained.length, hops: explained, explanation: explained.map((hop) => hop.sentence).join('; ') };
}

import type { Resolvers } from '../generated/graphql';
import { decodeNameCursor, encodeNameCursor } from './cursors';
import { checkFirst, checkId } from './inputValidation';
import { listActorShape, selectsSubfield } from './lookAhead';
import { asOfDate } from './asOf';
import { evidenceParams } from '../model';
import { pageInfo } from './pageInfo';

export const clusterResolvers: Resolvers = {
  Cluster: {
    region: (cluster, _args, ctx) => (cluster.regionId ? ctx.loaders.region.load(cluster.regionId) : null),
    members: async (cluster, args, ctx, info) => {
      const first = checkFirst(args.first, 20);
      const after = decodeNameCursor(args.after);
      const kinds = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)].sort() : null;
      const page = await ctx.loaders.clusterMembers.load({ ownerId: cluster.id, args: { first, after, kinds, asOf: asOfDate(args.asOf), ...evidenceParams(args.evidence), withTotal: selectsSubfield(info, 'totalCount'), ...listActorShape(info, ['edges', 'node']) } });
      const edges = page.items.map(({ actor, membership }) => ({
        cursor: encodeNameCursor({ name: actor.name, id: actor.id }),
        node: actor,
        role: membership.role,
        since: membership.since,
        until: membership.until,
        sources: membership.sources,
        illustrative: membership.illustrative,
      }));
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: pageInfo(edges, page.hasNextPage, after !== null),
      };
    },
  },
  Query: {
    cluster: (_root, { id }, ctx) => ctx.loaders.cluster.load(checkId(id)),
  },
};

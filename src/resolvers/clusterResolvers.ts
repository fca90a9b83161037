import type { Resolvers } from '../generated/graphql';
import { decodeNameCursor, encodeNameCursor } from './cursors';
import { checkFirst, checkId } from './inputValidation';
import type { GraphQLResolveInfo } from 'graphql';
import { listActorShape, selectsSubfield, soleNestedField } from './lookAhead';
import { partnerPageArgs, type PartnersFieldArgs } from './actorLinkResolvers';
import { membersWithPartnersCompiles, type MembersPageArgs, type PartnersPageArgs } from '../graph';
import { asOfDate } from './asOf';
import { evidenceParams } from '../model';
import { pageInfo } from './pageInfo';

/**
 * The page arguments of the members' `partners`, when the members' selection has exactly one (one alias, no type
 * condition; soleNestedField) and its arguments are valid: then the member page and every member's partner page
 * come in one statement. Null otherwise, and the partners come through their loader as before (an invalid
 * argument then fails there, with the field's own error).
 */
function nestedPartnerArgs(info: GraphQLResolveInfo): PartnersPageArgs | null {
  const tree = soleNestedField(info, ['edges', 'node'], 'partners');
  if (!tree) return null;
  try {
    return partnerPageArgs(tree.args as PartnersFieldArgs, tree);
  } catch {
    return null;
  }
}

export const clusterResolvers: Resolvers = {
  Cluster: {
    region: (cluster, _args, ctx) => (cluster.regionId ? ctx.loaders.region.load(cluster.regionId) : null),
    members: async (cluster, args, ctx, info) => {
      const first = checkFirst(args.first, 20);
      const after = decodeNameCursor(args.after);
      const kinds = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)].sort() : null;
      const memberArgs: MembersPageArgs = { first, after, kinds, asOf: asOfDate(args.asOf), ...evidenceParams(args.evidence), withTotal: selectsSubfield(info, 'totalCount'), ...listActorShape(info, ['edges', 'node']) };
      const partnerArgs = nestedPartnerArgs(info);
      const page =
        partnerArgs && membersWithPartnersCompiles({ members: memberArgs, partners: partnerArgs })
          ? await ctx.loaders.clusterMembersWithPartners.load({ ownerId: cluster.id, args: { members: memberArgs, partners: partnerArgs } })
          : await ctx.loaders.clusterMembers.load({ ownerId: cluster.id, args: memberArgs });
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

import type { Resolvers } from '../generated/graphql';
import { decodeNameCursor, encodeNameCursor } from './cursors';
import { checkId } from './inputValidation';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { selectionTree, soleNestedFieldIn } from './lookAhead';
import { partnerPageArgs, type PartnersFieldArgs } from './actorLinkResolvers';
import type { MemberItem, MembersPageArgs, MembershipRoleValue, PartnersPageArgs } from '../graph';
import { actorPageArgs, type ActorPageFieldArgs } from './actorPageArgs';
import { pageInfo } from './pageInfo';

/** The arguments of `Cluster.members`. */
export type MembersFieldArgs = ActorPageFieldArgs;

/** The ClusterMemberEdge fields that need none of the membership's: an edge asking for nothing else is read without it. */
const MEMBER_EDGE_WITHOUT_LINK: ReadonlySet<string> = new Set(['__typename', 'cursor', 'node']);

/**
 * The page arguments (and loader key) of a `members` field with these arguments and this parsed selection: one
 * function for the field and for a cluster list that loads its members ahead (the key is compared as JSON).
 */
export function memberPageArgs(args: MembersFieldArgs, tree: ResolveTree | null): MembersPageArgs {
  return actorPageArgs(args, tree, (after) => decodeNameCursor(after), MEMBER_EDGE_WITHOUT_LINK);
}

/**
 * The page arguments of the members' `partners` below a `members` selection, when it has exactly one (one alias,
 * no type condition; soleNestedField) and its arguments are valid: then the member page and every member's
 * partner page come in one statement. Null otherwise, and the partners come through their loader as before (an
 * invalid argument then fails there, with the field's own error).
 */
export function nestedPartnerArgs(membersTree: ResolveTree | null): PartnersPageArgs | null {
  const tree = soleNestedFieldIn(membersTree, ['edges', 'node'], 'partners');
  if (!tree) return null;
  try {
    return partnerPageArgs(tree.args as PartnersFieldArgs, tree);
  } catch {
    return null;
  }
}

/**
 * A member edge. Its cursor is encoded only when the selection asks for it (graphql-js reads a field through its
 * getter): nestedRead asks for none of its 100.
 */
class MemberEdgeModel {
  readonly node: MemberItem['actor'];
  readonly role: MembershipRoleValue | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly sources: string[];
  readonly illustrative: boolean;

  constructor({ actor, membership }: MemberItem) {
    this.node = actor;
    // `membership` is null only when the edges ask for none of its fields (memberPageArgs).
    this.role = membership?.role ?? null;
    this.since = membership?.since ?? null;
    this.until = membership?.until ?? null;
    this.sources = membership?.sources ?? [];
    this.illustrative = membership?.illustrative ?? false;
  }

  get cursor(): string {
    return encodeNameCursor({ name: this.node.name, id: this.node.id });
  }
}

export const clusterResolvers: Resolvers = {
  Cluster: {
    region: (cluster, _args, ctx) => (cluster.regionId ? ctx.loaders.region.load(cluster.regionId) : null),
    members: async (cluster, args, ctx, info) => {
      const tree = selectionTree(info);
      const memberArgs = memberPageArgs(args, tree);
      const after = memberArgs.after;
      const partnerArgs = nestedPartnerArgs(tree);
      const page = partnerArgs
        ? await ctx.loaders.clusterMembersWithPartners.load({ ownerId: cluster.id, args: { members: memberArgs, partners: partnerArgs } })
        : await ctx.loaders.clusterMembers.load({ ownerId: cluster.id, args: memberArgs });
      const edges = page.items.map((item) => new MemberEdgeModel(item));
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

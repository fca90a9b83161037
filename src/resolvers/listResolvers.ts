import type { GraphQLResolveInfo } from 'graphql';
import { findActorPages, findClusterPage, findClusterPageWithMembers, type MembersPageArgs, type MembersWithPartnersArgs, ALL_REGIONS, actorSortValue, type ActorFilterArgs, type ActorPage, type ActorRecord, type LinkConditions } from '../graph';
import type { ActorFilter, ActorKind, ActorOrder, Evidence, Resolvers } from '../generated/graphql';
import type { RequestContext } from '../request';
import { decodeNameCursor, decodeSortCursor, encodeNameCursor, encodeSortCursor } from './cursors';
import { checkFirst, checkId } from './inputValidation';
import { selectsBelow, selectsSubfield, soleNestedField } from './lookAhead';
import { memberPageArgs, nestedPartnerArgs, type MembersFieldArgs } from './clusterResolvers';
import { NotFoundError, UserInputError } from '../errors';
import { evidenceParams } from '../model';
import { pageInfo } from './pageInfo';

const MAX_TEXT_FILTER = 200;

function checkText(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (value.length > MAX_TEXT_FILTER) throw new UserInputError(`\`${argument}\` must be at most ${MAX_TEXT_FILTER} characters`, { argument });
  return value.trim();
}

function checkYear(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 1000 || value > 2200) throw new UserInputError(`\`${argument}\` must be a year between 1000 and 2200`, { argument });
  return value;
}

const sortedOrNull = <T extends string>(values: ReadonlyArray<T> | null | undefined): T[] | null =>
  values && values.length > 0 ? [...new Set(values)].sort() : null;

/** Validates an ActorFilter argument into the graph layer's filter (ids checked, texts bounded). */
export function toActorFilter(filter: ActorFilter | null | undefined): ActorFilterArgs {
  const f = filter ?? {};
  const foundedFrom = checkYear(f.foundedFrom, 'filter.foundedFrom');
  const foundedTo = checkYear(f.foundedTo, 'filter.foundedTo');
  if (foundedFrom !== null && foundedTo !== null && foundedFrom > foundedTo) {
    throw new UserInputError('`filter.foundedFrom` must not be after `filter.foundedTo`', { argument: 'filter.foundedFrom' });
  }
  return {
    kinds: sortedOrNull(f.kinds),
    region: f.region ? checkId(f.region, 'filter.region') : null,
    cluster: f.cluster ? checkId(f.cluster, 'filter.cluster') : null,
    technology: f.technology ? checkId(f.technology, 'filter.technology') : null,
    stage: f.stage ? checkId(f.stage, 'filter.stage') : null,
    sizes: sortedOrNull(f.sizes),
    foundedFrom,
    foundedTo,
    nameContains: checkText(f.nameContains, 'filter.nameContains'),
    illustrative: f.illustrative ?? null,
    sourceContains: checkText(f.sourceContains, 'filter.sourceContains'),
  };
}

/** The link conditions of an `evidence` argument (and an ISO `asOf` date where the field takes one). */
export function linkConditions(evidence: Evidence | null | undefined, asOf: string | null = null): LinkConditions {
  return { asOf, citedOnly: evidenceParams(evidence).citedOnly };
}

/** Throws NOT_FOUND for the first id filter whose id names no entity (the statement that ran checked them). */
export function throwIfMissing(missing: readonly string[], filter: ActorFilterArgs, prefix = 'filter.'): void {
  const name = missing[0] as keyof ActorFilterArgs | undefined;
  if (name === undefined) return;
  const id = String(filter[name]);
  throw new NotFoundError(`\`${prefix}${name}\`: no ${name === 'stage' ? 'value-chain stage' : name} has the id "${id}"`, { argument: `${prefix}${name}`, id });
}

const EMPTY_PAGE: ActorPage = { items: [], hasNextPage: false, totalCount: 0, missing: [], sortValues: new Map() };

async function listActors(
  ctx: RequestContext,
  args: { filter?: ActorFilter | null; orderBy?: ActorOrder | null; first?: number | null; after?: string | null; evidence?: Evidence | null },
  withTotal: boolean,
  withRegion: boolean,
) {
  const filter = toActorFilter(args.filter);
  const sort = args.orderBy?.field ?? 'NAME';
  const descending = args.orderBy?.direction === 'DESC';
  const sortTag = `${sort}_${descending ? 'DESC' : 'ASC'}`;
  const first = checkFirst(args.first, 20);
  const after = decodeSortCursor(args.after, sortTag);
  const scope = filter.region ?? ALL_REGIONS;
  const links = linkConditions(args.evidence);
  const pages = await findActorPages(ctx.graph, [scope], { filter: { ...filter, region: null }, sort, descending, first, after, withTotal, withRegion, links });
  const page = pages.get(scope) ?? EMPTY_PAGE;
  throwIfMissing(page.missing, filter);
  return actorConnectionWithTag(page, sortTag, after !== null);
}

/** Turns a page of actors into an ActorConnection; cursors are tagged with the order they belong to. */
function actorConnectionWithTag(page: ActorPage, sortTag: string, hadCursor: boolean) {
  const edges = page.items.map((actor: ActorRecord) => ({ cursor: encodeSortCursor(sortTag, { value: actorSortValue(page, actor), id: actor.id }), node: actor }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: pageInfo(edges, page.hasNextPage, hadCursor),
  };
}

/**
 * The member and partner page arguments of `clusters { edges { node { members { edges { node { partners …`, when
 * each level has exactly one selection (soleNestedField) with valid arguments; null otherwise (the members and partners then come through their loaders, one statement per level).
 */
function nestedMembersArgs(info: GraphQLResolveInfo): MembersWithPartnersArgs | null {
  const membersTree = soleNestedField(info, ['edges', 'node'], 'members');
  if (!membersTree) return null;
  const partners = nestedPartnerArgs(membersTree);
  if (!partners) return null;
  let members: MembersPageArgs;
  try {
    members = memberPageArgs(membersTree.args as MembersFieldArgs, membersTree);
  } catch {
    return null;
  }
  return { members, partners };
}

export const listResolvers: Resolvers = {
  Query: {
    actors: (_root, args, ctx, info) => listActors(ctx, args, selectsSubfield(info, 'totalCount'), selectsBelow(info, ['edges', 'node'], 'region')),
    clusters: async (_root, args, ctx, info) => {
      const first = checkFirst(args.first, 20);
      const after = decodeNameCursor(args.after);
      const f = args.filter ?? {};
      const filter = {
        region: f.region ? checkId(f.region, 'filter.region') : null,
        technology: f.technology ? checkId(f.technology, 'filter.technology') : null,
        nameContains: checkText(f.nameContains, 'filter.nameContains'),
      };
      const pageArgs = { filter, first, after, withTotal: selectsSubfield(info, 'totalCount') };
      const nested = nestedMembersArgs(info);
      let page: Awaited<ReturnType<typeof findClusterPage>>;
      if (nested) {
        // The clusters, their members and the members' partners in one statement; the members and partners
        // resolvers find their pages primed under their own keys.
        const withMembers = await findClusterPageWithMembers(ctx.graph, pageArgs, nested);
        for (const [clusterId, memberPage] of withMembers.memberPages) ctx.loaders.primeMembersWithPartners(clusterId, nested, memberPage);
        page = withMembers;
      } else {
        page = await findClusterPage(ctx.graph, pageArgs);
      }
      throwIfMissing(page.missing, { ...toActorFilter(null), region: filter.region, technology: filter.technology });
      const edges = page.items.map((cluster) => ({ cursor: encodeNameCursor({ name: cluster.name, id: cluster.id }), node: cluster }));
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: pageInfo(edges, page.hasNextPage, after !== null),
      };
    },
    region: (_root, { id }, ctx) => ctx.loaders.region.load(checkId(id)),
  },
  Region: {
    children: async (region, _args, ctx) => (await ctx.loaders.related.regionChildren.load({ ownerId: region.id, asOf: null })).map((r) => r.node),
    actors: (region, args, ctx, info) => scopedActors(ctx, 'region', region.id, args, info),
  },
  Technology: {
    actors: (technology, args, ctx, info) => scopedActors(ctx, 'technology', technology.id, args, info),
  },
  ValueChainStage: {
    actors: (stage, args, ctx, info) => scopedActors(ctx, 'stage', stage.id, args, info),
  },
};

/**
 * The actors of a region, technology or stage (the owner of the field), by name: every owner at one depth of the
 * query shares one round trip through the scoped-actors loader.
 */
async function scopedActors(
  ctx: RequestContext,
  scopeBy: 'region' | 'technology' | 'stage',
  ownerId: string,
  args: { first?: number | null; after?: string | null; kinds?: ReadonlyArray<ActorKind> | null; evidence?: Evidence | null },
  info: GraphQLResolveInfo,
) {
  const first = checkFirst(args.first, 20);
  const after = decodeSortCursor(args.after, 'NAME_ASC');
  const filter: ActorFilterArgs = { ...toActorFilter(null), kinds: sortedOrNull(args.kinds) };
  const page = await ctx.loaders.scopedActors.load({
    ownerId,
    args: {
      filter,
      scopeBy,
      sort: 'NAME',
      descending: false,
      first,
      after,
      withTotal: selectsSubfield(info, 'totalCount'),
      withRegion: selectsBelow(info, ['edges', 'node'], 'region'),
      links: linkConditions(args.evidence),
    },
  });
  return actorConnectionWithTag(page, 'NAME_ASC', after !== null);
}

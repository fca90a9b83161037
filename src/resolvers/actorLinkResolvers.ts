import type { GraphQLResolveInfo } from 'graphql';
import type { RelatedKey } from '../loaders';
import type { RequestContext } from '../request';
import type { Related, RelatedRecord, RelationName } from '../graph';
import { fullActor } from './actorFields';
import { asOfDate } from './asOf';
import { actorPageArgs } from './actorPageArgs';
import { decodeLinkCursor, decodePartnerCursor, encodeLinkCursor, encodePartnerCursor } from './cursors';
import type { LinkItem, LinkListName, LinkPage, PartnerItem, PartnersPageArgs } from '../graph';
import { NotFoundError } from '../errors';
import { checkFirst, checkId } from './inputValidation';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { selectionTree, selectsSubfield } from './lookAhead';
import type { ActorLinkModel, ActorModel } from './models';
import { actorLabelOfKind, collaborationModel, evidenceParams, type CollaborationModel, type EvidenceLevel } from '../model';
import { pageInfo } from './pageInfo';

type RelatedLoaderName = keyof RequestContext['loaders']['related'];

/** The `asOf` and `evidence` arguments a link list takes. */
export interface LinkArgs {
  asOf?: string | null;
  evidence?: EvidenceLevel | null;
}

export function related<N extends RelatedLoaderName & RelationName>(ctx: RequestContext, relation: N, ownerId: string, args: LinkArgs = {}): Promise<Array<Related<RelatedRecord<N>>>> {
  const key: RelatedKey = { ownerId, asOf: asOfDate(args.asOf), citedOnly: evidenceParams(args.evidence).citedOnly };
  return ctx.loaders.related[relation].load(key) as Promise<Array<Related<RelatedRecord<N>>>>;
}

/** A link seen from `owner`: when the owner is the link's target, the loaded node is its source, and so on. */
function linkModel(item: Related<ActorModel>, ownerIs: 'from' | 'to'): ActorLinkModel {
  return ownerIs === 'from'
    ? { fromId: item.ownerId, toId: item.node.id, known: item.node, rel: item.rel }
    : { fromId: item.node.id, toId: item.ownerId, known: item.node, rel: item.rel };
}

/** The arguments of a paged link list (membershipsConnection, suppliersConnection, customersConnection). */
interface LinkPageFieldArgs extends LinkArgs {
  first?: number | null;
  after?: string | null;
  stage?: string | null;
  roles?: ReadonlyArray<string> | null;
}

/**
 * One page of a paged link list through its per-request loader (all owners at one depth share a round trip),
 * as a connection whose nodes `toNode` makes from each link.
 */
async function linkConnection<N extends LinkListName, T>(
  ctx: RequestContext,
  list: N,
  ownerId: string,
  args: LinkPageFieldArgs,
  info: GraphQLResolveInfo,
  toNode: (item: LinkItem<N>) => T,
) {
  const first = checkFirst(args.first, 20);
  const after = decodeLinkCursor(args.after);
  const stage = args.stage ? checkId(args.stage, 'stage') : null;
  const roles = args.roles && args.roles.length > 0 ? [...new Set(args.roles)].sort() : null;
  const loader = ctx.loaders.linkPages[list] as unknown as { load: (key: { ownerId: string; args: unknown }) => Promise<LinkPage<N>> };
  const page = await loader.load({
    ownerId,
    args: { first, after, stage, roles, asOf: asOfDate(args.asOf), ...evidenceParams(args.evidence), withTotal: selectsSubfield(info, 'totalCount') },
  });
  if (!page.stageFound && stage !== null) throw new NotFoundError(`\`stage\`: no value-chain stage has the id "${stage}"`, { argument: 'stage', id: stage });
  const edges = page.items.map((item) => ({ cursor: encodeLinkCursor({ name: item.node.name, id: item.node.id, link: item.link }), node: toNode(item) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: pageInfo(edges, page.hasNextPage, after !== null),
  };
}

/**
 * The PartnerEdge fields that need none of the collaboration's fields beside its weight (`interactionModel` comes
 * from the two actors' kinds): an edge asking for nothing else is read without them.
 */
const PARTNER_EDGE_WITHOUT_LINK: ReadonlySet<string> = new Set(['__typename', 'cursor', 'node', 'weight', 'interactionModel']);

/**
 * A partner edge. Its cursor and interaction model are worked out only when the selection asks for them (graphql-js
 * reads a field through its getter): nestedRead asks for neither on any of its 500 edges, and encoding the cursors
 * was 2 % of the server's busy time.
 */
class PartnerEdgeModel {
  readonly node: ActorModel;
  readonly weight: number | null;
  readonly topic: string | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly sources: string[];
  readonly illustrative: boolean;

  constructor(
    private readonly owner: ActorModel,
    { actor: partner, weight, link }: PartnerItem,
  ) {
    this.node = partner;
    this.weight = weight;
    // `link` is null only when the edges ask for none of its fields (partnerPageArgs).
    this.topic = link?.topic ?? null;
    this.since = link?.since ?? null;
    this.until = link?.until ?? null;
    this.sources = link?.sources ?? [];
    this.illustrative = link?.illustrative ?? false;
  }

  get cursor(): string {
    return encodePartnerCursor({ weight: this.weight ?? 0, name: this.node.name, id: this.node.id });
  }

  get interactionModel(): CollaborationModel {
    return interactionModel(this.owner, this.node);
  }
}

/** The arguments of `partners` on every actor type. */
export type PartnersFieldArgs = { first?: number | null; after?: string | null; kinds?: ReadonlyArray<ActorModel['kind']> | null } & LinkArgs;

/**
 * The page arguments (and loader key) of a `partners` field with these arguments and this parsed selection. A
 * member list that compiles its members' partners into its own statement primes the partner loader under the
 * key this makes from the nested field's subtree, so it must be the one function both use: the key is compared
 * as JSON, property order included. Throws the field's own input errors (bad `first`, bad cursor).
 */
export function partnerPageArgs(args: PartnersFieldArgs, tree: ResolveTree | null): PartnersPageArgs {
  return actorPageArgs(args, tree, (after) => decodePartnerCursor(after), PARTNER_EDGE_WITHOUT_LINK);
}

/** Field resolvers every actor type shares: memberships, partners, technologies, stages, projects, spin-offs. */
export const sharedActorLinkFields = {
  region: async (actor: ActorModel, _args: unknown, ctx: RequestContext) => {
    const record = await fullActor(actor, ctx);
    // Records carry their region, unless a list left it out because its selection did not ask for it.
    if (record.region !== undefined) {
      if (record.region) ctx.loaders.region.prime(record.region.id, record.region);
      return record.region;
    }
    if (record.regionId === undefined) return (await ctx.loaders.actor.load(record.id))?.region ?? null;
    return record.regionId ? ctx.loaders.region.load(record.regionId) : null;
  },
  memberships: (actor: ActorModel, args: LinkArgs, ctx: RequestContext) => related(ctx, 'actorMemberships', actor.id, args),
  membershipsConnection: (actor: ActorModel, args: LinkPageFieldArgs, ctx: RequestContext, info: GraphQLResolveInfo) =>
    linkConnection(ctx, 'memberships', actor.id, args, info, (item) => ({ ownerId: actor.id, node: item.node, rel: item.rel })),
  technologies: async (actor: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'actorTechnologies', actor.id)).map((r) => r.node),
  valueChainStages: async (actor: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'actorStages', actor.id)).map((r) => r.node),
  projects: (actor: ActorModel, args: LinkArgs, ctx: RequestContext) => related(ctx, 'actorProjects', actor.id, args),
  spunOffFrom: async (actor: ActorModel, args: LinkArgs, ctx: RequestContext) => (await related(ctx, 'spunOffFrom', actor.id, args)).map((r) => linkModel(r, 'from')),
  spinOffs: async (actor: ActorModel, args: LinkArgs, ctx: RequestContext) => (await related(ctx, 'spinOffs', actor.id, args)).map((r) => linkModel(r, 'to')),
  partners: async (actor: ActorModel, args: PartnersFieldArgs, ctx: RequestContext, info: GraphQLResolveInfo) => {
    const pageArgs = partnerPageArgs(args, selectionTree(info));
    const after = pageArgs.after;
    const page = await ctx.loaders.actorPartners.load({ ownerId: actor.id, args: pageArgs });
    const edges = page.items.map((item) => new PartnerEdgeModel(actor, item));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfo(edges, page.hasNextPage, after !== null),
    };
  },
};

/** The interaction model of a collaboration, from its two ends' kinds: the model's one rule (collaborationModel). */
export function interactionModel(a: ActorModel, b: ActorModel): CollaborationModel {
  return collaborationModel(actorLabelOfKind(a.kind), actorLabelOfKind(b.kind));
}

/** Company-only links: suppliers, customers, parent, subsidiaries. */
export const companyLinkFields = {
  suppliers: async (company: ActorModel, args: LinkArgs, ctx: RequestContext) => (await related(ctx, 'suppliers', company.id, args)).map((r) => linkModel(r, 'to')),
  customers: async (company: ActorModel, args: LinkArgs, ctx: RequestContext) => (await related(ctx, 'customers', company.id, args)).map((r) => linkModel(r, 'from')),
  suppliersConnection: (company: ActorModel, args: LinkPageFieldArgs, ctx: RequestContext, info: GraphQLResolveInfo) =>
    linkConnection(ctx, 'suppliers', company.id, args, info, (item) => linkModel({ ownerId: company.id, node: item.node, rel: item.rel }, 'to')),
  customersConnection: (company: ActorModel, args: LinkPageFieldArgs, ctx: RequestContext, info: GraphQLResolveInfo) =>
    linkConnection(ctx, 'customers', company.id, args, info, (item) => linkModel({ ownerId: company.id, node: item.node, rel: item.rel }, 'from')),
  parent: async (company: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'parentCompany', company.id))[0]?.node ?? null,
  subsidiaries: async (company: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'subsidiaries', company.id)).map((r) => r.node),
};

/** Resolves one end of a link: the end already loaded, or through the actor loader. */
export function linkEnd(link: ActorLinkModel, end: 'from' | 'to', ctx: RequestContext): Promise<ActorModel | null> | ActorModel {
  const id = end === 'from' ? link.fromId : link.toId;
  return link.known.id === id ? link.known : ctx.loaders.actor.load(id);
}

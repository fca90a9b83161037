import type { GraphQLResolveInfo } from 'graphql';
import type { RelatedKey } from '../loaders';
import type { RequestContext } from '../request';
import type { Related, RelatedRecord, RelationName } from '../graph';
import { fullActor } from './actorFields';
import { asOfDate } from './asOf';
import { decodePartnerCursor, encodePartnerCursor } from './cursors';
import { checkFirst } from './inputValidation';
import { listActorShape, selectsSubfield } from './lookAhead';
import type { ActorLinkModel, ActorModel } from './models';
import { actorLabelOfKind, collaborationModel, type CollaborationModel } from '../model';
import { pageInfo } from './pageInfo';

type RelatedLoaderName = keyof RequestContext['loaders']['related'];

function related<N extends RelatedLoaderName & RelationName>(ctx: RequestContext, relation: N, ownerId: string, asOf: string | null = null): Promise<Array<Related<RelatedRecord<N>>>> {
  const key: RelatedKey = { ownerId, asOf };
  return ctx.loaders.related[relation].load(key) as Promise<Array<Related<RelatedRecord<N>>>>;
}

/** A link seen from `owner`: when the owner is the link's target, the loaded node is its source, and so on. */
function linkModel(item: Related<ActorModel>, ownerIs: 'from' | 'to'): ActorLinkModel {
  return ownerIs === 'from'
    ? { fromId: item.ownerId, toId: item.node.id, known: item.node, rel: item.rel }
    : { fromId: item.node.id, toId: item.ownerId, known: item.node, rel: item.rel };
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
  memberships: (actor: ActorModel, args: { asOf?: string | null }, ctx: RequestContext) => related(ctx, 'actorMemberships', actor.id, asOfDate(args.asOf)),
  technologies: async (actor: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'actorTechnologies', actor.id)).map((r) => r.node),
  valueChainStages: async (actor: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'actorStages', actor.id)).map((r) => r.node),
  projects: (actor: ActorModel, _args: unknown, ctx: RequestContext) => related(ctx, 'actorProjects', actor.id),
  spunOffFrom: async (actor: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'spunOffFrom', actor.id)).map((r) => linkModel(r, 'from')),
  spinOffs: async (actor: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'spinOffs', actor.id)).map((r) => linkModel(r, 'to')),
  partners: async (
    actor: ActorModel,
    args: { first?: number | null; after?: string | null; kinds?: ReadonlyArray<ActorModel['kind']> | null; asOf?: string | null },
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ) => {
    const first = checkFirst(args.first, 20);
    const after = decodePartnerCursor(args.after);
    const kinds = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)].sort() : null;
    const page = await ctx.loaders.actorPartners.load({ ownerId: actor.id, args: { first, after, kinds, asOf: asOfDate(args.asOf), withTotal: selectsSubfield(info, 'totalCount'), ...listActorShape(info, ['edges', 'node']) } });
    const edges = page.items.map(({ actor: partner, link }) => ({
      cursor: encodePartnerCursor({ weight: link.weight ?? 0, name: partner.name, id: partner.id }),
      node: partner,
      topic: link.topic,
      since: link.since,
      until: link.until,
      weight: link.weight,
      interactionModel: interactionModel(actor, partner),
      sources: link.sources,
    }));
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
  suppliers: async (company: ActorModel, args: { asOf?: string | null }, ctx: RequestContext) =>
    (await related(ctx, 'suppliers', company.id, asOfDate(args.asOf))).map((r) => linkModel(r, 'to')),
  customers: async (company: ActorModel, args: { asOf?: string | null }, ctx: RequestContext) =>
    (await related(ctx, 'customers', company.id, asOfDate(args.asOf))).map((r) => linkModel(r, 'from')),
  parent: async (company: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'parentCompany', company.id))[0]?.node ?? null,
  subsidiaries: async (company: ActorModel, _args: unknown, ctx: RequestContext) => (await related(ctx, 'subsidiaries', company.id)).map((r) => r.node),
};

/** Resolves one end of a link: the end already loaded, or through the actor loader. */
export function linkEnd(link: ActorLinkModel, end: 'from' | 'to', ctx: RequestContext): Promise<ActorModel | null> | ActorModel {
  const id = end === 'from' ? link.fromId : link.toId;
  return link.known.id === id ? link.known : ctx.loaders.actor.load(id);
}

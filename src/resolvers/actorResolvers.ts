import type { OrganizationTypeValue, ResearchInstituteTypeValue } from '../graph';
import type { Resolvers } from '../generated/graphql';
import { companyLinkFields, linkEnd, sharedActorLinkFields } from './actorLinkResolvers';
import type { RequestContext } from '../request';
import { companyScalarFields, fromFullActor, instituteScalarFields, sharedActorScalarFields } from './actorFields';
import { checkId } from './inputValidation';
import { graphqlTypeOfLabel, type ActorLabel, type EntityTypeName } from '../model';
import type { ActorModel } from './models';

/** The GraphQL object type of an actor record, by its node label. */
export function actorTypeName(actor: ActorModel): EntityTypeName<ActorLabel> {
  return graphqlTypeOfLabel(actor.label);
}

const INSTITUTE_TYPES: ReadonlySet<string> = new Set(['UNIVERSITY', 'APPLIED_SCIENCES_UNIVERSITY', 'NON_UNIVERSITY_INSTITUTE', 'OTHER']);
const ORGANIZATION_TYPES: ReadonlySet<string> = new Set(['CLUSTER_MANAGEMENT', 'ASSOCIATION', 'CHAMBER', 'AGENCY', 'INVESTOR', 'PUBLIC_BODY', 'OTHER']);

function instituteType(actor: ActorModel, _args: unknown, ctx: RequestContext): ResearchInstituteTypeValue | Promise<ResearchInstituteTypeValue> {
  return fromFullActor(actor, ctx, ({ type }) => (type !== null && INSTITUTE_TYPES.has(type) ? (type as ResearchInstituteTypeValue) : 'OTHER'));
}

function organizationType(actor: ActorModel, _args: unknown, ctx: RequestContext): OrganizationTypeValue | Promise<OrganizationTypeValue> {
  return fromFullActor(actor, ctx, ({ type }) => (type !== null && ORGANIZATION_TYPES.has(type) ? (type as OrganizationTypeValue) : 'OTHER'));
}

const PROJECT_ROLES: ReadonlySet<string> = new Set(['COORDINATOR', 'PARTNER']);
function projectRole(role: string | null): 'COORDINATOR' | 'PARTNER' | null {
  return role !== null && PROJECT_ROLES.has(role) ? (role as 'COORDINATOR' | 'PARTNER') : null;
}

const MEMBER_ROLES: ReadonlySet<string> = new Set(['MEMBER', 'FOUNDING_MEMBER', 'BOARD', 'MANAGEMENT']);

export const actorResolvers: Resolvers = {
  Actor: { __resolveType: actorTypeName },
  Company: { ...sharedActorScalarFields, ...companyScalarFields, ...sharedActorLinkFields, ...companyLinkFields },
  ResearchInstitute: { ...sharedActorScalarFields, ...instituteScalarFields, ...sharedActorLinkFields, type: instituteType },
  Organization: { ...sharedActorScalarFields, ...sharedActorLinkFields, type: organizationType },
  Membership: {
    cluster: (m) => m.node,
    role: (m) => (m.rel.role !== null && MEMBER_ROLES.has(m.rel.role) ? (m.rel.role as 'MEMBER') : null),
    since: (m) => m.rel.since,
    until: (m) => m.rel.until,
    sources: (m) => m.rel.sources,
    illustrative: (m) => m.rel.illustrative,
  },
  ProjectParticipation: {
    project: (p) => p.node,
    role: (p) => projectRole(p.rel.role),
    sources: (p) => p.rel.sources,
    illustrative: (p) => p.rel.illustrative,
  },
  ProjectParticipant: {
    actor: (p) => p.node,
    role: (p) => projectRole(p.rel.role),
    sources: (p) => p.rel.sources,
    illustrative: (p) => p.rel.illustrative,
  },
  SupplyLink: {
    supplier: async (link, _args, ctx) => (await linkEnd(link, 'from', ctx)) as ActorModel,
    customer: async (link, _args, ctx) => (await linkEnd(link, 'to', ctx)) as ActorModel,
    product: (link) => link.rel.product,
    stage: (link, _args, ctx) => (link.rel.stage ? ctx.loaders.valueChainStage.load(link.rel.stage) : null),
    since: (link) => link.rel.since,
    until: (link) => link.rel.until,
    sources: (link) => link.rel.sources,
    illustrative: (link) => link.rel.illustrative,
  },
  SpinOffLink: {
    spinOff: async (link, _args, ctx) => (await linkEnd(link, 'from', ctx)) as ActorModel,
    origin: async (link, _args, ctx) => (await linkEnd(link, 'to', ctx)) as ActorModel,
    year: (link) => link.rel.year,
    sources: (link) => link.rel.sources,
    illustrative: (link) => link.rel.illustrative,
  },
  Query: {
    actor: (_root, { id }, ctx) => ctx.loaders.actor.load(checkId(id)),
  },
};

import type { ResearchInstituteTypeValue, OrganizationTypeValue } from '../graph';
import type { Resolvers } from '../generated/graphql';
import { checkId } from './inputValidation';
import type { ActorModel } from './models';

const TYPE_BY_KIND = {
  COMPANY: 'Company',
  RESEARCH_INSTITUTE: 'ResearchInstitute',
  ORGANIZATION: 'Organization',
} as const;

/** The GraphQL object type of an actor record. */
export function actorTypeName(actor: ActorModel): (typeof TYPE_BY_KIND)[keyof typeof TYPE_BY_KIND] {
  return TYPE_BY_KIND[actor.kind];
}

const INSTITUTE_TYPES: ReadonlySet<string> = new Set(['UNIVERSITY', 'APPLIED_SCIENCES_UNIVERSITY', 'NON_UNIVERSITY_INSTITUTE', 'OTHER']);
const ORGANIZATION_TYPES: ReadonlySet<string> = new Set(['CLUSTER_MANAGEMENT', 'ASSOCIATION', 'CHAMBER', 'AGENCY', 'INVESTOR', 'PUBLIC_BODY', 'OTHER']);

function instituteType(actor: ActorModel): ResearchInstituteTypeValue {
  return actor.type !== null && INSTITUTE_TYPES.has(actor.type) ? (actor.type as ResearchInstituteTypeValue) : 'OTHER';
}

function organizationType(actor: ActorModel): OrganizationTypeValue {
  return actor.type !== null && ORGANIZATION_TYPES.has(actor.type) ? (actor.type as OrganizationTypeValue) : 'OTHER';
}

export const actorResolvers: Resolvers = {
  Actor: { __resolveType: actorTypeName },
  Company: {
    region: (actor, _args, ctx) => (actor.regionId ? ctx.loaders.region.load(actor.regionId) : null),
  },
  ResearchInstitute: {
    region: (actor, _args, ctx) => (actor.regionId ? ctx.loaders.region.load(actor.regionId) : null),
    type: instituteType,
  },
  Organization: {
    region: (actor, _args, ctx) => (actor.regionId ? ctx.loaders.region.load(actor.regionId) : null),
    type: organizationType,
  },
  Query: {
    actor: (_root, { id }, ctx) => ctx.loaders.actor.load(checkId(id)),
  },
};

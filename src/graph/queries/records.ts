/**
 * Plain records the graph layer returns; resolvers map them to GraphQL types. Every entity record carries the
 * Neo4j `label` of its node, set by its projection (projections.ts): the resolvers name the GraphQL type by it
 * (GRAPHQL_TYPE_BY_LABEL in model/), never by guessing from the keys a record happens to have.
 */
import type { ActorLabel } from '../../model';

export type ActorKindValue = 'COMPANY' | 'RESEARCH_INSTITUTE' | 'ORGANIZATION';
export type CompanySizeValue = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';
export type ResearchInstituteTypeValue = 'UNIVERSITY' | 'APPLIED_SCIENCES_UNIVERSITY' | 'NON_UNIVERSITY_INSTITUTE' | 'OTHER';
export type ParentOrganizationValue = 'FRAUNHOFER' | 'MAX_PLANCK' | 'HELMHOLTZ' | 'LEIBNIZ' | 'OTHER';
export type OrganizationTypeValue = 'CLUSTER_MANAGEMENT' | 'ASSOCIATION' | 'CHAMBER' | 'AGENCY' | 'INVESTOR' | 'PUBLIC_BODY' | 'OTHER';
export type RegionLevelValue = 'COUNTRY' | 'STATE' | 'DISTRICT' | 'CITY';
export type MembershipRoleValue = 'MEMBER' | 'FOUNDING_MEMBER' | 'BOARD' | 'MANAGEMENT';

export interface GeoPointRecord {
  latitude: number;
  longitude: number;
}

export interface ActorRecord {
  id: string;
  /** The node's actor label (Company, ResearchInstitute or Organization). */
  label: ActorLabel;
  kind: ActorKindValue;
  name: string;
  aliases: string[];
  description: string | null;
  founded: string | null;
  /** The year of `founded`, for filtering and ordering. */
  foundedYear: number | null;
  website: string | null;
  location: GeoPointRecord | null;
  /**
   * The actor's region and its id, returned with the actor so that `Actor.region` costs no round trip. Both are
   * absent (not null) when the list that returned the record was not asked for regions.
   */
  regionId?: string | null;
  region?: RegionRecord | null;
  sources: string[];
  illustrative: boolean;
  size: CompanySizeValue | null;
  employees: number | null;
  fictional: boolean;
  /** ResearchInstitute or Organization type, by kind. */
  type: ResearchInstituteTypeValue | OrganizationTypeValue | null;
  parentOrganization: ParentOrganizationValue | null;
}

/**
 * Only what most list selections ask of an actor (id, kind, name). Statements return it instead of an ActorRecord
 * when the GraphQL selection asks for nothing more; the Actor resolvers load the whole record if a field beyond
 * it is asked for after all.
 */
export interface ActorSummaryRecord {
  id: string;
  label: ActorLabel;
  kind: ActorKindValue;
  name: string;
  summary: true;
}

export type AnyActorRecord = ActorRecord | ActorSummaryRecord;

/** Whether statements should return whole actor records or summaries (see ActorSummaryRecord). */
export type ActorRecordShape = 'full' | 'summary';

export function isFullActor(actor: AnyActorRecord): actor is ActorRecord {
  return !('summary' in actor);
}

export interface ClusterRecord {
  id: string;
  label: 'Cluster';
  name: string;
  aliases: string[];
  description: string | null;
  founded: string | null;
  website: string | null;
  location: GeoPointRecord | null;
  regionId: string | null;
  sources: string[];
  illustrative: boolean;
}

export interface RegionRecord {
  id: string;
  label: 'Region';
  name: string;
  /** Other names (e.g. German ones); absent in records built before regions had aliases. */
  aliases?: string[];
  level: RegionLevelValue;
  nuts: string | null;
  location: GeoPointRecord | null;
  parentId: string | null;
}

/** A relationship's own properties as most edge types expose them. */
export interface LinkRecord {
  since: string | null;
  until: string | null;
  sources: string[];
  illustrative: boolean;
}

export interface MembershipRecord extends LinkRecord {
  actorId: string;
  clusterId: string;
  role: MembershipRoleValue | null;
}

/** One page of a list: the items, whether more follow, and the total across pages. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface TechnologyRecord {
  id: string;
  label: 'Technology';
  name: string;
  description: string | null;
  broaderId: string | null;
}

export interface ValueChainRecord {
  id: string;
  label: 'ValueChain';
  name: string;
  description: string | null;
}

export interface ValueChainStageRecord {
  id: string;
  label: 'ValueChainStage';
  name: string;
  order: number;
  description: string | null;
  valueChainId: string;
}

export interface ProjectRecord {
  id: string;
  label: 'Project';
  title: string;
  acronym: string | null;
  start: string | null;
  end: string | null;
  description: string | null;
}

export interface FundingProgramRecord {
  id: string;
  label: 'FundingProgram';
  name: string;
  funder: string | null;
  start: string | null;
  end: string | null;
}

/** The properties of a relationship as stored (see src/graph/README.md); absent ones are null. */
export interface RelationshipProperties extends LinkRecord {
  role: string | null;
  topic: string | null;
  weight: number | null;
  model: string | null;
  product: string | null;
  stage: string | null;
  year: number | null;
}

/** An entity related to an owner through one relationship, with that relationship's properties. */
export interface Related<T> {
  ownerId: string;
  node: T;
  rel: RelationshipProperties;
}

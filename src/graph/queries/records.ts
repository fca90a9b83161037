/** Plain records the graph layer returns; resolvers map them to GraphQL types. */

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
  kind: ActorKindValue;
  name: string;
  aliases: string[];
  description: string | null;
  founded: string | null;
  website: string | null;
  location: GeoPointRecord | null;
  regionId: string | null;
  sources: string[];
  illustrative: boolean;
  size: CompanySizeValue | null;
  employees: number | null;
  fictional: boolean;
  /** ResearchInstitute or Organization type, by kind. */
  type: ResearchInstituteTypeValue | OrganizationTypeValue | null;
  parentOrganization: ParentOrganizationValue | null;
}

export interface ClusterRecord {
  id: string;
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
  name: string;
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

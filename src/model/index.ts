export {
  ACTOR_KIND_BY_LABEL,
  ACTOR_LABELS,
  actorLabelOfKind,
  GRAPHQL_TYPE_BY_LABEL,
  graphqlTypeOfLabel,
  NETWORK_LINK_KINDS,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type ActorKind,
  type ActorLabel,
  type EntityTypeName,
  type NetworkLinkKindValue,
  type NodeLabel,
  type RelationshipType,
} from './vocabulary';
export { cleanCell, ID_MAX_LENGTH, ID_PATTERN, LIST_SEPARATOR, type Cell, type RawRow } from './cells';
export { parsePartialDate, periodEnd, periodStart, type PartialDate } from './partialDate';
export { validityInterval, type ValidityInterval } from './validityInterval';
export { foundedYear } from './foundedYear';
export { checkNotFuture, foundingProblems, linkStart, todayIso } from './dateRules';
export { FICTIONAL, ILLUSTRATIVE, isFictional, isIllustrative } from './sourceMarkers';
export { evidenceParams, type EvidenceLevel } from './evidence';
export { foldSearchText, searchProperties, type SearchProperties } from './searchFolding';
export { collaborationModel, COLLABORATION_MODELS, type CollaborationModel } from './collaborationModel';
export {
  COMPANY_SIZES,
  ORGANIZATION_TYPES,
  PARENT_ORGANIZATIONS,
  REGION_LEVELS,
  RESEARCH_INSTITUTE_TYPES,
  type ClusterRow,
  type CompanyRow,
  type FundingProgramRow,
  type OrganizationRow,
  type ProjectRow,
  type RegionRow,
  type ResearchInstituteRow,
  type TechnologyRow,
  type ValueChainRow,
  type ValueChainStageRow,
} from './nodeSchemas';
export {
  MEMBER_ROLES,
  PARTICIPANT_ROLES,
  type ActiveInRecord,
  type CollaboratesWithRecord,
  type CooperatesWithRecord,
  type FundedByRecord,
  type LocatedInRecord,
  type MemberOfRecord,
  type ParticipatesInRecord,
  type SpecializesInRecord,
  type SpunOffFromRecord,
  type SubsidiaryOfRecord,
  type SuppliesRecord,
} from './relationshipSchemas';
export {
  isNodeKind,
  isRelationshipKind,
  NODE_KINDS,
  RELATIONSHIP_KINDS,
  type NodeKind,
  type NodeKindSpec,
  type NodeRecords,
  type RelationshipKind,
  type RelationshipKindSpec,
  type RelationshipRecords,
} from './recordKinds';
export { checkHeader, validateNodeRow, validateRelationshipRow, type Validation } from './validateRow';
export { NODE_WRITE_RECIPES, toNodeWriteRow, type ExtraProperty, type NodeWriteRecipe, type NodeWriteRow, type PropertyValue } from './nodeWriteRows';
export { toRelationshipWriteRow, type LinkFields, type RelationshipWriteRow } from './relationshipWriteRows';
export { propertyHash } from './propertyHash';
export { DEFAULT_NETWORK_LINK_KINDS, kindOfRank, LINK_KIND_TABLE, linkKindSpec, rankOfKind, type LinkFacts, type LinkKindSpec } from './linkKinds';
export { describeNodeColumns, describeRelationshipRules, type RelationshipRules } from './relationshipRules';
export type { RuleDescription } from './ruleDescriptions';

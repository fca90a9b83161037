/** The objects resolvers pass between each other for GraphQL object types (codegen mappers). */
import type { CommunityReport, NetworkAnalysisResult } from '../algorithms';
import type {
  AnyActorRecord,
  ClusterRecord,
  ClusterStatisticsRecord,
  FundingProgramRecord,
  NearbyActorRecord,
  ProjectRecord,
  Related,
  RegionRecord,
  RelationshipProperties,
  TechnologyRecord,
  ValueChainRecord,
  ValueChainStageRecord,
} from '../graph';
import type { NetworkLinkKindValue } from '../model';

/** A whole actor record, or a summary whose other fields the Actor resolvers load when asked for. */
export type ActorModel = AnyActorRecord;
export type ClusterModel = ClusterRecord;
export type RegionModel = RegionRecord;
export type TechnologyModel = TechnologyRecord;
export type ValueChainModel = ValueChainRecord;
export type ValueChainStageModel = ValueChainStageRecord;
export type ProjectModel = ProjectRecord;
export type FundingProgramModel = FundingProgramRecord;
export type MembershipModel = Related<ClusterRecord>;
export type ProjectParticipationModel = Related<ProjectRecord>;
/** A project's participant: the related node is the actor. */
export type ProjectParticipantModel = Related<AnyActorRecord>;
export type NearbyActorModel = NearbyActorRecord;
export type ClusterStatisticsModel = ClusterStatisticsRecord;

/** A directed link between two actors seen from one end: `known` is the end already loaded. */
export interface ActorLinkModel {
  fromId: string;
  toId: string;
  known: AnyActorRecord;
  rel: RelationshipProperties;
}
/** Supplier (from) → customer (to). */
export type SupplyLinkModel = ActorLinkModel;
/** Spin-off (from) → origin (to). */
export type SpinOffLinkModel = ActorLinkModel;

/** Any entity that implements Node. */
export type NodeModel = ActorModel | ClusterModel | RegionModel | TechnologyModel | ValueChainModel | ValueChainStageModel | ProjectModel | FundingProgramModel;

export interface SearchHitModel {
  node: NodeModel;
  score: number;
  exact: boolean;
}

/** A network analysis as computed, with the scope it ran on (schema/networkAnalysis.graphql). */
export interface NetworkAnalysisModel {
  result: NetworkAnalysisResult;
  /** Summaries of the analysed actors by id. */
  actors: ReadonlyMap<string, AnyActorRecord>;
  clusterId: string | null;
  regionId: string | null;
  centerId: string | null;
  linkKinds: NetworkLinkKindValue[];
  asOf: string | null;
  evidence: 'CITED' | 'ALL';
  truncated: boolean;
  seed: number;
  weighted: boolean;
  resolution: number;
}
/** One community of an analysis: the report and the analysed actors' summaries. */
export interface CommunityModel {
  report: CommunityReport;
  actors: ReadonlyMap<string, AnyActorRecord>;
}
export interface TechnologyCountModel {
  technologyId: string;
  count: number;
}
export interface ClusterMatchModel {
  clusterId: string;
  jaccard: number;
  shared: number;
}

/** A group of a grouped count; `subgroups` only where a second grouping was asked for (actorCounts thenBy). */
export interface CountGroupModel {
  key: string;
  label: string;
  count: number;
  subgroups?: CountGroupModel[] | null;
}

/** The objects resolvers pass between each other for GraphQL object types (codegen mappers). */
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
